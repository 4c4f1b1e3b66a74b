/**
 * Officials' intents pages: example utterances per intent and language, retraining in the background, the
 * new model's held-out accuracy beside the live one's, and activation (over {@link city.civic.dialog.IntentTraining}).
 */
package city.civic.admin.intents;
