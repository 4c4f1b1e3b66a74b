package city.civic.integrations.cctv.pullpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An ONVIF device's event service on 127.0.0.1 (JDK HttpServer): CreatePullPointSubscription,
 * PullMessages (held open up to its Timeout), Renew, Unsubscribe and SetSynchronizationPoint, with
 * scripted notification messages. A subscription ends at its TerminationTime: a pull after it
 * answers a SOAP fault, as a device that dropped it would. Faults, slowness and WS-Security
 * UsernameToken checks on demand. Each subscription carries a reference parameter that must come
 * back as a header.
 */
public final class FakePullPoint implements AutoCloseable {

    private static final String FAKE = "urn:civic:fake-pullpoint";

    public final AtomicInteger creates = new AtomicInteger();
    public final AtomicInteger pulls = new AtomicInteger();
    public final AtomicInteger renews = new AtomicInteger();
    public final AtomicInteger unsubscribes = new AtomicInteger();
    public final AtomicInteger synchronizations = new AtomicInteger();
    public final AtomicInteger faults = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final Map<String, Instant> subscriptions = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicLong slowMillis = new AtomicLong();
    private volatile boolean refusing;
    private volatile String username;
    private volatile String password;

    public FakePullPoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/onvif/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String eventServiceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/onvif/event_service";
    }

    /** The device's next event(s), in a later PullMessages answer. */
    public void publish(String notificationMessage) {
        messages.add(notificationMessage);
    }

    /** The device forgets every subscription now (e.g. it restarted, or they ran out). */
    public void expireAll() {
        subscriptions.replaceAll((id, end) -> Instant.now().minusSeconds(1));
    }

    /** The next {@code n} requests answer a SOAP fault. */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** Every request answers a SOAP fault while set. */
    public void refuse(boolean refuse) {
        refusing = refuse;
    }

    /** Every answer is delayed this long while set (zero: none). */
    public void slow(Duration delay) {
        slowMillis.set(delay.toMillis());
    }

    public void requireCredentials(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public static String notification(String topic, Instant utcTime, String operation, Map<String, String> source,
            Map<String, String> data) {
        return "<wsnt:NotificationMessage><wsnt:Topic Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/"
                + "ConcreteSet\">" + topic + "</wsnt:Topic><wsnt:Message><tt:Message UtcTime=\"" + utcTime + "\""
                + (operation == null ? "" : " PropertyOperation=\"" + operation + "\"") + ">" + items("Source", source)
                + items("Data", data) + "</tt:Message></wsnt:Message></wsnt:NotificationMessage>";
    }

    private static String items(String group, Map<String, String> items) {
        var xml = new StringBuilder("<tt:").append(group).append('>');
        items.forEach((name, value) -> xml.append("<tt:SimpleItem Name=\"").append(name).append("\" Value=\"")
                .append(value).append("\"/>"));
        return xml.append("</tt:").append(group).append('>').toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Document request = parse(exchange.getRequestBody().readAllBytes());
            long slow = slowMillis.get();
            if (slow > 0) {
                Thread.sleep(slow);
            }
            String[] answer = answer(exchange.getRequestURI().getPath(), request);
            byte[] body = envelope(answer[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/soap+xml; charset=utf-8");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    /** {status, body}. */
    private String[] answer(String path, Document request) throws InterruptedException {
        Element header = element(request.getDocumentElement(), "Header");
        Element operation = first(element(request.getDocumentElement(), "Body"));
        if (refusing || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return fault("ter:Action", "fault on demand");
        }
        if (username != null && !authorized(header)) {
            return fault("ter:NotAuthorized", "Sender not authorized");
        }
        String name = operation.getLocalName();
        if (path.endsWith("/event_service") && name.equals("CreatePullPointSubscription")) {
            return create(operation);
        }
        String id = header == null ? null : text(header, "SubscriptionId");
        Instant end = id == null ? null : subscriptions.get(id);
        if (end == null || Instant.now().isAfter(end) || !path.endsWith("/subscription/" + id)) {
            return fault("wsrf-rw:ResourceUnknownFault", "no such subscription (expired?)");
        }
        return switch (name) {
            case "PullMessages" -> pull(operation, end);
            case "Renew" -> renew(id, operation);
            case "SetSynchronizationPoint" -> ok(synchronizations, "<tev:SetSynchronizationPointResponse/>");
            case "Unsubscribe" -> {
                subscriptions.remove(id);
                yield ok(unsubscribes, "<wsnt:UnsubscribeResponse/>");
            }
            default -> fault("ter:ActionNotSupported", name);
        };
    }

    private String[] create(Element operation) {
        String id = String.valueOf(creates.incrementAndGet());
        Instant end = Instant.now().plus(Duration.parse(text(operation, "InitialTerminationTime")));
        subscriptions.put(id, end);
        String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/onvif/subscription/" + id;
        return new String[] {"200", "<tev:CreatePullPointSubscriptionResponse><tev:SubscriptionReference>"
                + "<wsa:Address>" + address + "</wsa:Address><wsa:ReferenceParameters><fake:SubscriptionId xmlns:fake=\""
                + FAKE + "\">" + id + "</fake:SubscriptionId></wsa:ReferenceParameters></tev:SubscriptionReference>"
                + times(end) + "</tev:CreatePullPointSubscriptionResponse>"};
    }

    private String[] pull(Element operation, Instant end) throws InterruptedException {
        pulls.incrementAndGet();
        Duration timeout = Duration.parse(text(operation, "Timeout"));
        int limit = Integer.parseInt(text(operation, "MessageLimit"));
        var body = new StringBuilder("<tev:PullMessagesResponse>").append(times(end));
        String message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        for (int n = 0; message != null; message = ++n < limit ? messages.poll() : null) {
            body.append(message);
        }
        return new String[] {"200", body.append("</tev:PullMessagesResponse>").toString()};
    }

    private String[] renew(String id, Element operation) {
        renews.incrementAndGet();
        Instant end = Instant.now().plus(Duration.parse(text(operation, "TerminationTime")));
        subscriptions.put(id, end);
        return new String[] {"200", "<wsnt:RenewResponse>" + times(end).replace("tev:", "wsnt:")
                + "</wsnt:RenewResponse>"};
    }

    private static String[] ok(AtomicInteger counter, String body) {
        counter.incrementAndGet();
        return new String[] {"200", body};
    }

    private String[] fault(String subcode, String reason) {
        faults.incrementAndGet();
        return new String[] {"500", "<s:Fault><s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>" + subcode
                + "</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang=\"en\">" + reason
                + "</s:Text></s:Reason></s:Fault>"};
    }

    /** WS-Security UsernameToken, PasswordDigest = Base64(SHA-1(nonce + created + password)). */
    private boolean authorized(Element header) {
        if (header == null || element(header, "Security") == null) {
            return false;
        }
        Element token = element(element(header, "Security"), "UsernameToken");
        if (token == null || !username.equals(text(token, "Username"))) {
            return false;
        }
        byte[] nonce = Base64.getDecoder().decode(text(token, "Nonce"));
        return UsernameToken.digest(nonce, text(token, "Created"), password).equals(text(token, "Password"));
    }

    private static String times(Instant end) {
        return "<tev:CurrentTime>" + Instant.now() + "</tev:CurrentTime><tev:TerminationTime>" + end
                + "</tev:TerminationTime>";
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:wsa=\"http://www.w3.org/2005/08/addressing\" xmlns:tev=\"http://www.onvif.org/ver10/events/wsdl\""
                + " xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\" xmlns:tt=\"http://www.onvif.org/ver10/schema\""
                + " xmlns:tns1=\"http://www.onvif.org/ver10/topics\" xmlns:ter=\"http://www.onvif.org/ver10/error\""
                + " xmlns:wsrf-rw=\"http://docs.oasis-open.org/wsrf/rw-2\"><s:Body>" + body + "</s:Body></s:Envelope>";
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element element(Element parent, String localName) {
        return parent == null ? null : Xml.child(parent, localName).orElse(null);
    }

    private static Element first(Element parent) {
        return Xml.firstElement(parent).orElseThrow();
    }

    private static String text(Element parent, String localName) {
        return Xml.text(parent, localName).orElse(null);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
