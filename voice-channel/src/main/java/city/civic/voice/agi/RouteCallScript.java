package city.civic.voice.agi;

import city.civic.voice.calls.Call;
import city.civic.voice.calls.Calls;
import java.util.Map;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code AGI(agi://host:4573/route)} after the AudioSocket leg ends: sets {@code CIVIC_ROUTE}
 * ({@code hangup} or {@code queue}) and, for a queue, {@code CIVIC_QUEUE}, {@code CIVIC_TICKET},
 * {@code CIVIC_CATEGORY}, {@code CIVIC_SUMMARY} (percent-encoded) and {@code CIVIC_TRANSCRIPT}. The call is
 * found by the {@code uuid} request parameter, else the channel variable {@code BOT_UUID}; an unknown
 * call goes to the human queue.
 */
final class RouteCallScript implements AgiScript {

    static final String NAME = "route";

    private static final Logger log = LoggerFactory.getLogger(RouteCallScript.class);

    private final Calls calls;
    private final String fallbackQueue;

    RouteCallScript(Calls calls, String fallbackQueue) {
        this.calls = calls;
        this.fallbackQueue = fallbackQueue;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String botUuid = request.getParameter("uuid");
        if (botUuid == null || botUuid.isBlank()) {
            botUuid = channel.getVariable(StartCallScript.BOT_UUID);
        }
        Optional<Call> call = calls.find(botUuid);
        Map<String, String> variables = RouteVariables.of(call, fallbackQueue);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("callId", String.valueOf(botUuid))) {
            log.info("call.routed known={} route={} queue={}", call.isPresent(),
                    variables.get(RouteVariables.ROUTE), variables.get(RouteVariables.QUEUE));
            calls.close(botUuid);
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                channel.setVariable(variable.getKey(), variable.getValue());
            }
        }
    }
}
