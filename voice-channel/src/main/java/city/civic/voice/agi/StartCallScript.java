package city.civic.voice.agi;

import city.civic.dialog.Channel;
import city.civic.dialog.Conversations.StartedConversation;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.LogReference;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallLine;
import city.civic.voice.calls.Calls;
import java.util.Set;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code AGI(agi://host:4573/start[,LANG])} at the start of a call: opens the call's conversation and
 * sets {@code BOT_UUID} for the dialplan's {@code AudioSocket(${BOT_UUID},...)}. The language is the
 * first AGI argument, else the channel variable {@code CIVIC_LANG}, else the configured default.
 * Without {@code BOT_UUID} set the dialplan queues the caller for a human.
 */
final class StartCallScript implements AgiScript {

    static final String NAME = "start";
    static final String BOT_UUID = "BOT_UUID";
    static final String LANGUAGE_VARIABLE = "CIVIC_LANG";

    private static final Logger log = LoggerFactory.getLogger(StartCallScript.class);

    private final Conversations conversations;
    private final Calls calls;
    private final Language defaultLanguage;
    private final Set<Language> spoken;

    /**
     * @param spoken the languages the speech models can hear and say; a call asking for another gets
     *     the default language
     */
    StartCallScript(Conversations conversations, Calls calls, Language defaultLanguage, Set<Language> spoken) {
        this.conversations = conversations;
        this.calls = calls;
        this.defaultLanguage = defaultLanguage;
        this.spoken = Set.copyOf(spoken);
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        Language language = language(request, channel);
        StartedConversation conversation = conversations.start(Channel.PHONE, language);
        Call call = calls.open(conversation.conversationId(), line(request), language, conversation.messages());
        try (MDC.MDCCloseable ignored = MDC.putCloseable("callId", call.botUuid())) {
            channel.setVariable(BOT_UUID, call.botUuid());
            log.info("call.started conversation={} channel={} language={}", LogReference.of(call.conversationId()),
                    call.line().channel(), language.code());
        } catch (AgiException | RuntimeException e) {
            // The dialplan never learnt the UUID (typically the caller hung up): nobody will route it.
            calls.close(call.botUuid());
            throw e;
        }
    }

    private Language language(AgiRequest request, AgiChannel channel) throws AgiException {
        String[] arguments = request.getArguments();
        String requested = arguments != null && arguments.length > 0 ? arguments[0] : null;
        if (requested == null || requested.isBlank()) {
            requested = channel.getVariable(LANGUAGE_VARIABLE);
        }
        Language language = Language.fromCode(requested).orElse(defaultLanguage);
        if (!spoken.contains(language)) {
            log.warn("call.language-not-spoken requested={} using={}", language.code(), defaultLanguage.code());
            return defaultLanguage;
        }
        return language;
    }

    private static CallLine line(AgiRequest request) {
        String dialed = known(request.getDnid());
        return new CallLine(known(request.getCallerIdNumber()), request.getUniqueId(), request.getChannel(),
                dialed != null ? dialed : known(request.getExtension()));
    }

    /** Asterisk sends {@code unknown} for a missing caller id or DNID. */
    private static String known(String value) {
        return value == null || value.isBlank() || "unknown".equalsIgnoreCase(value) ? null : value;
    }
}
