package uk.nhs.dma.web.port;

import java.util.Set;

/** The signed-in person as the pages see them: name, role names and the ODS codes of their scope ("*": all). */
public record Person(String name, Set<String> roles, Set<String> odsCodes) {

    public static final String ALL = "*";

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean seesEveryOrganisation() {
        return odsCodes.contains(ALL);
    }
}
