package org.accord.report.excel;

import java.util.function.Function;
import org.accord.report.internal.Labels;

/** The Agreements sheet's columns, in order, with their headers (in the report's words) and widths. */
enum Column {
    ID(labels -> labels.sheets().id(), 30),
    SIGNED_ON(Labels::signedOn, 12),
    KIND(Labels::kind, 28),
    PARTIES(Labels::parties, 40),
    LOCATION(Labels::location, 26),
    ATTENDEES(Labels::attendees, 55),
    FIELDS(Labels::fields, 32),
    PRINCIPLES(Labels::principles, 32),
    COMMITMENTS(Labels::commitments, 45),
    SOURCES(Labels::sources, 55),
    URL(Labels::url, 45),
    /** Where the articles contradict each other on the kind, date or place, and which value was kept and why. */
    DISAGREEMENTS(Labels::disagreements, 60);

    private final Function<Labels, String> header;
    /** In characters of the default font; a Chinese character takes about two. */
    private final int width;

    Column(Function<Labels, String> header, int width) {
        this.header = header;
        this.width = width;
    }

    String header(Labels labels) {
        return header.apply(labels);
    }

    /** The width in characters of the default font. */
    int width() {
        return width;
    }

    int index() {
        return ordinal();
    }
}
