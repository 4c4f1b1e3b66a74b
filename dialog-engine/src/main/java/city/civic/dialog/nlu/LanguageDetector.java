package city.civic.dialog.nlu;

import city.civic.dialog.Language;
import java.util.Optional;

/**
 * Korean or English by script: Hangul letters against Latin letters. A message with neither (digits,
 * emoji, a ticket number) has no language of its own and keeps the conversation's.
 */
public final class LanguageDetector {

    public Optional<Language> detect(String text) {
        int hangul = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (hangul == 0 && latin == 0) {
            return Optional.empty();
        }
        // A Hangul syllable carries about as much as three Latin letters; place names in Latin are common
        // inside Korean sentences ("SC-2026 접수 건"), so Korean wins ties generously.
        return Optional.of(hangul * 3 >= latin ? Language.KO : Language.EN);
    }
}
