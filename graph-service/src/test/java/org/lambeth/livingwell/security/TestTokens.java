package org.lambeth.livingwell.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Bearer tokens signed with the tests' own key (test resources security/), as an identity provider would issue. */
public final class TestTokens {

    private TestTokens() {
    }

    static String token(String subject, Object roles, Instant expires) {
        return token(subject, roles, Instant.now(), expires);
    }

    /** A token issued at {@code issued}, before {@code expires} (a decoder refuses one expiring before its issue). */
    static String token(String subject, Object roles, Instant issued, Instant expires) {
        var claims = new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(issued))
                .expirationTime(Date.from(expires)).claim("roles", roles).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public static String token(String subject, Object roles) {
        return token(subject, roles, Instant.now().plusSeconds(600));
    }

    private static RSAPrivateKey privateKey() {
        try (var in = TestTokens.class.getResourceAsStream("/security/test-jwt-private.pem")) {
            var pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem));
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
