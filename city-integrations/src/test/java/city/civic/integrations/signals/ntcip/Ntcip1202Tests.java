package city.civic.integrations.signals.ntcip;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.SignalStatus.Condition;
import city.civic.integrations.SignalStatus.Flash;
import city.civic.integrations.SignalStatus.Pattern;
import org.junit.jupiter.api.Test;

/** Bit 0 is the least significant bit: the raw values here are what a controller sends. */
class Ntcip1202Tests {

    @Test
    void unitAlarmStatus1BitsFromTheLeastSignificant() {
        assertThat(Ntcip1202.unitAlarms1(0)).isEmpty();
        assertThat(Ntcip1202.unitAlarms1(1)).containsExactly(Condition.CYCLE_FAULT);
        assertThat(Ntcip1202.unitAlarms1(2)).containsExactly(Condition.COORD_FAULT);
        assertThat(Ntcip1202.unitAlarms1(16)).containsExactly(Condition.MMU_FLASH);
        assertThat(Ntcip1202.unitAlarms1(32)).containsExactly(Condition.LOCAL_FLASH);
        assertThat(Ntcip1202.unitAlarms1(64)).containsExactly(Condition.LOCAL_FREE);
        assertThat(Ntcip1202.unitAlarms1(128)).containsExactly(Condition.COORD_ACTIVE);
        assertThat(Ntcip1202.unitAlarms1(0b1001_0001)).containsExactlyInAnyOrder(Condition.CYCLE_FAULT,
                Condition.MMU_FLASH, Condition.COORD_ACTIVE);
    }

    @Test
    void unitAlarmStatus2BitsAndItsReservedBitsIgnored() {
        assertThat(Ntcip1202.unitAlarms2(1)).containsExactly(Condition.POWER_RESTART);
        assertThat(Ntcip1202.unitAlarms2(2)).containsExactly(Condition.LOW_BATTERY);
        assertThat(Ntcip1202.unitAlarms2(16)).containsExactly(Condition.STOP_TIME);
        assertThat(Ntcip1202.unitAlarms2(32)).containsExactly(Condition.OFFSET_TRANSITIONING);
        assertThat(Ntcip1202.unitAlarms2(0b1100_0000)).isEmpty();
    }

    @Test
    void shortAlarmStatusBits() {
        assertThat(Ntcip1202.shortAlarms(1)).containsExactly(Condition.PREEMPT);
        assertThat(Ntcip1202.shortAlarms(2)).containsExactly(Condition.TF_FLASH);
        assertThat(Ntcip1202.shortAlarms(32)).containsExactly(Condition.DETECTOR_FAULT);
        assertThat(Ntcip1202.shortAlarms(128)).containsExactly(Condition.CRITICAL_ALARM);
        // a reversed bit order would read 32 as bit 2 (Local Cycle Zero) of an MSB-first byte
        assertThat(Ntcip1202.shortAlarms(4)).containsExactly(Condition.LOCAL_CYCLE_ZERO);
    }

    @Test
    void encodingAndDecodingAgree() {
        for (int value = 0; value < 256; value++) {
            assertThat(Ntcip1202.bitmap(Ntcip1202.shortAlarms(value), Ntcip1202.SHORT_ALARMS)).isEqualTo(value);
            assertThat(Ntcip1202.bitmap(Ntcip1202.unitAlarms1(value), Ntcip1202.ALARMS_1)).isEqualTo(value);
        }
    }

    @Test
    void phaseStatusGroupBitZeroIsPhaseOne() {
        assertThat(Ntcip1202.phaseNumbers(1)).containsExactly(1);
        assertThat(Ntcip1202.phaseNumbers(128)).containsExactly(8);
        assertThat(Ntcip1202.phaseNumbers(34)).containsExactly(2, 6);
        var phases = Ntcip1202.phases(34, 0, 221);
        assertThat(phases.green()).containsExactly(2, 6);
        assertThat(phases.yellow()).isEmpty();
        assertThat(phases.red()).containsExactly(1, 3, 4, 5, 7, 8);
        assertThat(Ntcip1202.phaseBitmap(phases.red())).isEqualTo(221);
    }

    @Test
    void flashStatusValues() {
        assertThat(Ntcip1202.flash(2)).isEqualTo(Flash.NOT_FLASHING);
        assertThat(Ntcip1202.flash(6)).isEqualTo(Flash.MMU);
        assertThat(Ntcip1202.flash(4)).isEqualTo(Flash.LOCAL_MANUAL);
        assertThat(Ntcip1202.flash(1)).isEqualTo(Flash.OTHER);
        assertThat(Ntcip1202.flash(99)).isEqualTo(Flash.OTHER);
        for (Flash flash : Flash.values()) {
            if (flash != Flash.UNKNOWN) {
                assertThat(Ntcip1202.flash(Ntcip1202.flashValue(flash))).isEqualTo(flash);
            }
        }
        assertThat(Flash.NOT_FLASHING.flashing()).isFalse();
        assertThat(Flash.UNKNOWN.flashing()).isFalse();
        assertThat(Flash.MMU.flashing()).isTrue();
    }

    @Test
    void coordPatternStatusKinds() {
        assertThat(new Pattern(3).kind()).isEqualTo(Pattern.Kind.PLAN);
        assertThat(new Pattern(253).kind()).isEqualTo(Pattern.Kind.PLAN);
        assertThat(new Pattern(254).kind()).isEqualTo(Pattern.Kind.FREE);
        assertThat(new Pattern(255).kind()).isEqualTo(Pattern.Kind.FLASH);
        assertThat(new Pattern(0).kind()).isEqualTo(Pattern.Kind.NONE);
    }

    @Test
    void objectIdentifiersAreTheMibs() {
        assertThat(Ntcip1202.UNIT_FLASH_STATUS).hasToString("1.3.6.1.4.1.1206.4.2.1.3.6.0");
        assertThat(Ntcip1202.UNIT_ALARM_STATUS_2).hasToString("1.3.6.1.4.1.1206.4.2.1.3.7.0");
        assertThat(Ntcip1202.UNIT_ALARM_STATUS_1).hasToString("1.3.6.1.4.1.1206.4.2.1.3.8.0");
        assertThat(Ntcip1202.SHORT_ALARM_STATUS).hasToString("1.3.6.1.4.1.1206.4.2.1.3.9.0");
        assertThat(Ntcip1202.COORD_PATTERN_STATUS).hasToString("1.3.6.1.4.1.1206.4.2.1.4.10.0");
        assertThat(Ntcip1202.PHASE_STATUS_GROUP_GREENS_1).hasToString("1.3.6.1.4.1.1206.4.2.1.1.4.1.4.1");
    }
}
