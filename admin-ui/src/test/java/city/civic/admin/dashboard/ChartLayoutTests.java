package city.civic.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry the dashboard's SVG charts are drawn from. */
class ChartLayoutTests {

    @Test
    void horizontalBarsAreScaledToTheLargestAndStackedInRows() {
        BarChart chart = BarChart.horizontal("c", "Title", "Desc", List.of(new BarChart.Item("faq", 10),
                new BarChart.Item("greeting", 5), new BarChart.Item("oos", 0)));

        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(370.0, 185.0, 0.0);
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).y() + chart.bars().get(0).height());
        assertThat(chart.height()).isEqualTo(3 * 40);
        assertThat(chart.viewBox()).isEqualTo("0 0 420 120");
    }

    @Test
    void columnsStandOnOneBaselineAndOnlyEveryThirdIsLabelledOnTheAxis() {
        var items = java.util.stream.IntStream.range(0, 24)
                .mapToObj(hour -> new BarChart.Item(String.format("%02d", hour), hour == 10 ? 8 : 2)).toList();

        BarChart chart = BarChart.columns("h", "Hours", "Desc", items, 3);

        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.y() + bar.height()).isEqualTo(176.0));
        assertThat(chart.bars().get(10).height()).isEqualTo(166.0);
        assertThat(chart.bars()).extracting(BarChart.Bar::axisLabel).filteredOn(label -> !label.isEmpty())
                .containsExactly("00", "03", "06", "09", "12", "15", "18", "21");
        assertThat(chart.bars()).extracting(BarChart.Bar::label).contains("10", "23");
    }

    @Test
    void nothingToCountDrawsFlatBars() {
        BarChart chart = BarChart.horizontal("c", "T", "D", List.of(new BarChart.Item("web", 0)));

        assertThat(chart.bars().get(0).width()).isZero();
        assertThat(chart.max()).isZero();
    }

    @Test
    void aLineRunsAcrossTheDaysWithTheFirstMiddleAndLastLabelled() {
        LineChart chart = LineChart.of("d", "Days", "Desc", List.of(new LineChart.Item("03-01", 0),
                new LineChart.Item("03-02", 4), new LineChart.Item("03-03", 2)));

        assertThat(chart.points()).isEqualTo("6.0,152.0 210.0,20.0 414.0,86.0");
        assertThat(chart.axis()).extracting(LineChart.AxisLabel::text).containsExactly("03-01", "03-02", "03-03");
        assertThat(chart.max()).isEqualTo(4);
    }

    @Test
    void aSingleDayIsADotInTheMiddle() {
        LineChart chart = LineChart.of("d", "Days", "Desc", List.of(new LineChart.Item("03-01", 3)));

        assertThat(chart.dots()).singleElement().satisfies(dot -> assertThat(dot.x()).isEqualTo(210.0));
    }
}
