package uk.nhs.dma.seeds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import uk.nhs.dma.core.organisation.CqcLocationId;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

/**
 * A synthetic register of general practices and adult social care providers, sized as a share of the real national
 * counts (the real lists cannot be fetched here; the counts and their sources are in reference/PROVENANCE.md).
 * Every one is labelled synthetic in its name; practices are coded X00001 onwards and providers Z00001 onwards, and
 * each carries a CQC location id of the form 1-00nnnnnnnn (a leading zero no real id has). Each ICB receives a share
 * in proportion to its number of trusts (a rough stand-in for its population). The same share gives the same
 * register, whatever the seed.
 */
public final class SyntheticRegister {

    /** GP practices in England, July 2025 (RCGP; see PROVENANCE.md). */
    public static final int NATIONAL_PRACTICES = 6_229;
    /** Adult social care providers registered with CQC, about 28,600 (implied by the DSPT figures; PROVENANCE.md). */
    public static final int NATIONAL_CARE_PROVIDERS = 28_600;
    public static final String LABEL = "Synthetic";

    private SyntheticRegister() {
    }

    /** The practices and providers of a register {@code perMille} thousandths of the national size. */
    public static List<TrustRecord> organisations(List<TrustRecord> trusts, int perMille) {
        List<TrustRecord> all = new ArrayList<>();
        all.addAll(of(trusts, OrganisationType.GENERAL_PRACTICE, share(NATIONAL_PRACTICES, perMille)));
        all.addAll(of(trusts, OrganisationType.ADULT_SOCIAL_CARE_PROVIDER, share(NATIONAL_CARE_PROVIDERS, perMille)));
        return all;
    }

    static int share(int national, int perMille) {
        return (int) Math.round(national * perMille / 1000.0);
    }

    /** Registration of each, with its CQC location id. */
    public static List<SeedStep> steps(List<TrustRecord> organisations) {
        List<SeedStep> steps = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            TrustRecord o = organisations.get(i);
            steps.add(new SeedStep(o.odsCode(), new RegisterOrganisation(OdsCode.of(o.odsCode()), o.name(), o.type(),
                    OdsCode.of(o.icbCode()), o.opened(), new CqcLocationId(cqcLocationId(o))), ReferenceRegister.USER,
                    null));
        }
        return steps;
    }

    /** 1-00 and eight digits: the type's digit, then the number of its code. */
    static String cqcLocationId(TrustRecord o) {
        int digit = o.type() == OrganisationType.GENERAL_PRACTICE ? 1 : 2;
        return String.format("1-00%d%07d", digit, Integer.parseInt(o.odsCode().substring(1)));
    }

    private static List<TrustRecord> of(List<TrustRecord> trusts, OrganisationType type, int count) {
        Map<String, List<TrustRecord>> byIcb = trusts.stream()
                .collect(Collectors.groupingBy(TrustRecord::icbCode, java.util.LinkedHashMap::new, Collectors.toList()));
        List<String> icbs = List.copyOf(byIcb.keySet());
        int total = trusts.size();
        boolean practice = type == OrganisationType.GENERAL_PRACTICE;
        Random random = new Random(practice ? 6_229L : 28_600L);
        List<TrustRecord> out = new ArrayList<>(count);
        double carried = 0;
        int made = 0;
        for (int i = 0; i < icbs.size(); i++) {
            List<TrustRecord> icbTrusts = byIcb.get(icbs.get(i));
            carried += (double) count * icbTrusts.size() / total;
            int here = i == icbs.size() - 1 ? count - made : (int) Math.round(carried) - made;
            TrustRecord icb = icbTrusts.get(0);
            for (int k = 0; k < here; k++) {
                made++;
                String code = String.format(practice ? "X%05d" : "Z%05d", made);
                String name = practice
                        ? LABEL + " general practice " + made + ", " + icb.icbName()
                        : LABEL + " care provider " + made + ", " + icb.icbName();
                LocalDate opened = practice ? between(random, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 12, 31))
                        : between(random, LocalDate.of(2000, 1, 1), LocalDate.of(2011, 12, 31));
                out.add(new TrustRecord(code, name, type, icb.regionCode(), icb.regionName(), icb.icbCode(),
                        icb.icbName(), opened, null));
            }
        }
        return out;
    }

    static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
