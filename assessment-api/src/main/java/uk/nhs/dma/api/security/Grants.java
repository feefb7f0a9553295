package uk.nhs.dma.api.security;

import static uk.nhs.dma.api.security.Role.ADMIN;
import static uk.nhs.dma.api.security.Role.APPROVER;
import static uk.nhs.dma.api.security.Role.AUDITOR;
import static uk.nhs.dma.api.security.Role.NATIONAL_ANALYST;
import static uk.nhs.dma.api.security.Role.REGIONAL_ANALYST;
import static uk.nhs.dma.api.security.Role.SUBMITTER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The groups of roles that endpoints grant, by the name a handler's {@code @PreAuthorize} uses:
 * {@code @scope.grants('READERS')}. A single role is named as itself ({@code @scope.grants('SUBMITTER')}).
 */
public final class Grants {

    public static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    public static final Set<Role> READERS = EnumSet.of(ADMIN, NATIONAL_ANALYST, AUDITOR, REGIONAL_ANALYST, SUBMITTER,
            APPROVER);
    public static final Set<Role> ANALYSTS = EnumSet.of(ADMIN, NATIONAL_ANALYST, AUDITOR, REGIONAL_ANALYST);
    public static final Set<Role> AUDIT = EnumSet.of(ADMIN, AUDITOR);
    public static final Set<Role> RETURNERS = EnumSet.of(REGIONAL_ANALYST, NATIONAL_ANALYST);
    /** Who may declare an organisation's capability: an admin, or a submitter of the organisation. */
    public static final Set<Role> DECLARERS = EnumSet.of(ADMIN, SUBMITTER);

    private static final Map<String, Set<Role>> GROUPS = Map.of("EVERYONE", EVERYONE, "READERS", READERS,
            "ANALYSTS", ANALYSTS, "AUDIT", AUDIT, "RETURNERS", RETURNERS, "DECLARERS", DECLARERS);

    private Grants() {
    }

    /** The roles a name stands for: a group above, or one role. */
    static Set<Role> named(String name) {
        Set<Role> group = GROUPS.get(name);
        return group != null ? group : EnumSet.of(Role.valueOf(name));
    }
}
