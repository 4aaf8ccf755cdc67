package org.accord.report.internal;

import java.time.YearMonth;
import org.accord.report.Period;
import org.accord.report.ReportLanguage;

/**
 * The report's own words in one language: headings, labels, figures. The agreements' values are never translated.
 *
 * <p>Internal to the report module: not API.
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
        String company, String government, String otherPartner, String periodMarker, String before) {

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
            "this period", "months before");

    /** The Chinese words. */
    public static final Labels CHINESE = new Labels(ReportLanguage.ZH,
            "签署日期", "签署地点", "协议类型", "签约各方", "出席人员", "合作领域", "合作原则", "合作承诺",
            "信息来源", "未提及", "姓名", "职务", "单位", "签约人", "是", "否", "仅知月份",
            "发布日期", "链接", "来源", "（无标题）", "又称", "协议",
            "合作协议简报", "目录", "概览", "本期协议一览", "协议详情",
            "项协议", "家单位", "家新合作方", "个合作领域",
            "每月协议数", "合作方类型", "日期", "来源数", "第",
            "新合作方（此前协议中未出现）", "本期没有签署协议。", "日期不详",
            "高校", "实验室与研究机构", "企业", "政府机构", "其他",
            "本期", "此前各月");

    /** The words of a language. */
    public static Labels of(ReportLanguage language) {
        return language == ReportLanguage.ZH ? CHINESE : ENGLISH;
    }

    /** A month in words: {@code December 2021}, {@code 2021年12月}. */
    public String month(YearMonth month) {
        return language == ReportLanguage.ZH ? month.getYear() + "年" + month.getMonthValue() + "月"
                : EN_MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /** A short month for chart axes: {@code Dec 21}, {@code 21年12月}. */
    public String shortMonth(YearMonth month) {
        int year = month.getYear() % 100;
        return language == ReportLanguage.ZH ? String.format("%02d年%d月", year, month.getMonthValue())
                : EN_MONTHS[month.getMonthValue() - 1].substring(0, 3) + " " + String.format("%02d", year);
    }

    /** A period in words: {@code December 2021}, {@code October 2021 – December 2021}, {@code 2021年10月至12月}. */
    public String period(Period period) {
        if (period.isSingleMonth()) {
            return month(period.from());
        }
        String separator = language == ReportLanguage.ZH ? "至" : " – ";
        return month(period.from()) + separator + month(period.to());
    }

    /** A headline figure with its noun: {@code 12 agreements}, {@code 12项协议}. */
    public String count(long count, String noun) {
        return language == ReportLanguage.ZH ? count + noun : count + " " + noun;
    }

    /** {@code Page 3 of 9}, {@code 第3页，共9页}. */
    public String pageOf(int page, int pages) {
        return language == ReportLanguage.ZH ? "第" + page + "页，共" + pages + "页" : "Page " + page + " of " + pages;
    }
}
