package uk.nhs.dma.api.security;

/** What a user may do; scoped roles act only within their ODS or region codes. */
public enum Role {
    /** The register, frameworks, targets, replays; reads everything. */
    ADMIN(false),
    /** Starts, answers, declares the EPR, submits and reopens its organisations' assessments. */
    SUBMITTER(true),
    /** Approves its organisations' assessments (never a revision it submitted or recorded answers or the EPR of). */
    APPROVER(true),
    /** Reads assessments and projections within its regions, and returns assessments there for changes. */
    REGIONAL_ANALYST(true),
    /** Reads everything but the audit log; returns any assessment for changes. */
    NATIONAL_ANALYST(false),
    /** Reads everything, the audit log included; writes nothing. */
    AUDITOR(false);

    private final boolean scoped;

    Role(boolean scoped) {
        this.scoped = scoped;
    }

    public boolean scoped() {
        return scoped;
    }
}
