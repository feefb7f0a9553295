package uk.nhs.dma.web.port;

/**
 * Who is signed in and what their roles and scopes allow, decided by the same rules as the API. Implemented in
 * the application (assessment-api), which owns security.
 */
public interface People {

    /** The person of the request in hand. */
    Person current();

    /** Whether the signed-in person holds the role and that role's scope covers the organisation. */
    boolean may(String role, String odsCode);

    /** Whether any of the signed-in person's roles lets them read the organisation's assessments. */
    boolean mayRead(String odsCode);
}
