package city.civic.integrations.cctv.pullpoint;

import city.civic.integrations.cctv.OnvifEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The five SOAP 1.2 messages of a PullPoint subscription and their answers (ONVIF Core, "Event
 * handling": "Create pull point subscription", "Pull messages", "Renew", "Unsubscribe", "Set
 * synchronization point"; ONVIF {@code event.wsdl} and OASIS WS-BaseNotification 1.3 for the
 * shapes). Hand-written: the WSDL imports the OASIS and W3C schemas by remote URL, so code generation
 * does not work offline, and five messages do not need it.
 */
final class PullPointMessages {

    static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    static final String TEV = "http://www.onvif.org/ver10/events/wsdl";
    static final String WSNT = "http://docs.oasis-open.org/wsn/b-2";
    static final String WSA = "http://www.w3.org/2005/08/addressing";

    /** WS-Addressing actions, from event.wsdl (ONVIF) and bw-2.wsdl (OASIS). */
    enum Action {
        CREATE(TEV + "/EventPortType/CreatePullPointSubscriptionRequest"),
        PULL(TEV + "/PullPointSubscription/PullMessagesRequest"),
        SYNCHRONIZE(TEV + "/PullPointSubscription/SetSynchronizationPointRequest"),
        RENEW("http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/RenewRequest"),
        UNSUBSCRIBE("http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeRequest");

        final String uri;

        Action(String uri) {
            this.uri = uri;
        }
    }

    /** Where the subscription lives: its endpoint and the reference parameters to echo as headers. */
    record Subscription(String address, List<String> referenceParameters) {
    }

    /** The device's clock and the subscription's end by that clock. */
    record Times(Instant currentTime, Instant terminationTime) {
    }

    record Created(Subscription subscription, Times times) {
    }

    record Pulled(Times times, List<OnvifEvent> events) {
    }

    private PullPointMessages() {
    }

    static String envelope(Action action, String to, List<String> referenceParameters, String security,
            String body) {
        var header = new StringBuilder("<wsa:Action s:mustUnderstand=\"true\">").append(action.uri)
                .append("</wsa:Action><wsa:To s:mustUnderstand=\"true\">").append(Xml.escape(to)).append("</wsa:To>");
        referenceParameters.forEach(header::append);
        if (security != null) {
            header.append(security);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:Envelope xmlns:s=\"" + SOAP + "\" xmlns:wsa=\"" + WSA
                + "\" xmlns:tev=\"" + TEV + "\" xmlns:wsnt=\"" + WSNT + "\"><s:Header>" + header
                + "</s:Header><s:Body>" + body + "</s:Body></s:Envelope>";
    }

    /** No filter: every topic; those not mapped to an incident type are ignored downstream. */
    static String create(Duration initialTerminationTime) {
        return "<tev:CreatePullPointSubscription><tev:InitialTerminationTime>" + initialTerminationTime
                + "</tev:InitialTerminationTime></tev:CreatePullPointSubscription>";
    }

    static String pull(Duration timeout, int messageLimit) {
        return "<tev:PullMessages><tev:Timeout>" + timeout + "</tev:Timeout><tev:MessageLimit>" + messageLimit
                + "</tev:MessageLimit></tev:PullMessages>";
    }

    static String renew(Duration terminationTime) {
        return "<wsnt:Renew><wsnt:TerminationTime>" + terminationTime + "</wsnt:TerminationTime></wsnt:Renew>";
    }

    static String unsubscribe() {
        return "<wsnt:Unsubscribe/>";
    }

    static String synchronize() {
        return "<tev:SetSynchronizationPoint/>";
    }

    static Created created(Document answer) throws PullPointException {
        Element response = response(answer, "CreatePullPointSubscriptionResponse");
        Element reference = Xml.child(response, "SubscriptionReference")
                .orElseThrow(() -> new PullPointException("no SubscriptionReference"));
        String address = Xml.text(reference, "Address").filter(a -> !a.isEmpty())
                .orElseThrow(() -> new PullPointException("no SubscriptionReference/Address"));
        List<String> parameters = Xml.child(reference, "ReferenceParameters")
                .map(PullPointMessages::elements).orElse(List.of());
        return new Created(new Subscription(address, parameters), times(response));
    }

    static Pulled pulled(Document answer, String producer) throws PullPointException {
        Element response = response(answer, "PullMessagesResponse");
        return new Pulled(times(response), NotificationMessages.events(response, producer));
    }

    static Times renewed(Document answer) throws PullPointException {
        return times(response(answer, "RenewResponse"));
    }

    /** The SOAP 1.2 fault in an answer: its subcode (or code) and reason. */
    static Optional<String> fault(Document answer) {
        return body(answer).flatMap(body -> Xml.child(body, "Fault")).map(fault -> {
            String code = Xml.child(fault, "Code").map(c -> Xml.child(c, "Subcode")
                    .flatMap(s -> Xml.text(s, "Value")).orElseGet(() -> Xml.text(c, "Value").orElse(""))).orElse("");
            String reason = Xml.child(fault, "Reason").flatMap(r -> Xml.text(r, "Text")).orElse("");
            return "SOAP fault " + code + (reason.isEmpty() ? "" : ": " + reason);
        });
    }

    private static Optional<Element> body(Document answer) {
        Element envelope = answer.getDocumentElement();
        return envelope == null ? Optional.empty() : Xml.child(envelope, "Body");
    }

    private static Element response(Document answer, String name) throws PullPointException {
        Optional<String> fault = fault(answer);
        if (fault.isPresent()) {
            throw new PullPointException(fault.get());
        }
        return body(answer).flatMap(body -> Xml.child(body, name))
                .orElseThrow(() -> new PullPointException("no " + name + " in the answer"));
    }

    private static Times times(Element response) {
        return new Times(Xml.text(response, "CurrentTime").map(Xml::time).orElse(null),
                Xml.text(response, "TerminationTime").map(Xml::time).orElse(null));
    }

    private static List<String> elements(Element parent) {
        List<String> serialized = new java.util.ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                serialized.add(Xml.serialize(element));
            }
        }
        return serialized;
    }
}
