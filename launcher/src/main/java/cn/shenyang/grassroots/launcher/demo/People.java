package cn.shenyang.grassroots.launcher.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Plausible people, the same on every run: a seeded random source, surnames weighted roughly as
 * in Liaoning, given names of one or two characters, resident ID numbers with the GB 11643 check
 * character agreeing with birth date and gender, mobile numbers. None is a real person's.
 */
final class People {
    private static final String SURNAMES = "王王王李李李张张张刘刘刘陈陈杨杨赵赵黄周吴徐孙孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常";
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林国峰建海东志文博成春德福贵华庆红亮金兴";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀英华慧巧美玲桂红梅琳雪燕萍颖婷玉兰凤洁琴云莉倩珍蓉欣月春秀";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private final Random random;
    private final Set<String> idNumbers = new HashSet<>();

    People(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    Person person(String regionCode, int bornFrom, int bornTo) {
        boolean male = random.nextBoolean();
        String given = male ? MALE : FEMALE;
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                + given.charAt(random.nextInt(given.length()))
                + (random.nextInt(3) > 0 ? "" + given.charAt(random.nextInt(given.length())) : "");
        LocalDate birth = LocalDate.of(between(bornFrom, bornTo), 1, 1).plusDays(random.nextInt(365));
        String id;
        do {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0); // odd for men, even for women
            String body = regionCode + birth.toString().replace("-", "") + String.format("%03d", sequence);
            id = body + check(body);
        } while (!idNumbers.add(id));
        String phone = "1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
        return new Person(name, male ? "MALE" : "FEMALE", birth, id, phone);
    }

    static char check(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    record Person(String name, String gender, LocalDate birthDate, String idNumber, String phone) {}
}
