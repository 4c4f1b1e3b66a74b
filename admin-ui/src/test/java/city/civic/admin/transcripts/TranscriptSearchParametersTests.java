package city.civic.admin.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights.Search;
import city.civic.dialog.ConversationOutcome;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transcript search's parameters, and a transcript laid out for its page. */
class TranscriptSearchParametersTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void parametersBecomeASearchOfTheLastWeekByDefault() {
        Search search = new TranscriptSearchParameters(null, null, "Phone", " FAQ ", "ticket_filed", "2")
                .toSearch(TODAY);

        assertThat(search.from()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(search.to()).isEqualTo(TODAY);
        assertThat(search.channel()).isEqualTo(Channel.PHONE);
        assertThat(search.intent()).isEqualTo("faq");
        assertThat(search.outcome()).isEqualTo(ConversationOutcome.TICKET_FILED);
        assertThat(search.page()).isEqualTo(2);
        assertThat(search.pageSize()).isEqualTo(25);
    }

    @Test
    void emptyFiltersMeanAny() {
        Search search = new TranscriptSearchParameters("", "", "", "", "", "").toSearch(TODAY);

        assertThat(search.channel()).isNull();
        assertThat(search.intent()).isNull();
        assertThat(search.outcome()).isNull();
        assertThat(search.page()).isZero();
    }

    @Test
    void eachBadParameterHasItsCode() {
        assertThatThrownBy(() -> parameters("sms", null, null, null)).extracting("code").isEqualTo("channel.invalid");
        assertThatThrownBy(() -> parameters(null, "faq' or 1=1", null, null)).extracting("code")
                .isEqualTo("intent.invalid");
        assertThatThrownBy(() -> parameters(null, null, "solved", null)).extracting("code")
                .isEqualTo("outcome.invalid");
        assertThatThrownBy(() -> parameters(null, null, null, "999999999")).extracting("code")
                .isEqualTo("page.invalid");
    }

    @Test
    void theSpeakersAreToldApartAndPhoneTurnsCarryTheirConfidence() {
        Instant at = Instant.parse("2026-03-02T00:15:00Z");
        var transcript = new Transcript("c", Channel.PHONE, "ko", at, List.of(
                new Transcript.Entry("citizen", "가로등", at, null, 0.834),
                new Transcript.Entry("bot", "언제요?", at, new Reply("언제요?", "ko", "streetlight.report", 1, List.of(),
                        null, List.of(), false)),
                new Transcript.Entry("agent", "I am here", at, null),
                new Transcript.Entry("supervisor", "?", at, null)));

        TranscriptView view = TranscriptView.of(transcript, ZoneId.of("Asia/Seoul"));

        assertThat(view.lines()).extracting(TranscriptView.Line::styleClass)
                .containsExactly("citizen", "bot", "agent", "other");
        assertThat(view.lines()).extracting(TranscriptView.Line::speakerKey).containsExactly(
                "transcripts.role.citizen", "transcripts.role.bot", "transcripts.role.agent", "transcripts.role.other");
        assertThat(view.lines().get(0).asrPercent()).isEqualTo(83);
        assertThat(view.lines().get(1).asrPercent()).isNull();
        assertThat(view.startedAt().getHour()).isEqualTo(9);
    }

    private static Search parameters(String channel, String intent, String outcome, String page) {
        return new TranscriptSearchParameters(null, null, channel, intent, outcome, page).toSearch(TODAY);
    }

}
