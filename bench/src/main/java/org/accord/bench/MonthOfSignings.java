package org.accord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Writes a month of news about signings, one article per signing, each between another pair of organisations: the
 * input for timing a monthly briefing of many agreements from end to end ({@code accord run}, then
 * {@code accord report --month}). Even articles are in English, odd ones in Chinese; every article names its two
 * parties, the day, the city, two signatories, two fields and a commitment, as a university's or a company's news
 * page does.
 *
 * <pre>
 * java -cp 'bench/target/accord-bench.jar:bench/target/lib/*' org.accord.bench.MonthOfSignings 1000 2026-05 /tmp/month
 * </pre>
 */
public final class MonthOfSignings {
    private static final List<String> PLACES = List.of("Northfield", "Riverton", "Lakeshore", "Greenhill", "Westbrook",
            "Eastport", "Stonebridge", "Fairhaven", "Oakridge", "Silverton", "Brightwater", "Kingsford", "Maplewood",
            "Redcliff", "Ashford", "Clearwater", "Highgate", "Pinecrest", "Ravenwood", "Sunnyvale");
    private static final List<String> TRADES = List.of("Robotics", "Energy", "Biotech", "Logistics", "Materials",
            "Telecom", "Semiconductor", "Aerospace", "Software", "Healthcare");
    private static final List<String> CITIES = List.of("Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Wuhan",
            "Chengdu", "Nanjing", "Xi'an");
    private static final List<String> 地名 = List.of("北辰", "江川", "湖滨", "青山", "西溪", "东港", "石桥", "海宁", "松岭",
            "银川", "明水", "金城", "枫林", "赤崖", "安福", "清河", "高门", "松冠", "鸿林", "阳谷");
    private static final List<String> 行业 = List.of("机器人", "能源", "生物", "物流", "材料", "通信", "芯片", "航天",
            "软件", "医疗");
    private static final List<String> 城市 = List.of("北京", "上海", "深圳", "杭州", "武汉", "成都", "南京", "西安");
    private static final List<String> 姓 = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    private static final List<String> 名 = List.of("建国", "海涛", "丽华", "志强", "晓明", "红梅", "国栋", "文静");

    private MonthOfSignings() {
    }

    /**
     * Writes the articles.
     *
     * @param args the number of articles (at most 20 × 10 × 20 = 4,000 pairs of organisations), the month
     *     ({@code YYYY-MM}) and the folder to write them to
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: MonthOfSignings COUNT YYYY-MM FOLDER");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        if (count < 1 || count > PLACES.size() * TRADES.size() * PLACES.size()) {
            throw new IllegalArgumentException("count (" + count + ") must be between 1 and 4000");
        }
        YearMonth month = YearMonth.parse(args[1]);
        Path folder = Files.createDirectories(Path.of(args[2]));
        for (int n = 0; n < count; n++) {
            String text = n % 2 == 0 ? english(n, month) : chinese(n, month);
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "signing-%05d.txt", n)), text,
                    StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "%d articles of %s in %s%n", count, month, folder);
    }

    /** Article {@code n} in English: a university of one place and a company of a trade and another place. */
    static String english(int n, YearMonth month) {
        String university = "University of " + pick(PLACES, n);
        String company = pick(PLACES, n / PLACES.size() / TRADES.size()) + " " + pick(TRADES, n / PLACES.size())
                + " Group";
        int day = 1 + n % month.lengthOfMonth();
        String date = month.atDay(day).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + " " + day + ", " + month.getYear();
        String city = pick(CITIES, n);
        return university + " and " + company + " sign strategic cooperation agreement\n\n"
                + "On " + date + ", " + university + " and " + company + " signed a strategic cooperation agreement in "
                + city + ". President John Carter of " + university + " and Chairman David Miller of " + company
                + " signed the agreement on behalf of the two sides.\n\n"
                + "Under the agreement, the two sides will cooperate in artificial intelligence and "
                + pick(TRADES, n).toLowerCase(Locale.ROOT) + " research, and will jointly build a research centre.\n";
    }

    /** Article {@code n} in Chinese, between organisations named as the English ones are. */
    static String chinese(int n, YearMonth month) {
        String university = pick(地名, n) + "大学";
        String company = pick(地名, n / 地名.size() / 行业.size()) + pick(行业, n / 地名.size()) + "集团有限公司";
        int day = 1 + n % month.lengthOfMonth();
        String person1 = pick(姓, n) + pick(名, n / 姓.size());
        String person2 = pick(姓, n + 3) + pick(名, n / 姓.size() + 1);
        return university + "与" + company + "签署战略合作协议\n\n"
                + month.getYear() + "年" + month.getMonthValue() + "月" + day + "日，" + university + "与" + company + "在"
                + pick(城市, n) + "签署战略合作协议。" + university + "校长" + person1 + "与" + company + "董事长" + person2
                + "代表双方签署协议。\n\n"
                + "根据协议，双方将在人工智能、" + pick(行业, n) + "等领域开展合作，共建联合研究中心。\n";
    }

    private static String pick(List<String> words, int n) {
        return words.get(Math.floorMod(n, words.size()));
    }
}
