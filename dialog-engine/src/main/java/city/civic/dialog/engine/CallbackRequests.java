package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;

import city.civic.dialog.Expectation;
import city.civic.dialog.HandoffSummary;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.TicketFiled;
import city.civic.tickets.Tickets;
import city.civic.dialog.handoff.Counsellors;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Outside counsellors' hours a hand-off becomes a callback request: a ticket in the callback category with the
 * masked summary of the conversation and the citizen's contact (asked for when the conversation has none). The
 * citizen is told honestly that nobody answers now, and from when a counsellor will.
 */
final class CallbackRequests {

    private static final String INTENT = "agent.request";

    private final Counsellors counsellors;
    private final Tickets tickets;
    private final HandoffSummaries summaries;
    private final Responses responses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String cityPhone;

    CallbackRequests(Counsellors counsellors, Tickets tickets, HandoffSummaries summaries, Responses responses,
            ApplicationEventPublisher events, Clock clock, String cityPhone) {
        this.counsellors = counsellors;
        this.tickets = tickets;
        this.summaries = summaries;
        this.responses = responses;
        this.events = events;
        this.clock = clock;
        this.cityPhone = cityPhone;
    }

    Reply offer(Turn turn, String reason) {
        Optional<String> known = knownContact(turn);
        if (known.isPresent()) {
            return file(turn, reason, known.get(), true);
        }
        turn.state().awaitingCallbackContact = true;
        turn.state().callbackReason = reason;
        Language language = turn.language;
        Reply question = Responses.withQuickReplies(responses.say(language, INTENT, 1, "handoff.closed_hours",
                hours(language), when(language)), responses.quick(language, "handoff.closed_hours.quick"));
        return Responses.expecting(question, "callback", Expectation.CONTACT);
    }

    /** A contact files the request; no, skip or cancel declines it; anything else is an ordinary message. */
    Optional<Reply> answer(Turn turn) {
        ConversationState state = turn.state();
        state.awaitingCallbackContact = false;
        Optional<String> contact = contactIn(turn);
        if (contact.isPresent()) {
            return Optional.of(file(turn, state.callbackReason, contact.get(), false));
        }
        if (Lexicon.skip(turn.text) || Lexicon.no(turn.text) || Lexicon.cancel(turn.text)) {
            return Optional.of(responses.say(turn.language, INTENT, 1, "handoff.callback.declined",
                    hours(turn.language), cityPhone));
        }
        return Optional.empty();
    }

    private Reply file(Turn turn, String reason, String contact, boolean withTurn) {
        HandoffSummary summary = summaries.of(turn, withTurn);
        Conversation conversation = turn.conversation;
        Ticket ticket = tickets.file(new Tickets.NewTicket(counsellors.callbackServiceCode(), INTENT,
                counsellors.callbackDepartment(), description(reason, summary), null,
                summary.place() == null ? "" : summary.place(), null, null, null, contact, turn.language.code(),
                TicketChannel.valueOf(conversation.channel.name()), conversation.id));
        turn.state().ticketIds.add(ticket.id());
        events.publishEvent(new TicketFiled(ticket.id(), ticket.serviceCode(), ticket.department(), conversation.id));
        String text = responses.text(turn.language, "handoff.callback.filed", ticket.id(), contact,
                when(turn.language), cityPhone);
        return new Reply(text, turn.language.code(), INTENT, 1, List.of(),
                new Reply.TicketRef(ticket.id(), ticket.status().code()), List.of(), false);
    }

    /** For the department's staff; the summary is already masked. */
    private static String description(String reason, HandoffSummary summary) {
        var text = new StringBuilder("Callback requested outside counsellors' hours (").append(reason).append(").");
        line(text, "Citizen wants", summary.citizenWants());
        line(text, "Topic", summary.topic());
        line(text, "Place", summary.place());
        line(text, "Ticket", summary.ticket());
        line(text, "Bot tried", summary.botTried().stream()
                .map(step -> step.detail() == null ? step.action() : step.action() + ": " + step.detail())
                .collect(Collectors.joining("; ")));
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(label).append(": ").append(value);
        }
    }

    /** A contact given earlier in a report, or on a ticket this conversation filed. */
    private Optional<String> knownContact(Turn turn) {
        ReportForm report = turn.state().report;
        if (report != null && report.slots.get(CONTACT) != null && !report.slots.get(CONTACT).isBlank()) {
            return Optional.of(report.slots.get(CONTACT));
        }
        List<String> filed = turn.state().ticketIds;
        return filed.isEmpty() ? Optional.empty()
                : tickets.find(filed.get(filed.size() - 1)).map(Ticket::contact).filter(c -> !c.isBlank());
    }

    private static Optional<String> contactIn(Turn turn) {
        return SlotAnswers.contact(turn.entities(), turn.text);
    }

    /** " (chat hours: Mon–Fri 09:00–18:00, except public holidays)", or nothing when there are none. */
    private String hours(Language language) {
        String described = counsellors.hours().describe(language);
        if (!described.isEmpty() && counsellors.hours().hasHolidays()) {
            described += responses.text(language, "handoff.hours.holidays");
        }
        return described.isEmpty() ? "" : responses.text(language, "handoff.hours", described);
    }

    /** "from Mon 5 Jan, 09:00", or "as soon as they can" when no opening is ahead. */
    private String when(Language language) {
        Optional<ZonedDateTime> next = counsellors.hours().nextOpening(clock.instant());
        if (next.isEmpty()) {
            return responses.text(language, "handoff.when.soon");
        }
        Locale locale = language == Language.KO ? Locale.KOREAN : Locale.ENGLISH;
        String pattern = language == Language.KO ? "M월 d일(E) HH:mm" : "EEE d MMM, HH:mm";
        return responses.text(language, "handoff.when.from", DateTimeFormatter.ofPattern(pattern, locale)
                .format(next.get()));
    }
}
