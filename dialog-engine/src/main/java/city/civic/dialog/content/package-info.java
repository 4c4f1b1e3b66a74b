/**
 * The city's conversational content: intent examples, the gazetteer and report categories; the city pack seeds
 * it. A named interface because it is the city's data model, not engine logic: the back office reads places
 * and report categories (Open311 services, the console's plan), the phone line's grammar reads place names.
 */
@NamedInterface("content")
package city.civic.dialog.content;

import org.springframework.modulith.NamedInterface;
