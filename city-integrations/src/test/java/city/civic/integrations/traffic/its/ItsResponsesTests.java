package city.civic.integrations.traffic.its;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.traffic.FeedException;
import city.civic.integrations.traffic.FeedException.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of ITS answers, as observed from the live service (integrations.md §1.1, §1.4). */
class ItsResponsesTests {

    static final String ITEM = """
            {"roadName":"국도3호선","roadDrcType":"1","linkNo":"4","linkId":"2250012301",
             "startNodeId":"2250004100","endNodeId":"2250004200","speed":"23","travelTime":"141",
             "createdDate":"20261125083500"}""";

    final ItsResponses responses = new ItsResponses();

    @ParameterizedTest
    @ValueSource(strings = {"0", "\"0\"", "\"00\""})
    void acceptsTheResultCodeAsNumberOrText(String code) {
        String body = "{\"header\":{\"resultCode\":" + code + ",\"resultMsg\":\"success\"},"
                + "\"body\":{\"totalCount\":1,\"items\":[" + ITEM + "]}}";

        assertThat(responses.items(body)).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("linkId", "2250012301").containsEntry("speed", "23"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[" + ITEM + "]", ITEM, "{\"item\":[" + ITEM + "]}", "{\"item\":" + ITEM + "}"})
    void readsItemsAsArrayObjectOrNested(String items) {
        String body = "{\"header\":{\"resultCode\":0},\"body\":{\"items\":" + items + "}}";

        assertThat(responses.items(body)).extracting(item -> item.get("linkId")).containsExactly("2250012301");
    }

    @Test
    void numbersInItemsAreReadAsText() {
        String body = "{\"header\":{\"resultCode\":0},\"body\":{\"items\":[{\"linkId\":2250012301,\"speed\":23}]}}";

        assertThat(responses.items(body)).containsExactly(Map.of("linkId", "2250012301", "speed", "23"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"header\":{\"resultCode\":0},\"body\":{\"items\":[]}}",
            "{\"header\":{\"resultCode\":0},\"body\":{\"items\":\"\"}}",
            "{\"header\":{\"resultCode\":0},\"body\":{\"totalCount\":0}}"})
    void noItemsIsAnEmptyAnswer(String body) {
        assertThat(responses.items(body)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"30, KEY", "\"30\", KEY", "4001, QUOTA", "\"4001\", QUOTA", "99, ERROR_CODE"})
    void anErrorCodeInTheEnvelopeIsAFailure(String code, Kind kind) {
        String body = "{\"header\":{\"resultCode\":" + code + ",\"resultMsg\":\"error\"},\"body\":{\"items\":[]}}";

        assertThatThrownBy(() -> responses.items(body)).isInstanceOfSatisfying(FeedException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @ParameterizedTest
    @CsvSource({"LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR, 22, QUOTA",
            "SERVICE_KEY_IS_NOT_REGISTERED_ERROR, 30, KEY"})
    void sniffsTheGatewaysXmlErrorsBeforeReadingJson(String message, int code, Kind kind) {
        String body = "<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>" + message
                + "</returnAuthMsg><returnReasonCode>" + code + "</returnReasonCode></cmmMsgHeader>"
                + "</OpenAPI_ServiceResponse>";

        assertThatThrownBy(() -> responses.items(body)).isInstanceOfSatisfying(FeedException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void readsAnXmlAnswer() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><header><resultCode>0</resultCode>"
                + "</header><body><items><item><linkId>2250012301</linkId><speed>23</speed></item></items></body>"
                + "</response>";

        assertThat(responses.items(body)).containsExactly(Map.of("linkId", "2250012301", "speed", "23"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body>Service temporarily unavailable</body></html>",
            "<html><body>error</body></html>", "{\"message\":\"not found\"}", "not json", "",
            "<other><thing/></other>"})
    void anythingElseIsMalformedNeverAnEmptyAnswer(String body) {
        assertThatThrownBy(() -> responses.items(body)).isInstanceOfSatisfying(FeedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }
}
