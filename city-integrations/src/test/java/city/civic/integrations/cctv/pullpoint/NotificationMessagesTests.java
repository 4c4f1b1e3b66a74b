package city.civic.integrations.cctv.pullpoint;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.cctv.OnvifEvent;
import city.civic.integrations.cctv.OnvifEvent.PropertyOperation;
import city.civic.integrations.cctv.mqtt.OnvifMqttMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A pulled notification reads exactly like the same event over MQTT, so the port cannot tell them apart. */
class NotificationMessagesTests {

    static final String ANSWER = """
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:tev="http://www.onvif.org/ver10/events/wsdl"
                xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2" xmlns:tt="http://www.onvif.org/ver10/schema"
                xmlns:tns1="http://www.onvif.org/ver10/topics">
              <s:Body><tev:PullMessagesResponse>
                <tev:CurrentTime>2026-11-25T03:10:06Z</tev:CurrentTime>
                <tev:TerminationTime>2026-11-25T03:11:06Z</tev:TerminationTime>
                <wsnt:NotificationMessage>
                  <wsnt:Topic Dialect="http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet">
                    tns1:RuleEngine/LoiteringDetector/ObjectIsLoitering</wsnt:Topic>
                  <wsnt:Message><tt:Message UtcTime="2026-11-25T03:10:05Z" PropertyOperation="Changed">
                    <tt:Source><tt:SimpleItem Name="VideoSource" Value="1"/><tt:SimpleItem Name="AnalyticsConfiguration" Value="2"/><tt:SimpleItem Name="Rule" Value="ParkEntrance"/></tt:Source>
                    <tt:Data><tt:SimpleItem Name="ObjectId" Value="15"/><tt:SimpleItem Name="Since" Value="2026-11-25T03:05:00Z"/></tt:Data>
                  </tt:Message></wsnt:Message>
                </wsnt:NotificationMessage>
                <wsnt:NotificationMessage><wsnt:Message><tt:Message UtcTime="2026-11-25T03:10:05Z"/></wsnt:Message></wsnt:NotificationMessage>
              </tev:PullMessagesResponse></s:Body>
            </s:Envelope>""";

    @Test
    void aPulledNotificationEqualsTheSameEventFromAnMqttEventBroker() throws Exception {
        var pulled = PullPointMessages.pulled(Xml.parse(ANSWER.getBytes(StandardCharsets.UTF_8)), "cam-42");
        OnvifEvent mqtt = new OnvifMqttMessages().parse(
                "cam-42/onvif-ej/RuleEngine/LoiteringDetector/ObjectIsLoitering/&1/2/ParkEntrance",
                ("{\"UtcTime\":\"2026-11-25T03:10:05Z\",\"PropertyOperation\":\"Changed\",\"Source\":{\"VideoSource\":\"1\","
                        + "\"AnalyticsConfiguration\":\"2\",\"Rule\":\"ParkEntrance\"},"
                        + "\"Data\":{\"ObjectId\":\"15\",\"Since\":\"2026-11-25T03:05:00Z\"}}")
                        .getBytes(StandardCharsets.UTF_8), false).orElseThrow();

        assertThat(pulled.events()).as("the one without a topic is skipped").containsExactly(mqtt);
        assertThat(pulled.times().terminationTime()).isEqualTo(Instant.parse("2026-11-25T03:11:06Z"));
        assertThat(mqtt.operation()).isEqualTo(PropertyOperation.CHANGED);
    }

    @Test
    void vendorTopicPrefixesAreDroppedPerSegment() {
        assertThat(NotificationMessages.withoutPrefixes("tns1:RuleEngine/hik:Fight/hik:Start"))
                .isEqualTo("RuleEngine/Fight/Start");
    }

    @Test
    void aFaultAnswerSaysItsSubcodeAndReason() throws Exception {
        String fault = """
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error">
                <s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>ter:InvalidArgVal</s:Value>
                </s:Subcode></s:Code><s:Reason><s:Text xml:lang="en">Timeout too large</s:Text></s:Reason></s:Fault>
                </s:Body></s:Envelope>""";
        assertThat(PullPointMessages.fault(Xml.parse(fault.getBytes(StandardCharsets.UTF_8))))
                .hasValue("SOAP fault ter:InvalidArgVal: Timeout too large");
    }

    @Test
    void thePasswordDigestIsBase64OfSha1OfNonceCreatedAndPassword() {
        // the example of the ONVIF Application Programmer's Guide, "Authentication"
        byte[] nonce = java.util.Base64.getDecoder().decode("LKqI6G/AikKCQrN0zqZFlg==");
        assertThat(UsernameToken.digest(nonce, "2010-09-16T07:50:45Z", "userpassword"))
                .isEqualTo("tuOSpGlFlIXsozq4HFNeeGeFLEI=");
    }
}
