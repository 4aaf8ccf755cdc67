package org.accord.report.pdf;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.accord.core.model.Agreement;
import org.accord.core.model.SigningDate;
import org.accord.report.AgreementFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementBriefingTest {

    @Test
    void write_englishAgreement_printsEveryField() throws IOException {
        String text = textOf(written(english()));

        assertPrinted(text,
                "Peng Cheng Laboratory – Dalian University of Technology",
                "Signed on", "2019-03-22",
                "Location", "International Conference Center",
                "Kind", "strategic cooperation agreement",
                "Parties", "Attendees", "Name", "Title", "Organisation", "Signatory",
                "Guo Dongming", "Principal", "Gao Wen", "Director",
                "Fields", "information", "artificial intelligence",
                "Principles", "Not stated",
                "Commitments", "personnel training", "scientific research", "community service",
                "Sources", "[1] Dalian University of Technology and Peng Cheng Laboratory sign strategic cooperation",
                "Published: 2019-03-25", AgreementFixtures.EN_URL, "corpus/en/dlut-pcl-2019-03-22.html");
    }

    @Test
    void write_englishAgreement_showsEvidenceSentences() throws IOException {
        String text = textOf(written(english()));

        assertPrinted(text,
                "[1] " + AgreementFixtures.EN_SIGNING,
                "[1] " + AgreementFixtures.EN_SIGNATORIES,
                "[1] " + AgreementFixtures.EN_FIELDS,
                "[1] " + AgreementFixtures.EN_COMMITMENTS);
    }

    @Test
    void write_chineseAgreement_printsChinese() throws IOException {
        String text = textOf(written(chinese()));

        assertPrinted(text,
                "中国电信 – 上海人工智能实验室", "战略合作协议", "2021-12-15", "视频会议",
                "柯瑞文", "董事长", "邵广禄", "党组副书记", "汤晓鸥", "主任", "上海人工智能实验室",
                "资源共享", "优势互补", "战略协同", "共赢发展",
                "联合开展全方位科技创新合作", "联合推进科研成果共享", "联合培养高水平创新人才",
                AgreementFixtures.ZH_PRINCIPLES, "中国电信与上海人工智能实验室签署战略合作协议");
    }

    @Test
    void write_monthPrecision_saysMonthOnly() throws IOException {
        Agreement agreement = AgreementFixtures.withSignedOn(chinese(), SigningDate.ofMonth(YearMonth.of(2021, 12)));

        assertPrinted(textOf(written(agreement)), "Signed on 2021-12 (month only)");
    }

    @Test
    void write_anyAgreement_embedsOnlySubsetsOfNotoSansSc() throws IOException {
        try (PDDocument document = Loader.loadPDF(written(chinese()))) {
            List<PDFont> fonts = fontsOf(document);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("TrueType program of " + font.getName()).isNotNull();
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.contains("Regular"))
                    .anyMatch(n -> n.contains("Bold"));
        }
    }

    @Test
    void write_httpsSource_isLinked() throws IOException {
        assertThat(linkTargets(written(english()))).containsExactly(AgreementFixtures.EN_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd"})
    void write_nonWebSource_isPrintedButNotLinked(String url) throws IOException {
        byte[] pdf = written(AgreementFixtures.withUrl(english(), url));

        assertThat(linkTargets(pdf)).isEmpty();
        assertPrinted(textOf(pdf), "URL: " + url);
    }

    @Test
    void write_articlesThatDisagree_showTheValuesAndTheRuleThatChose() throws IOException {
        String text = textOf(written(org.accord.report.AgreementFixtures.disputed()));

        assertPrinted(text, "Sources disagree", "Location: Shenzhen, stated by the article published first",
                "International Conference Center (corpus/en/dlut-pcl-2019-03-22.html)");
    }

    @Test
    void write_articlesThatAgree_haveNoDisagreementSection() throws IOException {
        assertThat(textOf(written(english()))).doesNotContain("Sources disagree");
    }

    @Test
    void write_missingValues_sayNotStated() throws IOException {
        Agreement agreement = AgreementFixtures.withLocation(AgreementFixtures.withSignedOn(english(), null), null);

        String text = textOf(written(agreement));

        assertPrinted(text, "Signed on Not stated", "Location Not stated");
        assertThat(compact(text)).doesNotContain("Signedon2019-03-22");
    }

    @Test
    void write_severalThreadsAtOnce_eachPdfIsComplete() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Agreement agreement = i % 2 == 0 ? english() : chinese();
                pdfs.add(pool.submit(() -> written(agreement)));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                String expected = i % 2 == 0 ? "Guo Dongming" : "柯瑞文";
                assertPrinted(textOf(pdfs.get(i).get(1, TimeUnit.MINUTES)), expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] written(Agreement agreement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementBriefing.write(agreement, out);
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order: OpenPDF writes the text of one font at a time, not line by line.
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /**
     * Asserts that each expected text is printed, in reading order, ignoring white space: lines wrap anywhere in
     * Chinese, and the text stripper sees OpenPDF's invisible spacing characters at the start of some lines.
     */
    private static void assertPrinted(String text, String... expected) {
        String printed = compact(text);
        for (String value : expected) {
            assertThat(printed).as("printed text").contains(compact(value));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static List<String> linkTargets(byte[] pdf) throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        return targets;
    }
}
