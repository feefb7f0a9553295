package uk.nhs.dma.api.bulk;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.web.CsvTable;

/** An import's report as CSV: a row per line of the file, with its outcome, rule and field. */
@Configuration(proxyBeanMethods = false)
class ImportCsv {

    @Bean
    CsvTable<ImportJobs.Report> importReportTable() {
        return CsvTable.of(ImportJobs.Report.class, ImportJobs.Report::rows, ImportJobs.Row.class, Map.of());
    }
}
