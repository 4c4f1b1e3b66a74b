package city.civic.admin.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for an SVG that a template draws ({@code admin/dashboard-charts.html}): rectangles
 * and text positions in a fixed view box that scales with the page. Numbers only, no markup: the template
 * escapes every label.
 *
 * @param id unique in the page, for {@code aria-labelledby}
 * @param description what the chart shows, for screen readers ({@code <desc>})
 */
public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars) {

    /** About the width a chart gets on the page, so its text is drawn near its own size. */
    static final int WIDTH = 420;
    private static final int ROW = 40;
    private static final int BAR = 16;
    private static final int VALUE_ROOM = 50;
    private static final int COLUMNS_HEIGHT = 200;
    private static final int COLUMNS_TOP = 10;
    private static final int COLUMNS_BOTTOM = 176;

    /** A labelled value and where to draw it; {@code axisLabel} is empty where the axis would be crowded. */
    public record Bar(String label, String axisLabel, long value, double x, double y, double width, double height, double labelX,
            double labelY, double valueX, double valueY, String anchor) {
    }

    public record Item(String label, long value) {
    }

    /** One bar per row, the label above it: long labels fit narrow windows. */
    public static BarChart horizontal(String id, String title, String description, List<Item> items) {
        long max = max(items);
        var bars = new ArrayList<Bar>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double top = i * ROW;
            double length = scale(item.value(), max, WIDTH - VALUE_ROOM);
            bars.add(new Bar(item.label(), item.label(), item.value(), 0, top + 18, length, BAR, 0, top + 13,
                    round(length + 6), top + 31, "start"));
        }
        return new BarChart(id, title, description, WIDTH, Math.max(ROW, items.size() * ROW), bars);
    }

    /** Vertical bars side by side (hours of the day); every {@code labelEvery}-th bar keeps its label. */
    public static BarChart columns(String id, String title, String description, List<Item> items, int labelEvery) {
        long max = max(items);
        double slot = (double) WIDTH / Math.max(1, items.size());
        double barWidth = round(slot * 0.7);
        var bars = new ArrayList<Bar>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double height = scale(item.value(), max, COLUMNS_BOTTOM - COLUMNS_TOP);
            double centre = round(i * slot + slot / 2);
            String axisLabel = i % labelEvery == 0 ? item.label() : "";
            bars.add(new Bar(item.label(), axisLabel, item.value(), round(centre - barWidth / 2),
                    round(COLUMNS_BOTTOM - height), barWidth, height, centre, COLUMNS_BOTTOM + 16, centre,
                    round(COLUMNS_BOTTOM - height - 4), "middle"));
        }
        return new BarChart(id, title, description, WIDTH, COLUMNS_HEIGHT, bars);
    }

    /** The largest value: the longest bar. */
    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static long max(List<Item> items) {
        return items.stream().mapToLong(Item::value).max().orElse(0);
    }

    private static double scale(long value, long max, double length) {
        return max == 0 ? 0 : round(length * value / max);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
