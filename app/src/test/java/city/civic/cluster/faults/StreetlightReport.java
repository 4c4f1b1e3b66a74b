package city.civic.cluster.faults;

import city.civic.chat.TurnApi;
import city.civic.cluster.relay.Citizen;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A citizen reporting a broken streetlight over the turn API, each turn on whichever instance the test names: the
 * problem first, then the answer to each question asked, until a ticket is filed. A turn that failed is sent again
 * with the same {@code clientMessageId}, as the widget does, so a retry never doubles a message.
 */
final class StreetlightReport {

    static final String PROBLEM = "The streetlight at Gyeongan Market is out";

    private static final int MAX_TURNS = 8;
    private static final String STARTED_IN_ENGLISH = "{\"channel\":\"web\",\"language\":\"en\"}";

    private final Citizen citizen;
    private final List<Failure> failures = new ArrayList<>();
    private JsonNode lastReply;
    private int turns;
    private String ticket;

    private StreetlightReport(Citizen citizen, List<Failure> failures) {
        this.citizen = citizen;
        this.failures.addAll(failures);
    }

    /**
     * Starts the conversation on the first of {@code ports} that answers; a refused start is tried again, on the
     * next port, until {@code within} has passed.
     */
    static StreetlightReport startOn(Duration within, int... ports) {
        Instant deadline = Instant.now().plus(within);
        List<Failure> failures = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            int port = ports[attempt % ports.length];
            Instant sent = Instant.now();
            try {
                var api = new TurnApi(port);
                TurnApi.Response started = api.post("/api/v1/conversations", STARTED_IN_ENGLISH);
                if (started.status() == 201) {
                    String id = started.body().get("conversationId").asString();
                    return new StreetlightReport(new Citizen(id, api.token(id)), failures);
                }
                failures.add(Failure.of(started.status(), started.body(), sent));
            } catch (UncheckedIOException e) {
                failures.add(new Failure(0, e.getMessage(), Duration.between(sent, Instant.now())));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no conversation started within " + within + ": " + failures);
            }
            ChildInstance.sleep(100);
        }
    }

    /** The turns answered so far. */
    int turns() {
        return turns;
    }

    /** A turn that failed: the status (0: the instance could not be reached), the error code, how long it took. */
    record Failure(int status, String error, Duration took) {

        static Failure of(int status, JsonNode body, Instant sent) {
            JsonNode error = body == null ? null : body.get("error");
            return new Failure(status, error == null ? null : error.asString(), Duration.between(sent, Instant.now()));
        }
    }

    /** Sends the next turn to the instance at {@code port}; what it answered. */
    Citizen.Turn next(int port) {
        if (ticket != null) {
            throw new IllegalStateException("already filed as " + ticket);
        }
        String text = turns == 0 ? PROBLEM : answer();
        Citizen.Turn turn = citizen.attempt(port, text, citizen.conversationId() + "-" + turns);
        if (turn.status() == 200) {
            turns++;
            lastReply = turn.lastReply();
            JsonNode filed = lastReply.get("ticket");
            if (filed != null && !filed.isNull()) {
                ticket = filed.get("id").asString();
            }
        }
        return turn;
    }

    /**
     * Every turn to the ticket, turn k on {@code ports[k % ports.length]}. A turn that fails (the instance cannot be
     * reached or answers an error) is sent again to the next port, as a load balancer and the widget do, until
     * {@code within} has passed. The ticket's number.
     */
    String fileOn(Duration within, int... ports) {
        Instant deadline = Instant.now().plus(within);
        for (int retry = 0; ticket == null && turns <= MAX_TURNS; ) {
            int port = ports[(turns + retry) % ports.length];
            Instant sent = Instant.now();
            try {
                Citizen.Turn turn = next(port);
                if (turn.status() == 200) {
                    retry = 0;
                    continue;
                }
                failures.add(Failure.of(turn.status(), turn.body(), sent));
            } catch (UncheckedIOException e) {
                failures.add(new Failure(0, e.getMessage(), Duration.between(sent, Instant.now())));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("turn " + turns + " not answered within " + within + ": " + failures);
            }
            retry++;
            ChildInstance.sleep(100);
        }
        if (ticket == null) {
            throw new AssertionError("no ticket after " + turns + " turns; last reply " + lastReply);
        }
        return ticket;
    }

    List<Failure> failures() {
        return failures;
    }

    private String answer() {
        JsonNode expects = lastReply.get("expects");
        String kind = expects == null || expects.isNull() ? "none" : expects.get("kind").asString();
        return switch (kind) {
            case "time" -> "since last night";
            case "contact" -> "010-3456-7890";
            case "confirm" -> "yes";
            default -> throw new AssertionError("unexpected question: " + lastReply);
        };
    }
}
