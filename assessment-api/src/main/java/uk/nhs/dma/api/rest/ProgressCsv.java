package uk.nhs.dma.api.rest;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.web.CsvTable;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetProgressView;

/** Progress and summaries as CSV: a row per organisation, the columns of the JSON rows. */
@Configuration(proxyBeanMethods = false)
class ProgressCsv {

    @Bean
    CsvTable<TargetProgressView> progressTable() {
        return CsvTable.of(TargetProgressView.class, TargetProgressView::organisations,
                TargetProgressView.ProgressRow.class, Map.of());
    }

    /** The measures map gives a column per WGLL measure, in the framework's order, even where none is scored. */
    @Bean
    CsvTable<SummaryView> summaryTable() {
        return CsvTable.of(SummaryView.class, SummaryView::rows, SummaryView.Row.class,
                Map.of("measures", List.copyOf(WgllMeasures.IDS)));
    }
}
