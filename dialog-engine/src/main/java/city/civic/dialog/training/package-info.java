/**
 * Officials' curation of intent examples and retraining of the intent classifier in the background, with a
 * held-out comparison against the live model before activation (implements {@link city.civic.dialog.IntentTraining}).
 */
package city.civic.dialog.training;
