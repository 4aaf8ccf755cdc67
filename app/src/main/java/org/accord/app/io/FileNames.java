package org.accord.app.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Safe file names from identifiers that article text helped to make. A name keeps only letters (any script), digits
 * and single hyphens, so it can hold no {@code ..}, no slash, no leading dot and no control character, whatever the
 * identifier holds.
 *
 * <pre>{@code
 * FileNames.sanitise("2021-12-15-中国电信-上海人工智能实验室")  // "2021-12-15-中国电信-上海人工智能实验室"
 * FileNames.sanitise("../../etc/passwd")                    // "etc-passwd"
 * FileNames.unique(List.of("a", "a", "b"))                 // ["a", "a-2", "b"]
 * }</pre>
 */
public final class FileNames {
    /** The longest name {@link #sanitise} returns, in code points; short enough for any file system. */
    static final int MAX_LENGTH = 80;
    /** The name of an identifier that holds no letter or digit. */
    static final String FALLBACK = "agreement";
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    /** Device names that Windows will not open as files, whatever their extension. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)con|prn|aux|nul|com\\d|lpt\\d");

    private FileNames() {
    }

    /**
     * A file name (without extension) made from an identifier: runs of anything but letters and digits become one
     * hyphen, hyphens at either end are dropped, and the name is cut to {@value #MAX_LENGTH} code points.
     *
     * @param id any text
     * @return a non-empty name of letters, digits and inner hyphens; {@code "agreement"} when nothing is left
     */
    public static String sanitise(String id) {
        String name = EDGE_HYPHENS.matcher(NOT_NAME.matcher(Normalizer.normalize(id, Normalizer.Form.NFKC))
                .replaceAll("-")).replaceAll("");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = EDGE_HYPHENS.matcher(name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH))).replaceAll("");
        }
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return WINDOWS_DEVICE.matcher(name).matches() ? FALLBACK + "-" + name : name;
    }

    /**
     * Sanitised names for identifiers, one each in the same order, made unique by appending {@code -2}, {@code -3}...
     * Names that differ only in case count as the same, as they do on case-insensitive file systems.
     *
     * @param ids identifiers, possibly repeated
     */
    public static List<String> unique(List<String> ids) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            String base = sanitise(id);
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.add(name);
        }
        return names;
    }
}
