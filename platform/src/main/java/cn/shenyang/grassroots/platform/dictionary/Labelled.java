package cn.shenyang.grassroots.platform.dictionary;

/** An enum value with the Chinese and English labels served by the dictionaries endpoint. */
public interface Labelled {
    String name();

    String labelZh();

    String labelEn();
}
