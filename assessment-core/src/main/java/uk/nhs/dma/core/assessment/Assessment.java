package uk.nhs.dma.core.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkCatalogue;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OrganisationDirectory;
import uk.nhs.dma.core.organisation.OrganisationType;

/** An organisation's self-assessment for one year, as numbered revisions that supersede without erasing
 * (README "The domain"); a draft never submitted may be withdrawn. Stateless checks: AssessmentRules. */
public class Assessment {

    private static final int MAX_COMMENT = AssessmentRules.MAX_COMMENT;
    @AggregateIdentifier
    private String assessmentId;
    private FrameworkId frameworkId;
    /** Whose question set of the framework it answers (null for a start stored before types were recorded). */
    private OrganisationType organisationType;
    private LocalDate assessedOn;
    private int revision;
    private AssessmentStatus status;
    private final Map<String, Answer> answers = new TreeMap<>();
    private EprDeclaration epr;
    private String submittedBy;
    /** Who recorded each answer the current revision holds (carried over answers keep their author). */
    private final Map<String, String> answeredBy = new TreeMap<>();
    private String eprDeclaredBy;
    /** Everyone who recorded answers or the EPR during the current revision, even if later overwritten. */
    private final Set<String> recordedBy = new TreeSet<>();
    /** Evidence attached and not withdrawn, by id; every id ever attached, withdrawn or not (ids are used once). */
    private final Map<String, Evidence> evidence = new TreeMap<>();
    private final Set<String> evidenceIds = new TreeSet<>();
    /** Answers carried forward at the start that nobody has yet confirmed or changed. */
    private final Set<String> unconfirmed = new TreeSet<>();
    private AssessmentId carriedFrom;

    protected Assessment() {
    }

    /**
     * Starts the year's assessment, or starts it again after a withdrawal. Any other existing assessment gets the
     * answer a second start has always had (409 already-exists), after the same checks of the command.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(StartAssessment command, OrganisationDirectory organisations, FrameworkCatalogue frameworks,
                       Clock clock, @MetaDataValue(MetaDataKeys.USER) String user) {
        LocalDate today = LocalDate.now(clock);
        AssessmentStarted started = AssessmentRules.started(command, organisations, frameworks, today);
        List<Evidence> carriedEvidence = command.carried() == null ? List.of() : EvidenceRules.carried(
                command.carried().evidence(), frameworks.find(started.frameworkId())
                        .flatMap(f -> f.forType(started.organisationType())).orElseThrow(), today);
        if (status != null && status != AssessmentStatus.WITHDRAWN) {
            throw new AggregateStreamCreationException("assessment " + assessmentId + " already exists");
        }
        apply(started);
        carriedEvidence.forEach(item -> apply(new EvidenceAttached(started.assessmentId(), started.revision(), item,
                MetaDataKeys.orUnknown(user), started.carriedFrom())));
        return AggregateLifecycle.getVersion();
    }

    /** Evidence is part of what a revision claims: it is attached to a draft (reopen to add to a submitted one). */
    @CommandHandler
    public Long handle(AttachEvidence command, FrameworkCatalogue frameworks, Clock clock,
                       @MetaDataValue(MetaDataKeys.USER) String user) {
        requireDraft("attach evidence");
        Evidence item = EvidenceRules.evidence(command.evidence(), framework(frameworks), LocalDate.now(clock));
        if (evidenceIds.contains(item.evidenceId())) {
            throw RuleViolation.conflict("evidence-id-used", "evidence " + item.evidenceId()
                    + " is already attached to " + assessmentId + " (or was, and was withdrawn)");
        }
        apply(new EvidenceAttached(AssessmentId.of(assessmentId), revision, item, MetaDataKeys.orUnknown(user),
                null));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(WithdrawEvidence command, @MetaDataValue(MetaDataKeys.USER) String user) {
        String id = Require.text(command.evidenceId(), "evidenceId", 80);
        String reason = Require.text(command.reason(), "reason", MAX_COMMENT);
        requireDraft("withdraw evidence");
        if (!evidence.containsKey(id)) {
            throw evidenceIds.contains(id)
                    ? RuleViolation.conflict("evidence-withdrawn", "evidence " + id + " was already withdrawn")
                    : RuleViolation.unknown("evidenceId", "no evidence " + id + " is attached to " + assessmentId);
        }
        apply(new EvidenceWithdrawn(AssessmentId.of(assessmentId), revision, id, reason,
                MetaDataKeys.orUnknown(user)));
        return AggregateLifecycle.getVersion();
    }

    /** Confirms carried answers as they stand (recording an answer again confirms it too). */
    @CommandHandler
    public Long handle(ConfirmAnswers command, @MetaDataValue(MetaDataKeys.USER) String user) {
        List<String> ids = Require.notEmpty(command.questionIds(), "questionIds").stream().distinct().toList();
        requireDraft("confirm answers");
        List<String> notCarried = ids.stream().filter(id -> !unconfirmed.contains(id)).toList();
        Require.that(notCarried.isEmpty(), "questionIds", "not carried forward awaiting confirmation: " + notCarried
                + "; awaiting: " + unconfirmed);
        apply(new AnswersConfirmed(AssessmentId.of(assessmentId), revision, ids, MetaDataKeys.orUnknown(user)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordAnswers command, FrameworkCatalogue frameworks) {
        requireDraft("record answers");
        List<Answer> clean = AssessmentRules.answers(command.answers(), framework(frameworks));
        apply(new AnswersRecorded(AssessmentId.of(assessmentId), revision, clean));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(DeclareEpr command, Clock clock) {
        requireDraft("declare the EPR");
        apply(new EprDeclared(AssessmentId.of(assessmentId), revision,
                AssessmentRules.epr(command, LocalDate.now(clock))));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(SubmitAssessment command, FrameworkCatalogue frameworks, Clock clock,
                       @MetaDataValue(MetaDataKeys.USER) String user) {
        requireDraft("submit");
        if (!unconfirmed.isEmpty()) {
            throw RuleViolation.conflict("carried-answers-unconfirmed", "answers carried forward from "
                    + carriedFrom + " are not yet confirmed or changed: " + unconfirmed);
        }
        FrameworkDefinition framework = framework(frameworks);
        AssessmentRules.readyToSubmit(framework, answers.keySet(), epr);
        Scores scores = Scoring.score(framework, answers.values());
        AssessmentId id = AssessmentId.of(assessmentId);
        apply(new AssessmentSubmitted(id, id.odsCode(), id.year(), frameworkId, revision, assessedOn,
                List.copyOf(answers.values()), epr, scores, framework.rules(),
                Capability.isCoreCapable(framework.rules().coreCapability(), scores, epr),
                Capability.isFoundational(framework.rules().foundational(), scores, epr),
                MetaDataKeys.orUnknown(user), clock.instant(), framework.scoring(), organisationType));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ApproveAssessment command, Clock clock, @MetaDataValue(MetaDataKeys.USER) String user) {
        requireNotWithdrawn("approve");
        if (status != AssessmentStatus.SUBMITTED) {
            throw RuleViolation.conflict("not-awaiting-approval",
                    "only a submitted revision can be approved; revision " + revision + " is " + status);
        }
        String approver = MetaDataKeys.orUnknown(user);
        AssessmentRules.mayApprove(approver, submittedBy,
                FourEyes.contributors(recordedBy, answeredBy.values(), eprDeclaredBy), revision);
        LocalDate today = LocalDate.now(clock);
        LocalDate boardDate = command.boardDate() == null ? today : command.boardDate();
        Require.notAfter(boardDate, today, "boardDate");
        apply(new AssessmentApproved(AssessmentId.of(assessmentId), revision, approver, clock.instant(), boardDate));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ReturnAssessment command, @MetaDataValue(MetaDataKeys.USER) String user) {
        String reason = Require.text(command.reason(), "reason", MAX_COMMENT);
        requireNotWithdrawn("return");
        if (status != AssessmentStatus.SUBMITTED) {
            throw RuleViolation.conflict("not-awaiting-approval",
                    "only a submitted revision awaiting approval can be returned; revision " + revision + " is " + status);
        }
        apply(new AssessmentReturned(AssessmentId.of(assessmentId), revision, revision + 1, reason,
                MetaDataKeys.orUnknown(user)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ReopenAssessment command, @MetaDataValue(MetaDataKeys.USER) String user) {
        String reason = Require.text(command.reason(), "reason", MAX_COMMENT);
        requireNotWithdrawn("reopen");
        if (status == AssessmentStatus.DRAFT) {
            throw RuleViolation.conflict("already-draft", "revision " + revision + " is already a draft");
        }
        apply(new AssessmentReopened(AssessmentId.of(assessmentId), revision, revision + 1, reason,
                MetaDataKeys.orUnknown(user)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(WithdrawAssessment command, @MetaDataValue(MetaDataKeys.USER) String user) {
        String reason = Require.text(command.reason(), "reason", MAX_COMMENT);
        requireNotWithdrawn("withdraw");
        if (status != AssessmentStatus.DRAFT || revision != 1) {
            throw RuleViolation.conflict("not-withdrawable", "only a draft that has never been submitted can be"
                    + " withdrawn; revision " + revision + " is " + (status == AssessmentStatus.DRAFT
                    ? "a draft after a submission: submit it, or leave it" : status));
        }
        apply(new AssessmentWithdrawn(AssessmentId.of(assessmentId), revision, reason, MetaDataKeys.orUnknown(user)));
        return AggregateLifecycle.getVersion();
    }

    private void requireNotWithdrawn(String action) {
        if (status == AssessmentStatus.WITHDRAWN) {
            throw RuleViolation.conflict("withdrawn", "cannot " + action + ": " + assessmentId
                    + " was withdrawn; start this year's assessment again");
        }
    }

    private void requireDraft(String action) {
        requireNotWithdrawn(action);
        if (status != AssessmentStatus.DRAFT) {
            throw RuleViolation.conflict("not-draft", "cannot " + action + ": revision " + revision + " is " + status
                    + "; reopen it to start a new revision");
        }
    }

    private FrameworkDefinition framework(FrameworkCatalogue frameworks) {
        return frameworks.find(frameworkId).flatMap(f -> f.forType(organisationType)).orElseThrow(() ->
                new IllegalStateException("framework " + frameworkId + " of " + assessmentId + " is missing"));
    }

    @EventSourcingHandler
    void on(AssessmentStarted event) {
        assessmentId = event.assessmentId().value();
        frameworkId = event.frameworkId();
        organisationType = event.organisationType();
        assessedOn = event.assessedOn();
        revision = event.revision();
        status = AssessmentStatus.DRAFT; // a start after a withdrawal begins from nothing
        answers.clear();
        answeredBy.clear();
        epr = null;
        eprDeclaredBy = null;
        submittedBy = null;
        recordedBy.clear();
        evidence.clear();
        evidenceIds.clear();
        unconfirmed.clear();
        carriedFrom = event.carriedFrom();
        event.carriedAnswers().forEach(a -> {
            answers.put(a.questionId(), a);
            unconfirmed.add(a.questionId());
        });
    }

    @EventSourcingHandler
    void on(EvidenceAttached event) {
        evidence.put(event.evidence().evidenceId(), event.evidence());
        evidenceIds.add(event.evidence().evidenceId());
    }

    @EventSourcingHandler
    void on(EvidenceWithdrawn event) {
        evidence.remove(event.evidenceId());
    }

    @EventSourcingHandler
    void on(AnswersConfirmed event) {
        event.questionIds().forEach(unconfirmed::remove);
    }

    /** The user comes from the event's metadata (every stored event has it; a test fixture's may not). */
    @EventSourcingHandler
    void on(AnswersRecorded event, @MetaDataValue(MetaDataKeys.USER) String user) {
        event.answers().forEach(a -> {
            answers.put(a.questionId(), a);
            unconfirmed.remove(a.questionId());
            if (user == null) {
                answeredBy.remove(a.questionId());
            } else {
                answeredBy.put(a.questionId(), user);
            }
        });
        if (user != null) {
            recordedBy.add(user);
        }
    }

    @EventSourcingHandler
    void on(EprDeclared event, @MetaDataValue(MetaDataKeys.USER) String user) {
        epr = event.epr();
        eprDeclaredBy = user;
        if (user != null) {
            recordedBy.add(user);
        }
    }

    @EventSourcingHandler
    void on(AssessmentSubmitted event) {
        status = AssessmentStatus.SUBMITTED;
        submittedBy = event.submittedBy();
    }

    @EventSourcingHandler
    void on(AssessmentApproved event) {
        status = AssessmentStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(AssessmentReturned event) {
        startNextRevision(event.newRevision());
    }

    @EventSourcingHandler
    void on(AssessmentReopened event) {
        startNextRevision(event.newRevision());
    }

    @EventSourcingHandler
    void on(AssessmentWithdrawn event) {
        status = AssessmentStatus.WITHDRAWN;
    }

    private void startNextRevision(int next) {
        revision = next;
        status = AssessmentStatus.DRAFT;
        submittedBy = null;
        recordedBy.clear();
    }
}
