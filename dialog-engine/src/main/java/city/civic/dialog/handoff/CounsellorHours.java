package city.civic.dialog.handoff;

import city.civic.dialog.Language;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When counsellors answer chats, in the city's time zone: weekly opening windows ({@code MON-FRI 09:00-18:00},
 * {@code SAT 09:00-13:00}, end {@code 24:00} for midnight), minus holidays; or {@code always}, or {@code none}.
 */
public final class CounsellorHours {

    private static final int DAYS_AHEAD = 400;

    private final List<Window> windows;
    private final boolean always;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    /** @throws IllegalArgumentException naming {@code civic.handoff.hours} and the entry it cannot read */
    public CounsellorHours(List<String> specs, List<LocalDate> holidays, ZoneId zone) {
        List<String> entries = specs == null ? List.of() : specs.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        this.always = entries.isEmpty() || entries.stream().anyMatch("always"::equalsIgnoreCase);
        this.windows = always ? List.of() : entries.stream().filter(s -> !"none".equalsIgnoreCase(s))
                .map(Window::parse).toList();
        this.holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        this.zone = zone;
    }

    public boolean openAt(Instant instant) {
        if (always) {
            return true;
        }
        ZonedDateTime local = instant.atZone(zone);
        return !holidays.contains(local.toLocalDate()) && windows.stream().anyMatch(w -> w.covers(local));
    }

    /** The next time counsellors start answering, if they ever do. */
    public Optional<ZonedDateTime> nextOpening(Instant after) {
        if (always) {
            return Optional.of(after.atZone(zone));
        }
        ZonedDateTime now = after.atZone(zone);
        for (int day = 0; day <= DAYS_AHEAD && !windows.isEmpty(); day++) {
            LocalDate date = now.toLocalDate().plusDays(day);
            if (holidays.contains(date)) {
                continue;
            }
            Optional<ZonedDateTime> opening = windows.stream().filter(w -> w.days.contains(date.getDayOfWeek()))
                    .map(w -> date.atTime(w.from).atZone(zone)).filter(start -> start.isAfter(now))
                    .min(ZonedDateTime::compareTo);
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    /** The hours as a citizen reads them: {@code Mon–Fri 09:00–18:00}, {@code 월–금 09:00–18:00}. */
    public String describe(Language language) {
        Locale locale = language == Language.KO ? Locale.KOREAN : Locale.ENGLISH;
        return windows.stream().map(w -> w.describe(locale)).collect(Collectors.joining(", "));
    }

    public boolean always() {
        return always;
    }

    public boolean hasHolidays() {
        return !holidays.isEmpty();
    }

    private record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to, boolean toMidnight, String spec) {

        static Window parse(String spec) {
            String[] parts = spec.toUpperCase(Locale.ROOT).split("\\s+");
            String[] times = parts.length == 2 ? parts[1].split("-") : new String[0];
            if (times.length != 2) {
                throw invalid(spec);
            }
            try {
                boolean midnight = times[1].equals("24:00");
                LocalTime from = LocalTime.parse(times[0]);
                LocalTime to = midnight ? LocalTime.MAX : LocalTime.parse(times[1]);
                if (!to.isAfter(from)) {
                    throw invalid(spec);
                }
                return new Window(days(parts[0], spec), from, to, midnight, spec);
            } catch (java.time.format.DateTimeParseException e) {
                throw invalid(spec);
            }
        }

        private static Set<DayOfWeek> days(String text, String spec) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String item : text.split(",")) {
                String[] range = item.split("-");
                DayOfWeek first = day(range[0], spec);
                DayOfWeek last = range.length == 2 ? day(range[1], spec) : first;
                if (range.length > 2) {
                    throw invalid(spec);
                }
                for (DayOfWeek d = first; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == last) {
                        break;
                    }
                }
            }
            return days;
        }

        private static DayOfWeek day(String abbreviation, String spec) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                    return d;
                }
            }
            throw invalid(spec);
        }

        private static IllegalArgumentException invalid(String spec) {
            return new IllegalArgumentException("civic.handoff.hours: cannot read \"" + spec
                    + "\"; write days and times like MON-FRI 09:00-18:00, or always, or none");
        }

        boolean covers(ZonedDateTime local) {
            LocalTime time = local.toLocalTime();
            return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && (time.isBefore(to) || toMidnight);
        }

        String describe(Locale locale) {
            List<DayOfWeek> sorted = new ArrayList<>(days);
            String dayText = contiguous(sorted) && sorted.size() > 1
                    ? name(sorted.get(0), locale) + "–" + name(sorted.get(sorted.size() - 1), locale)
                    : sorted.stream().map(d -> name(d, locale)).collect(Collectors.joining(", "));
            return dayText + " " + from + "–" + (toMidnight ? "24:00" : to.toString());
        }

        private static boolean contiguous(List<DayOfWeek> sorted) {
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).getValue() != sorted.get(i - 1).getValue() + 1) {
                    return false;
                }
            }
            return true;
        }

        private static String name(DayOfWeek day, Locale locale) {
            return day.getDisplayName(TextStyle.SHORT, locale);
        }
    }
}
