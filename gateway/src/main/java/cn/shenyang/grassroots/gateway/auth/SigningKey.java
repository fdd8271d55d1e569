package cn.shenyang.grassroots.gateway.auth;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first RS256 key pair of the key ring ({@link SigningKeys}): production configures it; the
 * embedded default generates one on first start and keeps it in the data folder. The public half
 * is derived from the private key, so there is only one secret to manage.
 */
@Startup
@Singleton
public class SigningKey {
    private static final Logger LOG = Logger.getLogger(SigningKey.class);
    static final String GENERATED_FILE = "keys/signing-key.pem";

    @Inject
    AuthConfig config;

    @ConfigProperty(name = "grassroots.data-dir", defaultValue = ".gateway-data")
    String dataDir;

    private String pem;
    private Pair pair;

    @PostConstruct
    void load() {
        pem = config.signingKeyLocation().map(SigningKey::read).orElseGet(this::generatedOrNew);
        pair = Pair.of(pem);
    }

    /** The seed key in PKCS#8 PEM, as configured or generated. */
    String pem() {
        return pem;
    }

    public RSAPrivateCrtKey privateKey() {
        return pair.privateKey();
    }

    public RSAPublicKey publicKey() {
        return pair.publicKey();
    }

    /** RFC 7638 thumbprint: stable for a key, different after a key change, so services refetch the JWKS. */
    public String keyId() {
        return pair.kid();
    }

    /** The public key as an RFC 7517 JWK. */
    public Map<String, String> jwk() {
        return pair.jwk();
    }

    /** An RSA key pair read from PKCS#8 PEM, named by its RFC 7638 thumbprint. */
    public record Pair(String kid, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
        public static Pair of(String pem) {
            try {
                byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
                RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                        new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
                return new Pair(thumbprint(publicKey), privateKey, publicKey);
            } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
                throw new IllegalStateException("The signing key is not an RSA private key in PKCS#8 PEM", e);
            }
        }

        public Map<String, String> jwk() {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kty", "RSA");
            jwk.put("kid", kid);
            jwk.put("use", "sig");
            jwk.put("alg", "RS256");
            jwk.put("n", base64Url(publicKey.getModulus()));
            jwk.put("e", base64Url(publicKey.getPublicExponent()));
            return jwk;
        }

        private static String thumbprint(RSAPublicKey publicKey) {
            String canonical = "{\"e\":\"" + base64Url(publicKey.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                    + base64Url(publicKey.getModulus()) + "\"}";
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A new 2048-bit RSA private key in PKCS#8 PEM. */
    static String newPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String generatedOrNew() {
        Path file = Path.of(dataDir).resolve(GENERATED_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            String pem = newPem();
            Files.createDirectories(file.getParent());
            Files.writeString(file, pem, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the folder's own permissions apply
            }
            LOG.infof("Generated a new token signing key in %s", file.toAbsolutePath());
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key in " + file.toAbsolutePath(), e);
        }
    }

    private static String read(String location) {
        Path file = Path.of(location);
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                if (in == null) {
                    throw new IllegalStateException("grassroots.auth.signing-key-location " + location
                            + " is neither a file nor a classpath resource");
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + location, e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        // BigInteger is signed; JWK wants the unsigned big-endian bytes
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
