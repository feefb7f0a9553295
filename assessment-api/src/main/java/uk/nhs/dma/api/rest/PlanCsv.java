package uk.nhs.dma.api.rest;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.web.CsvTable;
import uk.nhs.dma.core.plan.OverdueActionsView;

/** Overdue actions as CSV (and any other tabular download built on the CsvTables): a row per action. */
@Configuration(proxyBeanMethods = false)
class PlanCsv {

    @Bean
    CsvTable<OverdueActionsView> overdueActionsTable() {
        return CsvTable.of(OverdueActionsView.class, OverdueActionsView::actions, OverdueActionsView.Row.class,
                Map.of());
    }
}
