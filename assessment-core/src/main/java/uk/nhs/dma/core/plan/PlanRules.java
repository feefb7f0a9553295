package uk.nhs.dma.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;

/** The stateless rules of improvement plans: which measure may have one, and what an action must say. */
public final class PlanRules {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_OWNER = 200;
    public static final int MAX_NOTE = 1000;
    public static final int MIN_TARGET = 1;
    public static final int MAX_TARGET = 5;

    private PlanRules() {
    }

    /** The plan's id, from parts that must be given: a measure of WGLL and a year the service deals in. */
    public static PlanId planId(OdsCode odsCode, Integer year, String measureId) {
        Require.present(odsCode, "odsCode");
        int y = Require.present(year, "year");
        Require.that(y >= 2000 && y <= 2100, "year", "year " + y + " is not an assessment year (2000 to 2100)");
        Require.that(measureId != null && WgllMeasures.IDS.contains(measureId), "measureId",
                "measureId must be one of the seven WGLL measures " + WgllMeasures.IDS + ", not '" + measureId + "'");
        return PlanId.of(odsCode, y, measureId);
    }

    /**
     * The plan opened on the year's latest submitted revision, when the measure scores below that year's core
     * minimum ({@code not-submitted} 409 without one; {@code measure-meets-core} 422 at or above it).
     */
    public static PlanOpened opened(OpenPlan command, SubmittedAssessments assessments) {
        PlanId id = planId(command.odsCode(), command.year(), command.measureId());
        AssessmentId assessment = AssessmentId.of(command.odsCode(), command.year());
        SubmittedMeasures submitted = assessments.latest(assessment).orElseThrow(() -> RuleViolation.conflict(
                "not-submitted", "assessment " + assessment + " has no submitted revision: a plan rests on a"
                        + " submitted year's scores"));
        BigDecimal score = submitted.measures().get(command.measureId());
        if (score == null) {
            throw RuleViolation.invalid("measureId", "assessment " + assessment + " has no score for "
                    + command.measureId());
        }
        CoreCapabilityRule core = submitted.coreCapability();
        if (!belowCore(score, core)) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, "measure-meets-core", "measureId", command.measureId()
                    + " scored " + score.stripTrailingZeros().toPlainString() + " in " + assessment
                    + ", at or above the core minimum " + core.minMeasureScore().stripTrailingZeros().toPlainString()
                    + ": a plan is for a measure below it");
        }
        return new PlanOpened(id, command.odsCode(), command.year(), command.measureId(), submitted.revision(),
                score, core.minMeasureScore());
    }

    /** A measure's score falls short of the core capability rule's minimum. */
    public static boolean belowCore(BigDecimal score, CoreCapabilityRule core) {
        return score.compareTo(core.minMeasureScore()) < 0;
    }

    public static String description(String value) {
        return Require.text(value, "description", MAX_DESCRIPTION);
    }

    public static String owner(String value) {
        return Require.text(value, "owner", MAX_OWNER);
    }

    /** Due today or later: an action is planned ahead, never recorded as already late. */
    public static LocalDate dueDate(LocalDate value, LocalDate today) {
        LocalDate due = Require.date(value, "dueDate");
        Require.that(!due.isBefore(today), "dueDate", "dueDate " + due + " is in the past (today is " + today + ")");
        return due;
    }

    /** A whole score from 1 to 5, above the measure's score in the year the plan rests on. */
    public static int targetScore(Integer value, BigDecimal current) {
        int target = Require.present(value, "targetScore");
        Require.that(target >= MIN_TARGET && target <= MAX_TARGET, "targetScore",
                "targetScore must be from " + MIN_TARGET + " to " + MAX_TARGET + ", not " + target);
        Require.that(BigDecimal.valueOf(target).compareTo(current) > 0, "targetScore", "targetScore " + target
                + " must be above the measure's current score " + current.stripTrailingZeros().toPlainString());
        return target;
    }

    public static String note(String value) {
        return Require.text(value, "note", MAX_NOTE);
    }

    public static String optionalNote(String value) {
        return Require.optionalText(value, "note", MAX_NOTE);
    }
}
