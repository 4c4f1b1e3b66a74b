package city.civic.dialog;

import java.util.List;
import java.util.stream.Stream;

/**
 * The words the engine takes as yes or no to a question it asked (the engine's {@code Lexicon} is built
 * on them), so that a channel can listen for them: a phone's grammar for a confirmation.
 */
public final class ConfirmationWords {

    private static final List<String> YES_EN = List.of("yes", "yeah", "yep", "yup", "sure", "ok", "okay",
            "correct", "right", "that's right", "confirm", "go ahead", "please do", "file it", "yes, file it");
    private static final List<String> YES_KO = List.of("네", "예", "응", "어", "맞아요", "맞습니다", "맞아", "좋아요",
            "그래요", "접수해 주세요", "네, 접수해 주세요");
    private static final List<String> NO_EN = List.of("no", "nope", "nah", "not quite", "wrong", "that's wrong");
    private static final List<String> NO_KO = List.of("아니요", "아니오", "아뇨", "아니", "틀려요", "틀렸어요");

    private ConfirmationWords() {
    }

    public static List<String> yes(Language language) {
        return language == Language.KO ? YES_KO : YES_EN;
    }

    public static List<String> no(Language language) {
        return language == Language.KO ? NO_KO : NO_EN;
    }

    /** Yes and no in every language: what the engine accepts whatever language the turn is in. */
    public static List<String> allYes() {
        return Stream.concat(YES_EN.stream(), YES_KO.stream()).toList();
    }

    public static List<String> allNo() {
        return Stream.concat(NO_EN.stream(), NO_KO.stream()).toList();
    }
}
