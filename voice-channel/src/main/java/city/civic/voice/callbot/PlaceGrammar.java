package city.civic.voice.callbot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The city's place names as a caller says them, for a recognizer that hears only words it knows. Each
 * written name ("Docheok-ro", "Route 3") becomes spoken forms ("doe chuck row", "route three") through the
 * pack's respellings of the words the model lacks. A form with a word the model still lacks is left out:
 * Vosk would drop the word and hear the rest ("row") as the name. What was heard goes back to the written
 * name, which the dialog engine's gazetteer knows.
 */
public final class PlaceGrammar {

    /** Said when the caller cannot name the place; the dialog engine understands them as they are. */
    static final List<String> DONT_KNOW = List.of("i don't know", "i do not know", "don't know", "not sure",
            "i'm not sure");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "Gyeongchung-daero (National Route 3)": the bracket is a name of its own. */
    private static final Pattern BRACKET = Pattern.compile("\\(([^)]*)\\)");
    private static final int MOST_FORMS_PER_NAME = 8;

    private final Map<String, String> writtenBySpoken;

    private PlaceGrammar(Map<String, String> writtenBySpoken) {
        this.writtenBySpoken = writtenBySpoken;
    }

    /**
     * @param names the written names and aliases
     * @param respellings a word the model lacks → how callers say it, in words it knows
     * @param known whether the recognizer knows a word
     */
    static PlaceGrammar of(Collection<String> names, Map<String, List<String>> respellings, Predicate<String> known) {
        Map<String, String> writtenBySpoken = new LinkedHashMap<>();
        for (String name : names) {
            Matcher bracket = BRACKET.matcher(name);
            List<String> parts = new ArrayList<>(List.of(BRACKET.matcher(name).replaceAll(" ")));
            while (bracket.find()) {
                parts.add(bracket.group(1));
            }
            for (String part : parts) {
                for (String spoken : spokenForms(part, respellings)) {
                    if (List.of(spoken.split(" ")).stream().allMatch(known)) {
                        writtenBySpoken.putIfAbsent(spoken, part.strip());
                    }
                }
            }
        }
        return new PlaceGrammar(writtenBySpoken);
    }

    /** The phrases to listen for: every spoken form, and the ways of saying one does not know. */
    public List<String> phrases() {
        List<String> phrases = new ArrayList<>(writtenBySpoken.keySet());
        phrases.addAll(DONT_KNOW);
        return phrases;
    }

    /** Spoken forms in what was heard replaced by their written names, the longest form first. */
    public String written(String heard) {
        String text = " " + heard.toLowerCase(Locale.ROOT).strip() + " ";
        List<String> longestFirst = writtenBySpoken.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String spoken : longestFirst) {
            String written = writtenBySpoken.get(spoken);
            if (!spoken.equals(written.toLowerCase(Locale.ROOT))) {
                text = text.replace(" " + spoken + " ", " " + written + " ");
            }
        }
        return text.strip();
    }

    private static List<String> spokenForms(String written, Map<String, List<String>> respellings) {
        String words = DIGIT.matcher(written.toLowerCase(Locale.ROOT))
                .replaceAll(digit -> " " + NUMBERS.get(Integer.parseInt(digit.group())) + " ");
        List<String> forms = List.of("");
        for (String word : words.split("[^a-z']+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> sayings = respellings.getOrDefault(word, List.of(word));
            List<String> longer = new ArrayList<>();
            for (String form : forms) {
                for (String saying : sayings) {
                    if (longer.size() < MOST_FORMS_PER_NAME) {
                        longer.add((form + " " + saying).strip());
                    }
                }
            }
            forms = longer;
        }
        return forms.stream().filter(form -> !form.isEmpty()).toList();
    }
}
