package cn.shenyang.grassroots.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampJsonTest {
    record Stamped(OffsetDateTime at, @JsonFormat(pattern = "yyyy/MM/dd") OffsetDateTime day) {}

    private final ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectMapper ours = customised();

    @Test
    void everyTimestampIsWrittenExactlyAsJacksonWritesIt() throws Exception {
        List<OffsetDateTime> values = new ArrayList<>(List.of(
                OffsetDateTime.of(2026, 11, 28, 23, 36, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 500_000_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 828_123_000, ZoneOffset.UTC),
                OffsetDateTime.of(1, 1, 1, 0, 0, 0, 1, ZoneOffset.UTC),
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC),
                OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(-5, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2020, 6, 1, 8, 0, 0, 120_000, ZoneOffset.ofHours(8))));
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_402_300_799L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000) * 1000L);
            values.add(at.atOffset(ZoneOffset.UTC));
        }
        for (OffsetDateTime v : values) {
            assertEquals(jackson.writeValueAsString(v), ours.writeValueAsString(v), v::toString);
        }
    }

    @Test
    void aPropertyWithItsOwnFormatKeepsIt() throws Exception {
        Stamped s = new Stamped(OffsetDateTime.of(2026, 11, 28, 8, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 11, 28, 8, 0, 0, 0, ZoneOffset.UTC));
        assertEquals("{\"at\":\"2026-11-28T08:00:00Z\",\"day\":\"2026/11/28\"}", ours.writeValueAsString(s));
        assertEquals(jackson.writeValueAsString(s), ours.writeValueAsString(s));
    }

    private static ObjectMapper customised() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new TimestampJson().customize(mapper);
        return mapper;
    }
}
