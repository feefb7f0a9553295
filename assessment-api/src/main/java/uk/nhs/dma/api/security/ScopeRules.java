package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.web.port.PageRules;
import uk.nhs.dma.web.port.People;

/**
 * The {@code scope} bean of the handlers' {@code @PreAuthorize} rules: which of the caller's roles an endpoint
 * grants ({@link #grants}, remembered for {@link Access} for the rest of the request), and whether they cover the
 * organisation the request is about. A refused role is an {@code AuthorizationDeniedException} (403
 * {@code forbidden}); a refused scope a {@link Forbidden} (403 {@code out-of-scope}). The page handlers' rules
 * ({@link PageRules}) ask the same {@link People} questions as the pages, and refuse with the 403 page's message.
 */
@Component("scope")
public class ScopeRules implements PageRules {

    private static final Logger log = LoggerFactory.getLogger(ScopeRules.class);

    private final HttpServletRequest request;
    private final Callers callers;
    private final Access access;
    private final People people;

    public ScopeRules(HttpServletRequest request, Callers callers, Access access, People people) {
        this.request = request;
        this.callers = callers;
        this.access = access;
        this.people = people;
    }

    /** Grants the caller's roles among those named ({@link Grants#named}); false when it holds none of them. */
    @Override
    public boolean grants(String... names) {
        Caller caller = callers.current();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String name : names) {
            granted.addAll(Grants.named(name));
        }
        granted.retainAll(caller.roles());
        if (granted.isEmpty()) {
            log.warn("Access refused: user={} roles={} {} {}", LogSafe.of(caller.name()), caller.roles(),
                    LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()));
            return false;
        }
        request.setAttribute(Access.GRANTED, granted);
        return true;
    }

    /** The granted roles cover the organisation (403 {@code out-of-scope} otherwise). */
    public boolean coversOrganisation(String odsCode) {
        access.requireOrganisation(odsCode);
        return true;
    }

    /** The same for the organisation of an assessment; a malformed id names nothing (the handler answers 404). */
    public boolean coversAssessment(String assessmentId) {
        String odsCode;
        try {
            odsCode = AssessmentId.of(assessmentId).odsCode().value();
        } catch (RuleViolation malformed) {
            return true;
        }
        return coversOrganisation(odsCode);
    }

    /** The same for a code in a request body; a missing or malformed one is the command's to refuse (422). */
    public boolean coversNamedOrganisation(String odsCode) {
        try {
            OdsCode.of(odsCode);
        } catch (RuleViolation | NullPointerException malformed) {
            return true;
        }
        return coversOrganisation(odsCode);
    }

    @Override
    public boolean readsOrganisation(String odsCode) {
        if (malformed(odsCode) || people.mayRead(odsCode)) {
            return true;
        }
        throw new AuthorizationDeniedException("Organisation " + odsCode + " is outside your scope.");
    }

    @Override
    public boolean readsAssessment(String assessmentId) {
        String odsCode = organisationOf(assessmentId);
        if (odsCode == null || people.mayRead(odsCode)) {
            return true;
        }
        throw new AuthorizationDeniedException("The assessments of " + odsCode + " are outside your scope.");
    }

    @Override
    public boolean actsForOrganisation(String names, String odsCode) {
        if (malformed(odsCode) || Grants.named(names).stream().anyMatch(role -> people.may(role.name(), odsCode))) {
            return true;
        }
        String who = switch (names) {
            case "SUBMITTER" -> "a submitter";
            case "APPROVER" -> "an approver";
            case "DECLARERS" -> "an admin or a submitter";
            default -> "a regional or national analyst";
        };
        throw new AuthorizationDeniedException("Only " + who + " of " + odsCode + " may do this.");
    }

    @Override
    public boolean actsOnAssessment(String names, String assessmentId) {
        String odsCode = organisationOf(assessmentId);
        return odsCode == null || (readsAssessment(assessmentId) && actsForOrganisation(names, odsCode));
    }

    private static boolean malformed(String odsCode) {
        try {
            OdsCode.of(odsCode);
            return false;
        } catch (RuleViolation | NullPointerException e) {
            return true;
        }
    }

    /** The organisation an assessment id names; null for a malformed one. */
    private static String organisationOf(String assessmentId) {
        try {
            return AssessmentId.of(assessmentId).odsCode().value();
        } catch (RuleViolation | NullPointerException e) {
            return null;
        }
    }
}
