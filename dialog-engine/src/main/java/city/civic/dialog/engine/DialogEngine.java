package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationNotFoundException;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.LogReference;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The single entry point of every turn: one turn at a time per conversation in this instance, each turn one
 * transaction on the stored conversation (see {@link ConversationStore#serially}), so instances never overwrite
 * each other's turns.
 */
public final class DialogEngine implements Conversations {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

    private final ConversationStore store;
    private final DialogPolicy policy;
    private final Nlu nlu;
    private final Clock clock;
    private final DialogMetrics metrics;
    private final ConversationLocks locks;
    private final CounsellorDesk desk;
    private final SecureRandom random = new SecureRandom();

    DialogEngine(ConversationStore store, DialogPolicy policy, Nlu nlu, Clock clock, DialogMetrics metrics,
            ConversationLocks locks, CounsellorDesk desk) {
        this.store = store;
        this.policy = policy;
        this.nlu = nlu;
        this.clock = clock;
        this.metrics = metrics;
        this.locks = locks;
        this.desk = desk;
    }

    @Override
    public StartedConversation start(Channel channel, Language language) {
        String id = randomId(16);
        String token = randomId(24);
        var state = new ConversationState();
        state.language = (language == null ? Language.EN : language).code();
        List<Reply> greeting = new ArrayList<>();
        if (language == null) {
            greeting.addAll(policy.greet(Language.KO));
            greeting.addAll(policy.greet(Language.EN));
        } else {
            greeting.addAll(policy.greet(language));
        }
        store.serially(id, () -> {
            store.save(store.create(id, hash(token), channel, state), entries(null, null, greeting));
            return id;
        });
        log.info("conversation.started ref={} channel={}", LogReference.of(id), channel);
        return new StartedConversation(id, token, greeting);
    }

    @Override
    public List<Reply> handle(String conversationId, Utterance utterance) {
        return handle(conversationId, utterance, null);
    }

    @Override
    public List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId) {
        long started = System.nanoTime();
        ReentrantLock lock = locks.of(conversationId);
        lock.lock();
        MDC.put("conversation", LogReference.of(conversationId));
        try {
            return store.serially(conversationId, () -> turn(conversationId, utterance, clientMessageId, started));
        } finally {
            MDC.remove("conversation");
            lock.unlock();
        }
    }

    /** One attempt at a turn, on the conversation as stored now; run again if another instance saves first. */
    private List<Reply> turn(String conversationId, Utterance utterance, String clientMessageId, long started) {
        Conversation conversation = store.find(conversationId)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        if (clientMessageId != null && clientMessageId.equals(conversation.state.lastClientMessageId)) {
            log.info("turn.repeated clientMessageId={}", clientMessageId); // answered before, maybe elsewhere
            return conversation.state.lastReplies;
        }
        conversation.state.lastClientMessageId = clientMessageId;
        String text = utterance.callEvent() ? "" : normalize(utterance);
        Language language = nlu.languages().detect(text).orElse(conversation.language());
        conversation.state.language = language.code();
        if (desk.answers(conversation)) {
            if (utterance.callEvent()) {
                return List.of(); // the counsellor decides what a silence means
            }
            conversation.state.lastReplies = clientMessageId == null ? null : List.of();
            desk.citizenSaid(conversation, text, utterance.asrConfidence());
            return List.of(); // a counsellor answers: the bot stays silent
        }
        List<Reply> replies = policy.respond(new Turn(conversation, utterance, text, language, nlu));
        conversation.state.lastReplies = clientMessageId == null ? null : replies;
        store.save(conversation, entries(utterance.callEvent() ? null : text, utterance.asrConfidence(), replies));
        metrics.turn(conversation.channel, replies, System.nanoTime() - started);
        log.debug("turn.handled intent={} replies={}", replies.get(0).intent(), replies.size());
        return replies;
    }

    @Override
    public Optional<Transcript> transcript(String conversationId) {
        return store.transcript(conversationId);
    }

    @Override
    public Optional<Transcript> keptTranscript(String conversationId) {
        return store.keptTranscript(conversationId);
    }

    @Override
    public boolean ownedBy(String conversationId, String token) {
        if (conversationId == null || token == null) {
            return false;
        }
        return store.find(conversationId)
                .map(c -> MessageDigest.isEqual(c.tokenHash.getBytes(StandardCharsets.US_ASCII),
                        hash(token).getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    private List<Transcript.Entry> entries(String citizenText, Double asrConfidence, List<Reply> replies) {
        var entries = new ArrayList<Transcript.Entry>(replies.size() + 1);
        var now = clock.instant();
        if (citizenText != null) {
            entries.add(new Transcript.Entry("citizen", citizenText, now, null, asrConfidence));
        }
        replies.forEach(reply -> entries.add(new Transcript.Entry("bot", reply.text(), now, reply)));
        return entries;
    }

    /** Text with control characters removed and length capped (channels refuse longer); keypad digits become text. */
    private static String normalize(Utterance utterance) {
        String text = utterance.text().isBlank() && utterance.dtmf() != null ? utterance.dtmf() : utterance.text();
        String clean = text.codePoints()
                .filter(cp -> !Character.isISOControl(cp) || cp == '\n' || cp == '\t')
                .filter(cp -> cp != 0xFFFD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        return clean.length() > Utterance.MAX_TEXT_LENGTH ? clean.substring(0, Utterance.MAX_TEXT_LENGTH) : clean;
    }

    private String randomId(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
