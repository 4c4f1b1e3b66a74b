package city.civic.voice.calls;

import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The calls in progress, keyed by {@code BOT_UUID}. The FastAGI {@code start} step opens a call, the
 * audio side finds it by the UUID Asterisk sends and decides its outcome, the {@code route} step reads
 * the outcome and closes it.
 */
public interface Calls {

    /** Registers a call for a conversation already started and gives it a fresh {@code BOT_UUID}. */
    Call open(String conversationId, CallLine line, Language language, List<Reply> greeting);

    Optional<Call> find(String botUuid);

    /**
     * Records where the call goes when the bot is done; a later decision replaces an earlier one.
     *
     * @return false when the call is unknown or expired
     */
    boolean decide(String botUuid, CallOutcome outcome);

    /** Forgets the call; unknown ids are ignored. */
    void close(String botUuid);
}
