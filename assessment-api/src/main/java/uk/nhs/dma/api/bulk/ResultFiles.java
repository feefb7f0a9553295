package uk.nhs.dma.api.bulk;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a bulk file a line at a time, never whole: a CSV through jackson-dataformat-csv, an .xlsx (its first sheet)
 * through POI's SAX event API. The first line names the columns; each later line is handed on as its cells by
 * column, numbered as a spreadsheet numbers its rows (the header is row 1). Lines with no value are skipped.
 */
final class ResultFiles {

    /** Receives the header, then each line. */
    interface Lines {
        void header(List<String> columns);

        void line(int number, Map<String, String> cells);
    }

    /** The file cannot be read as its format; nothing of it is kept. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    enum Format { CSV, XLSX }

    private ResultFiles() {
    }

    static void read(Format format, File file, Lines lines) {
        try {
            if (format == Format.CSV) {
                try (InputStream in = java.nio.file.Files.newInputStream(file.toPath())) {
                    csv(in, lines);
                }
            } else {
                xlsx(file, lines);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.UnsupportedFileFormatException | tools.jackson.core.JacksonException e) {
            throw new Unreadable("The file cannot be read as " + format + ".");
        }
    }

    private static void csv(InputStream in, Lines lines) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(in)) {
            List<String> header = null;
            int number = 0;
            while (it.hasNextValue()) {
                List<String> cells = it.nextValue();
                number++;
                if (header == null) {
                    header = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
                    lines.header(header);
                    continue;
                }
                if (cells.size() > header.size()) {
                    throw new Unreadable("Row " + number + " has more cells than the header has columns.");
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    byColumn.put(header.get(i), cells.get(i));
                }
                emit(lines, number, byColumn);
            }
            if (header == null) {
                throw new Unreadable("The file is empty: it has no header row.");
            }
        }
    }

    private static void xlsx(File file, Lines lines) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("The workbook has no sheet.");
            }
            SheetLines handler = new SheetLines(lines);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg), handler, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            if (handler.header == null) {
                throw new Unreadable("The file is empty: it has no header row.");
            }
        }
    }

    private static void emit(Lines lines, int number, Map<String, String> cells) {
        if (cells.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
            lines.line(number, cells);
        }
    }

    /** Numbers as written ("3"), and a date cell, whatever its display format, as an ISO date. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class SheetLines implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Lines lines;
        private List<String> header;
        private final List<String> headerCells = new ArrayList<>();
        private Map<String, String> cells;

        SheetLines(Lines lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new LinkedHashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = List.copyOf(headerCells);
                lines.header(header);
            } else {
                emit(lines, rowNum + 1, cells);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (header == null) {
                while (headerCells.size() < column) {
                    headerCells.add("");
                }
                headerCells.add(value == null ? "" : value.strip());
            } else if (column >= header.size()) {
                if (value != null && !value.isBlank()) {
                    throw new Unreadable("A cell of row " + reference + " lies beyond the header's columns.");
                }
            } else {
                cells.put(header.get(column), value);
            }
        }
    }
}
