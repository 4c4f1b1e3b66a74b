package city.civic.voice.calls;

import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One call handed to the bot.
 *
 * @param botUuid the per-call id Asterisk carries as {@code BOT_UUID} and AudioSocket sends as its UUID;
 *     random, so it doubles as the call's token
 * @param conversationId the dialog conversation of the call; also the transcript id
 * @param line what Asterisk said about the call
 * @param language the conversation's language
 * @param greeting the conversation's opening replies, for the audio side to speak
 * @param startedAt when the call was registered
 * @param outcome set by the bot when it is done; null until then
 */
public record Call(String botUuid, String conversationId, CallLine line, Language language,
        List<Reply> greeting, Instant startedAt, CallOutcome outcome) {

    public Call {
        greeting = greeting == null ? List.of() : List.copyOf(greeting);
    }

    public Optional<CallOutcome> decided() {
        return Optional.ofNullable(outcome);
    }

    Call withOutcome(CallOutcome newOutcome) {
        return new Call(botUuid, conversationId, line, language, greeting, startedAt, newOutcome);
    }
}
