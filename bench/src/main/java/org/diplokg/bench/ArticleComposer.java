package org.diplokg.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.bench.ReferencePool.AgreementName;
import org.diplokg.bench.ReferencePool.TitledPerson;

/**
 * Writes synthetic diplomatic news from the benchmark's own sentence templates, filled with names from
 * the reference data: a meeting (a reference instance with its ordinal, or one of a fixed set of
 * numbered sessions of series and bilateral mechanisms), who chaired and attended it, the agreements discussed, organisations, places and
 * dates in the forms news uses (2021年11月12日, 11月12日, 周四, 今年7月). Body length follows a
 * distribution like real articles: most 2,000–3,000 characters, some shorter, a few long.
 * Deterministic: the same random generator state gives the same article.
 */
final class ArticleComposer {

    private static final String[] SOURCES = {"新华网", "人民网", "中国新闻网", "央视网", "外交部网站", "商务部网站", "国际在线", "光明网"};
    private static final String[] AUTHORS = {"李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "周涛", "吴敏"};
    private static final String[] SECTIONS = {"外交动态", "经贸合作", "区域合作", "多边外交", "新闻发布"};
    private static final String[] MECHANISMS = {"经贸联委会会议", "外长会晤", "战略对话", "自贸协定联合委员会会议",
            "经济合作论坛", "双边投资工作组会议", "贸易投资促进会议", "高级别经济对话"};
    private static final String[] TOPICS = {"数字经济", "绿色发展", "供应链安全", "跨境电商", "基础设施互联互通",
            "贸易便利化", "服务贸易", "农业合作", "卫生健康", "人文交流", "海关合作", "原产地规则"};
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    /** Sentences about the article's event; {slots} are filled from the article's cast. */
    private static final String[] EVENT_SENTENCES = {
        "{date}，{chairTitled}在{city}主持{meeting}。",
        "{monthDay}，{chairTitled}在{city}出席{meeting}并发表题为“{theme}”的主旨讲话。",
        "{weekday}，{meeting}在{city}开幕，{guestTitled}等{count}个经济体的领导人和代表与会。",
        "{chair}表示，各方应以{agreement}生效实施为契机，推动区域经济一体化走深走实。",
        "{guest}在发言中指出，{agreementFull}为地区贸易投资自由化便利化提供了制度保障。",
        "会议期间，{chair}会见了{guestTitled}。双方就落实{agreement}、深化{topic}合作等议题交换了意见。",
        "{chair}强调，中方愿同各方一道，推动{agreement2}早日达成，维护以世界贸易组织为核心的多边贸易体制。",
        "与会代表一致认为，{agreementFull}的全面实施将为{economy}和{economy2}企业带来更多市场机遇。",
        "{org}负责人表示，{meeting}取得了丰硕成果，各方同意在{topic}领域加强政策沟通。",
        "{year}年{month}月，{economy}正式提出申请加入{agreementFull}，{guest}对此表示欢迎。",
        "据{source}报道，{guestTitled}{monthDay}抵达{city}，出席{meeting}相关活动。",
        "{chair}在{meeting}上宣布，下一次会议将于明年在{city2}举行。",
        "{economy}与{economy2}{monthDay}签署了关于{topic}的合作文件，并就{agreement}升级谈判达成共识。",
        "当天，{chairTitled}还以视频方式出席了{org}举办的{topic}论坛开幕式。",
        "{guest}说，今年是{agreement}签署{anniversary}周年，各方应总结经验、扩大成果。",
        "{org}发布报告称，{agreementFull}生效以来，成员间货物贸易额增长明显。",
    };

    /** Sentences without names, the connective tissue of real articles. */
    private static final String[] FILLER_SENTENCES = {
        "当前，世界经济复苏势头仍不稳固，单边主义和保护主义抬头，全球产业链供应链面临重塑。",
        "各方同意加强宏观经济政策协调，共同应对通胀、债务和粮食安全等挑战。",
        "会议通过了联合声明，重申坚持开放的区域主义，推动构建开放型世界经济。",
        "与会各方围绕数字经济、绿色转型、包容性增长等议题深入交换意见，达成广泛共识。",
        "分析人士指出，区域贸易安排的扩容与升级，将为亚太地区经济增长注入新动能。",
        "双方表示，愿进一步扩大相互市场开放，提升贸易投资自由化便利化水平。",
        "会议还讨论了中小企业参与国际贸易、电子商务规则和数据跨境流动等问题。",
        "有关方面表示，将继续推动基础设施建设、产能合作和人文交流，打造更多合作亮点。",
        "专家认为，高标准经贸规则的对接需要循序渐进，兼顾不同经济体的发展水平。",
        "各方强调，应坚持共商共建共享原则，推动全球经济治理体系朝着更加公正合理的方向发展。",
        "据介绍，本次会议共设置三场专题讨论，来自政府、企业和学术界的代表参加了讨论。",
        "与会代表表示，应加快推进通关便利化，降低企业跨境经营成本。",
        "双方还就地区形势和共同关心的国际问题交换了意见。",
        "会议期间举行了多场双边会见，各方就深化务实合作进行了坦诚交流。",
        "业内人士表示，关税减让和原产地累积规则将显著降低区域内企业的生产成本。",
        "近年来，双边贸易额保持稳定增长，投资合作领域不断拓宽。",
        "与会者认为，数字贸易规则的制定正在成为新一轮国际经贸合作的焦点。",
        "有关负责人介绍，下一步将加强政策宣介和企业培训，帮助企业用好用足优惠政策。",
        "会议强调，应推动落实可持续发展议程，支持发展中经济体提升参与国际分工的能力。",
        "各方欢迎更多经济体在满足标准的前提下加入区域合作安排。",
        "会后，各方共同会见了记者，介绍了会议成果。",
        "据统计，去年区域内贸易额同比增长百分之七以上，占对外贸易总额的比重进一步提升。",
        "评论指出，面对外部环境的不确定性，加强区域合作是各方的共同选择。",
        "与会者还参观了当地的自由贸易试验区和跨境电商产业园。",
    };

    private static final String[] THEMES = {"携手开放合作 共促繁荣发展", "坚持开放包容 推动共同发展",
            "深化区域合作 共建美好未来", "把握时代大势 共促世界繁荣", "共享机遇 共创未来"};

    private static final String[] TITLES = {
        "{chair}出席{meeting}并发表讲话",
        "{chair}主持{meeting}",
        "{meeting}在{city}举行",
        "{guest}：{agreement}将惠及地区企业和民众",
        "{economy}与{economy2}就{agreement}合作达成新共识",
        "聚焦{topic}：{meeting}成果丰硕",
    };

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** Meetings the reference data does not list that a corpus reports on (numbered sessions of series and mechanisms). */
    static final int MINTED_MEETINGS = 2000;

    private final ReferencePool pool;
    private final List<String> mintedMeetings;
    private final Zipf meetingRank;
    private final Zipf referenceMeetingRank;
    private final Zipf peopleRank;
    private final Zipf agreementRank;

    ArticleComposer(ReferencePool pool, long seed) {
        this.pool = pool;
        SplittableRandom random = new SplittableRandom(seed);
        this.mintedMeetings = mintedMeetings(pool, random);
        this.meetingRank = new Zipf(mintedMeetings.size(), 1.0, random);
        this.referenceMeetingRank = new Zipf(Math.max(1, pool.meetings().size()), 1.0, random);
        this.peopleRank = new Zipf(pool.people().size(), 1.0, random);
        this.agreementRank = new Zipf(pool.agreements().size(), 1.0, random);
    }

    /** Numbered sessions: a series (第五届…) or a bilateral mechanism, most of them China's (中国—新西兰第十二次…). */
    private static List<String> mintedMeetings(ReferencePool pool, SplittableRandom random) {
        String china = pool.economies().contains("中国") ? "中国" : pool.economies().get(0);
        List<String> out = new ArrayList<>(MINTED_MEETINGS);
        while (out.size() < MINTED_MEETINGS) {
            String ordinal = "第" + ChineseNumber.of(1 + random.nextInt(30));
            String m;
            if (random.nextInt(100) < 20 && !pool.series().isEmpty()) {
                m = ordinal + "届" + pick(random, pool.series());
            } else {
                String a = random.nextInt(100) < 70 ? china : pick(random, pool.economies());
                String b = pick(random, pool.economies());
                if (a.equals(b)) continue;
                m = a + "—" + b + ordinal + "次" + pick(random, MECHANISMS);
            }
            out.add(m);
        }
        return out;
    }

    /** One article, all of it drawn from {@code random}. */
    Article compose(SplittableRandom random, int index) {
        Cast cast = cast(random);
        int target = targetChars(random);
        List<String> paragraphs = new ArrayList<>();
        String title = fill(pick(random, TITLES), cast, random);
        paragraphs.add(fill(pick(random, EVENT_SENTENCES, 0, 3), cast, random)
                + fill(pick(random, EVENT_SENTENCES), cast, random));
        int chars = title.length() + paragraphs.get(0).length();
        while (chars < target) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String[] bank = random.nextInt(100) < 20 ? EVENT_SENTENCES : FILLER_SENTENCES;
                p.append(fill(pick(random, bank), cast, random));
            }
            paragraphs.add(p.toString());
            chars += p.length();
        }
        LocalDateTime published = cast.date.atTime(6 + random.nextInt(16), random.nextInt(60));
        String url = "https://news.example.org/" + cast.date.getYear() + "/" + String.format("%02d%02d", cast.date.getMonthValue(),
                cast.date.getDayOfMonth()) + "/a" + index + ".html";
        return new Article(title, published, url, pick(random, SOURCES), pick(random, AUTHORS), pick(random, SECTIONS), paragraphs);
    }

    /**
     * Most bodies 1,900–2,700 characters (6–8 KB of UTF-8 with the layout), one in ten short (400–1,900),
     * one in twenty long (up to 3,500).
     */
    private static int targetChars(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 10) return 400 + random.nextInt(1500);
        if (r < 95) return 1900 + random.nextInt(800);
        return 2700 + random.nextInt(800);
    }

    /** Who and what one article is about; sentences draw from it so names recur as in real reports. */
    private record Cast(TitledPerson chair, List<TitledPerson> guests, String meeting, List<AgreementName> agreements,
                        String org, String city, String city2, String economy, String economy2, String topic, LocalDate date) {}

    private Cast cast(SplittableRandom random) {
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
        TitledPerson chair = pool.people().get(peopleRank.sample(random));
        List<TitledPerson> guests = new ArrayList<>();
        for (int i = 2 + random.nextInt(4); i > 0; i--) guests.add(pool.people().get(peopleRank.sample(random)));
        List<AgreementName> agreements = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) agreements.add(pool.agreements().get(agreementRank.sample(random)));
        String economy = pick(random, pool.economies());
        String economy2 = pick(random, pool.economies());
        String meeting = meeting(random);
        String org = pool.organisations().isEmpty() ? "联合国" : pick(random, pool.organisations());
        return new Cast(chair, guests, meeting, agreements, org, pick(random, pool.cities()), pick(random, pool.cities()),
                economy, economy2, pick(random, TOPICS), date);
    }

    /**
     * A reference meeting with its ordinal (45%) or one of the corpus's numbered sessions; popularity is
     * skewed (Zipf) in both, so a large corpus keeps reporting the same few thousand meetings.
     */
    private String meeting(SplittableRandom random) {
        if (random.nextInt(100) < 45 && !pool.meetings().isEmpty()) return pool.meetings().get(referenceMeetingRank.sample(random));
        return mintedMeetings.get(meetingRank.sample(random));
    }

    private String fill(String template, Cast cast, SplittableRandom random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1), cast, random)));
        m.appendTail(sb);
        return sb.toString();
    }

    private String value(String slot, Cast c, SplittableRandom random) {
        TitledPerson guest = pick(random, c.guests);
        AgreementName a = pick(random, c.agreements);
        return switch (slot) {
            case "chair" -> c.chair.name();
            case "chairTitled" -> c.chair.titled();
            case "guest" -> guest.name();
            case "guestTitled" -> guest.titled();
            case "meeting" -> c.meeting;
            case "agreement" -> a.acronym() != null && random.nextBoolean() ? a.acronym() : "《" + a.name() + "》";
            case "agreementFull" -> "《" + a.name() + "》" + (a.acronym() != null ? "（" + a.acronym() + "）" : "");
            case "agreement2" -> "《" + pick(random, pool.agreements()).name() + "》";
            case "org" -> c.org;
            case "city" -> c.city;
            case "city2" -> c.city2;
            case "economy" -> c.economy;
            case "economy2" -> c.economy2;
            case "topic" -> random.nextInt(3) == 0 ? pick(random, TOPICS) : c.topic;
            case "theme" -> pick(random, THEMES);
            case "source" -> pick(random, SOURCES);
            case "count" -> Integer.toString(5 + random.nextInt(40));
            case "anniversary" -> ChineseNumber.of(1 + random.nextInt(20));
            case "date" -> c.date.getYear() + "年" + c.date.getMonthValue() + "月" + c.date.getDayOfMonth() + "日";
            case "monthDay" -> c.date.getMonthValue() + "月" + c.date.getDayOfMonth() + "日";
            case "weekday" -> WEEKDAYS[c.date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
            case "year" -> Integer.toString(c.date.getYear() - random.nextInt(3));
            case "month" -> Integer.toString(1 + random.nextInt(12));
            default -> throw new IllegalStateException("no value for the template slot " + slot);
        };
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String pick(SplittableRandom random, String[] array) {
        return array[random.nextInt(array.length)];
    }

    private static String pick(SplittableRandom random, String[] array, int from, int to) {
        return array[from + random.nextInt(to - from)];
    }
}
