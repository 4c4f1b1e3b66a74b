package city.civic.dialog.insights;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights.AnswerUse;
import city.civic.dialog.ConversationInsights.Count;
import city.civic.dialog.ConversationInsights.Figures;
import city.civic.dialog.ConversationInsights.TicketCount;
import city.civic.dialog.ConversationOutcome;
import city.civic.tickets.TicketWorkflow;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures: grouped and counted by the database over the summary columns, then laid out on
 * the city's days and hours.
 */
final class ConversationFigures {

    private static final int TOP_INTENTS = 10;
    private static final int TOP_ANSWERS = 15;
    private static final String IN_RANGE = " where c.started_at >= :from and c.started_at < :to";

    private final JdbcClient jdbc;
    private final TicketWorkflow tickets;
    private final ZoneId zone;

    ConversationFigures(JdbcClient jdbc, TicketWorkflow tickets, ZoneId zone) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.zone = zone;
    }

    Figures between(LocalDate from, LocalDate to) {
        Map<String, Object> range = Map.of("from", startOf(from), "to", startOf(to.plusDays(1)));
        var totals = new Totals();
        jdbc.sql("select c.channel, c.outcome, count(*), sum(c.turns), sum(c.unanswered_turns),"
                        + " sum(case when c.handed_off then 1 else 0 end), sum(case when c.turns > 0 then 1 else 0 end)"
                        + " from conversation c" + IN_RANGE + " group by c.channel, c.outcome")
                .params(range).query((ResultSet rs) -> totals.add(rs));
        var byDay = new LinkedHashMap<LocalDate, Long>();
        from.datesUntil(to.plusDays(1)).forEach(day -> byDay.put(day, 0L));
        Long[] byHour = new Long[24];
        Arrays.fill(byHour, 0L);
        hourly(range, (at, count) -> {
            byDay.computeIfPresent(at.toLocalDate(), (day, n) -> n + count);
            byHour[at.getHour()] += count;
        });
        return new Figures(totals.conversations, totals.withTurns, totals.turns, totals.unanswered, totals.handoffs,
                totals.byChannel, totals.byOutcome, byDay, List.of(byHour), topIntents(range), answerUse(range),
                tickets(from, to));
    }

    /**
     * Conversations per hour. The database groups by the hour of the stored timestamp (the server's clock);
     * each hour is then placed in the city's day and hour, exact whenever the two zones differ by whole hours.
     */
    private void hourly(Map<String, Object> range, HourlyCount sink) {
        jdbc.sql("select cast(c.started_at as date), extract(hour from c.started_at), count(*) from conversation c"
                        + IN_RANGE + " group by cast(c.started_at as date), extract(hour from c.started_at)")
                .params(range)
                .query((ResultSet rs) -> {
                    LocalDateTime serverHour = rs.getDate(1).toLocalDate().atTime(rs.getInt(2), 0);
                    sink.add(serverHour.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone), rs.getLong(3));
                });
    }

    private interface HourlyCount {
        void add(ZonedDateTime cityHour, long count);
    }

    private List<Count> topIntents(Map<String, Object> range) {
        return jdbc.sql("select i.intent, sum(i.turns) as n from conversation_intent i"
                        + " join conversation c on c.id = i.conversation_id" + IN_RANGE
                        + " group by i.intent order by n desc, i.intent limit " + TOP_INTENTS)
                .params(range).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    private List<AnswerUse> answerUse(Map<String, Object> range) {
        return jdbc.sql("select a.answer_id, max(a.title), sum(a.uses) as n from conversation_answer a"
                        + " join conversation c on c.id = a.conversation_id" + IN_RANGE
                        + " group by a.answer_id order by n desc, a.answer_id limit " + TOP_ANSWERS)
                .params(range).query((rs, n) -> new AnswerUse(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Tickets filed within the days, per category (service code) and status. */
    private List<TicketCount> tickets(LocalDate from, LocalDate to) {
        return tickets.tally(startOf(from).toInstant(), startOf(to.plusDays(1)).toInstant()).stream()
                .map(tally -> new TicketCount(tally.serviceCode(), tally.status().code(), tally.count()))
                .toList();
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /** Sums of the grouped rows. */
    private static final class Totals {
        long conversations;
        long withTurns;
        long turns;
        long unanswered;
        long handoffs;
        final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        final Map<ConversationOutcome, Long> byOutcome = new EnumMap<>(ConversationOutcome.class);

        Totals() {
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, 0L);
            }
            for (ConversationOutcome outcome : ConversationOutcome.values()) {
                byOutcome.put(outcome, 0L);
            }
        }

        void add(ResultSet rs) throws java.sql.SQLException {
            long count = rs.getLong(3);
            byChannel.merge(Channel.valueOf(rs.getString(1)), count, Long::sum);
            ConversationOutcome.parse(rs.getString(2)).ifPresent(o -> byOutcome.merge(o, count, Long::sum));
            conversations += count;
            turns += rs.getLong(4);
            unanswered += rs.getLong(5);
            handoffs += rs.getLong(6);
            withTurns += rs.getLong(7);
        }
    }
}
