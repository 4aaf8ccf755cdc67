package org.accord.report.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.accord.core.model.Disagreement;
import org.accord.report.Period;
import org.accord.report.ReportLanguage;

/**
 * The report's own words in one language: headings, labels, figures. The agreements' values are never translated.
 *
 * <p>Internal to the report module and not part of its API: public only because the workbook and the briefings, in
 * other packages, share it. Callers choose the language with {@link ReportLanguage}, through
 * {@link org.accord.report.Reports} or {@link org.accord.report.Briefing}. The writers use it so:
 *
 * <pre>{@code
 * Labels labels = Labels.of(options.language());
 * String cover = labels.period(options.period());     // "2021年10月至2021年12月"
 * String sheet = labels.sheets().agreementsSheet();   // "协议"
 * }</pre>
 *
 * @param sheets the words only the workbook uses
 */
public record Labels(
        ReportLanguage language,
        String signedOn, String location, String kind, String parties, String attendees, String fields,
        String principles, String commitments, String sources, String notStated, String name, String title,
        String organisation, String signatory, String yes, String no, String monthOnly, String published, String url,
        String source, String noHeadline, String also, String agreement,
        String reportTitle, String contents, String overview, String agreementsOfPeriod, String agreementSections,
        String figureAgreements, String figureOrganisations, String figureNewPartners, String figureFields,
        String chartMonths, String chartPartnerTypes, String date, String sourceCount, String page,
        String newPartnersList, String noAgreements, String undated, String university, String laboratory,
        String company, String government, String otherPartner, String periodMarker, String before,
        Sheets sheets) {

    /**
     * The words only the workbook uses: its sheet names and the headers not shared with the briefing. The shared
     * ones (signed on, parties, name, title…) are those of {@link Labels}, so both reports name a thing alike.
     *
     * @param agreementsSheet the sheet of one row per agreement
     * @param partiesSheet the sheet of one row per organisation
     * @param attendeesSheet the sheet of one row per attendee
     * @param commitmentsSheet the sheet of one row per commitment
     * @param sourcesSheet the sheet of one row per article
     * @param monthlySheet the sheet of agreements per month
     * @param id the header of an agreement's identifier
     * @param alsoKnownAs the header of an organisation's other names
     * @param agreementCount the header of a number of agreements, and the chart's series
     * @param firstSigning the header of an organisation's first signing
     * @param lastSigning the header of an organisation's last signing
     * @param number the header of a commitment's number within its agreement
     * @param commitment the header of one commitment
     * @param status the header of the empty column left for the reader's follow-up
     * @param article the header of an article's headline
     * @param language the header of an article's language
     * @param link the header of an article's address
     * @param readFrom the header of the file or record an article was read from
     * @param contributed the header of what an article stated about the agreement
     * @param month the header of a month
     * @param signedMark follows an attendee who signed
     * @param chartTitle the Monthly chart's title, with {@code %d} for the number of months shown
     */
    public record Sheets(
            String agreementsSheet, String partiesSheet, String attendeesSheet, String commitmentsSheet,
            String sourcesSheet, String monthlySheet,
            String id, String alsoKnownAs, String agreementCount, String firstSigning, String lastSigning,
            String number, String commitment, String status, String article, String language, String link,
            String readFrom, String contributed, String month, String signedMark, String chartTitle) {

        /** The English words, those the workbook has always used. */
        public static final Sheets ENGLISH = new Sheets(
                "Agreements", "Parties", "Attendees", "Commitments", "Sources", "Monthly",
                "ID", "Also known as", "Agreements", "First signing", "Last signing",
                "No.", "Commitment", "Status", "Article", "Language", "Link",
                "Read from", "Contributed", "Month", ReportText.SIGNED_MARK, "Agreements per month (last %d months)");

        /** The Chinese words, in the terms of the briefing's Chinese labels. */
        static final Sheets CHINESE = new Sheets(
                "协议", "签约方", "出席人员", "合作承诺", "信息来源", "月度统计",
                "协议编号", "别称", "协议数", "首次签约", "最近签约",
                "序号", "承诺内容", "落实情况", "文章标题", "语言", "链接",
                "读取自", "提供信息", "月份", " [签约]", "每月协议数（最近%d个月）");
    }

    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** The English words; those of the per-agreement briefing are the ones it has always used. */
    public static final Labels ENGLISH = new Labels(ReportLanguage.EN,
            "Signed on", "Location", "Kind", "Parties", "Attendees", "Fields", "Principles", "Commitments",
            "Sources", "Not stated", "Name", "Title", "Organisation", "Signatory", "yes", "no", "month only",
            "Published", "URL", "Source", "(no headline)", "also", "Agreement",
            "Partnership briefing", "Contents", "Overview", "Agreements of the period", "The agreements",
            "agreements", "organisations", "new partners", "fields of cooperation",
            "Agreements per month", "Partners by type", "Date", "Sources", "Page",
            "New partners (not in any earlier agreement)", "No agreement in this period.", "undated",
            "Universities", "Laboratories and institutes", "Companies", "Government bodies", "Other",
            "this period", "months before",
            Sheets.ENGLISH);

    /** The Chinese words. */
    static final Labels CHINESE = new Labels(ReportLanguage.ZH,
            "签署日期", "签署地点", "协议类型", "签约各方", "出席人员", "合作领域", "合作原则", "合作承诺",
            "信息来源", "未提及", "姓名", "职务", "单位", "签约人", "是", "否", "仅知月份",
            "发布日期", "链接", "来源", "（无标题）", "又称", "协议",
            "合作协议简报", "目录", "概览", "本期协议一览", "协议详情",
            "项协议", "家单位", "家新合作方", "个合作领域",
            "每月协议数", "合作方类型", "日期", "来源数", "第",
            "新合作方（此前协议中未出现）", "本期没有签署协议。", "日期不详",
            "高校", "实验室与研究机构", "企业", "政府机构", "其他",
            "本期", "此前各月",
            Sheets.CHINESE);

    /** The heading of where the articles behind an agreement contradict each other. */
    public String disagreements() {
        return language == ReportLanguage.ZH ? "来源说法不一" : "Sources disagree";
    }

    /** The label of a field the articles may disagree on. */
    String field(Disagreement.Field field) {
        return switch (field) {
            case KIND -> kind();
            case SIGNED_ON -> signedOn();
            case LOCATION -> location();
        };
    }

    /** Why a value was kept among contradicting ones, as the merge's rule says it. */
    String rule(Disagreement.Rule rule) {
        boolean zh = language == ReportLanguage.ZH;
        return switch (rule) {
            case MOST_ARTICLES -> zh ? "多数来源所述" : "stated by most articles";
            case FIRST_PUBLISHED -> zh ? "最早发布的来源所述" : "stated by the article published first";
            case FIRST_SOURCE -> zh ? "按来源顺序取第一个" : "first by source";
        };
    }

    /** The words of a language. */
    public static Labels of(ReportLanguage language) {
        return language == ReportLanguage.ZH ? CHINESE : ENGLISH;
    }

    /** A month in words: {@code December 2021}, {@code 2021年12月}. */
    String month(YearMonth month) {
        return language == ReportLanguage.ZH ? month.getYear() + "年" + month.getMonthValue() + "月"
                : EN_MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /** A short month for chart axes: {@code Dec 21}, {@code 21年12月}. */
    public String shortMonth(YearMonth month) {
        int year = month.getYear() % 100;
        return language == ReportLanguage.ZH ? String.format("%02d年%d月", year, month.getMonthValue())
                : EN_MONTHS[month.getMonthValue() - 1].substring(0, 3) + " " + String.format("%02d", year);
    }

    /** A period in words: {@code December 2021}, {@code October 2021 – December 2021}, {@code 2021年10月至2021年12月}. */
    public String period(Period period) {
        if (period.isSingleMonth()) {
            return month(period.from());
        }
        String separator = language == ReportLanguage.ZH ? "至" : " – ";
        return month(period.from()) + separator + month(period.to());
    }

    /** A headline figure with its noun: {@code 12 agreements}, {@code 12项协议}. */
    String count(long count, String noun) {
        return language == ReportLanguage.ZH ? count + noun : count + " " + noun;
    }

    /**
     * A part of what an article stated, counted when it may be several: {@code signed on}, {@code parties (2)};
     * {@code 签署日期}, {@code 签约各方（2）}. The label is lower-cased for English, where it runs on in a list.
     */
    public String part(String label, int count, boolean counted) {
        if (language == ReportLanguage.ZH) {
            return counted ? label + "（" + count + "）" : label;
        }
        String word = label.toLowerCase(Locale.ROOT);
        return counted ? word + " (" + count + ")" : word;
    }

    /** Parts of a list run on in a sentence: {@code kind, parties (2)}; {@code 协议类型、签约各方（2）}. */
    public String runOn(List<String> parts) {
        return String.join(language == ReportLanguage.ZH ? "、" : ", ", parts);
    }

    /** {@code Page 3 of 9}, {@code 第3页，共9页}. */
    public String pageOf(int page, int pages) {
        return language == ReportLanguage.ZH ? "第" + page + "页，共" + pages + "页" : "Page " + page + " of " + pages;
    }
}
