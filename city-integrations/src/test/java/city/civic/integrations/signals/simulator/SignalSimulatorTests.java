package city.civic.integrations.signals.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.signals.ntcip.Ntcip1202;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

class SignalSimulatorTests {

    @Test
    void thePackControllersStartCityHallInFlashAndGwangjuStationWithADetectorFault() {
        var controllers = SignalSimulator.packControllers();

        assertThat(controllers).extracting(SignalSimulator.Controller::controllerId).containsExactly("SIG-001",
                "SIG-002", "SIG-003", "SIG-004", "SIG-005", "SIG-006", "SIG-007", "SIG-008");
        assertThat(controllers.get(0).intersection()).isEqualTo("city-hall-intersection");
        assertThat(controllers.get(0).state()).isEqualTo(ScriptedState.FLASH);
        assertThat(controllers.get(2).state()).isEqualTo(ScriptedState.DETECTOR_FAULT);
        assertThat(controllers).filteredOn(controller -> controller.state() == ScriptedState.NORMAL).hasSize(6);
    }

    @Test
    void theAgentIsReadOnlyAndKeepsControllersApart() throws Exception {
        try (var simulator = new SignalSimulator(List.of(new SignalSimulator.Controller("SIG-001", "a",
                ScriptedState.NORMAL), new SignalSimulator.Controller("SIG-002", "b", ScriptedState.FLASH)), 0);
                var snmp = new Snmp(new DefaultUdpTransportMapping())) {
            snmp.listen();
            assertThat(get(snmp, simulator, "SIG-001")).isEqualTo(2);
            assertThat(get(snmp, simulator, "SIG-002")).isEqualTo(6);

            PDU set = new PDU();
            set.setType(PDU.SET);
            set.add(new VariableBinding(Ntcip1202.UNIT_FLASH_STATUS, new Integer32(6)));
            PDU answer = snmp.set(set, target(simulator, "SIG-001")).getResponse();

            assertThat(answer.getErrorStatus()).isNotEqualTo(PDU.noError);
            assertThat(get(snmp, simulator, "SIG-001")).isEqualTo(2);
        }
    }

    private static int get(Snmp snmp, SignalSimulator simulator, String controllerId) throws Exception {
        PDU get = new PDU();
        get.setType(PDU.GET);
        get.add(new VariableBinding(Ntcip1202.UNIT_FLASH_STATUS));
        return snmp.get(get, target(simulator, controllerId)).getResponse().get(0).getVariable().toInt();
    }

    private static CommunityTarget<Address> target(SignalSimulator simulator, String controllerId) {
        var target = new CommunityTarget<>(GenericAddress.parse(simulator.address()),
                new OctetString(SignalSimulator.community(controllerId)));
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(500);
        return target;
    }
}
