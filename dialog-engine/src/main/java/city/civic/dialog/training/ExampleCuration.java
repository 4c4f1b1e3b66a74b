package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.Refused;
import city.civic.dialog.IntentTraining.State;
import city.civic.dialog.Language;
import java.time.Clock;
import java.util.List;

/**
 * Adding and removing example utterances, each checked before anything changes: a known intent and
 * language, a clean text within the limit, no duplicate, no utterance that already means another intent,
 * and never an intent's last example in a language (the pack's intent ids are a contract).
 */
final class ExampleCuration {

    private final JdbcIntentExamples store;
    private final Clock clock;

    ExampleCuration(JdbcIntentExamples store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<Example> examples(String intent, String lang) {
        requireIntent(intent);
        requireLanguage(lang);
        return store.examples(intent, lang);
    }

    /** Synchronized so that two officials adding the same utterance at once cannot both succeed. */
    synchronized Example add(String intent, String lang, String text, String by) {
        requireIntent(intent);
        requireLanguage(lang);
        String cleaned = ExampleText.clean(text);
        String key = ExampleText.key(cleaned);
        for (Example existing : store.inLanguage(lang)) {
            if (!ExampleText.key(existing.text()).equals(key)) {
                continue;
            }
            if (existing.state() == State.REMOVED && existing.intent().equals(intent)) {
                store.mark(existing.id(), State.LIVE, by, clock.instant());
                return store.find(existing.id()).orElseThrow();
            }
            if (existing.state() != State.REMOVED) {
                throw existing.intent().equals(intent)
                        ? new Refused("example.duplicate", "This intent already has that example.")
                        : new Refused("example.conflict", "That utterance is already an example of "
                                + existing.intent() + "; remove it there first.");
            }
        }
        long id = store.insertAdded(intent, lang, cleaned, by, clock.instant());
        return store.find(id).orElseThrow();
    }

    synchronized void remove(long id, String by) {
        Example example = store.find(id).filter(e -> e.state() != State.REMOVED)
                .orElseThrow(() -> new Refused("example.not_found", "There is no such example."));
        if (store.currentCount(example.intent(), example.lang()) <= 1) {
            throw new Refused("example.last", "An intent keeps at least one example in each language.");
        }
        if (example.state() == State.ADDED) {
            store.delete(id);
        } else {
            store.mark(id, State.REMOVED, by, clock.instant());
        }
    }

    void requireIntent(String intent) {
        if (intent == null || !store.intents().contains(intent)) {
            throw new Refused("intent.unknown", "There is no intent with that id.");
        }
    }

    static void requireLanguage(String lang) {
        if (lang == null || Language.fromCode(lang).map(Language::code).filter(lang::equals).isEmpty()) {
            throw new Refused("lang.unknown", "The language must be en or ko.");
        }
    }
}
