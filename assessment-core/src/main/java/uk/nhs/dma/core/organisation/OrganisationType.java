package uk.nhs.dma.core.organisation;

/** The kinds of organisation in the register, and which kind each may sit under. */
public enum OrganisationType {
    REGION,
    ICB,
    ACUTE,
    MENTAL_HEALTH,
    COMMUNITY,
    MENTAL_HEALTH_AND_COMMUNITY,
    AMBULANCE;

    public boolean isTrust() {
        return this != REGION && this != ICB;
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
