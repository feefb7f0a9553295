package uk.nhs.dma.api.tokens;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.dma.api.web.NotACommand;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.CorrelationIdFilter;

/** API tokens for machine clients: an admin creates (the token is shown once), lists and revokes them. */
@RestController
@PreAuthorize("@scope.grants('ADMIN')")
@NotACommand
@RequestMapping("/api/admin/tokens")
public class TokenController {

    private final ApiTokens tokens;
    private final HttpServletRequest request;

    public TokenController(ApiTokens tokens, HttpServletRequest request) {
        this.tokens = tokens;
        this.request = request;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<ApiToken.Created> create(@RequestBody ApiToken.Request body) {
        ApiToken.Created created = tokens.create(body, CommandSender.currentUser(),
                CorrelationIdFilter.correlationId(request));
        return ResponseEntity.created(URI.create("/api/admin/tokens/" + created.id())).body(created);
    }

    @GetMapping
    public List<ApiToken> list() {
        return tokens.list();
    }

    @GetMapping("/{id}")
    public ApiToken get(@PathVariable UUID id) {
        return tokens.get(id);
    }

    @PostMapping("/{id}/revocation")
    public ApiToken revoke(@PathVariable UUID id) {
        return tokens.revoke(id, CommandSender.currentUser(), CorrelationIdFilter.correlationId(request));
    }
}
