package uk.nhs.dma.api.rest;

import static uk.nhs.dma.core.common.Require.REQUIRED;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.OrganisationCode;
import uk.nhs.dma.api.web.PageLimit;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.api.web.CommandResult;
import uk.nhs.dma.api.web.ETag;
import uk.nhs.dma.api.web.Listing;
import uk.nhs.dma.core.organisation.AwardProgrammeStatus;
import uk.nhs.dma.core.organisation.CloseOrganisation;
import uk.nhs.dma.core.organisation.CqcLocationId;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.organisation.ReassignOrganisation;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

/**
 * The organisation register: regions, ICBs, trusts, general practices and adult social care providers (with their
 * CQC location id), with their effective-dated hierarchy.
 */
@RestController
@RequestMapping("/api/organisations")
public class OrganisationController {

    record RegisterRequest(@NotNull(message = REQUIRED) String odsCode, String name,
                           OrganisationType type, String parentCode, LocalDate openedOn, String cqcLocationId) {
    }

    record ReassignRequest(String parentCode, LocalDate effectiveFrom) {
    }

    record CloseRequest(LocalDate closedOn, String successorOdsCode) {
    }

    record AwardRequest(ProgrammeStatus status, LocalDate awardedOn) {
    }

    private final CommandSender commands;
    private final QuerySender queries;
    private final Clock clock;

    public OrganisationController(CommandSender commands, QuerySender queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("@scope.grants('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> register(@RequestBody @Valid RegisterRequest body) {
        OdsCode ods = OdsCode.of(body.odsCode());
        long version = commands.send(new RegisterOrganisation(ods, body.name(), body.type(),
                OdsCode.ofNullable(body.parentCode(), "parentCode"), body.openedOn(),
                CqcLocationId.ofNullable(body.cqcLocationId())), ods.value());
        CommandResult result = CommandResult.organisation(ods.value(), version);
        return ResponseEntity.created(URI.create("/api/organisations/" + ods)).eTag(result.etag().toString())
                .body(result);
    }

    @GetMapping("/{ods}")
    @PreAuthorize("@scope.grants('EVERYONE')")
    @ApiResponse(responseCode = "200", headers = @Header(name = "ETag", description = ETag.OF_VIEW))
    public ResponseEntity<OrganisationView> get(@PathVariable @OrganisationCode String ods,
            @RequestParam(required = false) @PlausibleDate LocalDate asOf) {
        OdsCode code = OdsCode.of(ods);
        OrganisationView view = queries.one(new FindOrganisation(code, asOfOrToday(asOf)), OrganisationView.class)
                .orElseThrow(() -> new NotFound("No organisation '" + ods + "' is registered."));
        return ResponseEntity.ok().eTag(ETag.of(view.version()).toString()).body(view);
    }

    @GetMapping
    @PreAuthorize("@scope.grants('EVERYONE')")
    public Listing<OrganisationPage> list(@RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) @OrganisationCode String parent,
            @RequestParam(required = false) @PlausibleDate LocalDate asOf,
            @RequestParam(required = false) @PageLimit Integer limit,
            @RequestParam(required = false) @PositiveOrZero(message = "must not be negative") Integer offset) {
        ListOrganisations query = new ListOrganisations(type, parent == null || parent.isBlank() ? null
                : OdsCode.of(parent), asOfOrToday(asOf), Listing.requested(limit, offset));
        OrganisationPage page = queries.exactly(query, OrganisationPage.class);
        return Listing.of(page, page.items(), limit, offset);
    }

    @PostMapping("/{ods}/reassignment")
    @PreAuthorize("@scope.grants('ADMIN')")
    public ResponseEntity<CommandResult> reassign(@PathVariable @OrganisationCode String ods,
            @RequestBody ReassignRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OdsCode code = OdsCode.of(ods);
        return done(code, commands.send(new ReassignOrganisation(code, OdsCode.ofNullable(body.parentCode(), "parentCode"),
                body.effectiveFrom(), ETag.expected(ifMatch, ods)), ods));
    }

    @PostMapping("/{ods}/closure")
    @PreAuthorize("@scope.grants('ADMIN')")
    public ResponseEntity<CommandResult> close(@PathVariable @OrganisationCode String ods,
            @RequestBody CloseRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OdsCode code = OdsCode.of(ods);
        return done(code, commands.send(new CloseOrganisation(code, body.closedOn(),
                OdsCode.ofNullable(body.successorOdsCode(), "successorOdsCode"), ETag.expected(ifMatch, ods)), ods));
    }

    @PostMapping("/{ods}/programme-statuses")
    @PreAuthorize("@scope.grants('ADMIN')")
    public ResponseEntity<CommandResult> award(@PathVariable @OrganisationCode String ods,
            @RequestBody AwardRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OdsCode code = OdsCode.of(ods);
        return done(code, commands.send(new AwardProgrammeStatus(code, body.status(), body.awardedOn(),
                ETag.expected(ifMatch, ods)), ods));
    }

    private LocalDate asOfOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }

    private static ResponseEntity<CommandResult> done(OdsCode code, long version) {
        CommandResult result = CommandResult.organisation(code.value(), version);
        return ResponseEntity.ok().eTag(result.etag().toString()).body(result);
    }
}
