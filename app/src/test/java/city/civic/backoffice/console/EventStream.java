package city.civic.backoffice.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A member of staff's open {@code /admin/console/events} stream, read line by line with Java's HttpClient:
 * server-sent events as they arrive ({@code event:} and {@code data:} lines up to a blank line).
 */
final class EventStream implements AutoCloseable {

    /** A new ticket for the list; a changed one's event is {@code ticket-<id>}. */
    static final String FILED = "ticket-filed";

    /** How long to wait for an event that must come; a missing one fails the test rather than hanging it. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port, String username, String password, String query) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/console/events" + query))
                .header("Accept", "text/event-stream").header("Accept-Language", "en");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return new EventStream(HttpClient.newHttpClient().send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    private void read() {
        String name = "message";
        var data = new ArrayList<String>();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, String.join("\n", data)));
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5));
                }
            }
        } catch (UncheckedIOException e) {
            // closed
        }
    }

    /** The next event of that name; earlier events of other names are skipped. */
    Event next(String name) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && event.name().equals(name)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No event " + name + " within " + PATIENCE);
    }

    /** The next event whose data mentions the text. */
    Event nextAbout(String name, String text) {
        while (true) {
            Event event = next(name);
            if (event.data().contains(text)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
