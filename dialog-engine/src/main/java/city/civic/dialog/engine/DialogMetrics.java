package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;

/**
 * Figures officials and operators watch: turns by intent and channel, how long a turn takes, how
 * often the bot hands off or does not know, tickets filed ({@code /actuator/prometheus}).
 */
final class DialogMetrics {

    private final MeterRegistry registry;
    private final Timer turnDuration;

    DialogMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.turnDuration = Timer.builder("civic.dialog.turn.duration")
                .description("Time to handle one citizen message, storage included")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    void turn(Channel channel, List<Reply> replies, long nanos) {
        turnDuration.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        Reply first = replies.get(0);
        Counter.builder("civic.dialog.turns").tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT))
                .tag("intent", first.intent()).tag("language", first.language())
                .register(registry).increment();
        for (Reply reply : replies) {
            if (reply.handoff()) {
                registry.counter("civic.dialog.handoffs").increment();
            }
            if (reply.ticket() != null && "received".equals(reply.ticket().status())
                    && !"ticket.status".equals(reply.intent())) {
                registry.counter("civic.dialog.tickets.filed", "intent", reply.intent()).increment();
            }
        }
    }
}
