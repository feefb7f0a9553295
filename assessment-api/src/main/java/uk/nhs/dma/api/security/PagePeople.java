package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.Person;

/** The web pages' view of the signed-in person, decided by the API's own {@link Callers} and {@link Access}. */
@Component
public class PagePeople implements People {

    private final Callers callers;
    private final Access access;
    private final HttpServletRequest request;

    public PagePeople(Callers callers, Access access, HttpServletRequest request) {
        this.callers = callers;
        this.access = access;
        this.request = request;
    }

    @Override
    public Person current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Caller caller = callers.current();
        return new Person(caller.name(), caller.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                caller.odsCodes());
    }

    @Override
    public boolean may(String role, String odsCode) {
        Role wanted;
        try {
            wanted = Role.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
        return callers.current().roles().contains(wanted) && coveredBy(EnumSet.of(wanted), odsCode);
    }

    @Override
    public boolean mayRead(String odsCode) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(callers.current().roles());
        return !roles.isEmpty() && coveredBy(roles, odsCode);
    }

    /** Asks {@link Access} exactly as an API endpoint granting these roles would. */
    private boolean coveredBy(Set<Role> granted, String odsCode) {
        Object before = request.getAttribute(Access.GRANTED);
        request.setAttribute(Access.GRANTED, granted);
        try {
            return access.canRead(odsCode);
        } finally {
            request.setAttribute(Access.GRANTED, before);
        }
    }
}
