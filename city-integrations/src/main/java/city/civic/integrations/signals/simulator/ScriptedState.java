package city.civic.integrations.signals.simulator;

import city.civic.integrations.signals.ntcip.Ntcip1202;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snmp4j.smi.OID;

/**
 * What a simulated controller answers. Values are written as raw NTCIP 1202 integers on purpose (not
 * through the decoder's tables), so the tests catch a bit-order mistake in the decoder.
 */
public enum ScriptedState {

    /** Running plan 3, coordinated (unitAlarmStatus1 bit 7 CoordActive = 128), phases 2 and 6 green. */
    NORMAL(objects(2, 128, 0, 0, 3, 0b0010_0010, 0, 0b1101_1101)),
    /** MMU flash: unitFlashStatus mmu(6), unitAlarmStatus1 bit 4 MMU Flash (16), shortAlarmStatus bit 1 T&F Flash (2), pattern 255, no steady indication. */
    FLASH(objects(6, 16, 0, 2, 255, 0, 0, 0)),
    /** As NORMAL, with shortAlarmStatus bit 5 Detector Fault (32). */
    DETECTOR_FAULT(objects(2, 128, 0, 32, 3, 0b0010_0010, 0, 0b1101_1101)),
    /** Free: pattern 254, unitAlarmStatus1 bit 6 Local Free (64). */
    FREE_PATTERN(objects(2, 64, 0, 0, 254, 0b0001_0001, 0, 0b1110_1110)),
    /** A vendor MIB without the unit objects (noSuchObject): only the pattern and the phase status. */
    MISSING_OBJECTS(without(objects(2, 128, 0, 0, 3, 0b0010_0010, 0, 0b1101_1101), Ntcip1202.UNIT_FLASH_STATUS,
            Ntcip1202.UNIT_ALARM_STATUS_1, Ntcip1202.UNIT_ALARM_STATUS_2, Ntcip1202.SHORT_ALARM_STATUS)),
    /** The agent drops this controller's requests: a dead cabinet or a cut line. */
    NO_ANSWER(objects(2, 128, 0, 0, 3, 0b0010_0010, 0, 0b1101_1101));

    /** Every object the simulator can serve. */
    static final List<OID> OIDS = List.copyOf(NORMAL.values.keySet());

    private final Map<OID, Integer> values;

    ScriptedState(Map<OID, Integer> values) {
        this.values = values;
    }

    /** The objects served, by OID; an absent OID answers noSuchObject. */
    Map<OID, Integer> objectValues() {
        return values;
    }

    private static Map<OID, Integer> objects(int flash, int alarms1, int alarms2, int shortAlarms, int pattern,
            int greens, int yellows, int reds) {
        Map<OID, Integer> objects = new LinkedHashMap<>();
        objects.put(Ntcip1202.UNIT_FLASH_STATUS, flash);
        objects.put(Ntcip1202.UNIT_ALARM_STATUS_1, alarms1);
        objects.put(Ntcip1202.UNIT_ALARM_STATUS_2, alarms2);
        objects.put(Ntcip1202.SHORT_ALARM_STATUS, shortAlarms);
        objects.put(Ntcip1202.COORD_PATTERN_STATUS, pattern);
        objects.put(Ntcip1202.PHASE_STATUS_GROUP_GREENS_1, greens);
        objects.put(Ntcip1202.PHASE_STATUS_GROUP_YELLOWS_1, yellows);
        objects.put(Ntcip1202.PHASE_STATUS_GROUP_REDS_1, reds);
        return Collections.unmodifiableMap(objects);
    }

    private static Map<OID, Integer> without(Map<OID, Integer> objects, OID... missing) {
        Map<OID, Integer> copy = new LinkedHashMap<>(objects);
        for (OID oid : missing) {
            copy.remove(oid);
        }
        return Collections.unmodifiableMap(copy);
    }
}
