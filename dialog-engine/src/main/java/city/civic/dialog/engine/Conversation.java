package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import java.time.Instant;

/** A live conversation: identity, owner's token hash, state, and the next transcript position. */
final class Conversation {

    final String id;
    final String tokenHash;
    final Channel channel;
    final Instant startedAt;
    Instant lastActiveAt;
    ConversationState state;
    int nextSeq;

    Conversation(String id, String tokenHash, Channel channel, Instant startedAt, Instant lastActiveAt,
            ConversationState state, int nextSeq) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.channel = channel;
        this.startedAt = startedAt;
        this.lastActiveAt = lastActiveAt;
        this.state = state;
        this.nextSeq = nextSeq;
    }

    Language language() {
        return Language.fromCode(state.language).orElse(Language.EN);
    }
}
