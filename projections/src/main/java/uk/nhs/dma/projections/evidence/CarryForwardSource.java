package uk.nhs.dma.projections.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentEvidenceView;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.CarryForward;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindEvidence;
import uk.nhs.dma.core.assessment.StartAssessment;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FindFramework;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.projections.processing.ReadModelsBehind;
import uk.nhs.dma.projections.support.BoundedWait;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * What a start copies from the organisation's previous year (unless that was withdrawn): its answers to questions
 * that carry on ({@link CarryForward}), and its evidence still attached, about the EPR or about a question that
 * carries on (moved to this year's id; a document keeps its stored file). Empty when there is nothing to copy.
 */
@Component
public class CarryForwardSource {

    /** How long a start waits for the read models to reach every event stored before it. */
    static final Duration CATCH_UP = Duration.ofSeconds(10);

    private final QuerySender queries;
    private final Clock clock;
    private final ProjectionStatus projections;

    public CarryForwardSource(QuerySender queries, Clock clock, ProjectionStatus projections) {
        this.queries = queries;
        this.clock = clock;
        this.projections = projections;
    }

    /**
     * The start, copying last year forward when there is anything to copy; unchanged when its organisation or
     * framework is unknown (the domain then rejects it as it always has).
     */
    public StartAssessment copyingLastYear(StartAssessment start) {
        if (start.odsCode() == null || start.frameworkId() == null || start.year() == null) {
            return start;
        }
        awaitReadModels();
        Optional<OrganisationType> type = queries.one(new FindOrganisation(start.odsCode(), LocalDate.now(clock)),
                OrganisationView.class).map(OrganisationView::type);
        Optional<FrameworkDefinition> set = queries.one(new FindFramework(start.frameworkId()), FrameworkView.class)
                .map(FrameworkView::definition).filter(f -> f.assessmentYear() == start.year())
                .flatMap(f -> type.flatMap(f::forType));
        return set.flatMap(f -> lastYear(start.odsCode(), f))
                .map(carried -> new StartAssessment(start.odsCode(), start.year(), start.frameworkId(),
                        start.assessedOn(), carried))
                .orElse(start);
    }

    /**
     * Read-your-writes for the start: what it copies is read from the read models, so they must hold every event
     * stored before it (a framework published, or answers recorded, a moment earlier), or nothing would carry.
     */
    private void awaitReadModels() {
        long head = projections.head();
        if (!BoundedWait.until(() -> projections.reached(head), CATCH_UP, 10)) {
            throw new ReadModelsBehind(head);
        }
    }

    /** From last year, into this year's framework as the organisation's type answers it. */
    public Optional<StartAssessment.CarriedForward> lastYear(OdsCode odsCode, FrameworkDefinition thisYear) {
        AssessmentId from = AssessmentId.of(odsCode, thisYear.assessmentYear() - 1);
        Optional<AssessmentView> last = queries.one(new FindAssessment(from), AssessmentView.class)
                .filter(a -> a.status() != AssessmentStatus.WITHDRAWN);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        List<Answer> answers = CarryForward.answers(last.get().answers(), thisYear);
        List<Evidence> evidence = queries.one(new FindEvidence(from), AssessmentEvidenceView.class)
                .map(AssessmentEvidenceView::items).orElse(List.of()).stream()
                .filter(item -> !item.withdrawn())
                .flatMap(item -> carried(item, thisYear).stream())
                .toList();
        if (answers.isEmpty() && evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StartAssessment.CarriedForward(from, answers, evidence));
    }

    private static Optional<Evidence> carried(EvidenceView item, FrameworkDefinition thisYear) {
        Evidence evidence = new Evidence(item.evidenceId(), item.questionId(), item.kind(), item.title(), item.link(),
                item.note(), item.file(), item.effectiveOn(), item.expiresOn());
        if (item.aboutEpr()) {
            return Optional.of(evidence);
        }
        return CarryForward.successor(item.questionId(), thisYear).map(q -> evidence.about(q.id()));
    }
}
