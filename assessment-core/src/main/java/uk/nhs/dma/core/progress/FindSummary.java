package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A scope's results for one assessment year, with the hierarchy of {@code asOf}, from what the service knew at
 * {@code knownAt} (null: now), over the organisations the caller may read ({@code readable}: their ODS codes, or
 * null for every one), of the organisation types asked ({@code types}: e.g. ICBs, general practices or adult
 * social care providers; by default the trusts). Answered with a {@link SummaryView}.
 */
public record FindSummary(Scope scope, int year, LocalDate asOf, Instant knownAt, Set<String> readable,
                          Set<OrganisationType> types) {

    /** The types a summary covers unless told: the trusts, as the published national figures do. */
    public static final Set<OrganisationType> TRUSTS = Arrays.stream(OrganisationType.values())
            .filter(OrganisationType::isTrust).collect(Collectors.toUnmodifiableSet());

    public FindSummary {
        types = types == null || types.isEmpty() ? TRUSTS : Set.copyOf(types);
    }

    public FindSummary(Scope scope, int year, LocalDate asOf, Instant knownAt, Set<String> readable) {
        this(scope, year, asOf, knownAt, readable, null);
    }

    public FindSummary(Scope scope, int year, LocalDate asOf, Instant knownAt) {
        this(scope, year, asOf, knownAt, null);
    }

    public FindSummary(Scope scope, int year, LocalDate asOf) {
        this(scope, year, asOf, null, null);
    }
}
