/** The city's conversational content: intent examples, the gazetteer and report categories; the city pack seeds it. */
@NamedInterface("content")
package city.civic.dialog.content;

import org.springframework.modulith.NamedInterface;
