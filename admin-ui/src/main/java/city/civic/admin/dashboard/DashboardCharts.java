package city.civic.admin.dashboard;

import city.civic.dialog.ConversationInsights.Figures;
import city.civic.dialog.ConversationInsights.TicketCount;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/** The dashboard's charts from its figures, labelled in the reader's language. */
final class DashboardCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final MessageSource messages;
    private final Locale locale;

    DashboardCharts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    LineChart perDay(Figures figures) {
        var items = figures.byDay().entrySet().stream()
                .map(day -> new LineChart.Item(DAY.format(day.getKey()), day.getValue())).toList();
        var busiest = figures.byDay().entrySet().stream().max(Map.Entry.comparingByValue());
        String description = busiest.filter(b -> b.getValue() > 0)
                .map(b -> text("dashboard.chart.perDay.desc", figures.conversations(), b.getKey(), b.getValue()))
                .orElseGet(() -> text("dashboard.chart.empty"));
        return LineChart.of("per-day", text("dashboard.chart.perDay"), description, items);
    }

    BarChart perHour(Figures figures) {
        var items = new ArrayList<BarChart.Item>(24);
        int busiest = 0;
        for (int hour = 0; hour < 24; hour++) {
            long count = figures.byHourOfDay().get(hour);
            items.add(new BarChart.Item(String.format("%02d", hour), count));
            busiest = count > figures.byHourOfDay().get(busiest) ? hour : busiest;
        }
        String description = figures.conversations() == 0 ? text("dashboard.chart.empty")
                : text("dashboard.chart.perHour.desc", String.format("%02d:00", busiest),
                        figures.byHourOfDay().get(busiest));
        return BarChart.columns("per-hour", text("dashboard.chart.perHour"), description, items, 3);
    }

    BarChart byChannel(Figures figures) {
        return horizontal("by-channel", "dashboard.chart.byChannel", figures.byChannel(),
                channel -> text("channel." + channel.name().toLowerCase(Locale.ROOT)));
    }

    BarChart byOutcome(Figures figures) {
        return horizontal("by-outcome", "dashboard.chart.byOutcome", figures.byOutcome(),
                outcome -> text("outcome." + outcome.code()));
    }

    BarChart topIntents(Figures figures) {
        return chart("top-intents", "dashboard.chart.topIntents", figures.topIntents().stream()
                .map(top -> new BarChart.Item(top.key(), top.count())).toList());
    }

    BarChart ticketsByCategory(Figures figures) {
        var totals = new LinkedHashMap<String, Long>();
        ticketTable(figures).forEach((category, byStatus) -> totals.put(category,
                byStatus.values().stream().mapToLong(Long::longValue).sum()));
        return chart("tickets", "dashboard.chart.tickets", totals.entrySet().stream()
                .map(total -> new BarChart.Item(total.getKey(), total.getValue())).toList());
    }

    BarChart answerUse(Figures figures) {
        return chart("answers", "dashboard.chart.answers", figures.answerUse().stream()
                .map(use -> new BarChart.Item(use.title() == null ? use.answerId() : use.title(), use.uses()))
                .toList());
    }

    /** Category → status → tickets, categories in name order. */
    static Map<String, Map<String, Long>> ticketTable(Figures figures) {
        var table = new TreeMap<String, Map<String, Long>>();
        for (TicketCount count : figures.tickets()) {
            table.computeIfAbsent(count.category(), c -> new TreeMap<>()).merge(count.status(), count.count(), Long::sum);
        }
        return table;
    }

    private <K extends Enum<K>> BarChart horizontal(String id, String titleKey, Map<K, Long> counts,
            Function<K, String> label) {
        return chart(id, titleKey, counts.entrySet().stream()
                .map(count -> new BarChart.Item(label.apply(count.getKey()), count.getValue())).toList());
    }

    private BarChart chart(String id, String titleKey, List<BarChart.Item> items) {
        String description = items.stream().filter(item -> item.value() > 0).findFirst().isEmpty()
                ? text("dashboard.chart.empty")
                : text("dashboard.chart.bars.desc", items.stream()
                        .map(item -> item.label() + " " + item.value()).reduce((a, b) -> a + ", " + b).orElse(""));
        return BarChart.horizontal(id, text(titleKey), description, items);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
