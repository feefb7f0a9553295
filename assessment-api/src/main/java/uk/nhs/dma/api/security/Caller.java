package uk.nhs.dma.api.security;

import java.util.Set;

/** The authenticated user: name, roles and the codes that scope them ("*" means all). */
public record Caller(String name, Set<Role> roles, Set<String> odsCodes, Set<String> regionCodes) {

    public static final String ALL = "*";

    public boolean coversOrganisation(String odsCode) {
        return odsCodes.contains(ALL) || odsCodes.contains(odsCode);
    }

    public boolean coversRegion(String regionCode) {
        return regionCodes.contains(ALL) || (regionCode != null && regionCodes.contains(regionCode));
    }
}
