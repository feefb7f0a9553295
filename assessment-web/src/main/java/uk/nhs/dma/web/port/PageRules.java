package uk.nhs.dma.web.port;

/**
 * The access rules the page handlers declare with {@code @PreAuthorize}, on the application's bean named
 * {@code scope} (the same bean, and so the same rules, as the API's handlers), e.g.
 * {@code @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")}. Each answers true, or false for a role the
 * person lacks, or refuses with an access-denied exception whose message the 403 page shows. A malformed id passes,
 * for the page to answer 404.
 */
public interface PageRules {

    /** The person holds one of the roles named: a role ({@code ADMIN}) or a group ({@code ANALYSTS}, …). */
    boolean grants(String... names);

    /** Some role of the person covers the organisation. */
    boolean readsOrganisation(String odsCode);

    /** Some role of the person covers the assessment's organisation. */
    boolean readsAssessment(String assessmentId);

    /** The person holds one of the roles named for the organisation (and so may act for it). */
    boolean actsForOrganisation(String names, String odsCode);

    /** The person may read the assessment and holds one of the roles named for its organisation. */
    boolean actsOnAssessment(String names, String assessmentId);
}
