package uk.nhs.dma.api.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
public class CsvMessageConverter extends AbstractHttpMessageConverter<Object> {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final Map<Class<?>, CsvTable<?>> tables;

    public CsvMessageConverter(List<CsvTable<?>> tables) {
        super(Csv.TEXT_CSV);
        this.tables = tables.stream().collect(Collectors.toMap(CsvTable::view, Function.identity()));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return tables.containsKey(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is not read", input);
    }

    @Override
    protected void writeInternal(Object view, HttpOutputMessage output) throws IOException {
        Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        CSV.writer(LINES).writeValues(out).writeAll(tables.get(view.getClass()).table(view)).close();
        out.flush();
    }
}
