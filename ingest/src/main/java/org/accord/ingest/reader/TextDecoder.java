package org.accord.ingest.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;

/**
 * Turns an input's bytes into text: a byte-order mark wins, then strict UTF-8, then GB18030 (a superset of GBK and
 * GB2312, the usual encoding of Chinese pages that are not UTF-8). Binary input is refused.
 */
final class TextDecoder {
    /** A share of control characters above this means the input is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    static String decode(RawDocument document) throws IngestException {
        byte[] bytes = document.content();
        if (looksBinary(bytes)) {
            throw new IngestException(document.source(), "binary content, not text");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GB18030"), bytes);
            } catch (CharacterCodingException e) {
                throw new IngestException(document.source(), "undecodable text: neither UTF-8 nor GB18030", e);
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
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
