package uk.nhs.dma.api.rest;

import static uk.nhs.dma.core.common.Require.REQUIRED;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.OrganisationCode;
import uk.nhs.dma.api.web.PageLimit;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.api.web.PlausibleYear;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.evidence.CarryForwardSource;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.api.web.CommandResult;
import uk.nhs.dma.api.web.ETag;
import uk.nhs.dma.api.web.Listing;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.ApproveAssessment;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentPage;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.DeclareEpr;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.assessment.RecordAnswers;
import uk.nhs.dma.core.assessment.ReopenAssessment;
import uk.nhs.dma.core.assessment.ReturnAssessment;
import uk.nhs.dma.core.assessment.StartAssessment;
import uk.nhs.dma.core.assessment.SubmitAssessment;
import uk.nhs.dma.core.assessment.WithdrawAssessment;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.plan.CarriedPlan;
import uk.nhs.dma.core.plan.FindCarriedPlans;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * A trust's yearly self-assessment: draft, submit, approve; return or reopen into a new revision; withdraw a draft
 * started by mistake.
 */
@RestController
@RequestMapping("/api/assessments")
public class AssessmentController {

    record StartRequest(@NotNull(message = REQUIRED) String odsCode, @NotNull(message = REQUIRED) Integer year,
                        @NotNull(message = REQUIRED) String frameworkId, LocalDate assessedOn,
                        Boolean copyForward) {
    }

    record AnswerBody(@NotNull(message = REQUIRED) String questionId, @NotNull(message = REQUIRED) Integer score,
                      String comment) {
    }

    record AnswersRequest(List<@Valid AnswerBody> answers) {
    }

    record EprRequest(EprStatus status, String supplier, LocalDate liveSince) {
    }

    record ApprovalRequest(LocalDate boardDate) {
    }

    record ReasonRequest(String reason) {
    }

    private final CommandSender commands;
    private final QuerySender queries;
    private final Access access;
    private final CarryForwardSource lastYear;
    private final Clock clock;

    public AssessmentController(CommandSender commands, QuerySender queries, Access access,
                                CarryForwardSource lastYear, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.lastYear = lastYear;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversNamedOrganisation(#body.odsCode())")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> start(@RequestBody @Valid StartRequest body) {
        StartAssessment plain = new StartAssessment(OdsCode.of(body.odsCode()), body.year(),
                FrameworkId.of(body.frameworkId()), body.assessedOn());
        // copyForward: last year's answers (to confirm or change) and evidence, as the start page copies them
        StartAssessment command = Boolean.TRUE.equals(body.copyForward()) ? lastYear.copyingLastYear(plain) : plain;
        String id = command.assessmentId().value();
        long version = commands.send(command, id);
        CommandResult result = CommandResult.assessment(id, version);
        return ResponseEntity.created(URI.create("/api/assessments/" + id)).eTag(result.etag().toString()).body(result);
    }

    @PutMapping("/{id}/answers")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> answer(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody @Valid AnswersRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        List<Answer> answers = body.answers() == null ? null : body.answers().stream()
                .map(a -> a == null ? null : new Answer(a.questionId(), a.score(), a.comment()))
                .toList();
        return done(assessmentId, commands.send(new RecordAnswers(assessmentId, answers,
                ETag.expected(ifMatch, id)), id));
    }

    @PutMapping("/{id}/epr")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> declareEpr(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody EprRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        return done(assessmentId, commands.send(new DeclareEpr(assessmentId, body.status(), body.supplier(),
                body.liveSince(), ETag.expected(ifMatch, id)), id));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> submit(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        return done(assessmentId, commands.send(new SubmitAssessment(assessmentId, ETag.expected(ifMatch, id)), id));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("@scope.grants('APPROVER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> approve(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody(required = false) ApprovalRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        LocalDate boardDate = body == null ? null : body.boardDate();
        return done(assessmentId, commands.send(new ApproveAssessment(assessmentId, boardDate,
                ETag.expected(ifMatch, id)), id));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("@scope.grants('RETURNERS') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> returnForChanges(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody ReasonRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        return done(assessmentId, commands.send(new ReturnAssessment(assessmentId, body.reason(),
                ETag.expected(ifMatch, id)), id));
    }

    @PostMapping("/{id}/reopening")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> reopen(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody ReasonRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        return done(assessmentId, commands.send(new ReopenAssessment(assessmentId, body.reason(),
                ETag.expected(ifMatch, id)), id));
    }

    /** A draft started by mistake and never submitted; the organisation may then start that year again. */
    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> withdraw(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody ReasonRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssessmentId assessmentId = assessmentId(id);
        return done(assessmentId, commands.send(new WithdrawAssessment(assessmentId, body.reason(),
                ETag.expected(ifMatch, id)), id));
    }

    @GetMapping
    @PreAuthorize("@scope.grants('READERS')")
    public Listing<AssessmentPage> list(
            @RequestParam(required = false) @OrganisationCode String odsCode,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) AssessmentStatus status,
            @RequestParam(required = false) @PageLimit Integer limit,
            @RequestParam(required = false) @PositiveOrZero(message = "must not be negative") Integer offset) {
        PageRequest requested = Listing.requested(limit, offset);
        OdsCode ods = odsCode == null || odsCode.isBlank() ? null : OdsCode.of(odsCode);
        if (access.seesEverything()) {
            AssessmentPage page = queries.exactly(new ListAssessments(ods, year, status, requested),
                    AssessmentPage.class);
            return Listing.of(page, page.items(), limit, offset);
        }
        // A scoped caller's list is filtered to its scope before it is paged.
        List<AssessmentView> visible = access.filter(queries.exactly(new ListAssessments(ods, year, status,
                PageRequest.all()), AssessmentPage.class).items(), AssessmentView::odsCode);
        List<AssessmentView> slice = visible.stream().skip(requested.offset()).limit(requested.limit()).toList();
        return Listing.of(new AssessmentPage(slice, visible.size()), slice, limit, offset);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@scope.grants('READERS') and @scope.coversAssessment(#id)")
    @ApiResponse(responseCode = "200", headers = @Header(name = "ETag", description = ETag.OF_VIEW))
    public ResponseEntity<AssessmentWithPlans> get(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt) {
        AssessmentView view = queries.one(new FindAssessment(assessmentId(id), knownAt), AssessmentView.class)
                .orElseThrow(() -> new NotFound("No assessment '" + id + "' exists."));
        LocalDate today = knownAt != null ? LocalDate.ofInstant(knownAt, clock.getZone()) : LocalDate.now(clock);
        List<CarriedPlan> plans = queries.list(new FindCarriedPlans(OdsCode.of(view.odsCode()), view.year(), knownAt,
                today), CarriedPlan.class);
        return ResponseEntity.ok().eTag(ETag.of(view.version()).toString()).body(new AssessmentWithPlans(view, plans));
    }

    private static AssessmentId assessmentId(String id) {
        return AssessmentId.of(id);
    }

    private static ResponseEntity<CommandResult> done(AssessmentId id, long version) {
        CommandResult result = CommandResult.assessment(id.value(), version);
        return ResponseEntity.ok().eTag(result.etag().toString()).body(result);
    }
}
