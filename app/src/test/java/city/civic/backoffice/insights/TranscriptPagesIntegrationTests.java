package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.admin.staff.StaffAudit;
import city.civic.chat.TurnApi;
import city.civic.dialog.Channel;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.Utterance;
import city.civic.security.StaffApi;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The transcripts pages: a search, a transcript masked and escaped with its speakers told apart and the
 * recognizer's confidence on phone turns, and the reveal form that asks for a reason and is audited.
 */
@IntegrationTest
class TranscriptPagesIntegrationTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;

    @Autowired
    Conversations conversations;

    @Autowired
    StaffAudit audit;

    String conversationId;

    @BeforeEach
    void aConversationWithPersonalDataAndMarkup() {
        var citizen = new TurnApi(port);
        conversationId = citizen.start("en");
        citizen.say(conversationId, SCRIPT + " call me on 010-7777-8888 " + IMAGE);
    }

    @Test
    void aTranscriptIsMaskedEscapedAndTellsTheSpeakersApart() {
        String page = StaffApi.admin(port).get("/admin/transcripts/" + conversationId).raw().body();

        assertThat(page).doesNotContain(SCRIPT, "<img src=x", "7777-8888")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                .contains("[redacted]")
                .contains("<li class=\"citizen\"", "<li class=\"bot\"")
                .contains("id=\"reveal-form\"");
    }

    @Test
    void aPhoneTurnShowsTheRecognizersConfidence() {
        String call = conversations.start(Channel.PHONE, Language.EN).conversationId();
        conversations.handle(call, new Utterance("how can i get a copy of my resident registration", 0.83,
                List.of(), null));

        String page = StaffApi.admin(port).get("/admin/transcripts/" + call).raw().body();

        assertThat(page).contains("Speech recognized with 83 % confidence").contains("Phone");
    }

    @Test
    void anOperatorRevealsWithAReasonAndTheRevealIsAudited() {
        String operator = Staffers.create(port, "operator", "OPERATOR");
        StaffSession session = StaffSession.signIn(port, operator, Staffers.PASSWORD);
        session.get("/admin/transcripts/" + conversationId);

        HttpResponse<String> tooShort = session.postForm("/admin/transcripts/" + conversationId + "/reveal",
                Map.of("reason", "curious"));
        HttpResponse<String> tooLong = session.postForm("/admin/transcripts/" + conversationId + "/reveal",
                Map.of("reason", "r".repeat(1001)));
        HttpResponse<String> revealed = session.postForm("/admin/transcripts/" + conversationId + "/reveal",
                Map.of("reason", "calling the citizen back about the pothole"));

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 10 characters").doesNotContain("7777-8888");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 1,000 characters").doesNotContain("7777-8888");
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains("010-7777-8888").contains("id=\"revealed-notice\"")
                .doesNotContain(SCRIPT);
        assertThat(audit.recent(100)).filteredOn(entry -> operator.equals(entry.username())
                        && "transcript.reveal".equals(entry.action()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.detail()).isEqualTo("calling the citizen back about the pothole");
                    assertThat(entry.path()).contains(conversationId);
                });
    }

    @Test
    void anOfficialReadsMaskedAndMayNotReveal() {
        String official = Staffers.create(port, "official", "OFFICIAL");
        StaffSession session = StaffSession.signIn(port, official, Staffers.PASSWORD);

        HttpResponse<String> page = session.get("/admin/transcripts/" + conversationId);
        HttpResponse<String> reveal = session.postForm("/admin/transcripts/" + conversationId + "/reveal",
                Map.of("reason", "I would like to see the number"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"reveal-form\"", "7777-8888");
        assertThat(reveal.statusCode()).isEqualTo(403);
        assertThat(reveal.body()).doesNotContain("7777-8888");
    }

    @Test
    void theSearchPageListsConversationsAndRefusesBadInput() {
        var staff = StaffApi.admin(port);

        StaffApi.Response list = staff.get("/admin/transcripts");
        StaffApi.Response refused = staff.get("/admin/transcripts?from=2026-99-01");
        StaffApi.Response stranger = new StaffApi(port, null, null).get("/admin/transcripts");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().body()).contains("/admin/transcripts/" + conversationId).doesNotContain("7777");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("Write dates as yyyy-MM-dd");
        assertThat(stranger.status()).as("a page asks a stranger to sign in").isIn(302, 401);
    }

    @Test
    void anUnknownTranscriptIsNotFound() {
        assertThat(StaffApi.admin(port).get("/admin/transcripts/no-such-conversation").status()).isEqualTo(404);
    }
}
