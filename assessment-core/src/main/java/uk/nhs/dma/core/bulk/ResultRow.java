package uk.nhs.dma.core.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import uk.nhs.dma.core.assessment.EprStatus;

/**
 * One organisation's submitted result for one year, as a line of the bulk file (see {@link ResultCells}): what it
 * was assessed against and on, its answers (question id to score), its EPR, and who submitted and approved it.
 * An empty {@code approvedBy} means submitted and not (yet) approved.
 */
public record ResultRow(String odsCode, int year, String frameworkId, LocalDate assessedOn,
                        SortedMap<String, Integer> answers, EprStatus eprStatus, String eprSupplier,
                        LocalDate eprLiveSince, String submittedBy, String approvedBy, LocalDate boardDate) {

    public static final String ODS_CODE = "odsCode";
    public static final String YEAR = "year";
    public static final String FRAMEWORK_ID = "frameworkId";
    public static final String ASSESSED_ON = "assessedOn";
    public static final String EPR_STATUS = "eprStatus";
    public static final String EPR_SUPPLIER = "eprSupplier";
    public static final String EPR_LIVE_SINCE = "eprLiveSince";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String APPROVED_BY = "approvedBy";
    public static final String BOARD_DATE = "boardDate";

    /** The columns every file has, in this order; the questions' columns (their ids) follow. */
    public static final List<String> FIXED = List.of(ODS_CODE, YEAR, FRAMEWORK_ID, ASSESSED_ON, EPR_STATUS,
            EPR_SUPPLIER, EPR_LIVE_SINCE, SUBMITTED_BY, APPROVED_BY, BOARD_DATE);

    /** The columns a file must have (the others may be left out). */
    public static final List<String> REQUIRED = List.of(ODS_CODE, YEAR, FRAMEWORK_ID, EPR_STATUS);

    public ResultRow {
        answers = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(answers));
    }

    public String assessmentId() {
        return odsCode + "-" + year;
    }
}
