package city.civic.admin.intents;

import city.civic.dialog.IntentTraining;
import city.civic.dialog.IntentTraining.Summary;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the intents pages show: the training panel, and an intent's examples in a language. */
@Component
class IntentsPageModel {

    private final IntentTraining training;
    private final ZoneId zone;

    IntentsPageModel(IntentTraining training, @Value("${civic.dialog.time-zone:Asia/Seoul}") ZoneId zone) {
        this.training = training;
        this.zone = zone;
    }

    void overview(Model model) {
        model.addAttribute("summaries", training.summaries());
        trainingPanel(model);
    }

    void trainingPanel(Model model) {
        int added = 0;
        int removed = 0;
        for (Summary summary : training.summaries()) {
            added += summary.added();
            removed += summary.removed();
        }
        model.addAttribute("pendingAdded", added);
        model.addAttribute("pendingRemoved", removed);
        model.addAttribute("live", TrainingView.live(training.live(), zone));
        model.addAttribute("run", training.latestRun().map(run -> TrainingView.of(run, zone)).orElse(null));
    }

    /** An unknown intent is a page that does not exist; an unknown language shows English. */
    void examples(String intent, String language, Model model) {
        String lang = "ko".equals(language) ? "ko" : "en";
        try {
            model.addAttribute("examples", training.examples(intent, lang));
        } catch (IntentTraining.Refused unknown) {
            throw new IntentNotFound();
        }
        model.addAttribute("intent", intent);
        model.addAttribute("language", lang);
        model.addAttribute("maxLength", IntentTraining.MAX_EXAMPLE_LENGTH);
    }
}
