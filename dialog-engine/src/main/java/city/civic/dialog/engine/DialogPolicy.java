package city.civic.dialog.engine;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.PersonalData;
import city.civic.dialog.Reply;
import city.civic.tickets.Ticket;
import city.civic.tickets.Tickets;
import city.civic.dialog.nlu.IntentPrediction;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides each turn. Emergencies come first, before anything else; then an open report form (with
 * digressions answered and the form resumed); then the intent. Two misunderstandings in a row (unclear
 * speech on the phone included), two silences in a row on the phone, or asking for a person, hand the
 * conversation to a counsellor ({@link HandoffRequests}).
 */
final class DialogPolicy {

    private static final Set<String> DIGRESSIONS = Set.of(
            "faq", "ticket.status", "traffic.status", "agent.request", "greeting", "thanks", "goodbye");
    private static final double DIGRESSION_CONFIDENCE = 0.6;
    private static final double EMERGENCY_WITH_CUE = 0.2;
    static final int MISUNDERSTANDINGS_BEFORE_HANDOFF = 2;
    private static final String TICKET_STATUS = "ticket.status";
    private static final String TICKET_SLOT = "ticket";
    /** Digits a citizen may give as a ticket number without its SC- prefix (a phone number has dashes). */
    private static final Pattern ONLY_A_NUMBER = Pattern.compile("\\s*#?\\d{6,12}[\\s.?]*");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\d-])\\d{4,12}(?![\\d-])");

    private final ReportFlow reports;
    private final Answering answering;
    private final TrafficAnswers traffic;
    private final Tickets tickets;
    private final Responses responses;
    private final HandoffRequests handoffs;
    private final UnheardTurns unheard;
    private final ZoneId zone;

    DialogPolicy(ReportFlow reports, Answering answering, TrafficAnswers traffic, Tickets tickets,
            Responses responses, HandoffRequests handoffs, ZoneId zone) {
        this.reports = reports;
        this.answering = answering;
        this.traffic = traffic;
        this.tickets = tickets;
        this.responses = responses;
        this.handoffs = handoffs;
        this.unheard = new UnheardTurns(responses, handoffs::request);
        this.zone = zone;
    }

    List<Reply> greet(Language language) {
        return List.of(Responses.withQuickReplies(
                Responses.plain(language, "greeting", 1, responses.text(language, "greeting") + " "
                        + responses.text(language, "sample.notice")),
                responses.quick(language, "greeting.quick")));
    }

    List<Reply> respond(Turn turn) {
        if (turn.utterance.callEvent()) {
            return unheard.respond(turn);
        }
        turn.state().silences = 0;
        if (turn.text.isBlank()) {
            return List.of(responses.say(turn.language, "oos", 0, "message.empty")); // nothing said, nothing misread
        }
        if (turn.text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return misunderstood(turn, responses.say(turn.language, "oos", 0, "message.no_words"));
        }
        if (isEmergency(turn)) {
            turn.state().misunderstandings = 0;
            return List.of(Responses.withQuickReplies(
                    responses.say(turn.language, "emergency", turn.intent().confidence(), "emergency"),
                    responses.quick(turn.language, "emergency.quick")));
        }
        if (turn.state().awaitingCallbackContact) {
            Optional<Reply> callback = handoffs.callbackContact(turn);
            if (callback.isPresent()) {
                return List.of(callback.get());
            }
        }
        if (turn.state().report != null) {
            return continueReport(turn);
        }
        List<Reply> replies = byIntent(turn);
        if (!turn.misunderstood) {
            turn.state().misunderstandings = 0;
        }
        return replies;
    }

    private boolean isEmergency(Turn turn) {
        IntentPrediction intent = turn.intent();
        if ("emergency".equals(intent.intent())) {
            return true;
        }
        return Lexicon.emergencyCue(turn.text) && intent.ranking().stream()
                .anyMatch(c -> c.intent().equals("emergency") && c.probability() >= EMERGENCY_WITH_CUE);
    }

    private List<Reply> continueReport(Turn turn) {
        IntentPrediction intent = turn.intent();
        boolean digression = DIGRESSIONS.contains(intent.intent())
                && intent.confidence() >= DIGRESSION_CONFIDENCE
                && !reports.answersAwaitedSlot(turn) && !reports.corrects(turn)
                && !Lexicon.yes(turn.text) && !Lexicon.no(turn.text) && !Lexicon.cancel(turn.text);
        if (!digression) {
            return formStep(turn, reports.proceed(turn));
        }
        if (intent.intent().equals("agent.request")) {
            return List.of(handoff(turn, "requested", "handoff.requested"));
        }
        var replies = new ArrayList<>(byIntent(turn));
        replies.add(reports.resume(turn));
        return replies;
    }

    /**
     * A form's answer that did not fit is asked again; the second in a row also offers a counsellor plainly, as
     * the citizen is in the middle of a report and may well want to finish it.
     */
    private List<Reply> formStep(Turn turn, ReportFlow.Step step) {
        if (step.understood()) {
            turn.state().misunderstandings = 0;
            return step.replies();
        }
        if (!secondMisunderstanding(turn)) {
            return step.replies();
        }
        Reply again = step.replies().get(step.replies().size() - 1);
        var offered = new ArrayList<>(again.quickReplies());
        offered.addAll(responses.quick(turn.language, "counsellor.quick"));
        Reply offer = Responses.withQuickReplies(again.withText(again.text() + " "
                + responses.text(turn.language, "counsellor.offer")), offered);
        return List.of(again.expects() == null ? offer
                : Responses.expecting(offer, again.expects().slot(), again.expects().kind()));
    }

    /** A wordless message: said once, it is explained; twice in a row, a person takes over. */
    private List<Reply> misunderstood(Turn turn, Reply explanation) {
        return List.of(secondMisunderstanding(turn)
                ? handoff(turn, "repeated-misunderstanding", "handoff.failures") : explanation);
    }

    /** The one rule of chat and phone alike: the second misunderstanding in a row brings in a person. */
    static boolean secondMisunderstanding(Turn turn) {
        turn.misunderstood = true;
        ConversationState state = turn.state();
        state.misunderstandings++;
        if (state.misunderstandings < MISUNDERSTANDINGS_BEFORE_HANDOFF) {
            return false;
        }
        state.misunderstandings = 0;
        return true;
    }

    private List<Reply> byIntent(Turn turn) {
        ConversationState state = turn.state();
        Optional<Reply> aboutTicket = ticketNumber(turn);
        if (aboutTicket.isPresent()) {
            return List.of(aboutTicket.get());
        }
        if (state.awaitingTrafficPlace && turn.entities().bestPlace().isPresent()) {
            state.awaitingTrafficPlace = false;
            return List.of(traffic.answer(turn));
        }
        if (Lexicon.genericReport(turn.text)) {
            return List.of(Responses.expecting(Responses.withQuickReplies(
                    responses.say(turn.language, "report", 1, "report.choose"),
                    responses.quick(turn.language, "report.choose.quick")), "category", Expectation.CHOICE));
        }
        IntentPrediction intent = turn.intent();
        if (reports.isReport(intent.intent())) {
            return reports.start(turn, intent.intent());
        }
        return switch (intent.intent()) {
            case "greeting" -> greet(turn.language);
            case "goodbye" -> List.of(responses.say(turn.language, "goodbye", intent.confidence(), "goodbye"));
            case "thanks" -> List.of(Responses.withQuickReplies(
                    responses.say(turn.language, "thanks", intent.confidence(), "thanks"),
                    responses.quick(turn.language, "thanks.quick")));
            case "agent.request" -> List.of(handoff(turn, "requested", "handoff.requested"));
            case "ticket.status" -> List.of(askTicketNumber(turn));
            case "traffic.status" -> List.of(traffic.answer(turn));
            case "faq" -> List.of(answering.answerOrAdmit(turn));
            default -> outOfScope(turn);
        };
    }

    /** A ticket number, well-formed or not, or "look again" while a number is awaited. */
    private Optional<Reply> ticketNumber(Turn turn) {
        ConversationState state = turn.state();
        var ticketId = turn.entities().ticketId();
        if (ticketId.isPresent() && (state.awaitingTicketNumber || !reports.isReport(turn.intent().intent()))) {
            state.awaitingTicketNumber = false;
            return Optional.of(ticketStatus(turn, ticketId.get()));
        }
        boolean awaited = state.awaitingTicketNumber;
        state.awaitingTicketNumber = false; // a citizen who talks of something else has moved on
        if (awaited || ONLY_A_NUMBER.matcher(turn.text).matches() || TICKET_STATUS.equals(turn.intent().intent())) {
            Matcher bare = BARE_NUMBER.matcher(turn.text);
            if (bare.find()) {
                return Optional.of(noSuchTicket(turn, bare.group()));
            }
            if (awaited && Lexicon.lookAgain(turn.text)) {
                return Optional.of(askTicketNumber(turn));
            }
        }
        return Optional.empty();
    }

    /** Not an intent the city handles, but the knowledge base may still know it; else a misunderstanding. */
    private List<Reply> outOfScope(Turn turn) {
        var answer = turn.intent().unreadable() ? Optional.<Reply>empty() : answering.answerIfRelated(turn);
        if (answer.isPresent()) {
            return List.of(answer.get());
        }
        if (secondMisunderstanding(turn)) {
            return List.of(handoff(turn, "repeated-misunderstanding", "handoff.failures"));
        }
        return List.of(Responses.withQuickReplies(
                responses.say(turn.language, "oos", turn.intent().confidence(), "fallback"),
                responses.quick(turn.language, "fallback.quick")));
    }

    private Reply handoff(Turn turn, String reason, String messageKey) {
        return handoffs.request(turn, reason, messageKey);
    }

    private Reply ticketStatus(Turn turn, String ticketId) {
        return tickets.find(ticketId)
                .map(ticket -> statusReply(turn.language, ticket, filedHere(turn, ticket)))
                .orElseGet(() -> noSuchTicket(turn, ticketId));
    }

    private Reply askTicketNumber(Turn turn) {
        turn.state().awaitingTicketNumber = true;
        return Responses.expecting(responses.say(turn.language, TICKET_STATUS, 1, "ticket.ask_number"),
                TICKET_SLOT, Expectation.TICKET);
    }

    /** No ticket has that number (well-formed or not): the format, and the offer to look again or ask a person. */
    private Reply noSuchTicket(Turn turn, String number) {
        turn.state().awaitingTicketNumber = true;
        return Responses.expecting(Responses.withQuickReplies(
                responses.say(turn.language, TICKET_STATUS, 1, "ticket.not_found", number),
                responses.quick(turn.language, "ticket.not_found.quick")), TICKET_SLOT, Expectation.TICKET);
    }

    /** The conversation that filed a ticket may hear what its citizen said; anybody else the gazetteer's name. */
    private static boolean filedHere(Turn turn, Ticket ticket) {
        return turn.state().ticketIds.contains(ticket.id()) || turn.conversation.id.equals(ticket.conversationId());
    }

    /**
     * A ticket number is no secret (it is read out, printed, guessed): to anyone else it tells the status,
     * the category, the coarse place and the department's public note, never the reporter's own words.
     */
    private Reply statusReply(Language language, Ticket ticket, boolean ownTicket) {
        String place = ownTicket ? ticket.location() : reports.placeName(ticket.placeId(), language)
                .orElseGet(() -> responses.text(language, "ticket.place_withheld"));
        String text = responses.text(language, "ticket.status", ticket.id(),
                reports.categoryName(ticket.intent(), language), place,
                responses.text(language, "ticket.status." + ticket.status().code()),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ticket.updatedAt().atZone(zone)))
                + (ticket.statusNotes() == null ? ""
                        : " " + responses.text(language, "ticket.notes", PersonalData.mask(ticket.statusNotes())));
        return new Reply(text, language.code(), "ticket.status", 1, List.of(),
                new Reply.TicketRef(ticket.id(), ticket.status().code()), List.of(), false);
    }
}
