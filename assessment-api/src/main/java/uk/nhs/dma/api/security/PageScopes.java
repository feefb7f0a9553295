package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.web.port.Scopes;

/** The pages' scope checks: {@link Access#requireScope} with the roles the API's summary endpoint admits. */
@Component
public class PageScopes implements Scopes {

    private final Callers callers;
    private final Access access;
    private final HttpServletRequest request;

    public PageScopes(Callers callers, Access access, HttpServletRequest request) {
        this.callers = callers;
        this.access = access;
        this.request = request;
    }

    @Override
    public List<Scope> visible() {
        Caller caller = callers.current();
        if (covers(Scope.NATIONAL)) {
            return List.of(Scope.NATIONAL);
        }
        if (!caller.roles().contains(Role.REGIONAL_ANALYST)) {
            return List.of();
        }
        return caller.regionCodes().stream().sorted().map(code -> new Scope(Scope.Kind.REGION, OdsCode.of(code))).toList();
    }

    @Override
    public boolean covers(Scope scope) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(callers.current().roles());
        granted.retainAll(Grants.ANALYSTS);
        if (granted.isEmpty()) {
            return false;
        }
        Object before = request.getAttribute(Access.GRANTED);
        request.setAttribute(Access.GRANTED, granted);
        try {
            access.requireScope(scope);
            return true;
        } catch (Forbidden refused) {
            return false;
        } finally {
            request.setAttribute(Access.GRANTED, before);
        }
    }
}
