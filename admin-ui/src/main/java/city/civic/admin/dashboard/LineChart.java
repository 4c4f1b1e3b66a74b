package city.civic.admin.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A line over the days of a range, laid out for an SVG the template draws: the polyline's points, a dot
 * per day (with its own {@code <title>}), and a few axis labels.
 */
public record LineChart(String id, String title, String description, String points, List<Dot> dots,
        List<AxisLabel> axis, long max) {

    static final int WIDTH = BarChart.WIDTH;
    static final int HEIGHT = 180;
    private static final int LEFT = 6;
    private static final int RIGHT = 6;
    private static final int TOP = 20;
    private static final int BOTTOM = 152;

    public record Dot(String label, long value, double x, double y) {
    }

    /** @param anchor SVG {@code text-anchor} */
    public record AxisLabel(String text, double x, String anchor) {
    }

    public record Item(String label, long value) {
    }

    public static LineChart of(String id, String title, String description, List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        double step = items.size() < 2 ? 0 : (double) (WIDTH - LEFT - RIGHT) / (items.size() - 1);
        var dots = new ArrayList<Dot>(items.size());
        var points = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double x = BarChart.round(items.size() < 2 ? WIDTH / 2.0 : LEFT + i * step);
            double y = BarChart.round(max == 0 ? BOTTOM : BOTTOM - (double) (BOTTOM - TOP) * item.value() / max);
            dots.add(new Dot(item.label(), item.value(), x, y));
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        return new LineChart(id, title, description, points.toString(), dots, axis(dots), max);
    }

    /** The first, middle and last day: enough to read the line without crowding a phone's width. */
    private static List<AxisLabel> axis(List<Dot> dots) {
        if (dots.isEmpty()) {
            return List.of();
        }
        if (dots.size() == 1) {
            return List.of(new AxisLabel(dots.get(0).label(), dots.get(0).x(), "middle"));
        }
        var labels = new ArrayList<AxisLabel>();
        labels.add(new AxisLabel(dots.get(0).label(), dots.get(0).x(), "start"));
        if (dots.size() > 2) {
            Dot middle = dots.get(dots.size() / 2);
            labels.add(new AxisLabel(middle.label(), middle.x(), "middle"));
        }
        Dot last = dots.get(dots.size() - 1);
        labels.add(new AxisLabel(last.label(), last.x(), "end"));
        return labels;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int width() {
        return WIDTH;
    }

    public int baseline() {
        return BOTTOM;
    }

    public int axisY() {
        return BOTTOM + 20;
    }
}
