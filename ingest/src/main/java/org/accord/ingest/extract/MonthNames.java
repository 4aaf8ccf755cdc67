package org.accord.ingest.extract;

import java.time.Month;
import java.util.Locale;

/** English month names and their abbreviations ("Sept.", "Dec"). */
final class MonthNames {
    private MonthNames() {
    }

    /** The month number of an English month name or abbreviation, as text. */
    static String number(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return Integer.toString(month.getValue());
            }
        }
        throw new IllegalArgumentException("not a month name: '" + name + "'");
    }
}
