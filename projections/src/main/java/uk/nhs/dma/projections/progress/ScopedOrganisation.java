package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.Scope;

/** A trust open on a date, with its ICB and region on that date. */
public record ScopedOrganisation(OrganisationFacts facts, String icbCode, String regionCode) {

    /** The trusts (not regions or ICBs) open on the date inside the scope, by the hierarchy of that date. */
    public static List<ScopedOrganisation> inScope(List<OrganisationFacts> all, Scope scope, LocalDate date) {
        return inScope(all, scope, date, OrganisationType::isTrust);
    }

    /** Organisations of the given types open on the date inside the scope, by the hierarchy of that date. */
    public static List<ScopedOrganisation> inScope(List<OrganisationFacts> all, Scope scope, LocalDate date,
                                                   Predicate<OrganisationType> types) {
        Map<String, OrganisationFacts> byCode = all.stream()
                .collect(Collectors.toMap(OrganisationFacts::odsCode, Function.identity()));
        return all.stream()
                .filter(o -> types.test(o.type()) && o.isOpenOn(date))
                .map(o -> {
                    String icb = o.parentOn(date).orElse(null);
                    String region = icb == null ? null
                            : Optional.ofNullable(byCode.get(icb)).flatMap(i -> i.parentOn(date)).orElse(null);
                    return new ScopedOrganisation(o, icb, region);
                })
                .filter(o -> switch (scope.kind()) {
                    case NATIONAL -> true;
                    case REGION -> scope.code().value().equals(o.regionCode());
                    case ICB -> scope.code().value().equals(o.icbCode());
                })
                .sorted(Comparator.comparing(o -> o.facts().odsCode()))
                .toList();
    }
}
