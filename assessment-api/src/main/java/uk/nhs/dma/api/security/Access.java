package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.QuerySender;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.query.PageRequest;

/**
 * Scope checks and row filters for the request in hand. The handler's {@code @PreAuthorize} has already granted the
 * caller's roles that the endpoint admits ({@link ScopeRules#grants}); here those roles are tested against the organisation or scope the request
 * is about: an unscoped role (ADMIN, NATIONAL_ANALYST, AUDITOR) covers everything, SUBMITTER and APPROVER their
 * ODS codes, REGIONAL_ANALYST the regions of its codes (their ICBs and trusts, by today's hierarchy).
 */
@Component
public class Access {

    public static final String GRANTED = Access.class.getName() + ".granted";
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

    /** Refuses (403) unless the caller may read the organisation ({@link #canRead}). */
    public void requireOrganisation(String odsCode) {
        if (!canRead(odsCode)) {
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
                    case ICB -> caller.coversRegion(regionOf(scope.code().value(), this::find).orElse(null));
                }));
        if (!allowed) {
            refuse("scope " + scope);
        }
    }

    /** Keeps the rows the caller may see ({@link #canRead}), silently. */
    public <T> List<T> filter(List<T> rows, Function<T, String> odsCode) {
        if (seesEverything()) {
            return rows;
        }
        Function<String, Optional<OrganisationView>> register = register();
        return rows.stream().filter(row -> allows(odsCode.apply(row), register)).toList();
    }

    /**
     * The ODS codes of every organisation the caller may read ({@link #canRead}), or null when it reads every
     * one: the row filter that progress, summaries and their CSV apply before any figure is computed.
     */
    public Set<String> readableOrganisations() {
        if (seesEverything()) {
            return null;
        }
        Function<String, Optional<OrganisationView>> register = register();
        Set<String> readable = new HashSet<>();
        for (OrganisationView organisation : today().values()) {
            if (allows(organisation.odsCode(), register)) {
                readable.add(organisation.odsCode());
            }
        }
        return readable;
    }

    /** Whether the caller sees every organisation (so a list need not be filtered). */
    public boolean seesEverything() {
        Caller caller = callers.current();
        return granted().stream().anyMatch(role -> !role.scoped()
                || (role == Role.REGIONAL_ANALYST && caller.regionCodes().contains(Caller.ALL))
                || (role != Role.REGIONAL_ANALYST && caller.odsCodes().contains(Caller.ALL)));
    }

    /**
     * The one rule of who may read an organisation's own data (its assessments, scores, EPR, trajectory, and its
     * row in any figure): an unscoped role reads every organisation; SUBMITTER and APPROVER their ODS codes;
     * REGIONAL_ANALYST the organisations in its regions by today's hierarchy, whatever date a figure is about.
     */
    public boolean canRead(String odsCode) {
        return allows(odsCode, this::find);
    }

    private boolean allows(String odsCode, Function<String, Optional<OrganisationView>> register) {
        Caller caller = callers.current();
        for (Role role : granted()) {
            if (!role.scoped()
                    || ((role == Role.SUBMITTER || role == Role.APPROVER) && caller.coversOrganisation(odsCode))
                    || (role == Role.REGIONAL_ANALYST
                        && caller.coversRegion(regionOf(odsCode, register).orElse(null)))) {
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
    private static Optional<String> regionOf(String odsCode, Function<String, Optional<OrganisationView>> register) {
        Optional<OrganisationView> organisation = register.apply(odsCode);
        for (int depth = 0; depth < 3 && organisation.isPresent(); depth++) {
            OrganisationView o = organisation.get();
            if (o.type() == OrganisationType.REGION) {
                return Optional.of(o.odsCode());
            }
            organisation = o.parentCode() == null ? Optional.empty() : register.apply(o.parentCode());
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

    /** The whole register with today's parents, read once, for filtering many rows. */
    private Map<String, OrganisationView> today() {
        return queries.exactly(new ListOrganisations(null, null, LocalDate.now(clock), PageRequest.all()),
                OrganisationPage.class).items().stream()
                .collect(Collectors.toMap(OrganisationView::odsCode, Function.identity()));
    }

    private Function<String, Optional<OrganisationView>> register() {
        Map<String, OrganisationView> register = today();
        return code -> Optional.ofNullable(code == null ? null : register.get(code));
    }

    private void refuse(String what) {
        log.warn("Access refused: user={} {} {} is outside {}", LogSafe.of(callers.current().name()),
                LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()), LogSafe.of(what));
        throw new Forbidden("You may not access " + what + ".");
    }
}
