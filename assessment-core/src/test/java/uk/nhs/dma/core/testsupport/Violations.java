package uk.nhs.dma.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.common.RuleViolation.Kind;

/**
 * Precise assertions on rejections: a {@link RuleViolation} of the given kind with the given stable rule code
 * (and, where given, field). Hamcrest matchers for Axon fixtures, an AssertJ helper for pure functions.
 */
public final class Violations {

    private Violations() {
    }

    public static Matcher<RuleViolation> violation(Kind kind, String rule) {
        return new RuleViolationMatcher(kind, rule, null, false);
    }

    public static Matcher<RuleViolation> violation(Kind kind, String rule, String field) {
        return new RuleViolationMatcher(kind, rule, field, true);
    }

    /** {@code RuleViolation.invalid(field, ...)}: kind INVALID, rule {@code invalid-<field>}, that field. */
    public static Matcher<RuleViolation> invalid(String field) {
        return violation(Kind.INVALID, "invalid-" + field, field);
    }

    /** {@code RuleViolation.unknown(field, ...)}: kind UNKNOWN_REFERENCE, rule {@code unknown-<field>}, that field. */
    public static Matcher<RuleViolation> unknown(String field) {
        return violation(Kind.UNKNOWN_REFERENCE, "unknown-" + field, field);
    }

    public static Matcher<RuleViolation> conflict(String rule) {
        return violation(Kind.CONFLICT, rule);
    }

    public static Matcher<RuleViolation> forbidden(String rule) {
        return violation(Kind.FORBIDDEN, rule);
    }

    /** AssertJ form for pure functions: the call throws a RuleViolation of this kind and rule. */
    public static RuleViolation assertViolation(ThrowingCallable call, Kind kind, String rule) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a RuleViolation %s %s", kind, rule).isInstanceOf(RuleViolation.class);
        RuleViolation violation = (RuleViolation) thrown;
        assertThat(violation.kind()).as("kind of: %s", violation.getMessage()).isEqualTo(kind);
        assertThat(violation.rule()).as("rule of: %s", violation.getMessage()).isEqualTo(rule);
        return violation;
    }

    /** AssertJ form of {@link #invalid(String)}. */
    public static void assertInvalid(ThrowingCallable call, String field) {
        RuleViolation v = assertViolation(call, Kind.INVALID, "invalid-" + field);
        assertThat(v.field()).isEqualTo(field);
    }

    private static final class RuleViolationMatcher extends TypeSafeDiagnosingMatcher<RuleViolation> {

        private final Kind kind;
        private final String rule;
        private final String field;
        private final boolean checkField;

        private RuleViolationMatcher(Kind kind, String rule, String field, boolean checkField) {
            this.kind = kind;
            this.rule = rule;
            this.field = field;
            this.checkField = checkField;
        }

        @Override
        protected boolean matchesSafely(RuleViolation actual, Description mismatch) {
            boolean matches = actual.kind() == kind && Objects.equals(actual.rule(), rule)
                    && (!checkField || Objects.equals(actual.field(), field));
            if (!matches) {
                mismatch.appendText("was RuleViolation kind=").appendValue(actual.kind())
                        .appendText(" rule=").appendValue(actual.rule())
                        .appendText(" field=").appendValue(actual.field())
                        .appendText(" message=").appendValue(actual.getMessage());
            }
            return matches;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("RuleViolation kind=").appendValue(kind).appendText(" rule=").appendValue(rule);
            if (checkField) {
                description.appendText(" field=").appendValue(field);
            }
        }
    }
}
