package uk.nhs.dma.core.target;

/** What a target counts for each organisation in its population. */
public enum Metric {
    /** The latest submitted EPR declaration has a counted status (and, for LIVE, went live by the date). */
    EPR_LIVE,
    /** Foundational under the framework's rule, or holding a national programme status. */
    FOUNDATIONAL,
    /** Core capable under the framework's rule. */
    CORE_CAPABILITY,
    /** The declared capability the target names has a counted status in force on the date. */
    CAPABILITY,
    /** A nationally reported figure: the latest observation recorded on or before the date; no population. */
    REPORTED
}
