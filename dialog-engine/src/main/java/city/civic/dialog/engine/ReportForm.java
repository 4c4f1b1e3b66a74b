package city.civic.dialog.engine;

import city.civic.dialog.content.SlotSpec;
import city.civic.dialog.nlu.Entities;
import city.civic.dialog.nlu.PlaceMention;
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
    /** A place the gazetteer does not know, noted only once the citizen confirms it as written. */
    public String unconfirmedPlace;
    /** The slot answered most recently: what "I meant ..." corrects when the words name no slot. */
    public String lastFilled;

    ReportForm() {
    }

    ReportForm(String intent) {
        this.intent = intent;
    }

    void fill(String slot, String value) {
        slots.put(slot, value);
        lastFilled = slot;
    }

    void setPlace(PlaceMention mention, String said) {
        placeId = mention.place().id();
        fill(SlotSpec.WHERE, said);
    }

    /** Place, time and contact a description already names, into the slots still empty. */
    void absorb(Entities found, String said) {
        if (!has(SlotSpec.WHERE)) {
            found.bestPlace().ifPresent(mention -> setPlace(mention, said));
        }
        if (!has(SlotSpec.WHEN)) {
            found.time().ifPresent(time -> fill(SlotSpec.WHEN, time.surface()));
        }
        if (!has(SlotSpec.CONTACT)) {
            SlotAnswers.contact(found, said).ifPresent(contact -> fill(SlotSpec.CONTACT, contact));
        }
    }

    boolean has(String slot) {
        return slots.containsKey(slot);
    }
}
