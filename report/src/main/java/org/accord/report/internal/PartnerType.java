package org.accord.report.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of organisation a partner is, guessed from its name: a university, a laboratory or institute, a company,
 * a government body, or other. A guess for a chart's grouping, never shown as a fact about the partner.
 *
 * <p>Internal to the report module: not API.
 */
public enum PartnerType {
    UNIVERSITY(Pattern.compile("大学|学院|学校|university|college|school|academy of sciences")),
    LABORATORY(Pattern.compile("实验室|研究院|研究所|研究中心|科学院|laborator|institute|research cent")),
    GOVERNMENT(Pattern.compile("政府|委员会|部$|厅|局$|ministry|government|municipal|council|commission|agency")),
    COMPANY(Pattern.compile("公司|集团|银行|企业|股份|有限|company|group|corporation|\\bcorp\\b|\\binc\\b|\\bltd\\b"
            + "|limited|bank|telecom|technolog")),
    OTHER(Pattern.compile("(?!)"));

    private final Pattern words;

    PartnerType(Pattern words) {
        this.words = words;
    }

    /** The type an organisation's name suggests; {@link #OTHER} when it suggests none. */
    public static PartnerType of(String name) {
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
