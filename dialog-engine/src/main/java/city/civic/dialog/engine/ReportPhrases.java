package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;
import static city.civic.dialog.content.SlotSpec.WHERE;

import city.civic.dialog.content.ReportCategory;

/** How citizens phrase things inside a report: a real description, "the other crossing", "change the time". */
final class ReportPhrases {

    private ReportPhrases() {
    }

    static boolean describesProblem(String text, ReportCategory category) {
        String compact = text.replaceAll("\\s+", "");
        boolean isCategoryName = compact.equalsIgnoreCase(category.name().en().replaceAll("\\s+", ""))
                || compact.equals(category.name().ko().replaceAll("\\s+", ""));
        boolean korean = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
        int substance = korean ? compact.length() : text.trim().split("\\s+").length;
        return !isCategoryName && substance >= (korean ? 8 : 4);
    }

    static boolean mentionsOtherPlace(String text) {
        return text.matches("(?is).*\\b(other|another|different|wrong|next)\\b.*|.*(다른|반대편|옆|건너편|아까).*");
    }

    static String slotNamed(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.matches("(?s).*(place|location|where|address|위치|장소|어디).*")) {
            return WHERE;
        }
        if (t.matches("(?s).*(time|when|시간|언제).*")) {
            return WHEN;
        }
        if (t.matches("(?s).*(description|what|problem|details|내용|설명).*")) {
            return WHAT;
        }
        if (t.matches("(?s).*(contact|phone|number|연락처|전화).*")) {
            return CONTACT;
        }
        return null;
    }

    static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 119) + "…" : oneLine;
    }
}
