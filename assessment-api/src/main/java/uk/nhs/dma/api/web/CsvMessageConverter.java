package uk.nhs.dma.api.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpOutputMessage;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * RFC 4180 CSV for analysts' spreadsheets, written from the same view as the JSON answer: a header row, then a row
 * per item of the view's {@link CsvTable}. An endpoint answers CSV when asked ({@link Csv#wanted}).
 */
@Component
public class CsvMessageConverter extends TableMessageConverter {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");

    public CsvMessageConverter(List<CsvTable<?>> tables) {
        super(tables, Csv.TEXT_CSV, "CSV");
    }

    @Override
    protected void writeInternal(Object view, HttpOutputMessage output) throws IOException {
        Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        CSV.writer(LINES).writeValues(out).writeAll(table(view).table(view)).close();
        out.flush();
    }
}
