package org.accord.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Mention;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.report.AgreementFixtures;
import org.accord.report.GeneratedAgreements;
import org.accord.report.Period;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportOptions;
import org.accord.report.Reports;
import org.accord.report.internal.Labels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where the Sources block of an agreement's section falls, read back page by page with PDFBox. The agreements' bodies
 * grow a commitment at a time, so that their Sources headings fall at every height of a page, the foot included.
 */
class SourcesLayoutTest {
    private static final Period DECEMBER = Period.month(YearMonth.of(2021, 12));
    /** Agreements in the briefing: their Sources headings fall about 14 points apart, over more than a page. */
    private static final int AGREEMENTS = 60;
    /**
     * What the layout adds to a block measured from the printed text: the last entry's padding under its last
     * baseline, and the part of the last line on the page before under its baseline, a few points each.
     */
    private static final float SLACK = 12;

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void write_manyAgreements_noSourcesHeadingWithoutAnEntryAfterItOnItsPage(ReportLanguage language)
            throws IOException {
        String heading = Labels.of(language).sources();

        List<List<Line>> pages = pages(written(language));

        int headings = 0;
        for (int page = 0; page < pages.size(); page++) {
            List<Line> lines = pages.get(page);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).is(heading)) {
                    headings++;
                    assertThat(lines.subList(i + 1, lines.size())).as("page %d after its %s heading", page + 1,
                            heading).anyMatch(line -> line.text().startsWith("[1]"));
                }
            }
        }
        assertThat(headings).as("Sources headings").isEqualTo(AGREEMENTS);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void write_manyAgreements_sourcesStartANewPageOnlyWhenHeadingAndFirstEntryDoNotFit(ReportLanguage language)
            throws IOException {
        String heading = Labels.of(language).sources();

        List<List<Line>> pages = pages(written(language));

        // A block is moved when its heading and first entry do not fit; the entries after the first may follow on.
        int moved = 0;
        for (int page = 1; page < pages.size(); page++) {
            List<Line> lines = pages.get(page);
            // The running header is the first line; the heading is the first of the body when the block was moved.
            if (lines.size() > 1 && lines.get(1).is(heading)) {
                moved++;
                // What had to fit: from the top margin (the heading's padding is part of it) to the first entry's end.
                float block = firstEntryEnd(lines).bottom() - PeriodBriefing.TOP_MARGIN;
                float free = pages.get(page - 1).get(0).pageHeight() - PeriodBriefing.MARGIN
                        - lastBodyLine(pages.get(page - 1)).bottom();
                assertThat(free).as("room left on page %d for the %.0f points of the Sources heading and first entry"
                        + " of page %d", page, block, page + 1).isLessThan(block + SLACK);
            }
        }
        assertThat(moved).as("Sources blocks moved to a new page").isPositive();
    }

    /**
     * A line of printed text, with its top and bottom measured from the top of the page. The text has no spaces:
     * PDFBox reads spaces into a bold word where its letters are kerned ({@code S ources}).
     */
    private record Line(String text, float top, float bottom, float pageHeight) {
        boolean is(String words) {
            return text.equals(words.replaceAll("\\s+", ""));
        }
    }

    /** The last line of the first source entry on a page that begins with the Sources heading. */
    private static Line firstEntryEnd(List<Line> page) {
        Line last = page.get(1);
        for (Line line : page.subList(2, page.size())) {
            if (line.text().startsWith("[2]") || line.bottom() >= line.pageHeight() - PeriodBriefing.MARGIN) {
                break;
            }
            last = line;
        }
        return last;
    }

    private static Line lastBodyLine(List<Line> page) {
        return page.stream().filter(l -> l.bottom() < l.pageHeight() - PeriodBriefing.MARGIN)
                .reduce((first, second) -> second).orElseThrow();
    }

    /**
     * The agreements' sections: bodies of growing length, one or two sources each, with headlines and addresses as
     * long as news sites give them, so that an entry takes from four to seven lines.
     */
    private static List<Agreement> agreements() {
        List<Agreement> agreements = new ArrayList<>();
        for (int n = 0; n < AGREEMENTS; n++) {
            Agreement agreement = AgreementFixtures.withSignedOn(withLongSource(GeneratedAgreements.agreement(n), n),
                    SigningDate.ofDay(LocalDate.of(2021, 12, 1 + n % 28)));
            for (int k = 0; k < n; k++) {
                agreement = AgreementFixtures.withCommitment(agreement, "joint programme " + (k + 1));
            }
            if (n % 2 == 1) {
                Agreement other = withLongSource(GeneratedAgreements.agreement(n + 1_000), n + 1);
                agreement = new Agreement(agreement.id(), agreement.kind(), agreement.parties(),
                        agreement.signedOn(), agreement.location(), agreement.attendees(), agreement.fields(),
                        agreement.principles(), agreement.commitments(),
                        List.of(agreement.mentions().get(0), other.mentions().get(0)));
            }
            agreements.add(agreement);
        }
        return agreements;
    }

    /** The agreement with its article's headline and address lengthened, by more for some numbers than others. */
    private static Agreement withLongSource(Agreement agreement, int n) {
        Mention mention = agreement.mentions().get(0);
        Source article = mention.source();
        String headline = article.title() + ": a strategic partnership on artificial intelligence, clean energy and the"
                + " training of engineers".repeat(n % 3);
        String url = article.url() + "?utm_source=newsletter&utm_medium=email&utm_campaign=cooperation-agreements-"
                + "december".repeat(1 + n % 4);
        Source source = new Source(article.source(), url, headline, article.language(), article.published());
        Mention lengthened = new Mention(source, mention.kind(), mention.parties(), mention.signedOn(),
                mention.location(), mention.attendees(), mention.fields(), mention.principles(),
                mention.commitments());
        return new Agreement(agreement.id(), agreement.kind(), agreement.parties(), agreement.signedOn(),
                agreement.location(), agreement.attendees(), agreement.fields(), agreement.principles(),
                agreement.commitments(), List.of(lengthened));
    }

    private static byte[] written(ReportLanguage language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.writePeriodBriefing(agreements(), new ReportOptions(DECEMBER, language, null, null), out);
        return out.toByteArray();
    }

    /** Every page's lines, top to bottom. */
    private static List<List<Line>> pages(byte[] pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                float height = document.getPage(page - 1).getMediaBox().getHeight();
                List<Line> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    /** Called for each run of text; runs on one baseline (cells of a row) make one line. */
                    @Override
                    protected void writeString(String run, List<TextPosition> positions) {
                        String text = run.replaceAll("\\s+", "");
                        if (text.isEmpty()) {
                            return;
                        }
                        float top = Float.MAX_VALUE;
                        float bottom = 0;
                        for (TextPosition position : positions) {
                            top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
                            bottom = Math.max(bottom, position.getYDirAdj());
                        }
                        Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                        if (last != null && Math.abs(last.bottom() - bottom) < 1) {
                            lines.set(lines.size() - 1, new Line(last.text() + text,
                                    Math.min(last.top(), top), Math.max(last.bottom(), bottom), height));
                        } else {
                            lines.add(new Line(text, top, bottom, height));
                        }
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(lines);
            }
        }
        return pages;
    }
}
