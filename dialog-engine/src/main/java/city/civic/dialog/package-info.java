/**
 * The dialog engine's API: channels hand it an {@link city.civic.dialog.Utterance} and render the
 * {@link city.civic.dialog.Reply} it returns; they know nothing of intents.
 */
package city.civic.dialog;
