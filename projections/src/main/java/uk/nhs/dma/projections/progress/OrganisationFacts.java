package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;

/** What target evaluation needs to know of one organisation, read from the projections. */
public record OrganisationFacts(String odsCode, String name, OrganisationType type, LocalDate openedOn,
                                LocalDate closedOn, List<ParentAssignment> parents,
                                Map<ProgrammeStatus, LocalDate> programmeStatuses, List<Submission> submissions) {

    /** A submitted revision of one year's assessment, and whether the board had approved it (as known). */
    public record Submission(int year, int revision, LocalDate assessedOn, EprStatus eprStatus, LocalDate liveSince,
                             boolean coreCapability, boolean foundational, boolean approved) {

        public Submission(int year, int revision, LocalDate assessedOn, EprStatus eprStatus, LocalDate liveSince,
                          boolean coreCapability, boolean foundational) {
            this(year, revision, assessedOn, eprStatus, liveSince, coreCapability, foundational, false);
        }
    }

    /** Open on a date: opened on or before it (or no date recorded) and not closed on or before it. */
    public boolean isOpenOn(LocalDate date) {
        return (openedOn == null || !openedOn.isAfter(date)) && (closedOn == null || closedOn.isAfter(date));
    }

    /** The parent in force on a date: the last assignment effective on or before it. */
    public Optional<String> parentOn(LocalDate date) {
        String parent = null;
        for (ParentAssignment assignment : parents) {
            if (assignment.effectiveFrom() == null || !assignment.effectiveFrom().isAfter(date)) {
                parent = assignment.parentCode().value();
            }
        }
        return Optional.ofNullable(parent);
    }

    /** Each year's latest submitted revision (a superseded revision no longer counts). */
    public List<Submission> latestPerYear() {
        return latestPerYear(false);
    }

    /**
     * Each year's latest counted revision: the latest submitted one, or with {@code approvedOnly} the latest
     * approved one (so an approved revision n still counts while its successor n+1 awaits approval).
     */
    public List<Submission> latestPerYear(boolean approvedOnly) {
        return submissions.stream()
                .filter(s -> !approvedOnly || s.approved())
                .collect(java.util.stream.Collectors.toMap(Submission::year, s -> s,
                        (a, b) -> a.revision() >= b.revision() ? a : b))
                .values().stream().sorted(Comparator.comparingInt(Submission::year)).toList();
    }

    /** The latest submitted assessment of all. */
    public Optional<Submission> latest() {
        return latest(false);
    }

    /** The latest counted assessment of all (see {@link #latestPerYear(boolean)}). */
    public Optional<Submission> latest(boolean approvedOnly) {
        List<Submission> years = latestPerYear(approvedOnly);
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    /** The latest submitted assessment whose assessment date is on or before the date. */
    public Optional<Submission> latestAssessedBy(LocalDate date) {
        return latestAssessedBy(date, false);
    }

    /** The latest counted assessment whose assessment date is on or before the date. */
    public Optional<Submission> latestAssessedBy(LocalDate date, boolean approvedOnly) {
        return latestPerYear(approvedOnly).stream().filter(s -> !s.assessedOn().isAfter(date))
                .max(Comparator.comparingInt(Submission::year));
    }

    /** A programme status awarded on or before the date, if any (the earliest awarded). */
    public Optional<ProgrammeStatus> programmeStatusBy(LocalDate date) {
        return programmeStatuses.entrySet().stream().filter(e -> !e.getValue().isAfter(date))
                .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
