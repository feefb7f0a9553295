package uk.nhs.dma.api.rest;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.projections.processing.ProjectionStatus;

/** Operational views of the read side. */
@RestController
@PreAuthorize("@scope.grants('ADMIN')")
public class AdminController {

    record ProjectionsView(long head, List<ProjectionStatus.Processor> processors) {
    }

    private final ProjectionStatus projections;

    public AdminController(ProjectionStatus projections) {
        this.projections = projections;
    }

    @GetMapping("/api/admin/projections")
    public ProjectionsView projections() {
        return new ProjectionsView(projections.head(), projections.processors());
    }
}
