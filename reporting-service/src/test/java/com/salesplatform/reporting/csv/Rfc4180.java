package com.salesplatform.reporting.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: records end with CRLF (a bare LF is accepted too), a field in double quotes may
 * hold commas, line breaks and doubled quotes. Anything else — a quote inside an unquoted field, text after a closing
 * quote, an unterminated quote, records of different widths — is rejected, so a test cannot read broken CSV kindly.
 */
public final class Rfc4180 {

    private Rfc4180() {
    }

    /** The header and the records of {@code text}, which must not start with a byte-order mark. */
    public static Table parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("No header");
        }
        List<String> header = records.get(0);
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).size() != header.size()) {
                throw new IllegalArgumentException("Record " + i + " has " + records.get(i).size()
                        + " fields, the header " + header.size());
            }
        }
        return new Table(header, records.subList(1, records.size()));
    }

    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStarted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                i = quoted(text, i + 1, field);
                fieldStarted = true;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new IllegalArgumentException("Text after a closing quote at " + i);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '"') {
                throw new IllegalArgumentException("A quote inside an unquoted field at " + i);
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Reads a quoted field's content from {@code start}; answers the index after its closing quote. */
    private static int quoted(String text, int start, StringBuilder field) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                field.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("Unterminated quote from " + (start - 1));
    }

    /** A header and records of the same width. */
    public record Table(List<String> header, List<List<String>> rows) {

        public String cell(int row, String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("No column " + column + " in " + header);
            }
            return rows.get(row).get(index);
        }
    }
}
