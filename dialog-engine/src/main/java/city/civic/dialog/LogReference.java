package city.civic.dialog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What logs say instead of a conversation id: a short digest that ties one conversation's lines
 * together without writing into the log anything that addresses the conversation.
 */
public final class LogReference {

    private LogReference() {
    }

    public static String of(String conversationId) {
        if (conversationId == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("log:" + conversationId).getBytes(StandardCharsets.UTF_8));
            return "c" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
