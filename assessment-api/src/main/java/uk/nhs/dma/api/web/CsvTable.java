package uk.nhs.dma.api.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The CSV form of a view that an endpoint also answers as JSON: which of its lists gives the rows, and the columns.
 * A row is a record; its components are its cells, a map component gives a cell per key (the summary's measures,
 * an event's metadata). {@link CsvMessageConverter} writes every registered table, and {@link XlsxMessageConverter}
 * the same table as .xlsx; {@code instantText} names the columns whose text is an ISO instant, which .xlsx writes
 * as a date.
 */
public record CsvTable<V>(Class<V> view, Function<V, List<? extends Record>> rows, List<String> columns,
                          Set<String> instantText) {

    public CsvTable(Class<V> view, Function<V, List<? extends Record>> rows, List<String> columns) {
        this(view, rows, columns, Set.of());
    }

    /** The same table, with these columns' text read as ISO instants in .xlsx. */
    public CsvTable<V> withInstantText(String... columns) {
        return new CsvTable<>(view, rows, this.columns, Set.of(columns));
    }

    /** The columns are the row record's components, in order, with a map component replaced by {@code keys}. */
    public static <V> CsvTable<V> of(Class<V> view, Function<V, List<? extends Record>> rows,
                                     Class<? extends Record> row, Map<String, List<String>> keys) {
        List<String> columns = new ArrayList<>();
        for (RecordComponent component : row.getRecordComponents()) {
            columns.addAll(keys.getOrDefault(component.getName(), List.of(component.getName())));
        }
        return new CsvTable<>(view, rows, List.copyOf(columns));
    }

    /** The cells of one row by column name: its components, map components spread into their keys. */
    static Map<String, Object> cells(Record row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, cell) -> cells.putIfAbsent(String.valueOf(key), cell));
            }
            cells.put(component.getName(), value);
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    List<String[]> table(Object value) {
        List<String[]> table = new ArrayList<>();
        table.add(columns.toArray(String[]::new));
        for (Record row : rows.apply((V) value)) {
            Map<String, Object> cells = cells(row);
            table.add(columns.stream().map(c -> text(cells.get(c))).toArray(String[]::new));
        }
        return table;
    }

    /** The raw values of each row, column by column (the .xlsx types its cells by them). */
    @SuppressWarnings("unchecked")
    List<Object[]> values(Object value) {
        List<Object[]> values = new ArrayList<>();
        for (Record row : rows.apply((V) value)) {
            Map<String, Object> cells = cells(row);
            values.add(columns.stream().map(cells::get).toArray());
        }
        return values;
    }

    /** A cell's text; one a spreadsheet would run as a formula (= + - @, tab, CR) is neutralised with a quote. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public String toString() {
        return "CsvTable[" + view.getSimpleName() + " " + Arrays.toString(columns.toArray()) + "]";
    }
}
