package city.civic.dialog.nlu;

import city.civic.dialog.Language;
import city.civic.dialog.PlaceSuggestion;
import city.civic.dialog.content.Place;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the city's places in free text, in both languages, tolerant to spacing, hyphens, case,
 * romanisation variants (listed as aliases) and small misspellings (edit distance on compacted forms).
 */
public final class Gazetteer {

    private static final Map<String, Integer> KIND_RANK = Map.of(
            "intersection", 0, "section", 1, "landmark", 2, "road", 3, "district", 4);

    private final List<Place> places;
    private final List<Form> forms = new ArrayList<>();

    public Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        for (Place place : places) {
            add(place, place.name().en());
            add(place, place.name().ko());
            place.aliases().en().forEach(alias -> add(place, alias));
            place.aliases().ko().forEach(alias -> add(place, alias));
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.compact.length()).reversed());
    }

    private void add(Place place, String surface) {
        if (surface == null) {
            return;
        }
        addCompact(place, surface, compact(surface));
        // "Gyeongchung-daero (National Route 3)": the part before the bracket is a name of its own.
        int bracket = surface.indexOf('(');
        if (bracket > 0) {
            addCompact(place, surface.substring(0, bracket), compact(surface.substring(0, bracket)));
        }
    }

    private void addCompact(Place place, String surface, String compact) {
        int minimum = isHangul(compact) ? 2 : 4;
        if (compact.length() >= minimum) {
            forms.add(new Form(place, surface.strip(), compact));
        }
    }

    public List<Place> places() {
        return places;
    }

    /** Places named in the text, most specific first, without overlaps. */
    public List<PlaceMention> find(String text) {
        Compacted target = Compacted.of(text);
        boolean[] taken = new boolean[target.text.length()];
        var mentions = new LinkedHashMap<String, PlaceMention>();
        for (Form form : forms) {
            int at = target.text.indexOf(form.compact);
            while (at >= 0) {
                if (free(taken, at, form.compact.length())) {
                    mark(taken, at, form.compact.length());
                    mentions.putIfAbsent(form.place.id(),
                            new PlaceMention(form.place, target.original(at, form.compact.length()), 1.0));
                }
                at = target.text.indexOf(form.compact, at + 1);
            }
        }
        fuzzyMatches(target, taken).forEach(m -> mentions.putIfAbsent(m.place().id(), m));
        var ordered = new ArrayList<>(mentions.values());
        ordered.sort(Comparator.comparingDouble(PlaceMention::similarity).reversed()
                .thenComparing(m -> KIND_RANK.getOrDefault(m.place().kind(), 9)));
        return ordered;
    }

    /** Latin words of the text compared with Latin forms by edit distance: "Gyongan dong", "Opo-ro". */
    private List<PlaceMention> fuzzyMatches(Compacted target, boolean[] taken) {
        var found = new ArrayList<PlaceMention>();
        List<int[]> words = target.words();
        for (int first = 0; first < words.size(); first++) {
            for (int last = Math.min(words.size() - 1, first + 3); last >= first; last--) {
                int start = words.get(first)[0];
                int end = words.get(last)[1];
                if (!free(taken, start, end - start)) {
                    continue;
                }
                String candidate = target.text.substring(start, end);
                if (candidate.length() < 6 || isHangul(candidate)) {
                    continue;
                }
                Form best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Form form : forms) {
                    if (form.compact.charAt(0) != candidate.charAt(0) || isHangul(form.compact)
                            || Math.abs(form.compact.length() - candidate.length()) > 2) {
                        continue;
                    }
                    int distance = EditDistance.damerauLevenshtein(candidate, form.compact, 2);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = form;
                    }
                }
                int allowed = candidate.length() >= 9 ? 2 : 1;
                if (best != null && bestDistance <= allowed) {
                    mark(taken, start, end - start);
                    found.add(new PlaceMention(best.place, target.original(start, end - start),
                            1 - (double) bestDistance / candidate.length()));
                    break;
                }
            }
        }
        return found;
    }

    /** Suggestions for a partial name typed in the widget: exact, then prefix, then substring, then fuzzy. */
    public List<PlaceSuggestion> suggest(String query, Language language, int limit) {
        String q = compact(query);
        if (q.isEmpty()) {
            return List.of();
        }
        var scored = new LinkedHashMap<String, Double>();
        for (Form form : forms) {
            double score;
            if (form.compact.equals(q)) {
                score = 4;
            } else if (form.compact.startsWith(q)) {
                score = 3 - form.compact.length() / 1000.0;
            } else if (form.compact.contains(q)) {
                score = 2 - form.compact.length() / 1000.0;
            } else if (q.length() >= 4 && !isHangul(q)
                    && EditDistance.damerauLevenshtein(q, prefix(form.compact, q.length()), 1) <= 1) {
                score = 1;
            } else {
                continue;
            }
            scored.merge(form.place.id(), score, Math::max);
        }
        Map<String, Place> byId = new LinkedHashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        return scored.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(e -> KIND_RANK.getOrDefault(byId.get(e.getKey()).kind(), 9)))
                .limit(limit)
                .map(e -> byId.get(e.getKey()))
                .map(p -> new PlaceSuggestion(p.id(), p.name(language), p.kind(),
                        p.district() == null || !byId.containsKey(p.district()) ? null
                                : byId.get(p.district()).name(language),
                        p.lat(), p.lon()))
                .toList();
    }

    private static String prefix(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    static String compact(String text) {
        return Compacted.of(text).text;
    }

    private static boolean isHangul(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    private static boolean free(boolean[] taken, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int start, int length) {
        for (int i = start; i < start + length; i++) {
            taken[i] = true;
        }
    }

    private record Form(Place place, String surface, String compact) {
    }

    /** Lower-case letters and digits only, with a map back to positions in the original text. */
    private record Compacted(String text, int[] positions, String source, List<int[]> wordBounds) {

        static Compacted of(String original) {
            String normal = Normalizer.normalize(original, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            var out = new StringBuilder(normal.length());
            var positions = new int[normal.length() + 1];
            var words = new ArrayList<int[]>();
            int wordStart = -1;
            for (int i = 0; i < normal.length(); i++) {
                char c = normal.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    if (wordStart < 0) {
                        wordStart = out.length();
                    }
                    positions[out.length()] = i;
                    out.append(c);
                } else if (wordStart >= 0 && Character.isWhitespace(c)) {
                    words.add(new int[] {wordStart, out.length()});
                    wordStart = -1;
                }
            }
            if (wordStart >= 0) {
                words.add(new int[] {wordStart, out.length()});
            }
            positions[out.length()] = normal.length();
            return new Compacted(out.toString(), positions, normal, words);
        }

        List<int[]> words() {
            return wordBounds;
        }

        String original(int start, int length) {
            int from = positions[start];
            int to = positions[start + length - 1] + 1;
            return source.substring(from, Math.min(to, source.length()));
        }
    }
}
