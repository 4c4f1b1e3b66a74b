package city.civic.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The flags the phone acts on (urgent, closes the conversation) stay out of the turn API's Reply JSON. */
class ReplyJsonTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aReplysJsonHasTheContractsFieldsOnly() {
        Reply reply = new Reply("Call 119 now.", "en", Reply.EMERGENCY, 1, null, null, List.of("I am safe now"), false);

        JsonNode node = json.readTree(json.writeValueAsString(reply));

        assertThat(reply.urgent()).isTrue();
        assertThat(node.propertyNames()).containsExactlyInAnyOrder("text", "language", "intent", "confidence",
                "sources", "ticket", "quickReplies", "handoff", "agent", "expects");
        assertThat(json.readValue(json.writeValueAsString(reply), Reply.class)).isEqualTo(reply);
    }
}
