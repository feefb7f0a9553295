package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.ProblemWriter;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Deny by default: an /api endpoint is reachable only through its {@link AccessPolicy} rule, by a caller holding
 * one of the rule's roles. Requests about one organisation (path {ods}, or an assessment {id}) are also checked
 * against the caller's scope here, before anything is read or sent.
 */
@Component
public class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

    private final Callers callers;
    private final Access access;
    private final ProblemWriter problems;

    public AccessInterceptor(Callers callers, Access access, ProblemWriter problems) {
        this.callers = callers;
        this.access = access;
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Caller caller = callers.current();
        AccessPolicy.Rule rule = AccessPolicy.rule(request.getMethod(), pattern).orElse(null);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        if (rule != null) {
            granted.addAll(caller.roles());
            granted.retainAll(rule.roles());
        }
        if (granted.isEmpty()) {
            log.warn("Access refused: user={} roles={} {} {}{}", LogSafe.of(caller.name()), caller.roles(),
                    LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()),
                    rule == null ? " (no access rule)" : "");
            problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                    "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
            return false;
        }
        request.setAttribute(Access.GRANTED, granted);
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String ods = organisationOf(pattern, variables);
        if (ods != null && !pattern.equals("/api/organisations/{ods}")) {
            try {
                access.requireOrganisation(ods);
            } catch (Forbidden e) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "out-of-scope", e.getMessage());
                return false;
            }
        }
        return true;
    }

    private static String organisationOf(String pattern, Map<String, String> variables) {
        if (variables == null) {
            return null;
        }
        if (pattern.startsWith("/api/organisations/{ods}")) {
            return variables.get("ods");
        }
        if (pattern.startsWith("/api/assessments/{id}")) {
            try {
                return AssessmentId.of(variables.get("id")).odsCode().value();
            } catch (RuleViolation malformed) {
                return null;
            }
        }
        return null;
    }
}
