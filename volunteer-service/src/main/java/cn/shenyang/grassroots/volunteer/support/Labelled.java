package cn.shenyang.grassroots.volunteer.support;

/** An enum value with the Chinese and English labels served by the dictionaries endpoint. */
public interface Labelled {
    String name();

    String labelZh();

    String labelEn();
}
