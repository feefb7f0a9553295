package uk.nhs.dma.core.organisation;

/** The kinds of organisation in the register, and which kind each may sit under. */
public enum OrganisationType {
    REGION,
    ICB,
    ACUTE,
    MENTAL_HEALTH,
    COMMUNITY,
    MENTAL_HEALTH_AND_COMMUNITY,
    AMBULANCE,
    /** A general practice; its parent is an ICB. */
    GENERAL_PRACTICE,
    /** A CQC-registered adult social care provider; its parent is an ICB. */
    ADULT_SOCIAL_CARE_PROVIDER;

    /** An NHS trust (secondary care): acute, mental health, community, either of those combined, or ambulance. */
    public boolean isTrust() {
        return switch (this) {
            case ACUTE, MENTAL_HEALTH, COMMUNITY, MENTAL_HEALTH_AND_COMMUNITY, AMBULANCE -> true;
            case REGION, ICB, GENERAL_PRACTICE, ADULT_SOCIAL_CARE_PROVIDER -> false;
        };
    }

    /** The type a parent must have; null for a region, which has none. */
    public OrganisationType parentType() {
        return switch (this) {
            case REGION -> null;
            case ICB -> REGION;
            default -> ICB;
        };
    }

    /** Whether an organisation of this type may succeed one of the other type. */
    public boolean canSucceed(OrganisationType closed) {
        return closed.isTrust() ? isTrust() : this == closed;
    }
}
