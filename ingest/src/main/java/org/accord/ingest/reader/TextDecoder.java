package org.accord.ingest.reader;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.jspecify.annotations.Nullable;

/**
 * Turns an input's bytes into text. A byte-order mark wins; then strict UTF-8, since legacy Chinese text is almost
 * never valid UTF-8 by accident; then a charset the input declares (its container's HTTP header, an HTML
 * {@code <meta charset>} or an XML declaration) when it is not Chinese. Chinese legacy text is read as GB18030 or
 * Big5, whichever makes more of its characters common ones, because declarations lie: pages that say {@code gb2312}
 * use GBK characters (GB18030 reads both), and some Big5 pages say {@code gb2312}. A declaration only breaks a tie.
 * Binary input is refused.
 */
final class TextDecoder {
    /** A share of control characters above this means the input is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int SNIFF_BYTES = 4096;
    /** How much more common, as a share of Han characters, the undeclared reading must be to beat the declared one. */
    private static final double TIE = 0.10;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static String decode(RawDocument document) throws IngestException {
        byte[] bytes = document.content();
        if (looksBinary(bytes)) {
            throw new IngestException(document.source(), "binary content, not text");
        }
        String bomDecoded = byByteOrderMark(bytes);
        if (bomDecoded != null) {
            return bomDecoded;
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Charset declared = declared(document);
        if (declared != null && !isChinese(declared)) {
            Optional<String> text = strict(declared, bytes);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return chinese(bytes, declared).orElseThrow(() -> new IngestException(document.source(),
                "undecodable text: neither UTF-8, GB18030 nor Big5" + (declared == null ? ""
                        : ", nor the declared " + declared.name())));
    }

    private static @Nullable String byByteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    /** The container's charset, else the page's own declaration; null when none names a charset Java knows. */
    private static @Nullable Charset declared(RawDocument document) {
        if (document.charset() != null) {
            Charset container = charset(document.charset());
            if (container != null) {
                return container;
            }
        }
        String head = new String(bytesHead(document.content()), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? charset(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static @Nullable Charset charset(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("gb2312|gbk|x-gbk|gb18030|cp936|euc-cn|x-euc-cn|windows-936|hz-gb-2312")) {
            return GB18030;
        }
        if (lower.matches("big5|big-5|big5-hkscs|cp950|x-windows-950|windows-950")) {
            return BIG5;
        }
        try {
            return Charset.forName(lower);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static boolean isChinese(Charset charset) {
        return charset.equals(GB18030) || charset.equals(BIG5);
    }

    /** GB18030 or Big5, whichever reads more common characters; the declared one unless the other is clearly better. */
    private static Optional<String> chinese(byte[] bytes, @Nullable Charset declared) {
        List<Reading> readings = new ArrayList<>();
        strict(GB18030, bytes).ifPresent(text -> readings.add(new Reading(GB18030, text,
                commonShare(text, Charset.forName("GB2312"), 0xB0, 0xD7))));
        strict(BIG5, bytes).ifPresent(text -> readings.add(new Reading(BIG5, text,
                commonShare(text, Charset.forName("Big5"), 0xA4, 0xC6))));
        return readings.stream().max((a, b) -> Double.compare(a.weighed(declared), b.weighed(declared)))
                .map(Reading::text);
    }

    /**
     * The share of Han characters that are among the most common ones of the charset's own standard: GB2312 level 1
     * (lead bytes B0-D7) or Big5's frequent characters (lead bytes A4-C6). Text read with the wrong charset is full of
     * rare characters.
     */
    private static double commonShare(String text, Charset standard, int firstLead, int lastLead) {
        CharsetEncoder encoder = standard.newEncoder();
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                int lead = leadByte(encoder, c);
                common += lead >= firstLead && lead <= lastLead ? 1 : 0;
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }

    private static int leadByte(CharsetEncoder encoder, char c) {
        try {
            return encoder.reset().encode(CharBuffer.wrap(new char[] {c})).get(0) & 0xFF;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    /**
     * One way of reading the bytes.
     *
     * @param charset the charset
     * @param text the text it gives
     * @param commonShare the share of common characters in it
     */
    private record Reading(Charset charset, String text, double commonShare) {
        double weighed(@Nullable Charset declared) {
            return commonShare + (charset.equals(declared) ? TIE : 0);
        }
    }

    private static Optional<String> strict(Charset charset, byte[] bytes) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytesHead(byte[] bytes) {
        return bytes.length <= SNIFF_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SNIFF_BYTES);
    }

    private static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control > sample * MAX_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
