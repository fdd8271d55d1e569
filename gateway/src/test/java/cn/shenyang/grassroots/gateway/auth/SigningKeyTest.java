package cn.shenyang.grassroots.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {
    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultGeneratesAKeyOnceAndKeepsItAcrossRestarts() throws Exception {
        SigningKey first = key(Optional.empty(), dataDir);
        Path file = dataDir.resolve("keys/signing-key.pem");
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        SigningKey restarted = key(Optional.empty(), dataDir);
        assertEquals(first.keyId(), restarted.keyId());
        assertEquals(first.publicKey(), restarted.publicKey());

        SigningKey elsewhere = key(Optional.empty(), dataDir.resolve("other"));
        assertNotEquals(first.keyId(), elsewhere.keyId());
    }

    @Test
    void aConfiguredKeyWinsAndItsJwkMatchesThePublicHalf() {
        SigningKey configured = key(Optional.of("grassroots-test-jwt/private.pem"), dataDir);
        assertTrue(Files.notExists(dataDir.resolve("keys")), "nothing generated when a key is configured");
        var jwk = configured.jwk();
        assertEquals("RSA", jwk.get("kty"));
        assertEquals("AQAB", jwk.get("e"));
        assertEquals(configured.keyId(), jwk.get("kid"));
        assertEquals(2048, configured.publicKey().getModulus().bitLength());
    }

    private static SigningKey key(Optional<String> location, Path dataDir) {
        SigningKey key = new SigningKey();
        key.dataDir = dataDir.toString();
        key.config = new AuthConfig() {
            @Override
            public Duration tokenLifetime() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Optional<String> signingKeyLocation() {
                return location;
            }

            @Override
            public Duration refreshTokenLifetime() {
                return Duration.ofDays(30);
            }

            @Override
            public int freeFailuresPerAccount() {
                return 5;
            }

            @Override
            public int freeFailuresPerAddress() {
                return 20;
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration failureWindow() {
                return Duration.ofMinutes(15);
            }
        };
        key.load();
        return key;
    }
}
