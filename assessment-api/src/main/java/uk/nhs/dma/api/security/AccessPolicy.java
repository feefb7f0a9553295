package uk.nhs.dma.api.security;

import static uk.nhs.dma.api.security.Role.ADMIN;
import static uk.nhs.dma.api.security.Role.APPROVER;
import static uk.nhs.dma.api.security.Role.AUDITOR;
import static uk.nhs.dma.api.security.Role.NATIONAL_ANALYST;
import static uk.nhs.dma.api.security.Role.REGIONAL_ANALYST;
import static uk.nhs.dma.api.security.Role.SUBMITTER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call which endpoint: one rule per handler mapping, and no rule means no access. Scoped roles are
 * further checked against the organisation or scope the request is about ({@link Access}).
 */
public final class AccessPolicy {

    public record Rule(String method, String pattern, Set<Role> roles) {
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS = EnumSet.of(ADMIN, NATIONAL_ANALYST, AUDITOR, REGIONAL_ANALYST,
            SUBMITTER, APPROVER);
    private static final Set<Role> ANALYSTS = EnumSet.of(ADMIN, NATIONAL_ANALYST, AUDITOR, REGIONAL_ANALYST);

    public static final List<Rule> RULES = List.of(
            new Rule("POST", "/api/admin/tokens", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/admin/tokens", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/admin/tokens/{id}", EnumSet.of(ADMIN)),
            new Rule("POST", "/api/admin/tokens/{id}/revocation", EnumSet.of(ADMIN)),
            new Rule("POST", "/api/organisations", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/organisations", EVERYONE),
            new Rule("GET", "/api/organisations/{ods}", EVERYONE),
            new Rule("POST", "/api/organisations/{ods}/reassignment", EnumSet.of(ADMIN)),
            new Rule("POST", "/api/organisations/{ods}/closure", EnumSet.of(ADMIN)),
            new Rule("POST", "/api/organisations/{ods}/programme-statuses", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/organisations/{ods}/trajectory", READERS),
            new Rule("POST", "/api/frameworks", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/frameworks", EVERYONE),
            new Rule("GET", "/api/frameworks/{id}", EVERYONE),
            new Rule("POST", "/api/targets", EnumSet.of(ADMIN)),
            new Rule("POST", "/api/targets/{id}/revisions", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/targets", EVERYONE),
            new Rule("GET", "/api/targets/{id}", EVERYONE),
            new Rule("GET", "/api/targets/{id}/progress", ANALYSTS),
            new Rule("GET", "/api/targets/{id}/progress/changes", EnumSet.of(ADMIN, AUDITOR)),
            new Rule("GET", "/api/summary", ANALYSTS),
            new Rule("POST", "/api/assessments", EnumSet.of(SUBMITTER)),
            new Rule("GET", "/api/assessments", READERS),
            new Rule("GET", "/api/assessments/{id}", READERS),
            new Rule("PUT", "/api/assessments/{id}/answers", EnumSet.of(SUBMITTER)),
            new Rule("PUT", "/api/assessments/{id}/epr", EnumSet.of(SUBMITTER)),
            new Rule("POST", "/api/assessments/{id}/submission", EnumSet.of(SUBMITTER)),
            new Rule("POST", "/api/assessments/{id}/reopening", EnumSet.of(SUBMITTER)),
            new Rule("POST", "/api/assessments/{id}/approval", EnumSet.of(APPROVER)),
            new Rule("POST", "/api/assessments/{id}/return", EnumSet.of(REGIONAL_ANALYST, NATIONAL_ANALYST)),
            new Rule("GET", "/api/audit/streams/{aggregateId}", EnumSet.of(ADMIN, AUDITOR)),
            new Rule("GET", "/api/audit/verification", EnumSet.of(ADMIN, AUDITOR)),
            new Rule("POST", "/api/audit/verification", EnumSet.of(ADMIN, AUDITOR)),
            new Rule("GET", "/api/audit/checkpoints", EnumSet.of(ADMIN, AUDITOR)),
            new Rule("POST", "/api/audit/checkpoints", EnumSet.of(ADMIN, AUDITOR)),
            new Rule("GET", "/api/admin/projections", EnumSet.of(ADMIN)),
            new Rule("POST", "/api/admin/replays", EnumSet.of(ADMIN)),
            new Rule("GET", "/api/admin/replays/{id}", EnumSet.of(ADMIN)));

    private AccessPolicy() {
    }

    public static Optional<Rule> rule(String method, String pattern) {
        return RULES.stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst();
    }
}
