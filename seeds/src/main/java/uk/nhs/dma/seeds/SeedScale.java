package uk.nhs.dma.seeds;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;

/**
 * Scales the demo for load and replay benchmarks: {@code organisations} copies of every real trust (the real
 * one plus synthetic ones coded S00001, S00002, … in the same ICB), over {@code years} assessment years ending
 * with 2025 (years before 2023 use synthetic copies of the 2023 framework, ids wgll-YYYY), and a synthetic register
 * of general practices and adult social care providers {@code register} thousandths of the national size
 * ({@link SyntheticRegister}). Scale 1 x 3 with a register of 10 per mille is the ordinary demo; 1 x 10 with 1000
 * per mille is the national scale.
 */
public record SeedScale(int organisations, int years, int register) {

    /** The demo's register: 1% of the national size (62 practices, 286 care providers). */
    public static final int DEMO_REGISTER = 10;
    public static final SeedScale DEMO = new SeedScale(1, 3, DEMO_REGISTER);
    private static final int LAST_YEAR = 2025;
    private static final int MAX_SYNTHETIC = 99_999;

    public SeedScale {
        if (organisations < 1 || years < 1 || years > 30) {
            throw new IllegalArgumentException("scale needs at least 1 organisation copy and 1 to 30 years");
        }
        if (register < 0 || register > 1000) {
            throw new IllegalArgumentException("the register is 0 to 1000 per mille of the national size");
        }
    }

    /** Trust copies and years, with the demo's register. */
    public SeedScale(int organisations, int years) {
        this(organisations, years, DEMO_REGISTER);
    }

    /** The real trusts and their synthetic copies. */
    public List<TrustRecord> trusts(List<TrustRecord> real) {
        List<TrustRecord> all = new ArrayList<>(real);
        int next = 1;
        for (int copy = 1; copy < organisations; copy++) {
            for (TrustRecord t : real) {
                if (next > MAX_SYNTHETIC) {
                    throw new IllegalArgumentException("at most " + MAX_SYNTHETIC + " synthetic trusts");
                }
                all.add(new TrustRecord(String.format("S%05d", next++), "Synthetic trust " + copy + " like " + t.name(),
                        t.type(), t.regionCode(), t.regionName(), t.icbCode(), t.icbName(), t.opened(), null));
            }
        }
        return all;
    }

    /**
     * The frameworks of the scaled years: the real ones where they exist (the last published of a year, so the 2025
     * round uses dma-2025), synthetic copies before them.
     */
    public List<FrameworkDefinition> frameworks(List<FrameworkDefinition> real) {
        List<FrameworkDefinition> all = new ArrayList<>();
        FrameworkDefinition earliest = real.get(0);
        for (int year = LAST_YEAR - years + 1; year <= LAST_YEAR; year++) {
            int y = year;
            all.add(real.stream().filter(f -> f.assessmentYear() == y).reduce((a, b) -> b).orElseGet(() ->
                    new FrameworkDefinition(FrameworkId.of("wgll-" + y), "Synthetic framework " + y + " (benchmarks)", y,
                            earliest.referenceDate().withYear(y), earliest.measures(), earliest.questions(),
                            earliest.rules())));
        }
        return all;
    }

    public boolean isDemo() {
        return equals(DEMO);
    }
}
