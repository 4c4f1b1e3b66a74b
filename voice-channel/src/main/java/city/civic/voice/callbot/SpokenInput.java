package city.civic.voice.callbot;

import city.civic.dialog.TicketNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what the recognizer wrote into what a citizen would have typed: spoken digits into numbers
 * ("zero one zero, one two three four" → 0101234), "s c" before digits into SC, so the dialog engine's
 * ticket and phone patterns apply, and keypad digits into a ticket number when one is awaited.
 */
final class SpokenInput {

    private static final Map<String, String> DIGITS = Map.ofEntries(Map.entry("zero", "0"), Map.entry("oh", "0"),
            Map.entry("o", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"));
    /** Shorter runs stay words ("one streetlight", "no one"), unless a number is awaited. */
    private static final int SHORTEST_SPOKEN_NUMBER = 3;
    /** The whole utterance asks what one can do here ("help", "menu", "what are my options"). */
    private static final java.util.regex.Pattern HELP = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:(?:the |main )?menu|help|options|what (?:are (?:my|the) options|can i (?:say|do))"
                    + "|도움말|메뉴)(?: please)?[.?!\\s]*$");

    private SpokenInput() {
    }

    /** How a recognizer may write the ticket prefix's letters said aloud ("s c", "ess see"). */
    private static final java.util.regex.Pattern SPOKEN_PREFIX = java.util.regex.Pattern.compile(
            "\\b(?:" + TicketNumbers.spokenPrefix() + "|ss c|ess see|s see)\\s+(?=\\d)");

    /** @param numberAwaited a ticket or phone number is asked for: every digit word is a digit */
    static String normalize(String heard, boolean numberAwaited) {
        String[] words = heard.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; ) {
            int end = i;
            StringBuilder digits = new StringBuilder();
            while (end < words.length) {
                if (words[end].equals("double") && end + 1 < words.length && isDigit(words[end + 1])) {
                    String digit = DIGITS.get(words[end + 1]);
                    digits.append(digit).append(digit);
                    end += 2;
                } else if (isDigit(words[end]) && !(words[end].equals("o") && digits.isEmpty())) {
                    digits.append(DIGITS.get(words[end]));
                    end++;
                } else {
                    break;
                }
            }
            if (digits.length() >= SHORTEST_SPOKEN_NUMBER || (numberAwaited && digits.length() > 0)) {
                appendDigits(out, digits.toString());
                i = end;
            } else {
                out.add(words[i]);
                i++;
            }
        }
        return SPOKEN_PREFIX.matcher(String.join(" ", out)).replaceAll(TicketNumbers.PREFIX + " ").strip();
    }

    /** Consecutive runs join: "two zero two six" then "zero zero one" are one number said in groups. */
    private static void appendDigits(List<String> out, String digits) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).chars().allMatch(Character::isDigit)) {
            out.set(last, out.get(last) + digits);
        } else {
            out.add(digits);
        }
    }

    static boolean asksForHelp(String heard) {
        return HELP.matcher(heard).matches();
    }

    /** Keypad digits as text: a ticket number's worth of digits is one when a ticket number is awaited. */
    static String keyed(String digits, boolean ticketAwaited) {
        return ticketAwaited ? TicketNumbers.fromDigits(digits) : digits;
    }

    /** The words a ticket number is said in ("s c, two zero two six, ..."): a grammar for it. */
    static List<String> ticketWords() {
        List<String> words = new ArrayList<>(DIGITS.keySet().stream().filter(word -> word.length() > 1).sorted().toList());
        words.add("double");
        words.add(TicketNumbers.spokenPrefix());
        return words;
    }

    private static boolean isDigit(String word) {
        return DIGITS.containsKey(word);
    }
}
