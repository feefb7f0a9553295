package uk.nhs.dma.api.rest;

import static uk.nhs.dma.core.common.Require.REQUIRED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.api.web.CommandResult;
import uk.nhs.dma.api.web.ETag;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.target.DefineTarget;
import uk.nhs.dma.core.target.FindTarget;
import uk.nhs.dma.core.target.ListTargets;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.RecordObservation;
import uk.nhs.dma.core.target.ReviseTarget;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetView;

/** National targets as data, with their revisions. */
@RestController
@RequestMapping("/api/targets")
public class TargetController {

    record TargetBody(@NotNull(message = REQUIRED) String targetId, String name, Metric metric,
                      List<OrganisationType> population,
                      List<EprStatus> countedEprStatuses, List<AssessmentStatus> countedAssessmentStatuses,
                      List<Milestone> milestones, String source, Capability capability,
                      List<CapabilityStatus> countedCapabilityStatuses) {
    }

    record ObservationBody(LocalDate observedOn, BigDecimal percent, String source) {
    }

    record RevisionBody(LocalDate effectiveFrom, String reason, String source, List<Milestone> milestones,
                        List<EprStatus> countedEprStatuses, List<AssessmentStatus> countedAssessmentStatuses) {
    }

    private final CommandSender commands;
    private final QuerySender queries;

    public TargetController(CommandSender commands, QuerySender queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("@scope.grants('ADMIN')")
    @ApiResponse(responseCode = "201")
    @ApiResponse(responseCode = "200")
    public ResponseEntity<CommandResult> define(@RequestBody @Valid TargetBody body) {
        TargetId id = TargetId.of(body.targetId());
        boolean existed = commands.exists(id.value());
        long version = commands.send(new DefineTarget(id, body.name(), body.metric(), body.population(),
                body.countedEprStatuses(), body.countedAssessmentStatuses(), body.milestones(), body.source(),
                body.capability(), body.countedCapabilityStatuses()), id.value());
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/targets/" + id)).eTag(ETag.of(version).toString())
                .body(CommandResult.target(id.value(), version));
    }

    @PostMapping("/{id}/revisions")
    @PreAuthorize("@scope.grants('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> revise(@PathVariable @IdOf(TargetId.class) String id,
            @RequestBody RevisionBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        TargetId targetId = TargetId.of(id);
        long version = commands.send(new ReviseTarget(targetId, body.effectiveFrom(), body.reason(), body.source(),
                body.milestones(), body.countedEprStatuses(), body.countedAssessmentStatuses(),
                ETag.expected(ifMatch, id)), id);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETag.of(version).toString())
                .body(CommandResult.target(id, version));
    }

    /** A REPORTED target's national figure observed on a date, with its published source. */
    @PostMapping("/{id}/observations")
    @PreAuthorize("@scope.grants('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> observe(@PathVariable @IdOf(TargetId.class) String id,
                                                 @RequestBody ObservationBody body) {
        TargetId targetId = TargetId.of(id);
        if (!commands.exists(targetId.value())) {
            throw new NotFound("No target '" + id + "' is defined.");
        }
        long version = commands.send(new RecordObservation(targetId, body.observedOn(), body.percent(), body.source()),
                id);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETag.of(version).toString())
                .body(CommandResult.target(id, version));
    }

    @GetMapping
    @PreAuthorize("@scope.grants('EVERYONE')")
    public List<TargetView> list() {
        return queries.list(new ListTargets(), TargetView.class);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@scope.grants('EVERYONE')")
    @ApiResponse(responseCode = "200", headers = @Header(name = "ETag", description = ETag.OF_VIEW))
    public ResponseEntity<TargetView> get(@PathVariable @IdOf(TargetId.class) String id) {
        TargetView view = queries.one(new FindTarget(TargetId.of(id)), TargetView.class)
                .orElseThrow(() -> new NotFound("No target '" + id + "' is defined."));
        return ResponseEntity.ok().eTag(ETag.of(view.version()).toString()).body(view);
    }
}
