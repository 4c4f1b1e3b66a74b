package city.civic.dialog.engine;

import city.civic.dialog.ConfirmationWords;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small closed-class words the flows react to directly: yes, no, cancel, skip, emergency cues. */
final class Lexicon {

    private static final Pattern YES = Pattern.compile("(?i)^\\s*(" + alternatives(ConfirmationWords.allYes())
            + ")[\\s.!,]*(please|plz|요)?[\\s.!]*$");
    private static final Pattern NO = Pattern.compile("(?i)^\\s*(" + alternatives(ConfirmationWords.allNo())
            + ")\\b.*");
    private static final Pattern CANCEL = Pattern.compile(
            "(?i)\\b(cancel|never ?mind|forget it|abort|stop (it|this|the report)|don'?t file)\\b"
                    + "|취소|그만|안 할래|(?<!못\\s?)됐어요|신고 안");
    private static final Pattern SKIP = Pattern.compile(
            "(?i)^\\s*(skip|no|none|nothing|not sure|i don'?t know|don'?t know|no idea|rather not|anonymous|"
                    + "없어요|없음|몰라요|모르겠어요|건너뛰기|건너뛸게요|괜찮아요|익명|아니요)[\\s.!]*$");
    private static final Pattern EMERGENCY_CUE = Pattern.compile(
            "(?i)\\b(fire|burning|smoke|collapsed|unconscious|not breathing|bleeding|blood|stabb|knife|gun|"
                    + "drown|heart attack|dying|injur|hurt|trapped|help me|attack(ing|ed)?|overdose)"
                    + "|불이|불났|화재|연기|쓰러|의식|숨을|피가|피를|칼|흉기|물에 빠|심장|살려|죽을|다쳤|부상|갇혔|폭행");
    private static final Pattern GENERIC_REPORT = Pattern.compile(
            "(?i)^\\s*(i want to |i'?d like to |can i )?(report|make a report|file a (report|complaint)|"
                    + "report a problem|complain)[\\s.!?]*$|^\\s*(불편\\s*)?신고(하기|하고 싶어요|할게요|하려고요)?[\\s.!?]*$");

    private static final Pattern LOOK_AGAIN = Pattern.compile(
            "(?i)^\\s*(look (it )?up (again|another( number)?)|look again|try again|search again|another number|"
                    + "다른 번호로? ?다시 ?조회|다시 ?조회|다시 ?찾아 ?주세요|다시 ?찾기|다른 번호)[\\s.!요]*$");

    private static final Pattern QUESTION = Pattern.compile(
            "(?is)^(?:what|when|where|how|why|who|which|can|could|do|does|is there|are there)\\b.*|.*\\?\\s*$"
                    + "|.*(?:나요|까요|습니까|인가요|해요\\?|어디예요|언제예요|몇 시).*");

    private Lexicon() {
    }

    /** Words as a regex alternation: a space may be any (or no) space, a comma and an apostrophe optional. */
    private static String alternatives(List<String> words) {
        return words.stream().map(word -> Arrays.stream(word.split("")).map(Lexicon::loosely)
                .collect(Collectors.joining())).collect(Collectors.joining("|"));
    }

    private static String loosely(String character) {
        return switch (character) {
            case " " -> "\\s*";
            case ",", "'" -> character + "?";
            default -> Pattern.quote(character);
        };
    }

    static boolean yes(String text) {
        return YES.matcher(text).matches();
    }

    static boolean no(String text) {
        return NO.matcher(text).matches();
    }

    static boolean cancel(String text) {
        return CANCEL.matcher(text).find();
    }

    static boolean skip(String text) {
        return SKIP.matcher(text).matches();
    }

    /** A question rather than an answer: "what are the opening hours?", "몇 시까지 해요". */
    static boolean question(String text) {
        return QUESTION.matcher(text).matches();
    }

    /** "Look again": the citizen will give another ticket number. */
    static boolean lookAgain(String text) {
        return LOOK_AGAIN.matcher(text).matches();
    }

    static boolean emergencyCue(String text) {
        return EMERGENCY_CUE.matcher(text).find();
    }

    static boolean genericReport(String text) {
        return GENERIC_REPORT.matcher(text).matches();
    }
}
