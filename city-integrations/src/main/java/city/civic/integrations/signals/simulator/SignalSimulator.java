package city.civic.integrations.signals.simulator;

import city.civic.integrations.signals.ControllerEndpoint;
import city.civic.integrations.signals.ntcip.Ntcip1202;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.TransportMapping;
import org.snmp4j.agent.BaseAgent;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.agent.mo.snmp.RowStatus;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One SNMP agent on 127.0.0.1 standing in for all the pack's controllers. Real controllers each have
 * an address; here each is an SNMP context selected by its community, {@code public@SIG-001} (the
 * community@context convention of multi-context agents), so one UDP port serves them all. Read-only:
 * the VACM grants no write view.
 */
public final class SignalSimulator implements AutoCloseable {

    /** A pack controller and the state it starts in. */
    public record Controller(String controllerId, String intersection, ScriptedState state) {
    }

    private record Fixture(List<Controller> controllers) {
    }

    private static final String SECURITY_NAME = "ntcip-reader";

    private final Map<String, ScriptedState> states = new ConcurrentHashMap<>();
    private final Map<String, Map<OID, MOScalar<Integer32>>> served = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> byCommunity = new LinkedHashMap<>();
    private final Path workDir;
    private final Agent agent;

    public SignalSimulator(List<Controller> controllers, int port) {
        controllers.forEach(controller -> {
            byCommunity.put(community(controller.controllerId()), controller.controllerId());
            requests.put(controller.controllerId(), new AtomicInteger());
        });
        try {
            workDir = Files.createTempDirectory("signal-simulator");
            agent = new Agent(workDir.resolve("boots").toFile(), port);
            agent.start();
            for (Controller controller : controllers) {
                agent.getServer().addContext(new OctetString(controller.controllerId()));
                served.put(controller.controllerId(), new ConcurrentHashMap<>());
                setState(controller.controllerId(), controller.state());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack's controllers in their default states ({@code simulator/signal-controllers.json}). */
    public static List<Controller> packControllers() {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = SignalSimulator.class.getResourceAsStream("/simulator/signal-controllers.json")) {
            if (in == null) {
                throw new IllegalStateException("simulator/signal-controllers.json missing from the classpath");
            }
            return List.copyOf(mapper.readValue(in, Fixture.class).controllers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every simulated controller at this agent, under its own community. */
    public Map<String, ControllerEndpoint> endpoints() {
        Map<String, ControllerEndpoint> endpoints = new LinkedHashMap<>();
        byCommunity.forEach((community, id) -> endpoints.put(id, new ControllerEndpoint(address(), community)));
        return endpoints;
    }

    public String address() {
        UdpAddress listen = (UdpAddress) agent.transport.getListenAddress();
        return "udp:127.0.0.1/" + listen.getPort();
    }

    public static String community(String controllerId) {
        return "public@" + controllerId;
    }

    public ScriptedState state(String controllerId) {
        return states.get(controllerId);
    }

    /** Changes what a controller answers from the next request on. */
    public synchronized void setState(String controllerId, ScriptedState state) {
        Map<OID, MOScalar<Integer32>> objects = served.get(controllerId);
        if (objects == null) {
            throw new IllegalArgumentException("not a simulated controller: " + controllerId);
        }
        OctetString context = new OctetString(controllerId);
        for (OID oid : ScriptedState.OIDS) {
            Integer value = state.objectValues().get(oid);
            MOScalar<Integer32> object = objects.get(oid);
            if (value == null && object != null) {
                agent.getServer().unregister(objects.remove(oid), context);
            } else if (value != null && object == null) {
                object = new MOScalar<>(oid, MOAccessImpl.ACCESS_READ_ONLY, new Integer32(value));
                register(object, context);
                objects.put(oid, object);
            } else if (value != null) {
                object.setValue(new Integer32(value));
            }
        }
        states.put(controllerId, state);
    }

    /** GET requests this controller received, answered or dropped. */
    public int requests(String controllerId) {
        return requests.get(controllerId).get();
    }

    @Override
    public void close() {
        agent.stop();
        try {
            Files.deleteIfExists(workDir.resolve("boots"));
            Files.deleteIfExists(workDir);
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }

    private void register(MOScalar<Integer32> object, OctetString context) {
        try {
            agent.getServer().register(object, context);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For v1/v2c the security name of a request is its community. */
    private final class Processor extends CommandProcessor {

        Processor() {
            super(new OctetString(MPv3.createLocalEngineID()));
        }

        @Override
        public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
            String controllerId = byCommunity.get(new String(event.getSecurityName()));
            if (controllerId != null) {
                requests.get(controllerId).incrementAndGet();
                if (states.get(controllerId) == ScriptedState.NO_ANSWER) {
                    event.setProcessed(true);
                    return;
                }
            }
            super.processPdu(event);
        }
    }

    private final class Agent extends BaseAgent {

        private final int port;
        DefaultUdpTransportMapping transport;

        Agent(File bootCounter, int port) {
            super(bootCounter, null, null);
            this.port = port;
            setAgent(new Processor());
        }

        void start() throws IOException {
            init();
            finishInit();
            run();
        }

        @Override
        protected void initTransportMappings() throws IOException {
            transport = new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getLoopbackAddress(), port));
            @SuppressWarnings("unchecked")
            TransportMapping<? extends Address>[] mappings = new TransportMapping[] {transport};
            transportMappings = mappings;
        }

        @Override
        protected void registerManagedObjects() {
            // per controller context, by setState
        }

        @Override
        protected void unregisterManagedObjects() {
        }

        @Override
        protected void addUsmUser(USM usm) {
        }

        @Override
        protected void addNotificationTargets(SnmpTargetMIB targetMIB, SnmpNotificationMIB notificationMIB) {
        }

        /** Read access to the NTCIP asc subtree in every context; no write, no notify view. */
        @Override
        protected void addViews(VacmMIB vacm) {
            vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, new OctetString(SECURITY_NAME),
                    new OctetString("readers"), StorageType.nonVolatile);
            vacm.addAccess(new OctetString("readers"), new OctetString(), SecurityModel.SECURITY_MODEL_ANY,
                    SecurityLevel.NOAUTH_NOPRIV, MutableVACM.VACM_MATCH_PREFIX, new OctetString("asc"),
                    new OctetString(), new OctetString(), StorageType.nonVolatile);
            vacm.addViewTreeFamily(new OctetString("asc"), Ntcip1202.ASC, new OctetString(),
                    VacmMIB.vacmViewIncluded, StorageType.nonVolatile);
        }

        /** community {@code public@SIG-001} → context {@code SIG-001}. */
        @Override
        protected void addCommunities(SnmpCommunityMIB communityMIB) {
            byCommunity.forEach((community, controllerId) -> {
                Variable[] row = {new OctetString(community), new OctetString(SECURITY_NAME),
                        getAgent().getContextEngineID(), new OctetString(controllerId), new OctetString(),
                        new Integer32(StorageType.nonVolatile), new Integer32(RowStatus.active)};
                var entry = communityMIB.getSnmpCommunityEntry();
                entry.addRow(entry.createRow(new OctetString(community).toSubIndex(true), row));
            });
        }
    }
}
