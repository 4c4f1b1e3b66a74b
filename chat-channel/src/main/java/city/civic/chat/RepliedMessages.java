package city.civic.chat;

import city.civic.dialog.Reply;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Replies by client message id, so a message re-sent after a timeout or a reconnect (over REST or
 * STOMP) gets the original replies back instead of being handled twice: a confirmed report is never
 * filed twice because the citizen's "yes" was retried.
 */
@Component
public class RepliedMessages {

    private final Cache<String, CompletableFuture<List<Reply>>> replies =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15)).maximumSize(100_000).build();

    /**
     * Runs {@code handle} once per (conversation, client message id); without an id, every time. A
     * duplicate arriving while the first is still being handled waits for its replies. A failed
     * attempt is forgotten, so the citizen can retry it.
     */
    public List<Reply> once(String conversationId, String clientMessageId, Supplier<List<Reply>> handle) {
        if (clientMessageId == null || clientMessageId.isBlank()) {
            return handle.get();
        }
        String key = conversationId + "/" + clientMessageId;
        var mine = new CompletableFuture<List<Reply>>();
        CompletableFuture<List<Reply>> first = replies.asMap().putIfAbsent(key, mine);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            List<Reply> result = handle.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            replies.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
