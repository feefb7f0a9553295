package uk.nhs.dma.web.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentPage;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindRevision;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FindFramework;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.capability.CapabilityDeclarationView;
import uk.nhs.dma.core.capability.ListCapabilityDeclarations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.query.PageRequest;

/** The pages' questions to the read side: the same queries, through the same query bus, as the API's. */
@Component
public class Reads {

    /** How long a page waits for the read model to show a change the person has just made. */
    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(5);

    private final QuerySender queries;
    private final Clock clock;

    public Reads(QuerySender queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public AssessmentView assessment(String id) {
        return queries.one(new FindAssessment(assessmentId(id)), AssessmentView.class)
                .orElseThrow(() -> new PageNotFound("There is no assessment " + id + "."));
    }

    /** The assessment once the read model shows at least the version a command of this request produced. */
    public AssessmentView assessmentAtLeast(String id, long version) {
        Instant deadline = Instant.now().plus(READ_YOUR_WRITES);
        while (true) {
            Optional<AssessmentView> view = queries.one(new FindAssessment(assessmentId(id)),
                    AssessmentView.class);
            if ((view.isPresent() && view.get().version() >= version) || Instant.now().isAfter(deadline)) {
                return view.orElseThrow(() -> new PageNotFound("There is no assessment " + id + "."));
            }
            pause();
        }
    }

    public Optional<AssessmentView> assessmentOf(String odsCode, int year) {
        return queries.one(new FindAssessment(AssessmentId.of(OdsCode.of(odsCode), year)), AssessmentView.class);
    }

    public List<AssessmentView> assessments(String odsCode) {
        return queries.exactly(new ListAssessments(OdsCode.of(odsCode), null, null, PageRequest.all()),
                        AssessmentPage.class).items().stream()
                .sorted(Comparator.comparingInt(AssessmentView::year).reversed()).toList();
    }

    public List<AssessmentView> awaitingApproval() {
        return queries.exactly(new ListAssessments(null, null, AssessmentStatus.SUBMITTED, PageRequest.all()),
                AssessmentPage.class).items();
    }

    public FrameworkDefinition framework(String frameworkId) {
        return queries.one(new FindFramework(FrameworkId.of(frameworkId)), FrameworkView.class)
                .map(FrameworkView::definition)
                .orElseThrow(() -> new PageNotFound("There is no framework " + frameworkId + "."));
    }

    /**
     * The framework as the assessment's organisation answers it: its type's question set (the whole framework when
     * it has one set for every type, or the organisation cannot be read).
     */
    public FrameworkDefinition framework(AssessmentView view) {
        FrameworkDefinition framework = framework(view.frameworkId());
        return organisation(view.odsCode()).flatMap(o -> framework.forType(o.type())).orElse(framework);
    }

    /** The framework of the latest assessment year: the one "this year's assessment" starts under. */
    public Optional<FrameworkDefinition> latestFramework() {
        return queries.list(new ListFrameworks(), FrameworkView.class).stream()
                .map(FrameworkView::definition)
                .max(Comparator.comparingInt(FrameworkDefinition::assessmentYear));
    }

    /** The organisation's declared capabilities, each marked in force today or not. */
    public List<CapabilityDeclarationView> capabilities(String odsCode) {
        return queries.list(new ListCapabilityDeclarations(OdsCode.of(odsCode), LocalDate.now(clock)),
                CapabilityDeclarationView.class);
    }

    public Optional<OrganisationView> organisation(String odsCode) {
        try {
            return queries.one(new FindOrganisation(OdsCode.of(odsCode), LocalDate.now(clock)),
                    OrganisationView.class);
        } catch (RuleViolation malformed) {
            return Optional.empty();
        }
    }

    public Optional<AssessmentView> one(FindRevision query) {
        return queries.one(query, AssessmentView.class);
    }

    public Optional<TrajectoryView> trajectory(String odsCode) {
        return queries.one(new FindTrajectory(OdsCode.of(odsCode)), TrajectoryView.class);
    }

    static AssessmentId assessmentId(String id) {
        try {
            return AssessmentId.of(id);
        } catch (RuleViolation malformed) {
            throw new PageNotFound("There is no assessment " + id + ".");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        }
    }
}
