package uk.nhs.dma.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.ETag;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.api.web.OrganisationCode;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.api.web.PlausibleYear;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.plan.AddAction;
import uk.nhs.dma.core.plan.ChangeActionStatus;
import uk.nhs.dma.core.plan.FindPlan;
import uk.nhs.dma.core.plan.FindPlannedAgainstActual;
import uk.nhs.dma.core.plan.OpenPlan;
import uk.nhs.dma.core.plan.PlanId;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.core.plan.PlannedAgainstActualView;
import uk.nhs.dma.core.plan.ReviseAction;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * Improvement plans of measures below the core minimum: the organisation's own submitters open them and keep their
 * actions; whoever may read the organisation reads them, and planned against actual. The bodies' constraints are
 * declared for the OpenAPI document and checked by the core's commands (the same {@code invalid-<field>} rules),
 * not by {@code @Valid}: the scope rule must refuse an organisation outside it before the body is judged.
 */
@RestController
public class PlanController {

    record OpenRequest(@NotNull @PlausibleYear Integer year, @NotNull String measureId) {
    }

    record ActionRequest(@NotNull String description, @NotNull String owner, @NotNull @PlausibleDate LocalDate dueDate,
                         @NotNull Integer targetScore, String note) {
    }

    record StatusRequest(@NotNull ActionStatus status, @NotNull String note) {
    }

    @Schema(description = "A stored plan command: the plan, the action it concerns (none for an opening or an added"
            + " action, numbered in the plan) and the plan's version after it; also the ETag")
    public record PlanResult(String planId, Integer action, long version) {
    }

    private final CommandSender commands;
    private final QuerySender queries;

    public PlanController(CommandSender commands, QuerySender queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/api/organisations/{ods}/plans")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversOrganisation(#ods)")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<PlanResult> open(@PathVariable @OrganisationCode String ods,
                                           @RequestBody OpenRequest body) {
        OpenPlan command = new OpenPlan(OdsCode.of(ods), body.year(), body.measureId());
        String id = command.planId();
        long version = commands.send(command, id);
        return ResponseEntity.created(URI.create("/api/plans/" + id)).eTag(ETag.of(version).toString())
                .body(new PlanResult(id, null, version));
    }

    @GetMapping("/api/plans/{id}")
    @PreAuthorize("@scope.grants('READERS') and @plans.covers(#id)")
    public ResponseEntity<PlanView> plan(@PathVariable @IdOf(value = PlanId.class, names = "plan") String id,
                                         @RequestParam(required = false) @PlausibleInstant Instant knownAt) {
        PlanView view = queries.one(new FindPlan(PlanId.of(id), knownAt), PlanView.class)
                .orElseThrow(() -> new NotFound("No plan '" + id + "' exists."));
        return ResponseEntity.ok().eTag(ETag.of(view.version()).toString()).body(view);
    }

    @PostMapping("/api/plans/{id}/actions")
    @PreAuthorize("@scope.grants('SUBMITTER') and @plans.covers(#id)")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<PlanResult> addAction(@PathVariable @IdOf(value = PlanId.class, names = "plan") String id,
            @RequestBody ActionRequest body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.send(new AddAction(PlanId.of(id), body.description(), body.owner(), body.dueDate(),
                body.targetScore(), ETag.expected(ifMatch, id)), id);
        // The new action's number is in the plan (GET, at this version or later): actions are numbered in order.
        return ResponseEntity.created(URI.create("/api/plans/" + id)).eTag(ETag.of(version).toString())
                .body(new PlanResult(id, null, version));
    }

    @PutMapping("/api/plans/{id}/actions/{action}")
    @PreAuthorize("@scope.grants('SUBMITTER') and @plans.covers(#id)")
    public ResponseEntity<PlanResult> revise(@PathVariable @IdOf(value = PlanId.class, names = "plan") String id,
            @PathVariable int action, @RequestBody ActionRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.send(new ReviseAction(PlanId.of(id), action, body.description(), body.owner(),
                body.dueDate(), body.targetScore(), body.note(), ETag.expected(ifMatch, id)), id);
        return ResponseEntity.ok().eTag(ETag.of(version).toString()).body(new PlanResult(id, action, version));
    }

    @PostMapping("/api/plans/{id}/actions/{action}/status")
    @PreAuthorize("@scope.grants('SUBMITTER') and @plans.covers(#id)")
    public ResponseEntity<PlanResult> changeStatus(@PathVariable @IdOf(value = PlanId.class, names = "plan") String id,
            @PathVariable int action, @RequestBody StatusRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.send(new ChangeActionStatus(PlanId.of(id), action, body.status(), body.note(),
                ETag.expected(ifMatch, id)), id);
        return ResponseEntity.ok().eTag(ETag.of(version).toString()).body(new PlanResult(id, action, version));
    }

    @GetMapping("/api/organisations/{ods}/planned-against-actual")
    @PreAuthorize("@scope.grants('READERS') and @scope.coversOrganisation(#ods)")
    public PlannedAgainstActualView plannedAgainstActual(@PathVariable @OrganisationCode String ods,
            @RequestParam @PlausibleYear Integer year,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt) {
        return queries.exactly(new FindPlannedAgainstActual(OdsCode.of(ods), year, knownAt),
                PlannedAgainstActualView.class);
    }
}
