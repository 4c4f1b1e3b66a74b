package city.civic.integrations.signals.ntcip;

import city.civic.integrations.SignalStatus.Condition;
import city.civic.integrations.SignalStatus.Flash;
import city.civic.integrations.SignalStatus.Phases;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.snmp4j.smi.OID;

/**
 * The NTCIP 1202 (Actuated Signal Controller) status objects this system reads, and how their values
 * decode. OIDs from a real NTCIP 1202 MIB (as compiled in MnDOT IRIS, github.com/mnit-rtmc/iris,
 * {@code mib1202/MIB1202.java}, and in a public NTCIP1202 MIB file), never from snippets.
 * Bitmaps: bit 0 is the least significant bit of the INTEGER value ({@code (value >> n) & 1}).
 */
public final class Ntcip1202 {

    /** {@code asc} = iso.org.dod.internet.private.enterprises.nema.transportation.devices.asc. */
    public static final OID ASC = new OID("1.3.6.1.4.1.1206.4.2.1");

    /** {@code unitFlashStatus} (asc.3.6.0): other(1), notFlash(2), automatic(3), localManual(4), faultMonitor(5), mmu(6), startup(7), preempt(8). */
    public static final OID UNIT_FLASH_STATUS = asc(3, 6, 0);
    /** {@code unitAlarmStatus2} (asc.3.7.0): bitmap, see {@link #ALARMS_2}. */
    public static final OID UNIT_ALARM_STATUS_2 = asc(3, 7, 0);
    /** {@code unitAlarmStatus1} (asc.3.8.0): bitmap, see {@link #ALARMS_1}. */
    public static final OID UNIT_ALARM_STATUS_1 = asc(3, 8, 0);
    /** {@code shortAlarmStatus} (asc.3.9.0): bitmap, see {@link #SHORT_ALARMS}. */
    public static final OID SHORT_ALARM_STATUS = asc(3, 9, 0);
    /** {@code coordPatternStatus} (asc.4.10.0): 1–253 plan, 254 free, 255 flash. */
    public static final OID COORD_PATTERN_STATUS = asc(4, 10, 0);
    /** {@code phaseStatusGroupReds} (asc.1.4.1.2.group), group 1 = phases 1–8, bit 0 = phase 1. */
    public static final OID PHASE_STATUS_GROUP_REDS_1 = asc(1, 4, 1, 2, 1);
    /** {@code phaseStatusGroupYellows} (asc.1.4.1.3.group). */
    public static final OID PHASE_STATUS_GROUP_YELLOWS_1 = asc(1, 4, 1, 3, 1);
    /** {@code phaseStatusGroupGreens} (asc.1.4.1.4.group). */
    public static final OID PHASE_STATUS_GROUP_GREENS_1 = asc(1, 4, 1, 4, 1);

    /** unitAlarmStatus1, bit 0 first. */
    static final List<Condition> ALARMS_1 = List.of(Condition.CYCLE_FAULT, Condition.COORD_FAULT,
            Condition.COORD_FAIL, Condition.CYCLE_FAIL, Condition.MMU_FLASH, Condition.LOCAL_FLASH,
            Condition.LOCAL_FREE, Condition.COORD_ACTIVE);
    /** unitAlarmStatus2, bit 0 first (bits 6–7 reserved). */
    static final List<Condition> ALARMS_2 = List.of(Condition.POWER_RESTART, Condition.LOW_BATTERY,
            Condition.RESPONSE_FAULT, Condition.EXTERNAL_START, Condition.STOP_TIME, Condition.OFFSET_TRANSITIONING);
    /** shortAlarmStatus, bit 0 first. */
    static final List<Condition> SHORT_ALARMS = List.of(Condition.PREEMPT, Condition.TF_FLASH,
            Condition.LOCAL_CYCLE_ZERO, Condition.LOCAL_OVERRIDE, Condition.COORDINATION_ALARM,
            Condition.DETECTOR_FAULT, Condition.NON_CRITICAL_ALARM, Condition.CRITICAL_ALARM);

    private Ntcip1202() {
    }

    public static Set<Condition> unitAlarms1(int value) {
        return bits(value, ALARMS_1);
    }

    public static Set<Condition> unitAlarms2(int value) {
        return bits(value, ALARMS_2);
    }

    public static Set<Condition> shortAlarms(int value) {
        return bits(value, SHORT_ALARMS);
    }

    public static Flash flash(int value) {
        return switch (value) {
            case 2 -> Flash.NOT_FLASHING;
            case 3 -> Flash.AUTOMATIC;
            case 4 -> Flash.LOCAL_MANUAL;
            case 5 -> Flash.FAULT_MONITOR;
            case 6 -> Flash.MMU;
            case 7 -> Flash.STARTUP;
            case 8 -> Flash.PREEMPT;
            default -> Flash.OTHER; // other(1), or a value newer than this decoder
        };
    }

    /** The {@code unitFlashStatus} value of a flash state (for the simulator). */
    public static int flashValue(Flash flash) {
        return switch (flash) {
            case NOT_FLASHING -> 2;
            case AUTOMATIC -> 3;
            case LOCAL_MANUAL -> 4;
            case FAULT_MONITOR -> 5;
            case MMU -> 6;
            case STARTUP -> 7;
            case PREEMPT -> 8;
            case OTHER, UNKNOWN -> 1;
        };
    }

    /** The bitmap that sets exactly these conditions of one alarm object (for the simulator). */
    public static int bitmap(Set<Condition> conditions, List<Condition> object) {
        int value = 0;
        for (int bit = 0; bit < object.size(); bit++) {
            if (conditions.contains(object.get(bit))) {
                value |= 1 << bit;
            }
        }
        return value;
    }

    public static Phases phases(int greens, int yellows, int reds) {
        return new Phases(phaseNumbers(greens), phaseNumbers(yellows), phaseNumbers(reds));
    }

    /** Phases 1–8 of group 1 set in a phase status bitmap: bit 0 is phase 1. */
    static List<Integer> phaseNumbers(int bitmap) {
        List<Integer> phases = new ArrayList<>();
        for (int phase = 1; phase <= 8; phase++) {
            if ((bitmap >> (phase - 1) & 1) == 1) {
                phases.add(phase);
            }
        }
        return phases;
    }

    /** The phase status bitmap of these phases (for the simulator). */
    public static int phaseBitmap(List<Integer> phases) {
        return phases.stream().mapToInt(phase -> 1 << (phase - 1)).reduce(0, (a, b) -> a | b);
    }

    private static Set<Condition> bits(int value, List<Condition> object) {
        Set<Condition> set = EnumSet.noneOf(Condition.class);
        for (int bit = 0; bit < object.size(); bit++) {
            if ((value >> bit & 1) == 1) {
                set.add(object.get(bit));
            }
        }
        return set;
    }

    private static OID asc(int... suffix) {
        return new OID(ASC.getValue(), suffix);
    }
}
