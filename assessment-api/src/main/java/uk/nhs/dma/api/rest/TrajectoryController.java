package uk.nhs.dma.api.rest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.time.Instant;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.OrganisationCode;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.organisation.OdsCode;

/** An organisation's trajectory toward core capability, in JSON, CSV or .xlsx ({@link TrajectoryCsv}). */
@RestController
public class TrajectoryController {

    private final QuerySender queries;

    public TrajectoryController(QuerySender queries) {
        this.queries = queries;
    }

    @GetMapping("/api/organisations/{ods}/trajectory")
    @PreAuthorize("@scope.grants('READERS') and @scope.coversOrganisation(#ods)")
    public ResponseEntity<TrajectoryView> trajectory(@PathVariable @OrganisationCode String ods,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        boolean table = Csv.wanted(accept, format);
        TrajectoryView view = queries.one(new FindTrajectory(OdsCode.of(ods), knownAt), TrajectoryView.class)
                .orElseThrow(() -> new NotFound("No organisation '" + ods + "' is registered."));
        return Csv.ok(table, ods + "-trajectory.csv").body(view);
    }
}
