package city.civic.chat.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.chat.ChatConfigurationForTests;
import city.civic.chat.CitizenMessages;
import city.civic.dialog.Channel;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.Conversations;
import city.civic.dialog.Conversations.StartedConversation;
import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.TransactionSystemException;

/** The turn API of DESIGN.md over HTTP: status codes, the owner's token, refusals and the JSON of a Reply. */
@WebMvcTest(ConversationController.class)
@Import({ChatConfigurationForTests.class, CitizenMessages.class})
class ConversationControllerTests {

    static final String ID = "c-1";
    static final String TOKEN = "secret-token";
    static final Reply QUESTION = new Reply("Where is it?", "en", "signal.fault.report", 0.92, List.of(), null,
            List.of(), false).withExpects(new Expectation("where", Expectation.PLACE, List.of()));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Conversations conversations;

    @BeforeEach
    void ownerToken() {
        when(conversations.ownedBy(ID, TOKEN)).thenReturn(true);
    }

    @Test
    void startAnswers201WithTheIdTheTokenAndTheGreeting() throws Exception {
        Reply greeting = new Reply("Hello!", "en", "greeting", 1, List.of(), null, List.of("Report a problem"),
                false);
        when(conversations.start(Channel.WEB, Language.EN)).thenReturn(new StartedConversation(ID, TOKEN,
                List.of(greeting)));

        post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":\"en\"}", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.conversationId").value(ID))
                .andExpect(jsonPath("$.token").value(TOKEN))
                .andExpect(jsonPath("$.messages[0].text").value("Hello!"))
                .andExpect(jsonPath("$.messages[0].quickReplies[0]").value("Report a problem"))
                .andExpect(jsonPath("$.messages[0].expects").isEmpty());
    }

    @Test
    void anUnsupportedLanguageOrChannelIsA400WithItsCode() throws Exception {
        post("/api/v1/conversations", "{\"language\":\"fr\"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("language.unsupported"));
        post("/api/v1/conversations", "{\"channel\":\"fax\"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("channel.unsupported"));
        verify(conversations, never()).start(any(), any());
    }

    @Test
    void aTurnThatKeptConflictingWithAnotherInstanceIsA409TheClientMayRetry() throws Exception {
        when(conversations.handle(eq(ID), any(Utterance.class), any()))
                .thenThrow(new ConversationBusyException(ID, 5, new IllegalStateException("stale")));

        post("/api/v1/conversations/" + ID + "/messages", "{\"text\":\"hello\"}", TOKEN)
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.error").value("conversation.busy"));
    }

    @Test
    void aTurnWhileTheDatabaseIsAwayIsA503ToSendAgain() throws Exception {
        when(conversations.handle(eq(ID), any(Utterance.class), any()))
                .thenThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))
                .thenThrow(new TransactionSystemException("JDBC rollback failed"));

        for (int turn = 0; turn < 2; turn++) {
            post("/api/v1/conversations/" + ID + "/messages", "{\"text\":\"hello\"}", TOKEN)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(jsonPath("$.error").value("service.unavailable"));
        }
    }

    @Test
    void aMessageIsAnsweredWithRepliesInTheContractsShapeIncludingExpects() throws Exception {
        when(conversations.handle(eq(ID), any(Utterance.class), any())).thenReturn(List.of(QUESTION));

        post("/api/v1/conversations/" + ID + "/messages", "{\"text\":\"the light is broken\"}", TOKEN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages[0].text").value("Where is it?"))
                .andExpect(jsonPath("$.messages[0].language").value("en"))
                .andExpect(jsonPath("$.messages[0].intent").value("signal.fault.report"))
                .andExpect(jsonPath("$.messages[0].confidence").value(0.92))
                .andExpect(jsonPath("$.messages[0].sources").isArray())
                .andExpect(jsonPath("$.messages[0].ticket").isEmpty())
                .andExpect(jsonPath("$.messages[0].handoff").value(false))
                .andExpect(jsonPath("$.messages[0].expects.slot").value("where"))
                .andExpect(jsonPath("$.messages[0].expects.kind").value("place"))
                .andExpect(jsonPath("$.messages[0].expects.choices").isArray());
        verify(conversations).handle(ID, Utterance.text("the light is broken"), null);
    }

    @Test
    void withoutTheTokenOrWithAnotherOneTheConversationDoesNotExist() throws Exception {
        post("/api/v1/conversations/" + ID + "/messages", "{\"text\":\"hello\"}", null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("conversation.not_found"));
        post("/api/v1/conversations/" + ID + "/messages", "{\"text\":\"hello\"}", "guessed")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("conversation.not_found"));
        mvc.perform(get("/api/v1/conversations/" + ID))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("conversation.not_found"));
        verify(conversations, never()).handle(any(), any(), any());
    }

    @Test
    void aMissingATooLongOrAMalformedMessageIsA400() throws Exception {
        post("/api/v1/conversations/" + ID + "/messages", "{}", TOKEN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("message.missing"));
        post("/api/v1/conversations/" + ID + "/messages",
                "{\"text\":\"" + "a".repeat(ChatConfigurationForTests.MAX_MESSAGE_LENGTH + 1) + "\"}", TOKEN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("message.too_long"));
        post("/api/v1/conversations/" + ID + "/messages", "{\"text\":", TOKEN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("request.malformed"));
        verify(conversations, never()).handle(any(), any(), any());
    }

    @Test
    void aMessageGoesToTheEngineWithItsClientMessageId() throws Exception {
        when(conversations.handle(eq(ID), any(Utterance.class), any())).thenReturn(List.of(QUESTION));

        post("/api/v1/conversations/" + ID + "/messages", "{\"text\":\"yes\",\"clientMessageId\":\"m-2\"}", TOKEN)
                .andExpect(status().isOk());

        verify(conversations).handle(ID, Utterance.text("yes"), "m-2");
    }

    @Test
    void aReSentMessageGetsTheRecordedRepliesWithoutATurnAndIsNotRateLimited() throws Exception {
        when(conversations.repliesTo(ID, "m-1")).thenReturn(Optional.of(List.of(QUESTION)));
        String body = "{\"text\":\"yes\",\"clientMessageId\":\"m-1\"}";

        for (int i = 0; i < 15; i++) { // more than the 10 messages a conversation may send at once
            post("/api/v1/conversations/" + ID + "/messages", body, TOKEN)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.messages[0].text").value("Where is it?"))
                    .andExpect(jsonPath("$.messages[0].expects.kind").value("place"));
        }

        verify(conversations, never()).handle(any(), any(), any());
    }

    @Test
    void theOwnerReadsTheTranscript() throws Exception {
        when(conversations.transcript(ID)).thenReturn(Optional.of(new Transcript(ID, Channel.WEB, "en",
                Instant.parse("2026-11-25T09:00:00Z"), List.of(new Transcript.Entry("bot", "Where is it?",
                        Instant.parse("2026-11-25T09:00:01Z"), QUESTION)))));

        mvc.perform(get("/api/v1/conversations/" + ID).header(ConversationController.TOKEN_HEADER, TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversationId").value(ID))
                .andExpect(jsonPath("$.messages[0].role").value("bot"))
                .andExpect(jsonPath("$.messages[0].text").value("Where is it?"));
    }

    private ResultActions post(String path, String json, String token) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (token != null) {
            request.header(ConversationController.TOKEN_HEADER, token);
        }
        return mvc.perform(request);
    }
}
