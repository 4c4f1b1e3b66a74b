package city.civic.dialog.engine;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The bot's texts in each language (resource bundles {@code dialog/messages_*.properties}). */
final class Responses {

    private final Map<Language, ResourceBundle> bundles = Map.of(
            Language.EN, ResourceBundle.getBundle("dialog/messages", Locale.ENGLISH),
            Language.KO, ResourceBundle.getBundle("dialog/messages", Locale.KOREAN));

    String text(Language language, String key, Object... args) {
        String pattern = bundles.get(language).getString(key);
        // MessageFormat treats ' as a quote: double it so "couldn't" survives formatting.
        return args.length == 0 ? pattern
                : new MessageFormat(pattern.replace("'", "''"), locale(language)).format(args);
    }

    List<String> quick(Language language, String key) {
        return Arrays.asList(bundles.get(language).getString(key).split("\\|"));
    }

    Reply say(Language language, String intent, double confidence, String key, Object... args) {
        return plain(language, intent, confidence, text(language, key, args));
    }

    static Reply plain(Language language, String intent, double confidence, String text) {
        return new Reply(text, language.code(), intent, confidence, List.of(), null, List.of(), false);
    }

    static Reply withQuickReplies(Reply reply, List<String> quickReplies) {
        return new Reply(reply.text(), reply.language(), reply.intent(), reply.confidence(), reply.sources(),
                reply.ticket(), quickReplies, reply.handoff(), reply.agent(), reply.expects());
    }

    static Reply withHandoff(Reply reply) {
        return new Reply(reply.text(), reply.language(), reply.intent(), reply.confidence(), reply.sources(),
                reply.ticket(), reply.quickReplies(), true, reply.agent(), reply.expects());
    }

    /** The question awaits this slot, of this kind; its quick replies are the offered choices. */
    static Reply expecting(Reply question, String slot, String kind) {
        return question.withExpects(new Expectation(slot, kind, question.quickReplies()));
    }

    private static Locale locale(Language language) {
        return language == Language.KO ? Locale.KOREAN : Locale.ENGLISH;
    }
}
