package uk.nhs.dma.seeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.organisation.CloseOrganisation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

/**
 * The real register: 7 NHS England regions, the 42 ICBs of April 2023 and the 210 NHS trusts open on
 * 1 January 2024 (provenance: reference/PROVENANCE.md). Closures recorded there are closure events on their
 * dates. ICBs were established on 1 July 2022.
 */
public final class ReferenceRegister {

    public static final String RESOURCE = "/seeds/reference/nhs-trusts.csv";
    public static final LocalDate ICBS_ESTABLISHED = LocalDate.of(2022, 7, 1);
    static final String USER = "seed-loader";

    private final List<TrustRecord> trusts;

    private ReferenceRegister(List<TrustRecord> trusts) {
        this.trusts = List.copyOf(trusts);
    }

    public static ReferenceRegister load() {
        List<TrustRecord> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(SeedJson.open(RESOURCE),
                StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("ods_code,name,org_type,region_code")) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReferenceRegister(rows);
    }

    public List<TrustRecord> trusts() {
        return trusts;
    }

    /** Regions (code -> name) in first-seen order. */
    public Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        trusts.forEach(t -> regions.putIfAbsent(t.regionCode(), t.regionName()));
        return regions;
    }

    /** ICBs (code -> the trust row that names it, for its name and region). */
    public Map<String, TrustRecord> icbs() {
        Map<String, TrustRecord> icbs = new LinkedHashMap<>();
        trusts.forEach(t -> icbs.putIfAbsent(t.icbCode(), t));
        return icbs;
    }

    /** Each ICB as a record of the register (its region in the ICB columns), established on 1 July 2022. */
    public List<TrustRecord> icbRecords() {
        return icbs().entrySet().stream().map(e -> new TrustRecord(e.getKey(), e.getValue().icbName(),
                OrganisationType.ICB, e.getValue().regionCode(), e.getValue().regionName(), e.getValue().regionCode(),
                e.getValue().regionName(), ICBS_ESTABLISHED, null)).toList();
    }

    /** Registration of every region, ICB and trust, then the recorded closures. */
    public List<SeedStep> steps() {
        List<SeedStep> steps = new ArrayList<>();
        regions().forEach((code, name) -> steps.add(step(code, new RegisterOrganisation(OdsCode.of(code),
                name, OrganisationType.REGION, null, null))));
        icbs().forEach((code, row) -> steps.add(step(code, new RegisterOrganisation(OdsCode.of(code),
                row.icbName(), OrganisationType.ICB, OdsCode.of(row.regionCode()), ICBS_ESTABLISHED))));
        for (TrustRecord t : trusts) {
            steps.add(step(t.odsCode(), new RegisterOrganisation(OdsCode.of(t.odsCode()), t.name(), t.type(),
                    OdsCode.of(t.icbCode()), t.opened())));
        }
        for (TrustRecord t : trusts) {
            if (t.closed() != null) {
                steps.add(step(t.odsCode(), new CloseOrganisation(OdsCode.of(t.odsCode()), t.closed(), null, null)));
            }
        }
        return steps;
    }

    private static SeedStep step(String aggregateId, Object command) {
        return new SeedStep(aggregateId, command, USER, null);
    }

    /** The file has no quoted fields with commas except names, which are quoted when they contain one. */
    static TrustRecord parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        if (fields.size() != 9) {
            throw new IllegalStateException("Expected 9 fields in register row: " + line);
        }
        return new TrustRecord(fields.get(0), fields.get(1), OrganisationType.valueOf(fields.get(2)), fields.get(3),
                fields.get(4), fields.get(5), fields.get(6), date(fields.get(7)), date(fields.get(8)));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
