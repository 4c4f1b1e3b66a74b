package city.civic.voice.callbot;

import city.civic.dialog.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the callbot says on its own, per language ({@code prompts*.properties} next to this class). */
final class VoicePrompts {

    private final ResourceBundle bundle;
    private final Locale locale;

    VoicePrompts(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        this.bundle = ResourceBundle.getBundle("city.civic.voice.callbot.prompts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The prompts said as they are, without arguments: worth synthesizing ahead. */
    java.util.List<String> fixed() {
        return bundle.keySet().stream().sorted().map(bundle::getString).filter(text -> !text.contains("{")).toList();
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
