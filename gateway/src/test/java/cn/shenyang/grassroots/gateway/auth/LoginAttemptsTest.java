package cn.shenyang.grassroots.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.gateway.auth.LoginAttempts.Backoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait a guesser is made to take: free tries, then 1 s doubling, never past the ceiling. */
class LoginAttemptsTest {
    private static final Duration CEILING = Duration.ofMinutes(15);

    @Test
    void theFreeTriesCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, Backoff.after(failures, 5, CEILING));
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        assertEquals(Duration.ofSeconds(1), Backoff.after(5, 5, CEILING));
        assertEquals(Duration.ofSeconds(2), Backoff.after(6, 5, CEILING));
        assertEquals(Duration.ofSeconds(4), Backoff.after(7, 5, CEILING));
        assertEquals(Duration.ofSeconds(512), Backoff.after(14, 5, CEILING));
    }

    @Test
    void theWaitStopsGrowingAtTheCeiling() {
        assertEquals(CEILING, Backoff.after(15, 5, CEILING), "1,024 s would pass 15 min");
        assertEquals(CEILING, Backoff.after(1_000_000, 5, CEILING), "no overflow however many failures");
    }
}
