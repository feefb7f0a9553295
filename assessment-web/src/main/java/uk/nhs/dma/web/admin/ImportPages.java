package uk.nhs.dma.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.Imports;

/**
 * Bulk import of a year's results: a form to upload the file (CSRF), then the job's page with a progress bar that
 * htmx refreshes while it runs (a refresh link without JavaScript), and its rejected rows when it ends.
 */
@Controller
@PreAuthorize("@scope.grants('ADMIN')")
public class ImportPages {

    static final int REJECTIONS_SHOWN = 200;

    private final Imports imports;

    public ImportPages(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/imports")
    public String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "admin/imports";
    }

    @PostMapping("/admin/imports")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                         HttpServletResponse response) throws IOException {
        String error;
        if (file == null || file.isEmpty()) {
            error = "Select a CSV or Excel (.xlsx) file";
        } else {
            try {
                return "redirect:/admin/imports/" + imports.upload(file.getOriginalFilename(), file.getSize(),
                        file.getInputStream());
            } catch (Imports.Refused refused) {
                error = refused.getMessage();
            }
        }
        model.addAttribute("errors", Map.of("file", error));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/imports";
    }

    @GetMapping("/admin/imports/{id}")
    public String job(@PathVariable String id, Model model) {
        fill(id, model);
        return "admin/import";
    }

    /** The progress alone, for htmx to swap in while the job runs. */
    @GetMapping("/admin/imports/{id}/progress")
    public String progress(@PathVariable String id, Model model) {
        fill(id, model);
        return "admin/import :: progress";
    }

    private void fill(String id, Model model) {
        Imports.Job job = imports.job(id).orElseThrow(() -> new PageNotFound("No import " + id));
        model.addAttribute("job", job);
        model.addAttribute("rejections", job.running() ? java.util.List.of() : imports.rejections(id, REJECTIONS_SHOWN));
    }
}
