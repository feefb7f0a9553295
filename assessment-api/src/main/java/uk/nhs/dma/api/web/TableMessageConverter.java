package uk.nhs.dma.api.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A download written from a view's {@link CsvTable} (CSV, .xlsx): it writes exactly the views that registered a
 * table, and reads nothing.
 */
abstract class TableMessageConverter extends AbstractHttpMessageConverter<Object> {

    private final Map<Class<?>, CsvTable<?>> tables;
    private final String format;

    TableMessageConverter(List<CsvTable<?>> tables, MediaType mediaType, String format) {
        super(mediaType);
        this.tables = tables.stream().collect(Collectors.toMap(CsvTable::view, Function.identity()));
        this.format = format;
    }

    /** The table registered for the view's class. */
    protected CsvTable<?> table(Object view) {
        return tables.get(view.getClass());
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
        throw new HttpMessageNotReadableException(format + " is not read", input);
    }
}
