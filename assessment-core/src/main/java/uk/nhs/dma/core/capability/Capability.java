package uk.nhs.dma.core.capability;

import static uk.nhs.dma.core.capability.CapabilityStatus.APPROACHING;
import static uk.nhs.dma.core.capability.CapabilityStatus.EXCEEDED;
import static uk.nhs.dma.core.capability.CapabilityStatus.IN_PLACE;
import static uk.nhs.dma.core.capability.CapabilityStatus.IN_PROGRESS;
import static uk.nhs.dma.core.capability.CapabilityStatus.MET;
import static uk.nhs.dma.core.capability.CapabilityStatus.NONE;
import static uk.nhs.dma.core.capability.CapabilityStatus.NOT_PUBLISHED;
import static uk.nhs.dma.core.capability.CapabilityStatus.PLANNED;

import java.util.List;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A capability an organisation declares beyond its EPR, the organisation types that may declare it, the statuses
 * it knows and the statuses a target counts unless it says otherwise.
 */
public enum Capability {
    /** A digital social care record (People at the Heart of Care, 2021): adult social care providers. */
    DIGITAL_SOCIAL_CARE_RECORD(Who.SOCIAL_CARE, Statuses.GENERIC, List.of(IN_PLACE)),
    /** A chief clinical information officer or chief information officer on the board (Long Term Plan, 2019). */
    BOARD_DIGITAL_LEADER(Who.NHS_BOARDS, Statuses.GENERIC, List.of(IN_PLACE)),
    /** The Data Security and Protection Toolkit standard met or exceeded (the mandated cyber standard). */
    DSPT_STANDARD(Who.EVERY_PROVIDER_AND_ICB, Statuses.DSPT, List.of(MET, EXCEEDED)),
    /** Connected to a shared care record. */
    SHARED_CARE_RECORD(Who.EVERY_PROVIDER_AND_ICB, Statuses.GENERIC, List.of(IN_PLACE)),
    /** A population health management platform: integrated care boards. */
    POPULATION_HEALTH_PLATFORM(Who.ICBS, Statuses.GENERIC, List.of(IN_PLACE));

    private final Who who;
    private final List<CapabilityStatus> statuses;
    private final List<CapabilityStatus> countedByDefault;

    Capability(Who who, List<CapabilityStatus> statuses, List<CapabilityStatus> countedByDefault) {
        this.who = who;
        this.statuses = statuses;
        this.countedByDefault = countedByDefault;
    }

    /** Whether an organisation of this type may declare this capability. */
    public boolean declarableBy(OrganisationType type) {
        return switch (who) {
            case SOCIAL_CARE -> type == OrganisationType.ADULT_SOCIAL_CARE_PROVIDER;
            case NHS_BOARDS -> type.isTrust() || type == OrganisationType.ICB;
            case EVERY_PROVIDER_AND_ICB -> type != OrganisationType.REGION;
            case ICBS -> type == OrganisationType.ICB;
        };
    }

    /** The organisation types that may declare it, in their declared order. */
    public List<OrganisationType> declarableBy() {
        return java.util.Arrays.stream(OrganisationType.values()).filter(this::declarableBy).toList();
    }

    /** The statuses this capability may be declared with. */
    public List<CapabilityStatus> statuses() {
        return statuses;
    }

    /** The statuses a target over this capability counts when it names none. */
    public List<CapabilityStatus> countedByDefault() {
        return countedByDefault;
    }

    private enum Who { SOCIAL_CARE, NHS_BOARDS, EVERY_PROVIDER_AND_ICB, ICBS }

    private static final class Statuses {
        static final List<CapabilityStatus> GENERIC = List.of(NONE, PLANNED, IN_PROGRESS, IN_PLACE);
        static final List<CapabilityStatus> DSPT = List.of(NOT_PUBLISHED, APPROACHING, MET, EXCEEDED);
    }
}
