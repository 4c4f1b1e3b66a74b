package city.civic.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.chat.TurnApi;
import tools.jackson.databind.JsonNode;

/** A citizen on the turn API: reports a problem and asks about a ticket by number, in chat or on the phone. */
final class Citizen {

    static final String SIGNAL_REPORT = "The traffic light at City Hall Intersection is completely dark";

    final TurnApi api;

    Citizen(int port) {
        this.api = new TurnApi(port);
    }

    /**
     * Files the report, answering the form's questions as they come (time, contact, confirmation); returns the
     * conversation and the ticket number. {@code contact} null skips the contact.
     */
    Filed report(String report, String contact) {
        String conversation = api.start("en");
        JsonNode reply = api.say(conversation, report).lastReply();
        for (int turn = 0; turn < 6 && reply.get("ticket").isNull(); turn++) {
            reply = api.say(conversation, answer(reply, contact)).lastReply();
        }
        assertThat(reply.get("ticket").isNull()).as("filed: " + reply).isFalse();
        return new Filed(conversation, reply.get("ticket").get("id").asString());
    }

    private static String answer(JsonNode question, String contact) {
        String quick = question.get("quickReplies").toString();
        if (question.get("text").asString().endsWith("Shall I file it?")) {
            return "yes";
        }
        if (quick.contains("Just now")) {
            return "around 3pm";
        }
        if (quick.contains("Skip")) {
            return contact == null ? "Skip" : contact;
        }
        throw new AssertionError("Unexpected question while reporting: " + question);
    }

    record Filed(String conversationId, String ticketId) {
    }

    /** A new conversation on a channel ({@code web} or {@code phone}) asking about a ticket; the reply's text. */
    String askStatus(String channel, String language, String question) {
        TurnApi.Response started = api.post("/api/v1/conversations",
                "{\"channel\":\"" + channel + "\",\"language\":\"" + language + "\"}");
        assertThat(started.status()).isEqualTo(201);
        String conversation = started.body().get("conversationId").asString();
        JsonNode reply = api.say(conversation, question).reply(0);
        assertThat(reply.get("intent").asString()).as(reply.toString()).isEqualTo("ticket.status");
        return reply.get("text").asString();
    }
}
