package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import java.time.Instant;

/**
 * A conversation as loaded for one turn: identity, owner's token hash, state, and the version of the row it was
 * read from (a save succeeds only if the row still has it). Never kept between turns.
 */
final class Conversation {

    final String id;
    final String tokenHash;
    final Channel channel;
    final Instant startedAt;
    Instant lastActiveAt;
    ConversationState state;
    long version;

    Conversation(String id, String tokenHash, Channel channel, Instant startedAt, Instant lastActiveAt,
            ConversationState state, long version) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.channel = channel;
        this.startedAt = startedAt;
        this.lastActiveAt = lastActiveAt;
        this.state = state;
        this.version = version;
    }

    Language language() {
        return Language.fromCode(state.language).orElse(Language.EN);
    }
}
