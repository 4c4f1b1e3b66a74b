package city.civic.integrations;

import java.time.Instant;

/** Read-only status of a signal controller (NTCIP 1202). */
public interface SignalStatus {

    ControllerStatus status(String controllerId);

    record ControllerStatus(String controllerId, boolean flashing, boolean alarm, String pattern, Instant readAt) {
    }
}
