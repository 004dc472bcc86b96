package com.salesplatform.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Answers {@code Accept: text/csv} for a {@link PageResponse}, a list of records or {@link CsvRows}: one column per
 * record component, and one per component of a nested record, named {@code outer.inner} (empty when the nested
 * record is null), so that the CSV carries the same fields as the JSON. UTF-8 with a byte-order mark so that
 * spreadsheet programs open Chinese text correctly. Lists and maps are written as their text; a field holding a
 * comma, quote or line break is quoted (RFC 4180). The header comes from the row type the handler declares
 * ({@code PageResponse<Row>}, {@code List<Row>}, {@code CsvRows<Row>}), so an empty answer still names its columns.
 */
public class CsvHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public CsvHttpMessageConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return supports(clazz) && canWrite(mediaType);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return PageResponse.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || CsvRows.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is an output format only", input);
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is an output format only", input);
    }

    @Override
    protected void writeInternal(Object body, Type type, HttpOutputMessage output) throws IOException {
        List<?> rows = body instanceof PageResponse<?> page ? page.items()
                : body instanceof CsvRows<?> table ? table.csvRows() : List.copyOf((Collection<?>) body);
        output.getHeaders().setContentType(TEXT_CSV);
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        Class<?> rowType = rows.isEmpty() ? declaredRowType(body, type) : rows.get(0).getClass();
        if (rowType != null) {
            List<Column> columns = columnsOf(rowType);
            writeLine(writer, columns.stream().map(Column::name).toList());
            for (Object row : rows) {
                writeLine(writer, columns.stream().map(column -> text(column.valueIn(row))).toList());
            }
        }
        writer.flush();
    }

    /** The row type named by the body's class or the handler's declared return type; null where neither says. */
    private static Class<?> declaredRowType(Object body, Type declared) {
        if (body instanceof CsvRows<?>) {
            return ResolvableType.forClass(body.getClass()).as(CsvRows.class).getGeneric(0).resolve();
        }
        ResolvableType type = declared == null ? ResolvableType.NONE : ResolvableType.forType(declared);
        ResolvableType container = body instanceof PageResponse<?> ? type.as(PageResponse.class) : type.asCollection();
        return container.getGeneric(0).resolve();
    }

    private static List<Column> columnsOf(Class<?> rowType) {
        if (!rowType.isRecord()) {
            throw new IllegalStateException("CSV rows must be records: " + rowType.getName());
        }
        List<Column> columns = new ArrayList<>();
        addColumns(rowType, "", List.of(), columns);
        return columns;
    }

    private static void addColumns(Class<?> record, String prefix, List<RecordComponent> path, List<Column> columns) {
        for (RecordComponent component : record.getRecordComponents()) {
            List<RecordComponent> componentPath = new ArrayList<>(path);
            componentPath.add(component);
            if (component.getType().isRecord()) {
                addColumns(component.getType(), prefix + component.getName() + ".", componentPath, columns);
            } else {
                columns.add(new Column(prefix + component.getName(), List.copyOf(componentPath)));
            }
        }
    }

    /** A column and the record components leading from a row to its value. */
    private record Column(String name, List<RecordComponent> path) {

        Object valueIn(Object row) {
            Object value = row;
            for (RecordComponent component : path) {
                if (value == null) {
                    return null;
                }
                try {
                    value = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Unreadable column " + name, e);
                }
            }
            return value;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    private static void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(escape(fields.get(i)));
        }
        writer.write("\r\n");
    }

    private static String escape(String field) {
        boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
