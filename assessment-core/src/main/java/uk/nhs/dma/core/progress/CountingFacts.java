package uk.nhs.dma.core.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatus;

/**
 * What a target may count of one organisation: its submitted revisions, its programme statuses and its declared
 * capabilities.
 */
public record CountingFacts(List<SubmittedRevision> submissions, Map<ProgrammeStatus, LocalDate> programmeStatuses,
                            List<DeclaredStatus> declarations) {

    public CountingFacts {
        declarations = declarations == null ? List.of() : declarations;
    }

    public CountingFacts(List<SubmittedRevision> submissions, Map<ProgrammeStatus, LocalDate> programmeStatuses) {
        this(submissions, programmeStatuses, List.of());
    }

    /** The capability's declaration in force on the date: the latest effective on or before it, if any. */
    public Optional<DeclaredStatus> declaredOn(Capability capability, LocalDate date) {
        return declarations.stream()
                .filter(d -> d.capability() == capability && !d.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(DeclaredStatus::effectiveFrom));
    }

    /**
     * Each year's latest counted revision: the latest submitted one (a superseded revision no longer counts), or
     * with {@code approvedOnly} the latest approved one (so an approved revision n still counts while its
     * successor n+1 awaits approval).
     */
    public List<SubmittedRevision> latestPerYear(boolean approvedOnly) {
        return submissions.stream()
                .filter(s -> !approvedOnly || s.approved())
                .collect(Collectors.toMap(SubmittedRevision::year, s -> s,
                        (a, b) -> a.revision() >= b.revision() ? a : b))
                .values().stream().sorted(Comparator.comparingInt(SubmittedRevision::year)).toList();
    }

    /** The latest counted assessment of all (see {@link #latestPerYear(boolean)}). */
    public Optional<SubmittedRevision> latest(boolean approvedOnly) {
        List<SubmittedRevision> years = latestPerYear(approvedOnly);
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    /** The latest counted assessment whose assessment date is on or before the date. */
    public Optional<SubmittedRevision> latestAssessedBy(LocalDate date, boolean approvedOnly) {
        return latestPerYear(approvedOnly).stream().filter(s -> !s.assessedOn().isAfter(date))
                .max(Comparator.comparingInt(SubmittedRevision::year));
    }

    /** A programme status awarded on or before the date, if any (the earliest awarded). */
    public Optional<ProgrammeStatus> programmeStatusBy(LocalDate date) {
        return programmeStatuses.entrySet().stream().filter(e -> !e.getValue().isAfter(date))
                .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
