package city.civic.integrations.signals.ntcip;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.SignalStatus;
import city.civic.integrations.signals.ControllerEndpoint;
import city.civic.integrations.signals.ControllerPolls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * NTCIP 1202 status over SNMPv2c: one GET of the status objects per poll, read-only (this class
 * has no code path that sends a SET). An object the controller lacks ({@code noSuchObject},
 * {@code noSuchInstance}: vendor MIB gaps) makes the status partial; a controller lacking all of them,
 * or not answering within {@code timeout × (retries + 1)}, is unavailable.
 */
public final class SnmpSignalStatus implements SignalStatus, AutoCloseable {

    /** What one GET asks, and which part of the status each object is. */
    private static final Map<OID, Part> OBJECTS = objects();

    private final Map<String, ControllerEndpoint> controllers;
    private final Duration timeout;
    private final int retries;
    private final ControllerPolls polls;
    private final Clock clock;
    private final Snmp snmp;

    public SnmpSignalStatus(Map<String, ControllerEndpoint> controllers, Duration timeout, int retries,
            ControllerPolls polls, Clock clock) {
        this.controllers = Map.copyOf(controllers);
        this.timeout = timeout;
        this.retries = retries;
        this.polls = polls;
        this.clock = clock;
        try {
            snmp = new Snmp(new DefaultUdpTransportMapping());
            snmp.listen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ControllerStatus status(String controllerId) {
        ControllerEndpoint endpoint = controllers.get(controllerId);
        if (endpoint == null) {
            throw new CityDataUnavailableException("signal controller " + controllerId, "not configured");
        }
        ControllerStatus status = polls.status(controllerId, () -> poll(controllerId, endpoint));
        if (status.missing().size() == Part.values().length) {
            // it answers, but none of the NTCIP 1202 status objects: as good as no answer
            throw new CityDataUnavailableException("signal controller " + controllerId,
                    "no NTCIP 1202 status objects");
        }
        return status;
    }

    public Set<String> controllerIds() {
        return controllers.keySet();
    }

    public ControllerPolls.Counts counts() {
        return polls.counts();
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }

    private ControllerStatus poll(String controllerId, ControllerEndpoint endpoint) {
        PDU request = new PDU();
        request.setType(PDU.GET);
        OBJECTS.keySet().forEach(oid -> request.add(new VariableBinding(oid)));
        ResponseEvent<Address> event;
        try {
            event = snmp.get(request, target(endpoint));
        } catch (IOException e) {
            throw new SnmpPollException("request failed: " + e.getMessage());
        }
        PDU response = event.getResponse();
        if (response == null) {
            throw new SnmpPollException(event.getError() != null ? event.getError().getMessage()
                    : "no answer within " + timeout.toMillis() + " ms x " + (retries + 1));
        }
        if (response.getErrorStatus() != PDU.noError) {
            throw new SnmpPollException("error-status " + response.getErrorStatusText());
        }
        return decode(controllerId, values(response));
    }

    private CommunityTarget<Address> target(ControllerEndpoint endpoint) {
        var target = new CommunityTarget<>(GenericAddress.parse(endpoint.address()),
                new OctetString(endpoint.community()));
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(timeout.toMillis());
        target.setRetries(retries);
        return target;
    }

    /** The integer values answered, by OID; exceptions (noSuchObject, …) and wrong types are left out. */
    private static Map<OID, Integer> values(PDU response) {
        Map<OID, Integer> values = new HashMap<>();
        for (VariableBinding binding : response.getVariableBindings()) {
            if (!binding.isException() && binding.getVariable() instanceof Integer32 value) {
                values.put(binding.getOid(), value.getValue());
            }
        }
        return values;
    }

    private ControllerStatus decode(String controllerId, Map<OID, Integer> values) {
        Set<Part> missing = EnumSet.noneOf(Part.class);
        OBJECTS.forEach((oid, part) -> {
            if (!values.containsKey(oid)) {
                missing.add(part);
            }
        });
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        Integer alarms1 = values.get(Ntcip1202.UNIT_ALARM_STATUS_1);
        Integer alarms2 = values.get(Ntcip1202.UNIT_ALARM_STATUS_2);
        Integer shortAlarms = values.get(Ntcip1202.SHORT_ALARM_STATUS);
        if (alarms1 != null) {
            conditions.addAll(Ntcip1202.unitAlarms1(alarms1));
        }
        if (alarms2 != null) {
            conditions.addAll(Ntcip1202.unitAlarms2(alarms2));
        }
        if (shortAlarms != null) {
            conditions.addAll(Ntcip1202.shortAlarms(shortAlarms));
        }
        Integer flash = values.get(Ntcip1202.UNIT_FLASH_STATUS);
        Integer pattern = values.get(Ntcip1202.COORD_PATTERN_STATUS);
        return new ControllerStatus(controllerId, flash == null ? Flash.UNKNOWN : Ntcip1202.flash(flash), conditions,
                pattern == null ? null : new Pattern(pattern),
                missing.contains(Part.PHASES) ? null
                        : Ntcip1202.phases(values.get(Ntcip1202.PHASE_STATUS_GROUP_GREENS_1),
                                values.get(Ntcip1202.PHASE_STATUS_GROUP_YELLOWS_1),
                                values.get(Ntcip1202.PHASE_STATUS_GROUP_REDS_1)),
                missing, clock.instant());
    }

    private static Map<OID, Part> objects() {
        Map<OID, Part> objects = new LinkedHashMap<>();
        objects.put(Ntcip1202.UNIT_FLASH_STATUS, Part.FLASH_STATUS);
        objects.put(Ntcip1202.UNIT_ALARM_STATUS_1, Part.UNIT_ALARMS_1);
        objects.put(Ntcip1202.UNIT_ALARM_STATUS_2, Part.UNIT_ALARMS_2);
        objects.put(Ntcip1202.SHORT_ALARM_STATUS, Part.SHORT_ALARMS);
        objects.put(Ntcip1202.COORD_PATTERN_STATUS, Part.COORD_PATTERN);
        // all three colours or the phases are missing: a partial set of colours would mislead
        objects.put(Ntcip1202.PHASE_STATUS_GROUP_GREENS_1, Part.PHASES);
        objects.put(Ntcip1202.PHASE_STATUS_GROUP_YELLOWS_1, Part.PHASES);
        objects.put(Ntcip1202.PHASE_STATUS_GROUP_REDS_1, Part.PHASES);
        return Collections.unmodifiableMap(objects);
    }

    /** The controller did not answer, or answered with an error: a failure for the circuit breaker. */
    static final class SnmpPollException extends RuntimeException {

        SnmpPollException(String message) {
            super(message);
        }
    }
}
