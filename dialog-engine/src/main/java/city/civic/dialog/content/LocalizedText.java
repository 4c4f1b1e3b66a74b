package city.civic.dialog.content;

import city.civic.dialog.Language;

/** A text in both of the city's languages. */
public record LocalizedText(String en, String ko) {

    public String in(Language language) {
        String text = language == Language.KO ? ko : en;
        return text != null ? text : (en != null ? en : ko);
    }
}
