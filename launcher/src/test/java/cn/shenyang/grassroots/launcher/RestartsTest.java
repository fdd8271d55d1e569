package cn.shenyang.grassroots.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartsTest {
    private final SuiteLauncher.Restarts restarts = new SuiteLauncher.Restarts();
    private final Instant start = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aCrashedServiceIsStartedAgainAfterAWaitThatDoubles() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), restarts.next(start));
        assertEquals(Optional.of(Duration.ofSeconds(2)), restarts.next(start.plusSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(4)), restarts.next(start.plusSeconds(60)));
    }

    @Test
    void theSixthCrashWithinTenMinutesStopsTheSuite() {
        for (int i = 0; i < 5; i++) {
            assertEquals(true, restarts.next(start.plusSeconds(i * 60L)).isPresent());
        }
        assertEquals(Optional.empty(), restarts.next(start.plusSeconds(9 * 60)));
    }

    @Test
    void crashesOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 5; i++) {
            restarts.next(start.plusSeconds(i));
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), restarts.next(start.plusSeconds(10 * 60 + 5)),
                "all five left the window: the count starts again");
    }
}
