package city.civic.integrations.cctv.pullpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * WS-Security UsernameToken with a password digest (OASIS WSS UsernameToken Profile 1.0, §3.1;
 * ONVIF Core, "User-based access control" / "Authentication"): {@code PasswordDigest =
 * Base64(SHA-1(nonce + created + password))}. {@code created} should be the device's time: a device
 * rejects tokens too far from its clock, so the caller passes its estimate of it.
 */
final class UsernameToken {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String PASSWORD_DIGEST = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    private static final String BASE64 = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UsernameToken() {
    }

    static String header(String username, String password, Instant deviceNow) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String created = deviceNow.truncatedTo(ChronoUnit.SECONDS).toString();
        return "<wsse:Security xmlns:wsse=\"" + WSSE + "\" xmlns:wsu=\"" + WSU + "\" s:mustUnderstand=\"true\">"
                + "<wsse:UsernameToken><wsse:Username>" + Xml.escape(username) + "</wsse:Username>"
                + "<wsse:Password Type=\"" + PASSWORD_DIGEST + "\">" + digest(nonce, created, password)
                + "</wsse:Password><wsse:Nonce EncodingType=\"" + BASE64 + "\">"
                + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce><wsu:Created>" + created
                + "</wsu:Created></wsse:UsernameToken></wsse:Security>";
    }

    static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }
}
