package uk.nhs.dma.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.nhs.dma.core.assessment.AssessmentEvidenceView;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.FindEvidence;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * What the pages show of an assessment's evidence: the items by question (key {@link #EPR} for the EPR
 * declaration), today per the domain's clock (to flag expired items), and the carried answers awaiting
 * confirmation.
 */
@Component
public class EvidenceModel {

    public static final String EPR = "EPR";

    private final QuerySender queries;
    private final Clock clock;

    public EvidenceModel(QuerySender queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public AssessmentEvidenceView of(String id) {
        return queries.one(new FindEvidence(AssessmentId.of(id)), AssessmentEvidenceView.class)
                .orElse(new AssessmentEvidenceView(id, List.of(), List.of()));
    }

    /** {@code evidence} (items by question), {@code today} and {@code toConfirm} (question ids to confirm). */
    public void addTo(Model model, AssessmentView view) {
        AssessmentEvidenceView all = of(view.assessmentId());
        Map<String, List<EvidenceView>> byQuestion = new LinkedHashMap<>();
        all.items().forEach(item -> byQuestion.computeIfAbsent(item.aboutEpr() ? EPR : item.questionId(),
                k -> new java.util.ArrayList<>()).add(item));
        model.addAttribute("evidence", byQuestion);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("toConfirm", new TreeSet<>(all.awaitingConfirmation()));
    }
}
