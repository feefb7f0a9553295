package uk.nhs.dma.core.capability;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationDirectory;
import uk.nhs.dma.core.organisation.OrganisationSnapshot;

/**
 * One organisation's declarations of one capability. Each declaration is in force from its date until the next;
 * history is added to, never rewritten, so a target counts the status in force on any date.
 */
public class CapabilityRecord {

    @AggregateIdentifier
    private String recordId;
    private int declarations;
    private LocalDate latestEffectiveFrom;

    protected CapabilityRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(DeclareCapability command, OrganisationDirectory directory, Clock clock) {
        OdsCode code = Require.present(command.odsCode(), "odsCode");
        Capability capability = Require.present(command.capability(), "capability");
        CapabilityStatus status = Require.present(command.status(), "status");
        LocalDate from = Require.date(command.effectiveFrom(), "effectiveFrom");
        Require.notAfter(from, LocalDate.now(clock), "effectiveFrom");
        String note = Require.optionalText(command.note(), "note", 1000);
        Require.that(capability.statuses().contains(status), "status",
                capability + " is declared as one of " + capability.statuses() + ", not " + status);
        OrganisationSnapshot organisation = directory.find(code).orElseThrow(() ->
                RuleViolation.unknown("odsCode", "no organisation " + code + " is registered"));
        Require.that(capability.declarableBy(organisation.type()), "capability",
                "a " + organisation.type() + " does not declare " + capability + "; it is for "
                        + capability.declarableBy());
        Require.that(organisation.node().openedOn() == null || !from.isBefore(organisation.node().openedOn()),
                "effectiveFrom", "effectiveFrom " + from + " is before " + code + " opened on "
                        + organisation.node().openedOn());
        if (!organisation.isOpenOn(from)) {
            throw RuleViolation.conflict("organisation-closed", code + " closed on " + organisation.node().closedOn());
        }
        if (latestEffectiveFrom != null && !from.isAfter(latestEffectiveFrom)) {
            throw RuleViolation.conflict("declaration-before-latest", "effectiveFrom " + from
                    + " must be after the latest declaration's date " + latestEffectiveFrom
                    + ": history is added to, never rewritten");
        }
        apply(new CapabilityDeclared(code, capability, declarations + 1, status, from, note));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(CapabilityDeclared event) {
        recordId = CapabilityRecordId.of(event.odsCode(), event.capability()).value();
        declarations = event.declaration();
        latestEffectiveFrom = event.effectiveFrom();
    }
}
