package city.civic.dialog.nlu;

import city.civic.dialog.TicketNumbers;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ticket numbers, Korean phone numbers and time expressions (English and Korean), plus places. */
public final class EntityExtractor {

    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(01[016789]|02|0[3-6][1-5]|070)[\\s.-]?(\\d{3,4})[\\s.-]?(\\d{4})(?!\\d)");

    private final Gazetteer gazetteer;
    private final Clock clock;
    private final List<TimeRule> timeRules = List.of(
            rule("(?i)\\b(just now|right now|now)\\b|방금|지금", (m, now) -> now),
            rule("(?i)\\b(\\d{1,2})\\s*(?:minutes?|mins?)\\s+ago\\b|(\\d{1,2})\\s*분\\s*전",
                    (m, now) -> now.minusMinutes(Integer.parseInt(firstNonNull(m.group(1), m.group(2))))),
            rule("(?i)\\b(\\d{1,2})\\s*hours?\\s+ago\\b|(\\d{1,2})\\s*시간\\s*전",
                    (m, now) -> now.minusHours(Integer.parseInt(firstNonNull(m.group(1), m.group(2))))),
            rule("(?i)\\blast night\\b|어젯밤|어제\\s*밤", (m, now) -> now.minusDays(1).withHour(22).withMinute(0)),
            rule("(?i)\\byesterday\\b|어제", (m, now) -> now.minusDays(1).withHour(12).withMinute(0)),
            rule("(?i)\\bthis morning\\b|오늘\\s*아침|아침에", (m, now) -> now.withHour(8).withMinute(0)),
            rule("(?i)\\b(?:this )?afternoon\\b|오늘\\s*오후", (m, now) -> now.withHour(15).withMinute(0)),
            rule("(?i)\\b(?:this )?evening\\b|\\btonight\\b|저녁", (m, now) -> now.withHour(19).withMinute(0)),
            rule("(?i)\\b(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)\\b", (m, now) -> clockTime(now,
                    Integer.parseInt(m.group(1)), m.group(2), m.group(3).equalsIgnoreCase("pm"), true)),
            rule("(오전|오후)?\\s*(\\d{1,2})\\s*시(?:\\s*(\\d{1,2})\\s*분)?", (m, now) -> clockTime(now,
                    Integer.parseInt(m.group(2)), m.group(3), "오후".equals(m.group(1)), m.group(1) != null)));

    public EntityExtractor(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    public Entities extract(String text) {
        return new Entities(gazetteer.find(text), ticketId(text), phoneNumber(text), time(text));
    }

    /** Normalised ticket number ("sc 2026 123" → "SC-2026-000123"). */
    public static Optional<String> ticketId(String text) {
        return TicketNumbers.find(text);
    }

    static Optional<String> phoneNumber(String text) {
        Matcher m = PHONE.matcher(text);
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    Optional<TimeMention> time(String text) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (TimeRule rule : timeRules) {
            Matcher m = rule.pattern.matcher(text);
            if (m.find()) {
                return Optional.of(new TimeMention(m.group().strip(), rule.resolve.apply(m, now)));
            }
        }
        return Optional.empty();
    }

    private static ZonedDateTime clockTime(ZonedDateTime now, int hour, String minutes, boolean pm,
            boolean halfOfDayGiven) {
        int h = hour % 24;
        if (pm && h < 12) {
            h += 12;
        } else if (!halfOfDayGiven && h >= 1 && h <= 6) {
            h += 12; // "3시에" said during the day almost always means the afternoon
        }
        ZonedDateTime at = now.withHour(h).withMinute(minutes == null ? 0 : Integer.parseInt(minutes) % 60);
        return at.isAfter(now) ? at.minusDays(1) : at;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static TimeRule rule(String regex, BiFunction<Matcher, ZonedDateTime, ZonedDateTime> resolve) {
        return new TimeRule(Pattern.compile(regex), resolve);
    }

    private record TimeRule(Pattern pattern, BiFunction<Matcher, ZonedDateTime, ZonedDateTime> resolve) {
    }
}
