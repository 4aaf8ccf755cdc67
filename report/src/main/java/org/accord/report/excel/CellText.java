package org.accord.report.excel;

/** Makes untrusted text fit for a cell: never read as a formula, never over Excel's length limit. */
final class CellText {
    /** The most characters a cell can hold. */
    static final int MAX_LENGTH = 32_767;

    private static final String TRUNCATION_MARK = "…";

    private CellText() {
    }

    /**
     * Whether Excel or another spreadsheet could take the text for a formula when it is edited or re-imported (as
     * CSV): it begins with {@code = + - @}, a tab or a carriage return, or a full-width {@code ＝ ＋ － ＠}, which
     * some spreadsheets normalise to the ASCII forms.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> true;
            default -> false;
        };
    }

    /** The text cut to {@link #MAX_LENGTH}, ending in an ellipsis when cut; never splits a surrogate pair. */
    static String fitted(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - TRUNCATION_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATION_MARK;
    }
}
