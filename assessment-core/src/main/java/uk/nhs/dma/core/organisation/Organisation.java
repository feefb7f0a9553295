package uk.nhs.dma.core.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * An organisation in the register. Its place in the hierarchy is effective-dated: a reassignment adds
 * a dated entry and never rewrites an earlier one, so a figure "as of" any date can use the structure
 * of that date.
 */
public class Organisation {

    private static final java.util.regex.Pattern GP_PRACTICE_CODE = java.util.regex.Pattern.compile("[A-Z]\\d{5}");

    @AggregateIdentifier
    private String odsCode;
    private String name;
    private Hierarchy.Node node;
    private final Map<ProgrammeStatus, LocalDate> programmeStatuses = new EnumMap<>(ProgrammeStatus.class);

    protected Organisation() {
    }

    @CommandHandler
    public Organisation(RegisterOrganisation command, OrganisationDirectory directory, Clock clock) {
        OdsCode code = Require.present(command.odsCode(), "odsCode");
        String name = Require.text(command.name(), "name", 200);
        OrganisationType type = Require.present(command.type(), "type");
        LocalDate today = LocalDate.now(clock);
        Require.notAfter(command.openedOn(), today, "openedOn");
        LocalDate from = command.openedOn() == null ? today : command.openedOn();
        checkParent(code, type, command.parentCode(), directory, from);
        checkCodes(code, type, command.cqcLocationId());
        apply(new OrganisationRegistered(code, name, type, command.parentCode(), command.openedOn(),
                command.cqcLocationId()));
    }

    @CommandHandler
    public Long handle(ReassignOrganisation command, OrganisationDirectory directory) {
        LocalDate from = Require.date(command.effectiveFrom(), "effectiveFrom");
        OrganisationType type = node.type();
        Require.that(type != OrganisationType.REGION, "parentCode", "a region has no parent to reassign");
        ParentAssignment current = node.currentAssignment().orElseThrow();
        if (current.parentCode().equals(command.parentCode())) {
            throw RuleViolation.conflict("already-assigned",
                    odsCode + " already sits under " + command.parentCode() + " since " + current.effectiveFrom());
        }
        if (current.effectiveFrom() != null && !from.isAfter(current.effectiveFrom())) {
            throw RuleViolation.conflict("reassignment-before-current",
                    "effectiveFrom " + from + " must be after the current assignment's date "
                            + current.effectiveFrom() + ": history is added to, never rewritten");
        }
        Require.that(node.openedOn() == null || !from.isBefore(node.openedOn()), "effectiveFrom",
                "effectiveFrom " + from + " is before " + odsCode + " opened on " + node.openedOn());
        requireOpenOn(from);
        checkParent(OdsCode.of(odsCode), type, command.parentCode(), directory, from);
        apply(new OrganisationReassigned(OdsCode.of(odsCode), current.parentCode(), command.parentCode(), from));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CloseOrganisation command, OrganisationDirectory directory) {
        LocalDate on = Require.date(command.closedOn(), "closedOn");
        if (node.closedOn() != null) {
            throw RuleViolation.conflict("already-closed", odsCode + " was closed on " + node.closedOn());
        }
        Require.that(node.openedOn() == null || !on.isBefore(node.openedOn()), "closedOn",
                "closedOn " + on + " is before " + odsCode + " opened on " + node.openedOn());
        LocalDate lastMove = node.currentAssignment().map(ParentAssignment::effectiveFrom).orElse(null);
        Require.that(lastMove == null || on.isAfter(lastMove), "closedOn",
                "closedOn " + on + " must be after the latest reassignment, effective " + lastMove);
        OdsCode successor = command.successorOdsCode();
        if (successor != null) {
            Require.that(!successor.value().equals(odsCode), "successorOdsCode", "an organisation cannot succeed itself");
            OrganisationSnapshot next = directory.find(successor).orElseThrow(() ->
                    RuleViolation.unknown("successorOdsCode", "no organisation " + successor + " is registered"));
            Require.that(next.type().canSucceed(node.type()), "successorOdsCode",
                    "a " + next.type() + " cannot succeed a " + node.type());
            Require.that(next.isOpenOn(on), "successorOdsCode",
                    "successor " + successor + " is not open on " + on);
        }
        apply(new OrganisationClosed(OdsCode.of(odsCode), on, successor));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(AwardProgrammeStatus command, Clock clock) {
        ProgrammeStatus status = Require.present(command.status(), "status");
        LocalDate on = Require.date(command.awardedOn(), "awardedOn");
        Require.notAfter(on, LocalDate.now(clock), "awardedOn");
        Require.that(node.type().isTrust(), "status",
                "only trusts hold programme statuses; " + odsCode + " is a " + node.type());
        if (programmeStatuses.containsKey(status)) {
            throw RuleViolation.conflict("programme-status-already-awarded",
                    odsCode + " was awarded " + status + " on " + programmeStatuses.get(status));
        }
        Require.that(node.openedOn() == null || !on.isBefore(node.openedOn()), "awardedOn",
                "awardedOn " + on + " is before " + odsCode + " opened on " + node.openedOn());
        requireOpenOn(on);
        apply(new ProgrammeStatusAwarded(OdsCode.of(odsCode), status, on));
        return AggregateLifecycle.getVersion();
    }

    /** What another aggregate's rules may see of this organisation. */
    public OrganisationSnapshot snapshot() {
        return new OrganisationSnapshot(name, node);
    }

    private void requireOpenOn(LocalDate date) {
        if (node.closedOn() != null && !date.isBefore(node.closedOn())) {
            throw RuleViolation.conflict("organisation-closed", odsCode + " closed on " + node.closedOn());
        }
    }

    /** A practice's ODS code is a letter and five digits; only practices and care providers carry a CQC id. */
    private static void checkCodes(OdsCode code, OrganisationType type, CqcLocationId cqc) {
        Require.that(type != OrganisationType.GENERAL_PRACTICE || GP_PRACTICE_CODE.matcher(code.value()).matches(),
                "odsCode", "a general practice's ODS code is a letter and five digits, e.g. A81001; not " + code);
        Require.that(cqc == null || type == OrganisationType.GENERAL_PRACTICE
                        || type == OrganisationType.ADULT_SOCIAL_CARE_PROVIDER, "cqcLocationId",
                "only a general practice or an adult social care provider carries a CQC location id; this is a " + type);
    }

    private static void checkParent(OdsCode code, OrganisationType type, OdsCode parentCode,
                                    OrganisationDirectory directory, LocalDate from) {
        OrganisationType expected = type.parentType();
        if (expected == null) {
            Require.that(parentCode == null, "parentCode", "a region has no parent");
            return;
        }
        Require.that(parentCode != null, "parentCode", "a " + type + " must have a parent of type " + expected);
        Require.that(!parentCode.equals(code), "parentCode", "an organisation cannot be its own parent");
        OrganisationSnapshot parent = directory.find(parentCode).orElseThrow(() ->
                RuleViolation.unknown("parentCode", "no organisation " + parentCode + " is registered"));
        Require.that(parent.type() == expected, "parentCode",
                "the parent of a " + type + " must be a " + expected + "; " + parentCode + " is a " + parent.type());
        LocalDate parentClosed = parent.node().closedOn();
        Require.that(parentClosed == null || parentClosed.isAfter(from), "parentCode",
                "parent " + parentCode + " closed on " + parentClosed);
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        odsCode = event.odsCode().value();
        name = event.name();
        node = Hierarchy.Node.registered(event);
    }

    @EventSourcingHandler
    void on(OrganisationReassigned event) {
        node = node.reassigned(event);
    }

    @EventSourcingHandler
    void on(OrganisationClosed event) {
        node = node.closed(event);
    }

    @EventSourcingHandler
    void on(ProgrammeStatusAwarded event) {
        programmeStatuses.put(event.status(), event.awardedOn());
    }
}
