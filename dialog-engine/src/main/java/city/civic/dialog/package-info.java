/**
 * The dialog engine's API: channels hand it an {@link city.civic.dialog.Utterance} and render the
 * {@link city.civic.dialog.Reply} it returns; they know nothing of intents.
 */
@ApplicationModule(allowedDependencies = {"knowledge", "integrations", "tickets"})
package city.civic.dialog;

import org.springframework.modulith.ApplicationModule;
