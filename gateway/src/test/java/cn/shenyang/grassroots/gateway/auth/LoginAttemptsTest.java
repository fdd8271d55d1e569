package cn.shenyang.grassroots.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lockout window, with time set by the test instead of slept through. */
class LoginAttemptsTest {
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts();

    LoginAttemptsTest() {
        attempts.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        attempts.config = new AuthConfig() {
            @Override
            public Duration tokenLifetime() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Optional<String> signingKeyLocation() {
                return Optional.empty();
            }

            @Override
            public int maxFailuresPerAccount() {
                return 5;
            }

            @Override
            public int maxFailuresPerAddress() {
                return 20;
            }

            @Override
            public Duration failureWindow() {
                return Duration.ofMinutes(15);
            }
        };
    }

    @Test
    void theFifthFailureLocksUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("Alice", "10.0.0." + i);
            now = now.plusSeconds(60);
        }
        assertTrue(attempts.lockedFor("alice", "10.0.0.9").isEmpty(), "four failures are allowed");
        attempts.failed("alice", "10.0.0.5"); // at 10:04, the first was at 10:00
        assertEquals(Optional.of(Duration.ofMinutes(11)), attempts.lockedFor("ALICE", "10.0.0.9"));
        now = Instant.parse("2026-11-27T10:14:59Z");
        assertEquals(Optional.of(Duration.ofSeconds(1)), attempts.lockedFor("alice", "10.0.0.9"));
        now = Instant.parse("2026-11-27T10:15:00Z");
        assertTrue(attempts.lockedFor("alice", "10.0.0.9").isEmpty(), "free again once the first failure is 15 min old");
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 20; i++) {
            attempts.failed(i < 4 ? "bob" : "user" + i, "10.1.1.1");
        }
        attempts.succeeded("bob");
        assertTrue(attempts.lockedFor("bob", "10.1.1.2").isEmpty());
        assertEquals(Optional.of(Duration.ofMinutes(15)), attempts.lockedFor("bob", "10.1.1.1"),
                "twenty failures from one address lock it for every account");
    }
}
