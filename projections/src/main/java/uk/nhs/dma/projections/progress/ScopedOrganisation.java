package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.Scope;

/**
 * An organisation open on a date, with the ICB it sits under (itself for an ICB; the parent of a trust, a practice or
 * a care provider) and its region then, by the core's hierarchy of that date ({@link Hierarchy#icbOn},
 * {@link Hierarchy#regionOn}): an ICB is in its region's scope and its own.
 */
public record ScopedOrganisation(OrganisationFacts facts, String icbCode, String regionCode) {

    /** The hierarchy the facts describe. */
    public static Hierarchy hierarchy(List<OrganisationFacts> all) {
        return Hierarchy.of(all.stream().map(OrganisationFacts::node).toList());
    }

    /** Where the organisation sits on the date, by the hierarchy of that date. */
    public static ScopedOrganisation on(Hierarchy hierarchy, OrganisationFacts facts, LocalDate date) {
        return new ScopedOrganisation(facts, hierarchy.icbOn(facts.odsCode(), date).orElse(null),
                hierarchy.regionOn(facts.odsCode(), date).orElse(null));
    }

    /** The trusts (not regions or ICBs) open on the date inside the scope, by the hierarchy of that date. */
    public static List<ScopedOrganisation> inScope(List<OrganisationFacts> all, Scope scope, LocalDate date) {
        return inScope(all, scope, date, OrganisationType::isTrust);
    }

    /** Organisations of the given types open on the date inside the scope, by the hierarchy of that date. */
    public static List<ScopedOrganisation> inScope(List<OrganisationFacts> all, Scope scope, LocalDate date,
                                                   Predicate<OrganisationType> types) {
        return inScope(hierarchy(all), all, scope, date, types);
    }

    /** As above, with the hierarchy of {@code all} already built (one evaluation asks on several dates). */
    public static List<ScopedOrganisation> inScope(Hierarchy hierarchy, List<OrganisationFacts> all, Scope scope,
                                                   LocalDate date, Predicate<OrganisationType> types) {
        return all.stream()
                .filter(o -> types.test(o.type()) && hierarchy.isOpenOn(o.odsCode(), date))
                .map(o -> on(hierarchy, o, date))
                .filter(o -> o.isIn(scope))
                .sorted(Comparator.comparing(o -> o.facts().odsCode()))
                .toList();
    }

    public boolean isIn(Scope scope) {
        return switch (scope.kind()) {
            case NATIONAL -> true;
            case REGION -> scope.code().value().equals(regionCode);
            case ICB -> scope.code().value().equals(icbCode);
        };
    }
}
