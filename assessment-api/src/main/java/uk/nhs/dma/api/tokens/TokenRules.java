package uk.nhs.dma.api.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.nhs.dma.api.security.Caller;
import uk.nhs.dma.api.security.Role;
import uk.nhs.dma.core.common.RuleViolation;

/** What a token may be: a plain owner name, known roles, codes or "*" as scopes, an expiry within the bounds. */
final class TokenRules {

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final Pattern CODE = Pattern.compile("\\*|[A-Z0-9]{2,6}");

    private final Duration defaultLifetime;
    private final Duration maxLifetime;

    TokenRules(Duration defaultLifetime, Duration maxLifetime) {
        this.defaultLifetime = defaultLifetime;
        this.maxLifetime = maxLifetime;
    }

    ApiToken.Request check(ApiToken.Request request, Instant now) {
        if (request == null) {
            throw RuleViolation.invalid("owner", "A token needs an owner and roles.");
        }
        if (request.owner() == null || !OWNER.matcher(request.owner()).matches()) {
            throw RuleViolation.invalid("owner", "The owner must be 1 to 100 letters, digits, '.', '_', '@' or '-'.");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw RuleViolation.invalid("roles", "A token needs at least one role.");
        }
        for (String role : request.roles()) {
            if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                throw RuleViolation.invalid("roles", "Unknown role '" + role + "'. Allowed: "
                        + List.of(Role.values()) + ".");
            }
        }
        List<String> odsCodes = codes(request.odsCodes(), "odsCodes");
        List<String> regionCodes = codes(request.regionCodes(), "regionCodes");
        Instant expiresAt = request.expiresAt() == null ? now.plus(defaultLifetime) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw RuleViolation.invalid("expiresAt", "The expiry must be in the future.");
        }
        if (expiresAt.isAfter(now.plus(maxLifetime))) {
            throw RuleViolation.invalid("expiresAt", "A token may live at most " + maxLifetime.toDays() + " days.");
        }
        return new ApiToken.Request(request.owner(), List.copyOf(request.roles()), odsCodes, regionCodes, expiresAt);
    }

    private static List<String> codes(List<String> codes, String field) {
        if (codes == null) {
            return List.of();
        }
        for (String code : codes) {
            if (code == null || !CODE.matcher(code).matches()) {
                throw RuleViolation.invalid(field, "'" + code + "' is neither an ODS or region code nor \"*\".");
            }
        }
        return List.copyOf(codes);
    }

    /** The caller a token stands for: its owner, with its roles and scopes, like a local user. */
    static Caller caller(String owner, List<String> roles, List<String> odsCodes, List<String> regionCodes) {
        EnumSet<Role> granted = EnumSet.noneOf(Role.class);
        roles.forEach(role -> granted.add(Role.valueOf(role)));
        return new Caller(owner, granted, Set.copyOf(odsCodes), Set.copyOf(regionCodes));
    }
}
