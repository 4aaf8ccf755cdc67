package org.accord.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * Simple bar charts drawn as vectors straight into the PDF (lines, rectangles and text in the document's own embedded
 * font), wrapped as an image element so that they flow with the text.
 *
 * <p>Why not JFreeChart through OpenPDF's {@code PdfGraphics2D}: the two charts a report needs are a few rectangles
 * and labels; a charting library would add a dependency of several megabytes, draw its text through AWT fonts that
 * must be mapped onto the embedded CJK font (or Chinese labels are lost), and bring its own styling and rounding to
 * keep deterministic. Drawing them here keeps one font, one colour scheme and byte-for-byte the same charts for the
 * same figures.
 */
final class BarChart {

    /**
     * One bar.
     *
     * @param label what the bar counts
     * @param value the count, not negative
     * @param highlighted drawn in the accent colour (the period), else in a muted one
     */
    record Bar(String label, int value, boolean highlighted) {
    }

    private static final float LABEL_SIZE = 7.5f;
    private static final float VALUE_SIZE = 8;
    private static final int TICKS = 4;

    private BarChart() {
    }

    /**
     * Vertical bars side by side, with a value axis and the labels under the bars (every second or third label when
     * there are too many to fit).
     */
    static Image columns(PdfWriter writer, List<Bar> bars, float width, float height) {
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = Fonts.regular();
        float left = 26;
        float bottom = 20;
        float top = 12;
        float plotWidth = width - left - 4;
        float plotHeight = height - bottom - top;
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(0));
        int step = (max + TICKS - 1) / TICKS;
        int axisMax = step * TICKS;

        for (int tick = 0; tick <= TICKS; tick++) {
            float y = bottom + plotHeight * tick / TICKS;
            line(chart, left, y, left + plotWidth, y, tick == 0 ? Typography.GREY : Typography.RULE, 0.5f);
            text(chart, font, LABEL_SIZE, Typography.GREY, Element.ALIGN_RIGHT, String.valueOf(step * tick),
                    left - 4, y - 2.5f);
        }
        if (bars.isEmpty()) {
            return image(chart);
        }
        float slot = plotWidth / bars.size();
        float barWidth = Math.min(slot * 0.65f, 40);
        int labelEvery = Math.max(1, (int) Math.ceil(bars.size() * 34 / plotWidth));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float centre = left + slot * i + slot / 2;
            float barHeight = plotHeight * bar.value() / axisMax;
            if (barHeight > 0) {
                chart.setColorFill(bar.highlighted() ? Typography.ACCENT : Typography.MUTED_BAR);
                chart.rectangle(centre - barWidth / 2, bottom, barWidth, barHeight);
                chart.fill();
            }
            text(chart, Fonts.bold(), VALUE_SIZE, Typography.INK, Element.ALIGN_CENTER, String.valueOf(bar.value()),
                    centre, bottom + barHeight + 2.5f);
            if (i % labelEvery == 0 || bar.highlighted()) {
                text(chart, font, LABEL_SIZE, bar.highlighted() ? Typography.INK : Typography.GREY,
                        Element.ALIGN_CENTER, bar.label(), centre, bottom - 11);
            }
        }
        return image(chart);
    }

    /** Horizontal bars one under the other, the label on the left and the count after the bar. */
    static Image rows(PdfWriter writer, List<Bar> bars, float width) {
        float rowHeight = 17;
        float height = Math.max(rowHeight, bars.size() * rowHeight) + 4;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = Fonts.regular();
        float labelWidth = width * 0.32f;
        float plotWidth = width - labelWidth - 30;
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(0));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float y = height - (i + 1) * rowHeight;
            text(chart, font, 9, Typography.INK, Element.ALIGN_RIGHT, bar.label(), labelWidth - 6, y + 4.5f);
            float barWidth = plotWidth * bar.value() / max;
            chart.setColorFill(bar.highlighted() ? Typography.ACCENT : Typography.MUTED_BAR);
            chart.rectangle(labelWidth, y + 2, Math.max(barWidth, 0.5f), rowHeight - 5);
            chart.fill();
            text(chart, Fonts.bold(), VALUE_SIZE, Typography.INK, Element.ALIGN_LEFT, String.valueOf(bar.value()),
                    labelWidth + barWidth + 4, y + 5);
        }
        line(chart, labelWidth, 0, labelWidth, height, Typography.GREY, 0.5f);
        return image(chart);
    }

    private static Image image(PdfTemplate chart) {
        Image image = Image.getInstance(chart);
        image.setAlignment(Image.ALIGN_LEFT);
        return image;
    }

    private static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2, Color color, float width) {
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color color, int alignment,
            String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
