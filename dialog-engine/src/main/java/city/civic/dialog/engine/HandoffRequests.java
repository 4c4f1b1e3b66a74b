package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffChanged;
import city.civic.dialog.HandoffStatus;
import city.civic.dialog.Reply;
import city.civic.dialog.handoff.Counsellors;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A citizen asked for a person, or the bot failed twice. In counsellors' hours a chat joins the queue and the
 * citizen hears how many wait before them; outside them it becomes a callback request ({@link CallbackRequests}).
 * A phone call is queued for the counsellors' list and goes to Asterisk's queue, whose own hours apply.
 */
final class HandoffRequests {

    private static final String INTENT = "agent.request";

    private final Counsellors counsellors;
    private final HandoffSummaries summaries;
    private final CallbackRequests callbacks;
    private final Responses responses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String cityPhone;

    HandoffRequests(Counsellors counsellors, HandoffSummaries summaries, CallbackRequests callbacks,
            Responses responses, ApplicationEventPublisher events, Clock clock, String cityPhone) {
        this.counsellors = counsellors;
        this.summaries = summaries;
        this.callbacks = callbacks;
        this.responses = responses;
        this.events = events;
        this.clock = clock;
        this.cityPhone = cityPhone;
    }

    /** @param messageKey the reply's text for a phone call; a chat adds {@code .queued} to it */
    Reply request(Turn turn, String reason, String messageKey) {
        turn.state().handedOff = true;
        Conversation conversation = turn.conversation;
        Instant now = clock.instant();
        boolean chat = conversation.channel != Channel.PHONE;
        if (chat && !counsellors.hours().openAt(now)) {
            return callbacks.offer(turn, reason);
        }
        Optional<Handoff> open = counsellors.queue().find(conversation.id).filter(Handoff::open);
        if (open.isEmpty()) {
            counsellors.queue().request(conversation.id, conversation.channel, turn.language.code(), reason,
                    summaries.of(turn, true), now);
            events.publishEvent(new HandoffChanged(conversation.id, conversation.channel, HandoffStatus.WAITING));
        }
        if (!chat) {
            return Responses.withHandoff(responses.say(turn.language, INTENT, 1, messageKey, cityPhone));
        }
        int ahead = counsellors.queue().waitingBefore(conversation.id, open.map(Handoff::since).orElse(now));
        String key = open.isPresent() ? "handoff.already" : messageKey + ".queued";
        return Responses.withHandoff(responses.say(turn.language, INTENT, 1, key, ahead));
    }

    /** The answer to "where should a counsellor call you back?", if the message is one. */
    Optional<Reply> callbackContact(Turn turn) {
        return callbacks.answer(turn);
    }
}
