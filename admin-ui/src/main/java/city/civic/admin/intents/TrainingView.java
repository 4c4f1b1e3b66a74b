package city.civic.admin.intents;

import city.civic.dialog.IntentTraining.Live;
import city.civic.dialog.IntentTraining.Run;
import city.civic.dialog.IntentTraining.Scores;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A training and the live model as the page shows them: times in the city's zone, percentages. */
public record TrainingView(Run run, String startedAt, String finishedAt, String activatedAt, Row accuracy,
        Row inScope, Row oosRecall) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One figure of the comparison: the new model's and the live model's, and which is ahead. */
    public record Row(String candidate, String live, int sign) {
        static Row of(double candidate, double live) {
            return new Row(percent(candidate), percent(live), Double.compare(candidate, live));
        }
    }

    public record LiveView(String activatedAt, String activatedBy, int examples) {
    }

    static TrainingView of(Run run, ZoneId zone) {
        Scores c = run.candidate();
        Scores l = run.live();
        boolean scored = c != null && l != null;
        return new TrainingView(run, shown(run.startedAt(), zone), shown(run.finishedAt(), zone),
                shown(run.activatedAt(), zone),
                scored ? Row.of(c.accuracy(), l.accuracy()) : null,
                scored ? Row.of(c.inScopeAccuracy(), l.inScopeAccuracy()) : null,
                scored ? Row.of(c.oosRecall(), l.oosRecall()) : null);
    }

    static LiveView live(Live live, ZoneId zone) {
        return new LiveView(shown(live.activatedAt(), zone), live.activatedBy(), live.examples());
    }

    private static String shown(Instant at, ZoneId zone) {
        return at == null ? null : SHOWN.format(at.atZone(zone));
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
    }
}
