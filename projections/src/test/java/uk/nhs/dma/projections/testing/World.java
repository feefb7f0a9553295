package uk.nhs.dma.projections.testing;

import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.ods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentApproved;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentReopened;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.assessment.EprDeclared;
import uk.nhs.dma.core.framework.FrameworkPublished;
import uk.nhs.dma.core.organisation.OrganisationClosed;
import uk.nhs.dma.core.organisation.OrganisationReassigned;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatusAwarded;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetRevised;

/**
 * Writes a history into a {@link ReadModel} the way the event store would hand it out: each aggregate's events
 * numbered from 0, each event stamped with a distinct time and a user.
 */
public final class World {

    private final ReadModel model;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Integer> revisions = new HashMap<>();
    private final Map<String, String> assessedOn = new HashMap<>();
    private Instant clock = Instant.parse("2020-01-01T09:00:00Z");

    public World(ReadModel model) {
        this.model = model;
    }

    /** When the latest event was recorded. */
    public Instant now() {
        return clock;
    }

    public World emit(String aggregate, Object event) {
        return emit(aggregate, event, "user@nhs.net");
    }

    public World emit(String aggregate, Object event, String user) {
        long sequence = sequences.merge(aggregate, 0L, (a, b) -> a + 1);
        clock = clock.plusSeconds(3600);
        model.deliver(new Recorded(event, sequence, clock, user));
        return this;
    }

    // ---- register ---------------------------------------------------------------------------------------

    public World region(String code) {
        return emit(code, new OrganisationRegistered(ods(code), "Region " + code, OrganisationType.REGION, null, null));
    }

    public World icb(String code, String region) {
        return emit(code, new OrganisationRegistered(ods(code), "ICB " + code, OrganisationType.ICB, ods(region),
                date("2022-07-01")));
    }

    public World trust(String code, OrganisationType type, String icb, String openedOn) {
        return emit(code, new OrganisationRegistered(ods(code), "Trust " + code, type, ods(icb), date(openedOn)));
    }

    public World reassign(String code, String from, String to, String effectiveFrom) {
        return emit(code, new OrganisationReassigned(ods(code), ods(from), ods(to), date(effectiveFrom)));
    }

    public World close(String code, String closedOn, String successor) {
        return emit(code, new OrganisationClosed(ods(code), date(closedOn), successor == null ? null : ods(successor)));
    }

    public World award(String code, ProgrammeStatus status, String awardedOn) {
        return emit(code, new ProgrammeStatusAwarded(ods(code), status, date(awardedOn)));
    }

    public World framework(int year) {
        return emit(Fixtures.frameworkId(year).value(), new FrameworkPublished(Fixtures.framework(year)), "publisher@nhs.net");
    }

    public World target(TargetDefined defined) {
        return emit(defined.targetId().value(), defined, "planner@nhs.net");
    }

    public World revise(TargetRevised revised) {
        return emit(revised.targetId().value(), revised, "planner@nhs.net");
    }

    // ---- assessments ------------------------------------------------------------------------------------

    /** Starts, answers (in two partial saves), declares the EPR and submits revision 1. */
    public World assessed(String code, int year, String assessedOn, Map<String, BigDecimal> measures,
                          EprDeclaration epr) {
        AssessmentId id = AssessmentId.of(ods(code), year);
        revisions.put(id.value(), 1);
        this.assessedOn.put(id.value(), assessedOn);
        emit(id.value(), new AssessmentStarted(id, ods(code), year, Fixtures.frameworkId(year), date(assessedOn), 1));
        answer(id, 1, measures);
        emit(id.value(), new EprDeclared(id, 1, epr));
        return submit(code, year, measures, epr);
    }

    /** Reopens the year's assessment: a draft of the next revision, nothing submitted yet. */
    public World reopen(String code, int year) {
        AssessmentId id = AssessmentId.of(ods(code), year);
        int revision = revisions.get(id.value());
        revisions.put(id.value(), revision + 1);
        return emit(id.value(), new AssessmentReopened(id, revision, revision + 1, "new evidence", "user@nhs.net"));
    }

    /** Answers and submits the current draft revision. */
    public World resubmit(String code, int year, Map<String, BigDecimal> measures, EprDeclaration epr) {
        AssessmentId id = AssessmentId.of(ods(code), year);
        answer(id, revisions.get(id.value()), measures);
        emit(id.value(), new EprDeclared(id, revisions.get(id.value()), epr));
        return submit(code, year, measures, epr);
    }

    public World approve(String code, int year, String boardDate) {
        AssessmentId id = AssessmentId.of(ods(code), year);
        return emit(id.value(), new AssessmentApproved(id, revisions.get(id.value()), "approver@nhs.net",
                clock.plusSeconds(60), date(boardDate)), "approver@nhs.net");
    }

    private World submit(String code, int year, Map<String, BigDecimal> measures, EprDeclaration epr) {
        AssessmentId id = AssessmentId.of(ods(code), year);
        return emit(id.value(), Fixtures.submitted(code, year, revisions.get(id.value()),
                date(assessedOn.get(id.value())), measures,
                epr, "submitter@nhs.net", clock.plusSeconds(60)), "submitter@nhs.net");
    }

    private void answer(AssessmentId id, int revision, Map<String, BigDecimal> measures) {
        List<Answer> answers = measures.entrySet().stream()
                .map(e -> new Answer("q-" + e.getKey(), e.getValue().setScale(0, RoundingMode.HALF_UP).intValue(), null))
                .toList();
        int half = answers.size() / 2;
        emit(id.value(), new AnswersRecorded(id, revision, answers.subList(0, half)));
        emit(id.value(), new AnswersRecorded(id, revision, answers.subList(half, answers.size())));
    }
}
