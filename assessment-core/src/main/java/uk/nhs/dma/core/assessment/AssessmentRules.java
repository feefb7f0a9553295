package uk.nhs.dma.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkCatalogue;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationDirectory;
import uk.nhs.dma.core.organisation.OrganisationSnapshot;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * The checks of an assessment's commands that need no state of the aggregate beyond what they are given: the
 * aggregate ({@link Assessment}) decides when they apply and what follows.
 */
final class AssessmentRules {

    static final int MAX_COMMENT = 2000;

    private AssessmentRules() {
    }

    /** The start of an assessment, once the organisation, the year and the framework fit together. */
    static AssessmentStarted started(StartAssessment command, OrganisationDirectory organisations,
                                     FrameworkCatalogue frameworks, LocalDate today) {
        OdsCode odsCode = Require.present(command.odsCode(), "odsCode");
        int year = Require.present(command.year(), "year");
        Require.that(year >= 2000 && year <= 2100, "year", "year must be between 2000 and 2100");
        FrameworkId frameworkId = Require.present(command.frameworkId(), "frameworkId");
        Require.notAfter(command.assessedOn(), today, "assessedOn");
        FrameworkDefinition framework = frameworks.find(frameworkId).orElseThrow(() ->
                RuleViolation.unknown("frameworkId", "no framework " + frameworkId + " is published"));
        Require.that(framework.assessmentYear() == year, "year",
                "framework " + frameworkId + " is for " + framework.assessmentYear() + ", not " + year);
        LocalDate assessedOn = command.assessedOn() == null ? framework.referenceDate() : command.assessedOn();
        OrganisationSnapshot organisation = organisations.find(odsCode).orElseThrow(() ->
                RuleViolation.unknown("odsCode", "no organisation " + odsCode + " is registered"));
        Require.that(organisation.type() != OrganisationType.REGION, "odsCode", "regions are not assessed");
        if (!organisation.isOpenOn(assessedOn)) {
            throw RuleViolation.conflict("organisation-not-open",
                    odsCode + " is not open on " + assessedOn + " (opened " + organisation.node().openedOn()
                            + ", closed " + organisation.node().closedOn() + ")");
        }
        if (framework.forType(organisation.type()).isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, "no-question-set", "frameworkId", "framework "
                    + frameworkId + " has no question set for " + organisation.type() + " organisations; it covers "
                    + framework.coveredTypes());
        }
        StartAssessment.CarriedForward carried = command.carried();
        if (carried == null) {
            return new AssessmentStarted(AssessmentId.of(odsCode, year), odsCode, year, frameworkId, assessedOn, 1,
                    organisation.type());
        }
        AssessmentId from = Require.present(carried.from(), "carriedFrom");
        Require.that(from.odsCode().equals(odsCode) && from.year() < year, "carriedFrom",
                "answers are carried forward from an earlier year of the same organisation, not " + from);
        FrameworkDefinition set = framework.forType(organisation.type()).orElseThrow();
        List<Answer> answers = carried.answers().isEmpty() ? List.of() : answers(carried.answers(), set);
        return new AssessmentStarted(AssessmentId.of(odsCode, year), odsCode, year, frameworkId, assessedOn, 1,
                organisation.type(), from, answers);
    }

    /** The given answers, each to a question of the framework, in range, once, with its comment trimmed. */
    static List<Answer> answers(List<Answer> given, FrameworkDefinition framework) {
        Require.notEmpty(given, "answers");
        Set<String> seen = new HashSet<>();
        List<Answer> clean = new ArrayList<>();
        for (Answer answer : given) {
            Require.present(answer, "answers");
            Question question = framework.question(answer.questionId()).orElseThrow(() -> RuleViolation.unknown(
                    "questionId", "question '" + answer.questionId() + "' is not in framework "
                            + framework.frameworkId()));
            Require.that(question.accepts(answer.score()), "score", "score " + answer.score() + " for "
                    + question.id() + " is outside " + question.minScore() + " to " + question.maxScore());
            Require.that(seen.add(question.id()), "questionId", "question " + question.id() + " is answered twice");
            clean.add(new Answer(question.id(), answer.score(),
                    Require.optionalText(answer.comment(), "comment", MAX_COMMENT)));
        }
        return clean;
    }

    /** The EPR declaration: a live EPR says since when (not in the future); any other says no date. */
    static EprDeclaration epr(DeclareEpr command, LocalDate today) {
        EprStatus eprStatus = Require.present(command.status(), "status");
        String supplier = Require.optionalText(command.supplier(), "supplier", 200);
        if (eprStatus == EprStatus.LIVE) {
            Require.date(command.liveSince(), "liveSince");
            Require.notAfter(command.liveSince(), today, "liveSince");
        } else {
            Require.that(command.liveSince() == null, "liveSince", "liveSince is given only for a LIVE EPR");
        }
        return new EprDeclaration(eprStatus, supplier, command.liveSince());
    }

    /** A revision is submitted with every mandatory question answered and the EPR declared. */
    static void readyToSubmit(FrameworkDefinition framework, Set<String> answered, EprDeclaration epr) {
        List<String> missing = framework.questions().stream()
                .filter(q -> q.mandatory() && !answered.contains(q.id()))
                .map(Question::id)
                .toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict("mandatory-questions-unanswered", "mandatory questions unanswered: " + missing);
        }
        if (epr == null) {
            throw RuleViolation.conflict("epr-not-declared", "declare the EPR status before submitting");
        }
    }

    /** Four eyes: whoever submitted the revision, or recorded any of it, may not approve it. */
    static void mayApprove(String approver, String submittedBy, Set<String> contributors, int revision) {
        if (approver.equals(submittedBy)) {
            throw RuleViolation.forbidden("self-approval",
                    approver + " submitted revision " + revision + " and so cannot approve it");
        }
        if (contributors.contains(approver)) {
            throw RuleViolation.forbidden("four-eyes", approver + " recorded answers or the EPR declaration of"
                    + " revision " + revision + " and so cannot approve it; another approver must");
        }
    }
}
