package city.civic.dialog.engine;

import city.civic.dialog.nlu.EntityExtractor;
import city.civic.dialog.nlu.Gazetteer;
import city.civic.dialog.nlu.LanguageDetector;
import city.civic.dialog.nlu.LiveIntentClassifier;

/** The understanding models a turn uses, built together from the city's content. */
record Nlu(LanguageDetector languages, LiveIntentClassifier intents, Gazetteer gazetteer, EntityExtractor entities) {
}
