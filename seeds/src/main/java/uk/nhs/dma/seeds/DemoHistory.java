package uk.nhs.dma.seeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.ApproveAssessment;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.DeclareEpr;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.RecordAnswers;
import uk.nhs.dma.core.assessment.ReopenAssessment;
import uk.nhs.dma.core.assessment.ReturnAssessment;
import uk.nhs.dma.core.assessment.StartAssessment;
import uk.nhs.dma.core.assessment.SubmitAssessment;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.AwardProgrammeStatus;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ProgrammeStatus;

/**
 * A deterministic, synthetic history of assessments for every trust, calibrated to the published picture:
 * a 2023 national mean of about 2.4 of 5, smart-foundations the highest measure (about 3.2) and
 * empower-citizens the lowest (about 2.0); about 86% of trusts with a live EPR by June 2022, 90% by the
 * end of 2023, 91% by February 2025 and 93% of the trusts submitting in the 2025 round. It includes drafts, returns for changes, reopened revisions and
 * approvals. ICBs are assessed from 2025 (against their own question set), a sample of the general practices from
 * 2024; a level-gated framework is answered element by element ({@link LevelGatedAnswers}). Each organisation draws from its own random stream (seed and ODS code), so the same seed gives the
 * same commands, byte for byte, whatever else is generated. The figures are invented: the real results
 * are not published per trust.
 */
public final class DemoHistory {

    public static final long DEFAULT_SEED = 20_230_331L;
    static final String SUBMITTER = "seed-loader:submitter";
    static final String APPROVER = "seed-loader:approver";
    static final String REVIEWER = "seed-loader:reviewer";

    /**
     * 2023 measure means before the trust's own maturity is added; their mean is about 2.4. Healthy populations
     * sits 0.15 above empower citizens (the published lowest), paid for by support people and improve care, so the
     * 2023 order keeps empower citizens last whatever the trusts' random offsets.
     */
    static final Map<String, Double> BASE = Map.of(
            "well-led", 2.6, "smart-foundations", 3.25, "safe-practice", 2.7, "support-people", 2.25,
            "empower-citizens", 1.95, "improve-care", 2.2, "healthy-populations", 2.1);
    static final double GROWTH_PER_YEAR = 0.15;
    static final double MATURITY_WEIGHT = 0.45;
    static final double ANSWER_NOISE = 0.6;

    private static final List<String> GP_SUPPLIERS = List.of("EMIS Web", "SystmOne (TPP)");
    private static final List<String> SUPPLIERS = List.of("Epic", "Oracle Health (Cerner)", "System C", "Dedalus",
            "Meditech", "TPP", "Altera", "Nervecentre", "Servelec");
    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);
    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 28);
    /**
     * A few go-lives in March 2025 bridge the 91% of February 2025 (PQ HL7395) and the 93% of providers with an EPR
     * in the 2025 DMA, whose reference date is 31 March 2025.
     */
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 31);
    static final double SPRING_2025_SHARE = 0.925;

    private DemoHistory() {
    }

    /** The share of general practices in the sample assessed from 2024. */
    static final double PRACTICE_SAMPLE = 0.5;
    static final int PRACTICES_FROM = 2024;

    /** @param organisations trusts, ICBs and general practices (each is assessed in the rounds of its kind) */
    public static List<SeedStep> generate(List<TrustRecord> organisations, List<FrameworkDefinition> frameworks,
                                          long seed) {
        List<SeedStep> steps = new ArrayList<>();
        int lastYear = frameworks.stream().mapToInt(FrameworkDefinition::assessmentYear).max().orElse(0);
        for (TrustRecord trust : organisations) {
            Profile profile = Profile.draw(trust, new Random(seed ^ (trust.odsCode().hashCode() * 0x9E3779B97F4A7C15L)));
            if (trust.type().isTrust()) {
                profile.award(steps);
            }
            for (FrameworkDefinition framework : frameworks) {
                if (profile.assessedIn(framework)) {
                    profile.assess(framework, framework.assessmentYear() == lastYear, steps);
                }
            }
        }
        return steps;
    }

    /** One trust's invented traits, and the random stream its whole history is drawn from. */
    private record Profile(TrustRecord trust, Random random, double maturity, Map<String, Double> offsets,
                           LocalDate goLive, EprStatus pendingStatus, String supplier, boolean sampled) {

        static Profile draw(TrustRecord trust, Random random) {
            double maturity = Math.max(-2.5, Math.min(2.5, random.nextGaussian()));
            Map<String, Double> offsets = new LinkedHashMap<>();
            for (String measure : BASE.keySet().stream().sorted().toList()) {
                offsets.put(measure, 0.3 * random.nextGaussian());
            }
            double u = random.nextDouble();
            LocalDate goLive = u < 0.86 ? between(random, LocalDate.of(2008, 1, 1), JUNE_2022.minusDays(1))
                    : u < 0.885 ? between(random, JUNE_2022, END_2023)
                    : u < 0.897 ? between(random, END_2023.plusDays(1), FEB_2025)
                    : u < SPRING_2025_SHARE ? between(random, FEB_2025.plusDays(1), MARCH_2025)
                    : null;
            double p = random.nextDouble();
            EprStatus pending = p < 0.6 ? EprStatus.DEPLOYING : p < 0.9 ? EprStatus.PROCURING : EprStatus.NONE;
            String supplier = SUPPLIERS.get(random.nextInt(SUPPLIERS.size()));
            boolean sampled = true;
            if (trust.type() == OrganisationType.GENERAL_PRACTICE) {
                goLive = between(random, LocalDate.of(2004, 1, 1), LocalDate.of(2012, 12, 31));
                supplier = GP_SUPPLIERS.get(random.nextInt(GP_SUPPLIERS.size()));
                sampled = random.nextDouble() < PRACTICE_SAMPLE;
            } else if (trust.type() == OrganisationType.ICB) {
                goLive = null;
                pending = EprStatus.NONE;
            }
            return new Profile(trust, random, maturity, offsets, goLive, pending, supplier, sampled);
        }

        /** Trusts every round; ICBs the rounds with a set of their own; the sampled practices from 2024. */
        boolean assessedIn(FrameworkDefinition framework) {
            return switch (trust.type()) {
                case ICB -> framework.coveredTypes().contains(OrganisationType.ICB);
                case GENERAL_PRACTICE -> sampled && framework.assessmentYear() >= PRACTICES_FROM
                        && framework.forType(OrganisationType.GENERAL_PRACTICE).isPresent();
                default -> trust.type().isTrust();
            };
        }

        void award(List<SeedStep> steps) {
            double u = random.nextDouble();
            boolean acute = trust.type() == OrganisationType.ACUTE;
            boolean mentalHealth = trust.type() == OrganisationType.MENTAL_HEALTH
                    || trust.type() == OrganisationType.MENTAL_HEALTH_AND_COMMUNITY;
            ProgrammeStatus status = null;
            LocalDate on = null;
            if (acute && u < 0.08) {
                status = ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR;
                on = LocalDate.of(2016, 9, 7);
            } else if ((acute || mentalHealth) && u < 0.2) {
                status = ProgrammeStatus.FAST_FOLLOWER;
                on = LocalDate.of(2017, 2, 10);
            } else if (u < 0.32) {
                status = ProgrammeStatus.DIGITAL_ASPIRANT;
                on = LocalDate.of(2018, 9, 6);
            }
            if (status != null && isOpenOn(on)) {
                steps.add(new SeedStep(trust.odsCode(), new AwardProgrammeStatus(OdsCode.of(trust.odsCode()), status,
                        on, null), ReferenceRegister.USER, at(on)));
            }
        }

        void assess(FrameworkDefinition framework, boolean latestYear, List<SeedStep> steps) {
            LocalDate assessedOn = framework.referenceDate();
            if (!isOpenOn(assessedOn)) {
                return;
            }
            int year = framework.assessmentYear();
            FrameworkDefinition asked = framework.forType(trust.type()).orElseThrow();
            OdsCode ods = OdsCode.of(trust.odsCode());
            AssessmentId id = AssessmentId.of(ods, year);
            String aggregate = id.value();
            LocalDate day = LocalDate.of(year, 4, 1).plusDays(random.nextInt(20));
            steps.add(new SeedStep(aggregate, new StartAssessment(ods, year, framework.frameworkId(), null),
                    SUBMITTER, at(day)));
            List<Answer> answers = answers(asked, year);
            int half = answers.size() / 2;
            steps.add(new SeedStep(aggregate, new RecordAnswers(id, answers.subList(0, half), null), SUBMITTER,
                    at(day.plusDays(3))));
            steps.add(new SeedStep(aggregate, new RecordAnswers(id, answers.subList(half, answers.size()), null),
                    SUBMITTER, at(day.plusDays(10))));
            steps.add(new SeedStep(aggregate, epr(id, assessedOn), SUBMITTER, at(day.plusDays(12))));
            if (latestYear && random.nextDouble() < 0.06) {
                return;
            }
            steps.add(new SeedStep(aggregate, new SubmitAssessment(id, null), SUBMITTER, at(day.plusDays(20))));
            if (random.nextDouble() < 0.05) {
                steps.add(new SeedStep(aggregate, new ReturnAssessment(id,
                        "Peer review found the scores for one measure not supported by evidence", null),
                        REVIEWER, at(day.plusDays(27))));
                steps.add(new SeedStep(aggregate, new RecordAnswers(id, DemoCorrections.lowered(asked, answers, random), null), SUBMITTER,
                        at(day.plusDays(30))));
                steps.add(new SeedStep(aggregate, new SubmitAssessment(id, null), SUBMITTER, at(day.plusDays(33))));
            }
            if (random.nextDouble() >= 0.88) {
                return;
            }
            steps.add(new SeedStep(aggregate, new ApproveAssessment(id, null, null), APPROVER, at(day.plusDays(40))));
            if (!latestYear && random.nextDouble() < 0.04) {
                steps.add(new SeedStep(aggregate, new ReopenAssessment(id, "Correction after the annual audit", null),
                        SUBMITTER, at(day.plusDays(70))));
                steps.add(new SeedStep(aggregate, new RecordAnswers(id, DemoCorrections.raised(asked, answers, random), null), SUBMITTER,
                        at(day.plusDays(72))));
                steps.add(new SeedStep(aggregate, new SubmitAssessment(id, null), SUBMITTER, at(day.plusDays(74))));
                steps.add(new SeedStep(aggregate, new ApproveAssessment(id, null, null), APPROVER,
                        at(day.plusDays(80))));
            }
        }

        private List<Answer> answers(FrameworkDefinition framework, int year) {
            if (framework.scoring() == ScoringMethod.LEVEL_GATED) {
                return LevelGatedAnswers.answers(framework, m -> mean(m, year), random);
            }
            List<Answer> answers = new ArrayList<>();
            for (Question q : framework.questions()) {
                if (!q.mandatory() && random.nextDouble() >= 0.7) {
                    continue;
                }
                double mean = mean(q.measureId(), year);
                long score = Math.round(mean + ANSWER_NOISE * random.nextGaussian());
                answers.add(new Answer(q.id(), (int) Math.max(q.minScore(), Math.min(q.maxScore(), score)), null));
            }
            return answers;
        }

        /** The measure's expected score in the year, for this organisation. */
        private double mean(String measureId, int year) {
            return BASE.getOrDefault(measureId, 2.4) + GROWTH_PER_YEAR * (year - 2023)
                    + MATURITY_WEIGHT * maturity + offsets.getOrDefault(measureId, 0.0);
        }

        private DeclareEpr epr(AssessmentId id, LocalDate assessedOn) {
            if (goLive != null && !goLive.isAfter(assessedOn)) {
                return new DeclareEpr(id, EprStatus.LIVE, supplier, goLive, null);
            }
            EprStatus status = goLive != null ? EprStatus.DEPLOYING : pendingStatus;
            return new DeclareEpr(id, status, status == EprStatus.NONE ? null : supplier, null, null);
        }

        private boolean isOpenOn(LocalDate date) {
            return trust.node().isOpenOn(date);
        }

        private static LocalDate between(Random random, LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            return from.plusDays((long) (random.nextDouble() * (days + 1)));
        }

        private static Instant at(LocalDate day) {
            return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        }
    }
}
