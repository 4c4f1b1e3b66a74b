/**
 * Understanding a message: language, intent with out-of-scope detection, and entities. Internal to the engine,
 * except the named interface {@code intents} (the classifier, its examples, predictions and evaluation), which
 * the {@code eval-intents} command and the city pack use to train and measure outside a running engine.
 */
package city.civic.dialog.nlu;
