package uk.nhs.dma.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.common.CommandOutcome.Kind;

class CommandOutcomeTest {

    @Test
    void no_failure_is_accepted() {
        CommandOutcome outcome = CommandOutcome.of(null);
        assertThat(outcome.kind()).isEqualTo(Kind.ACCEPTED);
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.rejected()).isFalse();
    }

    @Test
    void a_rule_violation_keeps_its_kind_and_rule_even_when_wrapped() {
        RuleViolation violation = RuleViolation.forbidden("self-approval", "no");
        CommandOutcome outcome = CommandOutcome.of(new CommandExecutionException("wrapped", violation));
        assertThat(outcome.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(outcome.rule()).isEqualTo("self-approval");
        assertThat(outcome.violation()).containsSame(violation);
        assertThat(outcome.rejectionKind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        assertThat(CommandOutcome.of(RuleViolation.invalid("score", "x")).kind()).isEqualTo(Kind.INVALID);
        assertThat(CommandOutcome.of(RuleViolation.unknown("odsCode", "x")).kind()).isEqualTo(Kind.UNKNOWN_REFERENCE);
        assertThat(CommandOutcome.of(RuleViolation.conflict("not-draft", "x")).kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void the_stores_refusals_are_rejections_with_stable_rules() {
        CommandOutcome stale = CommandOutcome.of(new ConflictingAggregateVersionException("A", 1, 2));
        assertThat(stale.kind()).isEqualTo(Kind.PRECONDITION_FAILED);
        assertThat(stale.rule()).isEqualTo("stale-version");
        assertThat(stale.rejectionKind()).isEqualTo(RuleViolation.Kind.CONFLICT);

        CommandOutcome exists = CommandOutcome.of(new AggregateStreamCreationException("exists"));
        assertThat(exists.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(exists.rule()).isEqualTo("already-exists");

        CommandOutcome concurrent = CommandOutcome.of(new RuntimeException(new ConcurrencyException("same time")));
        assertThat(concurrent.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(concurrent.rule()).isEqualTo("concurrent-modification");

        CommandOutcome missing = CommandOutcome.of(new AggregateNotFoundException("RX1", "none"));
        assertThat(missing.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(missing.rejectionKind()).isEqualTo(RuleViolation.Kind.UNKNOWN_REFERENCE);
        assertThat(missing.reason()).isEqualTo("not-found");
    }

    @Test
    void anything_else_is_a_failure_named_by_its_class() {
        CommandOutcome outcome = CommandOutcome.of(new IllegalStateException("bug"));
        assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
        assertThat(outcome.rejected()).isFalse();
        assertThat(outcome.reason()).isEqualTo("IllegalStateException");
    }
}
