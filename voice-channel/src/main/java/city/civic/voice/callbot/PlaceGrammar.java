package city.civic.voice.callbot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final List<String> longestFirst;

    private PlaceGrammar(Map<String, String> writtenBySpoken) {
        this.writtenBySpoken = writtenBySpoken;
        this.longestFirst = writtenBySpoken.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
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

    /**
     * Spoken forms in what was heard replaced by their written names, the longest form first. Vosk's
     * grammar is a bigram model of the phrases, so it can also hear part of a name ("check ro" for "doe
     * check ro"): a fragment that is most of one name's form, and of no other name's, stands for it.
     */
    public String written(String heard) {
        String lower = heard.toLowerCase(Locale.ROOT).strip();
        String text = " " + lower + " ";
        boolean named = false;
        for (String spoken : longestFirst) {
            if (text.contains(" " + spoken + " ")) {
                text = text.replace(" " + spoken + " ", " " + writtenBySpoken.get(spoken) + " ");
                named = true;
            }
        }
        return named ? text.strip() : nameForFragment(lower).orElse(heard.strip());
    }

    private Optional<String> nameForFragment(String heard) {
        List<String> words = List.of(heard.split("\\s+"));
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, String> form : writtenBySpoken.entrySet()) {
            List<String> formWords = List.of(form.getKey().split(" "));
            if (words.size() >= 2 && 3 * words.size() >= 2 * formWords.size() && inOrder(words, formWords)) {
                names.add(form.getValue());
            }
        }
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }

    /** Whether {@code part} appears in {@code whole} in order, gaps allowed. */
    private static boolean inOrder(List<String> part, List<String> whole) {
        int at = 0;
        for (String word : whole) {
            if (at < part.size() && part.get(at).equals(word)) {
                at++;
            }
        }
        return at == part.size();
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
