package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffChanged;
import city.civic.dialog.HandoffException;
import city.civic.dialog.HandoffException.Kind;
import city.civic.dialog.HandoffMessageAdded;
import city.civic.dialog.HandoffStatus;
import city.civic.dialog.Handoffs;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.handoff.HandoffQueue;
import city.civic.dialog.nlu.LanguageDetector;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counsellors answering chats. Picking a hand-off up puts the conversation in agent mode: under the
 * conversation's lock, so a citizen's turn in progress finishes first and the next one finds the bot silent; each
 * action is one transaction on the stored conversation, run again if another instance saved it meanwhile.
 * Every message added is announced ({@link HandoffMessageAdded}) for the citizen's widget and the counsellor's screen.
 */
public final class CounsellorDesk implements Handoffs {

    static final String AGENT = "agent";

    private final ConversationStore store;
    private final ConversationLocks locks;
    private final HandoffQueue queue;
    private final Responses responses;
    private final LanguageDetector languages;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String cityPhone;

    CounsellorDesk(ConversationStore store, ConversationLocks locks, HandoffQueue queue, Responses responses,
            LanguageDetector languages, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock, String cityPhone) {
        this.store = store;
        this.locks = locks;
        this.queue = queue;
        this.responses = responses;
        this.languages = languages;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.cityPhone = cityPhone;
    }

    /** Whether a counsellor answers this conversation, so the bot must not. */
    boolean answers(Conversation conversation) {
        return conversation.state.counsellor != null;
    }

    /**
     * A citizen's message in agent mode: kept (once per client message id) and shown to the counsellor; no bot
     * reply.
     */
    void citizenSaid(Conversation conversation, String text, Double asrConfidence, String clientMessageId) {
        var entry = new Transcript.Entry("citizen", text, clock.instant(), null, asrConfidence);
        store.save(conversation, List.of(entry), clientMessageId, List.of());
        events.publishEvent(new HandoffMessageAdded(conversation.id, conversation.channel, entry));
    }

    @Override
    public List<Handoff> open() {
        return queue.open();
    }

    @Override
    public Optional<Handoff> find(String conversationId) {
        return conversationId == null ? Optional.empty() : queue.find(conversationId);
    }

    @Override
    public Handoff pickUp(String conversationId, String counsellor, String staff) {
        String name = TypedText.name(counsellor);
        return locks.with(conversationId, () -> {
            Noticed joined = store.serially(conversationId, () -> {
                Handoff handoff = openHandoff(conversationId);
                if (handoff.channel() == Channel.PHONE) {
                    throw new HandoffException(Kind.CONFLICT, "handoff.phone", "A phone hand-off is answered on"
                            + " the phone, through Asterisk's queue; read its transcript here.");
                }
                if (handoff.status() != HandoffStatus.WAITING) {
                    throw taken(handoff);
                }
                Conversation conversation = live(conversationId);
                Instant now = clock.instant();
                Transcript.Entry notice = notice(conversation, "agent.joined", "handoff.joined", name);
                changeState(conversation, name, notice, () -> {
                    if (!queue.pickUp(conversationId, name, staff, now)) {
                        throw taken(handoff);
                    }
                });
                return new Noticed(conversation, notice);
            });
            announce(joined.conversation(), joined.notice(), HandoffStatus.ACTIVE);
            return queue.find(conversationId).orElseThrow();
        });
    }

    @Override
    public Transcript.Entry say(String conversationId, String staff, String text) {
        String message = TypedText.message(text);
        return locks.with(conversationId, () -> {
            Noticed said = store.serially(conversationId, () -> {
                Handoff handoff = openHandoff(conversationId);
                if (handoff.status() != HandoffStatus.ACTIVE) {
                    throw new HandoffException(Kind.CONFLICT, "handoff.not_active",
                            "Pick the conversation up before writing to the citizen.");
                }
                if (staff == null || !staff.equals(handoff.pickedUpBy())) {
                    throw new HandoffException(Kind.CONFLICT, "handoff.not_yours",
                            "Another counsellor answers this conversation.");
                }
                Conversation conversation = live(conversationId);
                Language language = languages.detect(message).orElse(conversation.language());
                var reply = new Reply(message, language.code(), "agent.message", 1, List.of(), null, List.of(),
                        false, new Reply.Agent(handoff.counsellor()));
                var entry = new Transcript.Entry(AGENT, message, clock.instant(), reply);
                store.save(conversation, List.of(entry));
                return new Noticed(conversation, entry);
            });
            events.publishEvent(new HandoffMessageAdded(conversationId, said.conversation().channel, said.notice()));
            return said.notice();
        });
    }

    @Override
    public Handoff handBack(String conversationId) {
        return end(conversationId, true);
    }

    @Override
    public Handoff close(String conversationId) {
        return end(conversationId, false);
    }

    /** The bot answers again; a chat's citizen is told who left and why. */
    private Handoff end(String conversationId, boolean handBack) {
        return locks.with(conversationId, () -> {
            Optional<Noticed> left = store.serially(conversationId, () -> {
                Handoff handoff = openHandoff(conversationId);
                if (handBack && handoff.status() != HandoffStatus.ACTIVE) {
                    throw new HandoffException(Kind.CONFLICT, "handoff.not_active",
                            "Only a conversation a counsellor answers can be handed back to the bot.");
                }
                Optional<Conversation> conversation = handoff.channel() == Channel.PHONE ? Optional.empty()
                        : store.find(conversationId);
                Instant now = clock.instant();
                Runnable close = () -> {
                    if (!queue.close(conversationId, now)) {
                        throw closed();
                    }
                };
                if (conversation.isEmpty()) {
                    close.run();
                    return Optional.<Noticed>empty();
                }
                Transcript.Entry notice = farewell(conversation.get(), handoff, handBack);
                changeState(conversation.get(), null, notice, close);
                return Optional.of(new Noticed(conversation.get(), notice));
            });
            Handoff ended = queue.find(conversationId).orElseThrow();
            left.ifPresentOrElse(l -> announce(l.conversation(), l.notice(), HandoffStatus.CLOSED),
                    () -> events.publishEvent(new HandoffChanged(conversationId, ended.channel(),
                            HandoffStatus.CLOSED)));
            return ended;
        });
    }

    private Transcript.Entry farewell(Conversation conversation, Handoff handoff, boolean handBack) {
        if (handoff.counsellor() == null) {
            return notice(conversation, "agent.left", "handoff.withdrawn", cityPhone);
        }
        return notice(conversation, "agent.left", handBack ? "handoff.handed_back" : "handoff.closed",
                handoff.counsellor());
    }

    /** Sets who answers, in the same transaction as the queue's change and the notice to the citizen. */
    private void changeState(Conversation conversation, String counsellor, Transcript.Entry notice,
            Runnable queueChange) {
        String before = conversation.state.counsellor;
        conversation.state.counsellor = counsellor;
        try {
            transactions.executeWithoutResult(tx -> {
                queueChange.run();
                store.save(conversation, List.of(notice));
            });
        } catch (RuntimeException e) {
            conversation.state.counsellor = before;
            throw e;
        }
    }

    private void announce(Conversation conversation, Transcript.Entry notice, HandoffStatus status) {
        events.publishEvent(new HandoffMessageAdded(conversation.id, conversation.channel, notice));
        events.publishEvent(new HandoffChanged(conversation.id, conversation.channel, status));
    }

    private Transcript.Entry notice(Conversation conversation, String intent, String key, Object argument) {
        Language language = conversation.language();
        Reply reply = responses.say(language, intent, 1, key, argument);
        return new Transcript.Entry("bot", reply.text(), clock.instant(), reply);
    }

    private Handoff openHandoff(String conversationId) {
        return find(conversationId).filter(Handoff::open).orElseThrow(() -> new HandoffException(Kind.NOT_FOUND,
                "handoff.not_found", "This conversation has no open hand-off."));
    }

    private Conversation live(String conversationId) {
        return store.find(conversationId).orElseThrow(() -> new HandoffException(Kind.CONFLICT, "handoff.expired",
                "The citizen's conversation has expired; close the hand-off."));
    }

    private static HandoffException taken(Handoff handoff) {
        return new HandoffException(Kind.CONFLICT, "handoff.taken", "Another counsellor has already picked up"
                + " this conversation.");
    }

    /** A notice or message stored for the conversation, announced once its transaction has committed. */
    private record Noticed(Conversation conversation, Transcript.Entry notice) {
    }

    private static HandoffException closed() {
        return new HandoffException(Kind.CONFLICT, "handoff.closed", "This hand-off is already closed.");
    }
}
