package uk.nhs.dma.api.security;

import java.util.List;

/**
 * A user of local mode. The password is in Spring's encoded form ({@code {bcrypt}…} or {@code {noop}…});
 * ODS and region codes scope what the user may see and do ("*" means all).
 */
public record LocalUser(String username, String password, List<String> roles, List<String> odsCodes,
                        List<String> regionCodes) {
}
