package org.accord.report.excel;

/** The workbook's columns, in order, with their headers and widths. */
enum Column {
    ID("ID", 30),
    SIGNED_ON("Signed on", 12),
    KIND("Kind", 28),
    PARTIES("Parties", 40),
    LOCATION("Location", 26),
    ATTENDEES("Attendees", 55),
    FIELDS("Fields", 32),
    PRINCIPLES("Principles", 32),
    COMMITMENTS("Commitments", 45),
    SOURCES("Sources", 55),
    URL("URL", 45);

    private final String header;
    /** In characters of the default font; a Chinese character takes about two. */
    private final int width;

    Column(String header, int width) {
        this.header = header;
        this.width = width;
    }

    String header() {
        return header;
    }

    /** The width in POI's unit, 1/256 of a character. */
    int poiWidth() {
        return width * 256;
    }

    int index() {
        return ordinal();
    }
}
