package city.civic.voice.calls;

import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls held in this JVM, forgotten after a time to live (a call that never reached its {@code route}
 * step, e.g. because Asterisk lost it, must not stay forever). Good for one instance only: with several
 * instances behind one Asterisk the {@code start}, AudioSocket and {@code route} connections of a call
 * may reach different instances, so production needs this registry shared (database or cache) or the
 * three connections pinned to one instance.
 */
public class InMemoryCalls implements Calls {

    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeToLive;

    public InMemoryCalls(Clock clock, Duration timeToLive) {
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    @Override
    public Call open(String conversationId, CallLine line, Language language, List<Reply> greeting) {
        purgeExpired();
        Call call = new Call(UUID.randomUUID().toString(), conversationId, line, language, greeting,
                clock.instant(), null);
        calls.put(call.botUuid(), call);
        return call;
    }

    @Override
    public Optional<Call> find(String botUuid) {
        if (botUuid == null) {
            return Optional.empty();
        }
        Call call = calls.get(botUuid);
        if (call != null && expired(call, clock.instant())) {
            calls.remove(botUuid, call);
            return Optional.empty();
        }
        return Optional.ofNullable(call);
    }

    @Override
    public boolean decide(String botUuid, CallOutcome outcome) {
        if (find(botUuid).isEmpty()) {
            return false;
        }
        return calls.computeIfPresent(botUuid, (id, call) -> call.withOutcome(outcome)) != null;
    }

    @Override
    public void close(String botUuid) {
        if (botUuid != null) {
            calls.remove(botUuid);
        }
    }

    /** Calls currently held, expired ones included until the next purge. */
    public int size() {
        return calls.size();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        calls.values().removeIf(call -> expired(call, now));
    }

    private boolean expired(Call call, Instant now) {
        return !call.startedAt().plus(timeToLive).isAfter(now);
    }
}
