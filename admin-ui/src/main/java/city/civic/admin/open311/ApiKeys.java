package city.civic.admin.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The spec's {@code api_key} for filing. Keys are compared as SHA-256 digests in constant time, so
 * neither the timing nor the length of a guess tells anything about a real key.
 */
final class ApiKeys {

    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    void check(String presented) {
        if (digests.isEmpty()) {
            throw Open311Exception.forbidden("Filing service requests through Open311 is not enabled on this"
                    + " server.");
        }
        if (presented == null) {
            throw Open311Exception.forbidden("api_key is required to file a service request.");
        }
        byte[] candidate = digest(presented);
        boolean valid = false;
        for (byte[] digest : digests) {
            valid |= MessageDigest.isEqual(digest, candidate);
        }
        if (!valid) {
            throw Open311Exception.forbidden("api_key is not valid.");
        }
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
