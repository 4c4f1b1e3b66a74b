package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.WHERE;

import city.civic.dialog.HandoffSummary;
import city.civic.dialog.HandoffSummary.Step;
import city.civic.dialog.PersonalData;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a counsellor reads before answering, built from the transcript when the hand-off is asked for. Everything
 * the citizen typed is masked ({@link PersonalData#mask}); the summary is for staff.
 */
final class HandoffSummaries {

    /** Replies to these say nothing about the citizen's matter. */
    private static final Set<String> SMALL_TALK = Set.of("agent.request", "greeting", "thanks", "goodbye");
    private static final int CITIZEN_MESSAGES = 3;
    private static final int LONGEST_TEXT = 300;
    private static final int STEPS = 8;

    private final ConversationStore store;
    private final ReportFlow reports;

    HandoffSummaries(ConversationStore store, ReportFlow reports) {
        this.store = store;
        this.reports = reports;
    }

    /**
     * The conversation so far plus, if {@code withTurn}, the message being handled (not stored yet; a caller's
     * silence or unclear speech has no words to add).
     */
    HandoffSummary of(Turn turn, boolean withTurn) {
        List<Transcript.Entry> entries = store.transcript(turn.conversation.id).map(Transcript::messages)
                .orElse(List.of());
        List<String> wants = new ArrayList<>();
        String topic = null;
        String lastCitizen = null;
        for (Transcript.Entry entry : entries) {
            if ("citizen".equals(entry.role())) {
                lastCitizen = entry.text();
            } else if (entry.reply() != null && lastCitizen != null) {
                String intent = entry.reply().intent();
                if (!SMALL_TALK.contains(intent)) {
                    wants.add(lastCitizen);
                    topic = "oos".equals(intent) ? topic : intent;
                }
                lastCitizen = null;
            }
        }
        if (withTurn && !turn.utterance.callEvent() && !SMALL_TALK.contains(turn.intent().intent())) {
            wants.add(turn.text);
        }
        return new HandoffSummary(citizenWants(wants), topic, place(turn), ticket(turn, entries),
                steps(entries));
    }

    private static String citizenWants(List<String> wants) {
        if (wants.isEmpty()) {
            return null;
        }
        String joined = String.join(" / ", wants.subList(Math.max(0, wants.size() - CITIZEN_MESSAGES), wants.size()));
        return cut(PersonalData.mask(joined));
    }

    private String place(Turn turn) {
        ReportForm report = turn.state().report;
        if (report != null && report.slots.containsKey(WHERE)) {
            return cut(PersonalData.mask(report.slots.get(WHERE)));
        }
        return turn.entities().bestPlace().map(mention -> mention.place().name(turn.language)).orElse(null);
    }

    private static String ticket(Turn turn, List<Transcript.Entry> entries) {
        String ticket = turn.state().ticketIds.isEmpty() ? null
                : turn.state().ticketIds.get(turn.state().ticketIds.size() - 1);
        for (Transcript.Entry entry : entries) {
            if (entry.reply() != null && entry.reply().ticket() != null) {
                ticket = entry.reply().ticket().id();
            }
        }
        return ticket;
    }

    private List<Step> steps(List<Transcript.Entry> entries) {
        Set<Step> steps = new LinkedHashSet<>();
        for (Transcript.Entry entry : entries) {
            Reply reply = entry.reply();
            Step step = reply == null || !"bot".equals(entry.role()) ? null : step(reply);
            if (step != null) {
                steps.add(step);
            }
        }
        List<Step> all = List.copyOf(steps);
        return all.subList(Math.max(0, all.size() - STEPS), all.size());
    }

    private Step step(Reply reply) {
        String intent = reply.intent();
        if (reply.ticket() != null) {
            return new Step("ticket.status".equals(intent) ? "ticket_status" : "ticket_filed", reply.ticket().id());
        }
        if (reports.isReport(intent)) {
            return new Step("report_started", intent);
        }
        return switch (intent) {
            case "faq" -> reply.sources().isEmpty() ? new Step("did_not_know", null)
                    : new Step("answered", reply.sources().get(0).title());
            case "oos" -> new Step("not_understood", null);
            case "traffic.status" -> new Step("traffic", null);
            case "emergency" -> new Step("emergency", null);
            default -> null;
        };
    }

    private static String cut(String text) {
        return text == null || text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }
}
