package org.accord.report.excel;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The web links of a workbook's sheets, kept in compressed temporary files rather than in memory, and put into the
 * workbook's file after POI has written it.
 *
 * <p>Why: a streamed (SXSSF) sheet flushes its rows to disk, but POI keeps every hyperlink of a sheet in memory, as
 * XML objects of a few kilobytes each, until the whole workbook is written: the links of 100,000 agreements took
 * more than 500 MB. Here a link costs a few bytes of a temporary file. Once POI has written the workbook (to a
 * temporary file), its zip is copied entry by entry; each sheet with links gets its {@code <hyperlinks>} element,
 * placed where the OOXML schema wants it (after {@code <sheetData>} and the autofilter, before the page margins), and
 * its relationships part gets one external relationship per link, as POI itself would have written them.
 *
 * <p>Not thread-safe; one per workbook. {@link #close()} deletes the temporary files.
 */
final class Hyperlinks implements Closeable {
    /** Excel's limit of hyperlinks in a worksheet; addresses beyond it are written as text. */
    static final int MAX_PER_SHEET = 65_530;

    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(UTF_8);
    /**
     * The elements that follow {@code <hyperlinks>} in a worksheet (ECMA-376 CT_Worksheet), then the end: the links
     * go before the first of these.
     */
    private static final List<String> FOLLOWING = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects",
            "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HYPERLINK_TYPE = RELATIONSHIPS_NS + "/hyperlink";
    /** A relationships part with none, for a sheet that has no other relationship (no drawing). */
    private static final String NO_RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
    /** Relationship ids of our own, apart from those POI gives ({@code rId1}…). */
    private static final String ID_PREFIX = "accordLink";

    /** The links of each sheet, by the name of the sheet's entry in the zip ({@code xl/worksheets/sheet1.xml}). */
    private final Map<String, Sheet> sheets = new HashMap<>();

    /** The links of one sheet; a temporary file is made on the first. */
    static final class Sheet {
        private @Nullable Path file;
        private @Nullable DataOutputStream out;
        private int count;

        /**
         * Adds a link to a cell, unless the sheet has {@link #MAX_PER_SHEET} already.
         *
         * @param cell the cell, such as {@code K2}
         * @param url the web address
         * @return whether the link was added; when not, the caller writes the address as text
         */
        boolean add(String cell, String url) {
            if (count == MAX_PER_SHEET) {
                return false;
            }
            try {
                if (out == null) {
                    file = Files.createTempFile("accord-links-", ".bin.gz");
                    out = new DataOutputStream(new GZIPOutputStream(new BufferedOutputStream(
                            Files.newOutputStream(file))));
                }
                out.writeUTF(cell);
                out.writeUTF(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
            return true;
        }

        /** Reads the links back in order, numbered from 1. */
        private void forEach(LinkAction action) throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
            if (file == null) {
                return;
            }
            try (DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(
                    Files.newInputStream(file))))) {
                for (int i = 1; i <= count; i++) {
                    action.accept(i, in.readUTF(), in.readUTF());
                }
            }
        }

        private void delete() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** What is done with each link read back. */
    @FunctionalInterface
    private interface LinkAction {
        void accept(int number, String cell, String url) throws IOException;
    }

    /** The links of a sheet of the workbook. */
    Sheet of(SXSSFWorkbook workbook, String sheetName) {
        String part = workbook.getXSSFWorkbook().getSheet(sheetName).getPackagePart().getPartName().getName();
        // Part names are absolute ("/xl/worksheets/sheet1.xml"); zip entry names are not.
        return sheets.computeIfAbsent(part.substring(1), name -> new Sheet());
    }

    /**
     * Writes the workbook to the stream, which is not closed, with the links.
     *
     * @throws IOException when the workbook cannot be written, or POI wrote a sheet this class cannot place links in
     */
    void write(SXSSFWorkbook workbook, OutputStream out) throws IOException {
        if (sheets.values().stream().allMatch(s -> s.count == 0)) {
            workbook.write(out);
            return;
        }
        Path written = Files.createTempFile("accord-workbook-", ".xlsx");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(written))) {
                workbook.write(file);
            }
            copyWithLinks(written, out);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private void copyWithLinks(Path written, OutputStream out) throws IOException {
        Map<String, Sheet> byRelationships = new HashMap<>();
        sheets.forEach((part, sheet) -> {
            if (sheet.count > 0) {
                byRelationships.put(relationshipsOf(part), sheet);
            }
        });
        // The central directory, not a ZipInputStream: POI's entries give their sizes only there.
        try (ZipFile in = new ZipFile(written.toFile());
                ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                String name = entry.getName();
                zip.putNextEntry(new ZipEntry(name));
                Sheet sheet = sheets.get(name);
                Sheet related = byRelationships.remove(name);
                try (InputStream content = in.getInputStream(entry)) {
                    if (sheet != null && sheet.count > 0) {
                        addHyperlinks(name, content, zip, sheet);
                    } else if (related != null) {
                        addRelationships(content, zip, related);
                    } else {
                        content.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
            // A sheet with nothing else related (no drawing) has no relationships part yet.
            for (Map.Entry<String, Sheet> missing : byRelationships.entrySet()) {
                zip.putNextEntry(new ZipEntry(missing.getKey()));
                addRelationships(new ByteArrayInputStream(NO_RELATIONSHIPS.getBytes(UTF_8)), zip, missing.getValue());
                zip.closeEntry();
            }
        }
    }

    /** {@code xl/worksheets/sheet1.xml} → {@code xl/worksheets/_rels/sheet1.xml.rels}. */
    static String relationshipsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static void addHyperlinks(String name, InputStream in, OutputStream zip, Sheet sheet) throws IOException {
        byte[] started = copyThrough(in, zip, SHEET_DATA_END, name);
        // What follows the rows is small: the autofilter, the margins, a drawing's reference.
        String tail = new String(started, UTF_8) + new String(in.readAllBytes(), UTF_8);
        int at = insertionPoint(tail, name);
        Writer xml = new BufferedWriter(new OutputStreamWriter(zip, UTF_8));
        xml.write(tail, 0, at);
        xml.write("<hyperlinks xmlns:r=\"" + RELATIONSHIPS_NS + "\">");
        sheet.forEach((number, cell, url) ->
                xml.write("<hyperlink ref=\"" + cell + "\" r:id=\"" + ID_PREFIX + number + "\"/>"));
        xml.write("</hyperlinks>");
        xml.write(tail, at, tail.length() - at);
        xml.flush();
    }

    private static void addRelationships(InputStream in, OutputStream zip, Sheet sheet) throws IOException {
        String relationships = new String(in.readAllBytes(), UTF_8);
        int end = relationships.lastIndexOf("</Relationships>");
        if (end < 0) {
            throw new IOException("no </Relationships> in a sheet's relationships: cannot add its links");
        }
        Writer xml = new BufferedWriter(new OutputStreamWriter(zip, UTF_8));
        xml.write(relationships, 0, end);
        sheet.forEach((number, cell, url) -> xml.write("<Relationship Id=\"" + ID_PREFIX + number + "\" Type=\""
                + HYPERLINK_TYPE + "\" Target=\"" + escaped(url) + "\" TargetMode=\"External\"/>"));
        xml.write(relationships, end, relationships.length() - end);
        xml.flush();
    }

    /**
     * Copies the stream up to and including the mark, and returns the bytes read past it. The mark must not repeat
     * its first byte, so that a mismatch never needs to look back further than that byte.
     */
    private static byte[] copyThrough(InputStream in, OutputStream out, byte[] mark, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int matched = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == mark[matched] ? matched + 1 : buffer[i] == mark[0] ? 1 : 0;
                if (matched == mark.length) {
                    out.write(buffer, 0, i + 1);
                    return Arrays.copyOfRange(buffer, i + 1, n);
                }
            }
            out.write(buffer, 0, n);
        }
        throw new IOException("no " + new String(mark, UTF_8) + " in " + name + ": cannot add its links");
    }

    /** Where the {@code <hyperlinks>} element goes in what follows the rows. */
    static int insertionPoint(String tail, String name) throws IOException {
        if (tail.contains("<hyperlinks")) {
            throw new IOException(name + " has hyperlinks already: cannot add more");
        }
        int at = -1;
        for (String element : FOLLOWING) {
            int found = tail.indexOf(element);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        if (at < 0) {
            throw new IOException("no end of the worksheet in " + name + ": cannot add its links");
        }
        return at;
    }

    /** The text fit for an XML attribute in double quotes. */
    static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (Sheet sheet : sheets.values()) {
            try {
                sheet.delete();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** The caller's stream, which the zip writer must finish but not close. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
