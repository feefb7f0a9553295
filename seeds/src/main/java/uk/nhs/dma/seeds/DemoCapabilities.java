package uk.nhs.dma.seeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityRecordId;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclareCapability;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * The demo's capability declarations, one trajectory per seeded capability target. Each organisation takes a place
 * in its capability's queue (evenly spread: the golden-ratio sequence, shifted by the seed) and declares the
 * capability in place on the date its trajectory reaches that place, so the declared share follows the trajectory
 * closely even for a small sample. Digital social care records follow the nationally reported figures (40% in
 * December 2021, 50% in August 2022, 63% in February 2024, about 75% in May 2025 and 80% in December 2025); the DSPT
 * follows the published trust figures (67% for 2021/22, 72% for 2022/23) on each year's publication date, 30 June;
 * the others are invented but plausible. The figures before 2021 are invented too.
 */
final class DemoCapabilities {

    static final String DECLARER = "seed-loader:declarer";
    private static final double GOLDEN = 0.6180339887498949;

    static final Trajectory SOCIAL_CARE_RECORDS = Trajectory.of("2012-01-01", 0.0, "2021-12-31", 0.40,
            "2022-08-31", 0.50, "2024-02-29", 0.63, "2025-05-31", 0.75, "2025-12-01", 0.80);
    static final Trajectory BOARD_LEADERS = Trajectory.of("2016-01-01", 0.40, "2019-01-07", 0.55,
            "2022-03-31", 0.85, "2025-03-31", 0.95);
    static final Trajectory SHARED_CARE_RECORDS = Trajectory.of("2022-07-01", 0.70, "2024-03-31", 0.95,
            "2025-03-31", 1.0);
    static final Trajectory POPULATION_HEALTH = Trajectory.of("2022-07-01", 0.40, "2023-03-31", 0.70,
            "2025-03-31", 0.90);
    /** The share meeting the DSPT standard in each year's publication (30 June). */
    static final Map<Integer, Double> DSPT_MET = new TreeMap<>(Map.of(2019, 0.58, 2020, 0.62, 2021, 0.64,
            2022, 0.67, 2023, 0.72, 2024, 0.78, 2025, 0.82));

    private DemoCapabilities() {
    }

    /** @param trustsAndIcbs trusts, then ICBs; {@code providers} adult social care providers; ICBs alone in {@code icbs} */
    static List<SeedStep> generate(List<TrustRecord> trustsAndIcbs, List<TrustRecord> icbs,
                                   List<TrustRecord> providers, long seed) {
        List<SeedStep> steps = new ArrayList<>();
        adoption(steps, providers, Capability.DIGITAL_SOCIAL_CARE_RECORD, SOCIAL_CARE_RECORDS, seed);
        adoption(steps, trustsAndIcbs, Capability.BOARD_DIGITAL_LEADER, BOARD_LEADERS, seed);
        adoption(steps, icbs, Capability.SHARED_CARE_RECORD, SHARED_CARE_RECORDS, seed);
        adoption(steps, icbs, Capability.POPULATION_HEALTH_PLATFORM, POPULATION_HEALTH, seed);
        dspt(steps, trustsAndIcbs, seed);
        return steps;
    }

    private static void adoption(List<SeedStep> steps, List<TrustRecord> orgs, Capability capability,
                                 Trajectory trajectory, long seed) {
        double shift = new Random(seed + capability.ordinal()).nextDouble();
        for (int i = 0; i < orgs.size(); i++) {
            TrustRecord org = orgs.get(i);
            double p = place(i, shift);
            LocalDate inPlace = trajectory.reaches(p);
            if (inPlace == null) {
                LocalDate planned = LocalDate.of(2024, 4, 1);
                declare(steps, org, capability, p > 0.97 ? CapabilityStatus.NONE : CapabilityStatus.PLANNED, planned);
                continue;
            }
            if (org.opened() != null && inPlace.isBefore(org.opened())) {
                inPlace = org.opened();
            }
            LocalDate started = inPlace.minusDays(120);
            if (inPlace.getYear() >= 2023 && (org.opened() == null || !started.isBefore(org.opened()))) {
                declare(steps, org, capability, CapabilityStatus.IN_PROGRESS, started);
            }
            declare(steps, org, capability, CapabilityStatus.IN_PLACE, inPlace);
        }
    }

    /** A declaration each year the published status changes, from the first publication the organisation is open for. */
    private static void dspt(List<SeedStep> steps, List<TrustRecord> orgs, long seed) {
        double shift = new Random(seed + Capability.DSPT_STANDARD.ordinal()).nextDouble();
        for (int i = 0; i < orgs.size(); i++) {
            TrustRecord org = orgs.get(i);
            double p = place(i, shift);
            CapabilityStatus last = null;
            for (Map.Entry<Integer, Double> year : DSPT_MET.entrySet()) {
                LocalDate published = LocalDate.of(year.getKey(), 6, 30);
                if (org.opened() != null && published.isBefore(org.opened())) {
                    continue;
                }
                CapabilityStatus status = p < year.getValue()
                        ? (p < 0.12 ? CapabilityStatus.EXCEEDED : CapabilityStatus.MET)
                        : (p > 0.97 ? CapabilityStatus.NOT_PUBLISHED : CapabilityStatus.APPROACHING);
                if (status != last) {
                    declare(steps, org, Capability.DSPT_STANDARD, status, published);
                    last = status;
                }
            }
        }
    }

    static double place(int index, double shift) {
        double v = (index + 1) * GOLDEN + shift;
        return v - Math.floor(v);
    }

    private static void declare(List<SeedStep> steps, TrustRecord org, Capability capability, CapabilityStatus status,
                                LocalDate from) {
        if (!org.node().isOpenOn(from)) {
            return;
        }
        OdsCode code = OdsCode.of(org.odsCode());
        Instant at = from.atTime(10, 0).toInstant(ZoneOffset.UTC);
        steps.add(new SeedStep(CapabilityRecordId.of(code, capability).value(),
                new DeclareCapability(code, capability, status, from, null), DECLARER, at));
    }
}
