package org.accord.report.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of organisation a partner is, guessed from its name: a university, a laboratory or institute, a company,
 * a government body, or other. A guess for a chart's grouping, never shown as a fact about the partner.
 *
 * <p>Internal to the report module and not part of its API: public only because the period briefing, in another
 * package, draws its partners-by-type chart from it. Callers get that chart through
 * {@link org.accord.report.Reports} or {@link org.accord.report.Briefing}. The report module uses it so:
 *
 * <pre>{@code
 * PartnerType type = PartnerType.of("Dalian University of Technology");  // UNIVERSITY
 * String bar = type.label(Labels.of(ReportLanguage.ZH));                  // "高校"
 * }</pre>
 */
public enum PartnerType {
    /** A university, college or school ({@code 大学}, {@code 学院}), or an academy of sciences. */
    UNIVERSITY(Pattern.compile("大学|学院|学校|university|college|school|academy of sciences")),
    /** A laboratory, research institute or research centre ({@code 实验室}, {@code 研究院}, {@code 研究所}). */
    LABORATORY(Pattern.compile("实验室|研究院|研究所|研究中心|科学院|laborator|institute|research cent")),
    /** A government body: a ministry, commission, council, agency or municipal government ({@code 政府}, {@code 局}). */
    GOVERNMENT(Pattern.compile("政府|委员会|部$|厅|局$|ministry|government|municipal|council|commission|agency")),
    /** A company, group or bank ({@code 公司}, {@code 集团}, {@code 银行}, {@code Ltd}). */
    COMPANY(Pattern.compile("公司|集团|银行|企业|股份|有限|company|group|corporation|\\bcorp\\b|\\binc\\b|\\bltd\\b"
            + "|limited|bank|telecom|technolog")),
    /** A partner whose name suggests none of the other types. */
    OTHER(Pattern.compile("(?!)"));

    private final Pattern words;

    PartnerType(Pattern words) {
        this.words = words;
    }

    /** The type an organisation's name suggests; {@link #OTHER} when it suggests none. */
    static PartnerType of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (PartnerType type : values()) {
            if (type.words.matcher(lower).find()) {
                return type;
            }
        }
        return OTHER;
    }

    /** The type's name in the report's words. */
    public String label(Labels labels) {
        return switch (this) {
            case UNIVERSITY -> labels.university();
            case LABORATORY -> labels.laboratory();
            case GOVERNMENT -> labels.government();
            case COMPANY -> labels.company();
            case OTHER -> labels.otherPartner();
        };
    }
}
