package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;
import static city.civic.dialog.content.SlotSpec.WHERE;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.content.SlotSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report form asks and says: which slot comes next, each slot's question (with what it awaits), the
 * re-ask with an example, the summary.
 */
final class ReportQuestions {

    static final String CONFIRM = "confirm";
    static final String CHANGE = "change";
    private static final List<String> ORDER = List.of(WHAT, WHERE, WHEN, CONTACT);

    private final Map<String, ReportCategory> categories;
    private final Map<String, Place> places;
    private final Responses responses;

    ReportQuestions(Map<String, ReportCategory> categories, Map<String, Place> places, Responses responses) {
        this.categories = categories;
        this.places = places;
        this.responses = responses;
    }

    /** Forgets a slot's value and asks for it again. */
    Reply reopen(Language language, ReportForm form, String slot) {
        form.slots.remove(slot);
        if (WHERE.equals(slot)) {
            form.placeId = null;
        }
        form.asked.remove(slot);
        return ask(language, form, slot);
    }

    /** The first slot still to fill (a required one, or an optional one not asked yet), else the summary. */
    Reply next(Language language, ReportForm form) {
        for (String name : ORDER) {
            Optional<SlotSpec> spec = slot(form.intent, name);
            if (spec.isPresent() && !form.has(name) && (spec.get().required() || !form.asked.contains(name))) {
                return ask(language, form, name);
            }
        }
        form.awaiting = null;
        form.confirming = true;
        return summary(language, form);
    }

    Reply ask(Language language, ReportForm form, String slot) {
        form.awaiting = slot;
        form.asked.add(slot);
        form.confirming = false;
        return question(language, form, slot);
    }

    /** The slot's question again, saying what it accepts with an example. */
    Reply reask(Language language, ReportForm form, String slot) {
        form.awaiting = slot;
        form.asked.add(slot);
        return question(language, form, slot).withText(responses.text(language, "report.reask." + slot));
    }

    Reply question(Language language, ReportForm form, String slot) {
        String prompt = slot(form.intent, slot).map(s -> s.prompt().in(language)).orElse(slot);
        Reply question = Responses.plain(language, form.intent, 1, prompt);
        Reply offered = switch (slot) {
            case WHEN -> Responses.withQuickReplies(question, responses.quick(language, "report.when.quick"));
            case CONTACT -> Responses.withQuickReplies(question, responses.quick(language, "report.contact.quick"));
            default -> question;
        };
        return Responses.expecting(offered, slot, kind(slot));
    }

    Reply placeToConfirm(Language language, ReportForm form) {
        Reply question = Responses.withQuickReplies(
                responses.say(language, form.intent, 1, "report.place_confirm",
                        ReportPhrases.abbreviate(form.unconfirmedPlace)),
                responses.quick(language, "report.place_confirm.quick"));
        return Responses.expecting(question, WHERE, Expectation.CONFIRM);
    }

    Reply whatToChange(Language language, ReportForm form) {
        return Responses.expecting(Responses.withQuickReplies(
                responses.say(language, form.intent, 1, "report.what_to_change"),
                responses.quick(language, "report.change.quick")), CHANGE, Expectation.CHOICE);
    }

    Reply summary(Language language, ReportForm form) {
        ReportCategory category = categories.get(form.intent);
        String unknown = responses.text(language, "report.unknown");
        String text = responses.text(language, "report.confirm",
                category.name().in(language) + " – " + form.slots.getOrDefault(WHAT, unknown),
                location(language, form),
                ReportPhrases.blankTo(form.slots.get(WHEN), unknown),
                ReportPhrases.blankTo(form.slots.get(CONTACT), responses.text(language, "report.no_contact")));
        return Responses.expecting(Responses.withQuickReplies(Responses.plain(language, form.intent, 1, text),
                responses.quick(language, "report.confirm.quick")), CONFIRM, Expectation.CONFIRM);
    }

    /** "I've changed the place to …", before the form's next question. */
    Reply corrected(Language language, ReportForm form, String slot, Reply next) {
        String value = WHERE.equals(slot) ? location(language, form)
                : ReportPhrases.blankTo(form.slots.get(slot), responses.text(language,
                        CONTACT.equals(slot) ? "report.no_contact" : "report.unknown"));
        return next.withText(responses.text(language, "report.corrected",
                responses.text(language, "report.slot." + slot), value) + " " + next.text());
    }

    /** The gazetteer's name with what the citizen said, or what they said when the gazetteer has no match. */
    String location(Language language, ReportForm form) {
        String said = form.slots.getOrDefault(WHERE, responses.text(language, "report.unknown"));
        Place place = form.placeId == null ? null : places.get(form.placeId);
        return place == null ? ReportPhrases.abbreviate(said)
                : place.name(language) + " (" + ReportPhrases.abbreviate(said) + ")";
    }

    Optional<SlotSpec> slot(String intent, String name) {
        return categories.get(intent).slots().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static String kind(String slot) {
        return switch (slot) {
            case WHERE -> Expectation.PLACE;
            case WHEN -> Expectation.TIME;
            case CONTACT -> Expectation.CONTACT;
            default -> Expectation.TEXT;
        };
    }
}
