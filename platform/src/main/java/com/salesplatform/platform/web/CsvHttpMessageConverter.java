package com.salesplatform.platform.web;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Answers {@code Accept: text/csv} for a {@link PageResponse}, a list of rows or {@link CsvRows}: one column per
 * property the application's JSON mapper writes for the row (so a field hidden from the JSON is hidden from the CSV
 * too), and one per property of a nested record, named {@code outer.inner} (empty when the nested record is null).
 * The cells are the JSON's values. UTF-8 with a byte-order mark so that spreadsheet programs open Chinese text
 * correctly; a field holding a comma, quote or line break is quoted (RFC 4180), text that could run as a formula is
 * defused (see {@link #text}). The header comes from the row type the handler declares
 * ({@code PageResponse<Row>}, {@code List<Row>}, {@code CsvRows<Row>}), so an empty answer still names its columns.
 */
public class CsvHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ObjectMapper json;

    /** Writes the rows as {@code json} serializes them: the CSV's columns are the JSON's fields. */
    public CsvHttpMessageConverter(ObjectMapper json) {
        super(StandardCharsets.UTF_8, TEXT_CSV);
        this.json = json;
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
                JsonNode fields = json.valueToTree(row);
                writeLine(writer, columns.stream().map(column -> text(column.valueIn(fields))).toList());
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

    /** The properties the JSON serializer writes for the row type, a nested record's as {@code outer.inner}. */
    private List<Column> columnsOf(Class<?> rowType) {
        List<Column> columns = new ArrayList<>();
        addColumns(json.constructType(rowType), "", List.of(), columns);
        return columns;
    }

    private void addColumns(JavaType type, String prefix, List<String> path, List<Column> columns) {
        Iterator<PropertyWriter> properties;
        try {
            properties = json.getSerializerProviderInstance().findValueSerializer(type).properties();
        } catch (JsonMappingException e) {
            throw new IllegalStateException("No JSON serialization for CSV rows of " + type, e);
        }
        properties.forEachRemaining(property -> {
            List<String> propertyPath = new ArrayList<>(path);
            propertyPath.add(property.getName());
            if (property.getType().getRawClass().isRecord()) {
                addColumns(property.getType(), prefix + property.getName() + ".", propertyPath, columns);
            } else {
                columns.add(new Column(prefix + property.getName(), List.copyOf(propertyPath)));
            }
        });
    }

    /** A column and the JSON property names leading from a row to its value. */
    private record Column(String name, List<String> path) {

        JsonNode valueIn(JsonNode row) {
            JsonNode value = row;
            for (String property : path) {
                value = value.path(property);
            }
            return value;
        }
    }

    /**
     * A cell's text: JSON numbers as written (plain, never exponent notation), absent and null values empty, and
     * text that a spreadsheet would run as a formula (beginning {@code = + - @}, tab or carriage return) after a
     * single quote (OWASP's advice against CSV injection). Numbers are never text cells, so {@code -5} stays a
     * number; a list or an object is its JSON.
     */
    static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        String text = value.asText();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
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
