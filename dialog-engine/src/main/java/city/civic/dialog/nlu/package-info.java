/** Understanding a message: language, intent with out-of-scope detection, and entities; evaluated by eval-intents. */
@NamedInterface("nlu")
package city.civic.dialog.nlu;

import org.springframework.modulith.NamedInterface;
