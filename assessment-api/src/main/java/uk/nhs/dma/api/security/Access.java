package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.register.HierarchyCache;

/**
 * Scope checks and row filters for the request in hand. The handler's {@code @PreAuthorize} has already granted the
 * caller's roles that the endpoint admits ({@link ScopeRules#grants}); here those roles are tested against the organisation or scope the request
 * is about: an unscoped role (ADMIN, NATIONAL_ANALYST, AUDITOR) covers everything, SUBMITTER and APPROVER their
 * ODS codes, REGIONAL_ANALYST the regions of its codes (their ICBs and trusts, by today's hierarchy, read through
 * {@link HierarchyCache}: one cached reading of the register, not queries per row).
 */
@Component
public class Access {

    public static final String GRANTED = Access.class.getName() + ".granted";
    private static final Logger log = LoggerFactory.getLogger(Access.class);

    private final HttpServletRequest request;
    private final Callers callers;
    private final HierarchyCache hierarchy;
    private final Clock clock;

    public Access(HttpServletRequest request, Callers callers, HierarchyCache hierarchy, Clock clock) {
        this.request = request;
        this.callers = callers;
        this.hierarchy = hierarchy;
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
                    case ICB -> caller.coversRegion(regionToday(hierarchy.current(), scope.code().value()));
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
        Hierarchy today = hierarchy.current();
        return rows.stream().filter(row -> allows(odsCode.apply(row), today)).toList();
    }

    /**
     * The ODS codes of every organisation the caller may read ({@link #canRead}), or null when it reads every
     * one: the row filter that progress, summaries and their CSV apply before any figure is computed.
     */
    public Set<String> readableOrganisations() {
        if (seesEverything()) {
            return null;
        }
        Hierarchy today = hierarchy.current();
        Set<String> readable = new HashSet<>();
        for (Hierarchy.Node organisation : today.nodes()) {
            if (allows(organisation.odsCode().value(), today)) {
                readable.add(organisation.odsCode().value());
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
        return allows(odsCode, hierarchy.current());
    }

    private boolean allows(String odsCode, Hierarchy today) {
        Caller caller = callers.current();
        for (Role role : granted()) {
            if (!role.scoped()
                    || ((role == Role.SUBMITTER || role == Role.APPROVER) && caller.coversOrganisation(odsCode))
                    || (role == Role.REGIONAL_ANALYST
                        && caller.coversRegion(regionToday(today, odsCode)))) {
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

    /** The region an organisation sits in today (null: none), by the one cached reading of the register. */
    private String regionToday(Hierarchy today, String odsCode) {
        return today.regionOn(odsCode, LocalDate.now(clock)).orElse(null);
    }

    private void refuse(String what) {
        log.warn("Access refused: user={} {} {} is outside {}", LogSafe.of(callers.current().name()),
                LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()), LogSafe.of(what));
        throw new Forbidden("You may not access " + what + ".");
    }
}
