package uk.nhs.dma.api.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandResult;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.api.web.OrganisationCode;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityDeclarationView;
import uk.nhs.dma.core.capability.CapabilityRecordId;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclareCapability;
import uk.nhs.dma.core.capability.ListCapabilityDeclarations;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationView;

/**
 * An organisation's declared capabilities beyond the EPR, each a dated history. The organisation's own submitters
 * declare (as they declare the EPR in an assessment), and admins; whoever may read the organisation reads them.
 */
@RestController
@RequestMapping("/api/organisations/{ods}/capabilities")
public class CapabilityController {

    record DeclarationRequest(Capability capability, CapabilityStatus status, LocalDate effectiveFrom, String note) {
    }

    private final CommandSender commands;
    private final QuerySender queries;
    private final Clock clock;

    public CapabilityController(CommandSender commands, QuerySender queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("@scope.grants('SUBMITTER', 'ADMIN') and @scope.coversOrganisation(#ods)")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> declare(@PathVariable @OrganisationCode String ods,
                                                 @RequestBody DeclarationRequest body) {
        OdsCode code = OdsCode.of(ods);
        Capability capability = Require.present(body.capability(), "capability");
        String stream = CapabilityRecordId.of(code, capability).value();
        long version = commands.send(new DeclareCapability(code, capability, body.status(), body.effectiveFrom(),
                body.note()), stream);
        CommandResult result = CommandResult.organisation(code.value(), version);
        return ResponseEntity.created(URI.create("/api/organisations/" + code + "/capabilities"))
                .eTag(result.etag().toString()).body(result);
    }

    @GetMapping
    @PreAuthorize("@scope.grants('READERS') and @scope.coversOrganisation(#ods)")
    public List<CapabilityDeclarationView> list(@PathVariable @OrganisationCode String ods,
                                                @RequestParam(required = false) @PlausibleDate LocalDate asOf) {
        OdsCode code = OdsCode.of(ods);
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        queries.one(new FindOrganisation(code, date), OrganisationView.class)
                .orElseThrow(() -> new NotFound("No organisation '" + ods + "' is registered."));
        return queries.list(new ListCapabilityDeclarations(code, date), CapabilityDeclarationView.class);
    }
}
