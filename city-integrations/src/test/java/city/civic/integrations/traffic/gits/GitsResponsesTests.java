package city.civic.integrations.traffic.gits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.traffic.FeedException;
import city.civic.integrations.traffic.FeedException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GITS REST-XML: {@code headerCd} 0 = OK, records under {@code itemList} (integrations.md §1.2). */
class GitsResponsesTests {

    final GitsResponses responses = new GitsResponses();

    static String answer(int code, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ServiceResult><comMsgHeader/><msgHeader><headerCd>" + code
                + "</headerCd><headerMsg>message</headerMsg><itemCount>1</itemCount></msgHeader><msgBody>" + items
                + "</msgBody></ServiceResult>";
    }

    @Test
    void readsTheRecordsOfASuccessfulAnswer() {
        String body = answer(0, "<itemList><collDate>2026-11-25 08:35:00</collDate><linkId>1950030100</linkId>"
                + "<spd>31</spd><trvlTime>118</trvlTime></itemList><itemList><linkId>1950030200</linkId><spd>0</spd>"
                + "</itemList>");

        assertThat(responses.items(body)).hasSize(2).first()
                .satisfies(item -> assertThat(item).containsEntry("collDate", "2026-11-25 08:35:00")
                        .containsEntry("linkId", "1950030100").containsEntry("spd", "31"));
    }

    @Test
    void noResultIsAnEmptyAnswer() {
        assertThat(responses.items(answer(4, ""))).isEmpty();
    }

    @Test
    void aSuspendedKeyIsAKeyError() {
        assertThatThrownBy(() -> responses.items(answer(7, ""))).isInstanceOfSatisfying(FeedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.KEY));
    }

    @Test
    void anyOtherHeaderCodeIsAnError() {
        assertThatThrownBy(() -> responses.items(answer(99, ""))).isInstanceOfSatisfying(FeedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.ERROR_CODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>error</body></html>", "<ServiceResult><msgBody/></ServiceResult>",
            "{\"msgHeader\":{\"headerCd\":0}}", "<ServiceResult><msgHeader><headerCd>0", ""})
    void anythingElseIsMalformed(String body) {
        assertThatThrownBy(() -> responses.items(body)).isInstanceOfSatisfying(FeedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }

    @Test
    void refusesADocumentTypeDeclaration() {
        String body = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ServiceResult><msgHeader><headerCd>0</headerCd></msgHeader><msgBody><itemList><linkId>&x;</linkId>"
                + "</itemList></msgBody></ServiceResult>";

        assertThatThrownBy(() -> responses.items(body)).isInstanceOf(FeedException.class);
    }
}
