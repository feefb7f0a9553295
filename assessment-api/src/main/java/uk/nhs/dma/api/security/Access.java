package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.QuerySender;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.progress.Scope;

/**
 * Scope checks for the request in hand. {@link AccessInterceptor} has already found the endpoint's rule and
 * the caller's roles that it admits; here those roles are tested against the organisation or scope the request
 * is about: an unscoped role (ADMIN, NATIONAL_ANALYST, AUDITOR) covers everything, SUBMITTER and APPROVER their
 * ODS codes, REGIONAL_ANALYST the regions of its codes (their ICBs and trusts, by today's hierarchy).
 */
@Component
public class Access {

    static final String GRANTED = Access.class.getName() + ".granted";
    private static final Logger log = LoggerFactory.getLogger(Access.class);

    private final HttpServletRequest request;
    private final Callers callers;
    private final QuerySender queries;
    private final Clock clock;

    public Access(HttpServletRequest request, Callers callers, QuerySender queries, Clock clock) {
        this.request = request;
        this.callers = callers;
        this.queries = queries;
        this.clock = clock;
    }

    /** Refuses (403) unless a granted role covers the organisation. */
    public void requireOrganisation(String odsCode) {
        if (!covers(odsCode)) {
            refuse("organisation " + odsCode);
        }
    }

    /** Refuses (403) unless a granted role covers the whole scope. */
    public void requireScope(Scope scope) {
        Caller caller = callers.current();
        boolean allowed = granted().stream().anyMatch(role -> !role.scoped()
                || (role == Role.REGIONAL_ANALYST && switch (scope.kind()) {
                    case NATIONAL -> caller.regionCodes().contains(Caller.ALL);
                    case REGION -> caller.coversRegion(scope.code().value());
                    case ICB -> caller.coversRegion(regionOf(scope.code().value()).orElse(null));
                }));
        if (!allowed) {
            refuse("scope " + scope);
        }
    }

    /** Keeps the rows the caller may see, silently. */
    public <T> List<T> filter(List<T> rows, Function<T, String> odsCode) {
        if (granted().stream().anyMatch(role -> !role.scoped())) {
            return rows;
        }
        return rows.stream().filter(row -> covers(odsCode.apply(row))).toList();
    }

    /** Whether the caller sees every organisation (so a list need not be filtered). */
    public boolean seesEverything() {
        Caller caller = callers.current();
        return granted().stream().anyMatch(role -> !role.scoped()
                || (role == Role.REGIONAL_ANALYST && caller.regionCodes().contains(Caller.ALL))
                || (role != Role.REGIONAL_ANALYST && caller.odsCodes().contains(Caller.ALL)));
    }

    boolean covers(String odsCode) {
        Caller caller = callers.current();
        for (Role role : granted()) {
            if (!role.scoped()
                    || ((role == Role.SUBMITTER || role == Role.APPROVER) && caller.coversOrganisation(odsCode))
                    || (role == Role.REGIONAL_ANALYST && caller.coversRegion(regionOf(odsCode).orElse(null)))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private Set<Role> granted() {
        Object granted = request.getAttribute(GRANTED);
        return granted == null ? EnumSet.noneOf(Role.class) : (Set<Role>) granted;
    }

    /** The region an organisation sits in today: itself, its ICB's parent, or its parent. */
    private Optional<String> regionOf(String odsCode) {
        Optional<OrganisationView> organisation = find(odsCode);
        for (int depth = 0; depth < 3 && organisation.isPresent(); depth++) {
            OrganisationView o = organisation.get();
            if (o.type() == OrganisationType.REGION) {
                return Optional.of(o.odsCode());
            }
            organisation = o.parentCode() == null ? Optional.empty() : find(o.parentCode());
        }
        return Optional.empty();
    }

    private Optional<OrganisationView> find(String odsCode) {
        try {
            return queries.one(new FindOrganisation(OdsCode.of(odsCode), LocalDate.now(clock)), OrganisationView.class);
        } catch (RuleViolation malformed) {
            return Optional.empty();
        }
    }

    private void refuse(String what) {
        log.warn("Access refused: user={} {} {} is outside {}", LogSafe.of(callers.current().name()),
                LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()), LogSafe.of(what));
        throw new Forbidden("You may not access " + what + ".");
    }
}
