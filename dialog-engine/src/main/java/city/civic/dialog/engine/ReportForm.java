package city.civic.dialog.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A report being collected: its category, the slots filled so far, and what the bot asked last. */
final class ReportForm {

    public String intent;
    public Map<String, String> slots = new LinkedHashMap<>();
    public String placeId;
    public String awaiting;
    public boolean confirming;
    public Set<String> asked = new LinkedHashSet<>();

    ReportForm() {
    }

    ReportForm(String intent) {
        this.intent = intent;
    }

    boolean has(String slot) {
        return slots.containsKey(slot);
    }
}
