package city.civic.integrations;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Read-only status of a signal controller (NTCIP 1202 objects, or a signal centre's feed), for
 * enriching a citizen's signal report. The system never sets anything on a controller.
 *
 * <p>Unknown is never "normal": a controller that is not configured, does not answer, answers
 * nothing usable, or whose last reading is too old, throws {@link CityDataUnavailableException}. A
 * controller that answers only some objects (vendor MIB gaps) gives a partial status: the parts it
 * lacked are in {@link ControllerStatus#missing()} and read as {@code UNKNOWN}/{@code null}, and
 * {@link ControllerStatus#normal()} is then false.
 */
public interface SignalStatus {

    /**
     * @throws CityDataUnavailableException when the controller's status cannot be told (see above)
     */
    ControllerStatus status(String controllerId);

    /**
     * @param flash why the controller is flashing, if it is ({@code unitFlashStatus})
     * @param conditions the alarm and status bits that were set, decoded
     * @param pattern the running coordination pattern, {@code null} when missing
     * @param phases current indications of phases 1–8, {@code null} when missing
     * @param missing the parts the controller did not answer; empty when complete
     * @param readAt when the controller answered (a cached answer keeps its time)
     */
    record ControllerStatus(String controllerId, Flash flash, Set<Condition> conditions, Pattern pattern,
            Phases phases, Set<Part> missing, Instant readAt) {

        public ControllerStatus {
            conditions = Set.copyOf(conditions);
            missing = Set.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }

        /** Confirmed flashing, by the flash status, the flash pattern 255 or a flash alarm. */
        public boolean flashing() {
            return flash.flashing() || pattern != null && pattern.kind() == Pattern.Kind.FLASH
                    || conditions.stream().anyMatch(Condition::flash);
        }

        /** A confirmed fault condition (detector fault, MMU flash, power restart, …). */
        public boolean alarm() {
            return conditions.stream().anyMatch(Condition::fault);
        }

        /** Complete, not flashing, no fault: only then may a citizen hear that the signal looks fine. */
        public boolean normal() {
            return complete() && !flashing() && !alarm();
        }
    }

    /** The parts of a status reading, each of which a controller may lack. */
    enum Part {
        FLASH_STATUS, UNIT_ALARMS_1, UNIT_ALARMS_2, SHORT_ALARMS, COORD_PATTERN, PHASES
    }

    /** Flash state and its reason ({@code unitFlashStatus}); UNKNOWN when the controller did not say. */
    enum Flash {
        NOT_FLASHING, AUTOMATIC, LOCAL_MANUAL, FAULT_MONITOR, MMU, STARTUP, PREEMPT, OTHER, UNKNOWN;

        public boolean flashing() {
            return this != NOT_FLASHING && this != UNKNOWN;
        }
    }

    /** Alarm and status bits, named; {@code fault} ones mean something is wrong at the intersection. */
    enum Condition {
        // unitAlarmStatus1
        CYCLE_FAULT(true, false), COORD_FAULT(true, false), COORD_FAIL(true, false), CYCLE_FAIL(true, false),
        MMU_FLASH(true, true), LOCAL_FLASH(false, true), LOCAL_FREE(false, false), COORD_ACTIVE(false, false),
        // unitAlarmStatus2
        POWER_RESTART(true, false), LOW_BATTERY(true, false), RESPONSE_FAULT(true, false),
        EXTERNAL_START(false, false), STOP_TIME(true, false), OFFSET_TRANSITIONING(false, false),
        // shortAlarmStatus
        PREEMPT(false, false), TF_FLASH(false, true), LOCAL_CYCLE_ZERO(false, false), LOCAL_OVERRIDE(false, false),
        COORDINATION_ALARM(true, false), DETECTOR_FAULT(true, false), NON_CRITICAL_ALARM(true, false),
        CRITICAL_ALARM(true, false);

        private final boolean fault;
        private final boolean flash;

        Condition(boolean fault, boolean flash) {
            this.fault = fault;
            this.flash = flash;
        }

        public boolean fault() {
            return fault;
        }

        public boolean flash() {
            return flash;
        }
    }

    /**
     * The running coordination pattern ({@code coordPatternStatus}): 1–253 a timing plan, 254 free
     * (no coordination), 255 flash; 0 none.
     */
    record Pattern(int number) {

        public enum Kind {
            NONE, PLAN, FREE, FLASH
        }

        public Kind kind() {
            return number == 255 ? Kind.FLASH : number == 254 ? Kind.FREE : number >= 1 ? Kind.PLAN : Kind.NONE;
        }
    }

    /** Phases (1–8) showing each colour now. Smart intersections change timing: never quote it as fixed. */
    record Phases(List<Integer> green, List<Integer> yellow, List<Integer> red) {

        public Phases {
            green = List.copyOf(green);
            yellow = List.copyOf(yellow);
            red = List.copyOf(red);
        }
    }
}
