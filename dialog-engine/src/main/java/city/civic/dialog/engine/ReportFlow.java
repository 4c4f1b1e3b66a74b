package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;
import static city.civic.dialog.content.SlotSpec.WHERE;

import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.content.SlotSpec;
import city.civic.dialog.nlu.PlaceMention;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The declarative report form: each category lists its slots (what, where, when, contact) and the
 * question for each. Slots the first message already answers are filled at once; then the form asks
 * for what is missing, confirms, and files a ticket. Corrections and cancel work at every step.
 */
final class ReportFlow {

    private static final String CHANGE = "change";
    private static final List<String> ORDER = List.of(WHAT, WHERE, WHEN, CONTACT);

    private final Map<String, ReportCategory> categories;
    private final Map<String, Place> places;
    private final Responses responses;
    private final ReportFiling filing;

    ReportFlow(List<ReportCategory> categories, List<Place> places, Responses responses, ReportFiling filing) {
        this.categories = categories.stream().collect(Collectors.toMap(ReportCategory::intent, Function.identity()));
        this.places = places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
        this.responses = responses;
        this.filing = filing;
    }

    boolean isReport(String intent) {
        return categories.containsKey(intent);
    }

    String categoryName(String intent, Language language) {
        ReportCategory category = categories.get(intent);
        return category == null ? intent : category.name().in(language);
    }

    /** The gazetteer's name of a place, for people who may not read what the reporter typed. */
    Optional<String> placeName(String placeId, Language language) {
        return Optional.ofNullable(placeId == null ? null : places.get(placeId)).map(place -> place.name(language));
    }

    List<Reply> start(Turn turn, String intent) {
        var form = new ReportForm(intent);
        turn.state().report = form;
        if (ReportPhrases.describesProblem(turn.text, categories.get(intent))) {
            form.slots.put(WHAT, turn.text);
        }
        turn.entities().bestPlace().ifPresent(mention -> setPlace(form, mention, turn.text));
        turn.entities().time().ifPresent(time -> form.slots.put(WHEN, time.surface()));
        turn.entities().phoneNumber().ifPresent(phone -> form.slots.put(CONTACT, phone));
        return List.of(next(turn, form));
    }

    List<Reply> proceed(Turn turn) {
        ReportForm form = turn.state().report;
        if (Lexicon.cancel(turn.text)) {
            turn.state().report = null;
            return List.of(responses.say(turn.language, form.intent, 1, "report.cancelled"));
        }
        if (form.confirming) {
            return confirmation(turn, form);
        }
        if (CHANGE.equals(form.awaiting)) {
            return List.of(changing(turn, form));
        }
        if (Lexicon.no(turn.text) && !WHERE.equals(form.awaiting)
                && turn.entities().bestPlace().isPresent()) {
            setPlace(form, turn.entities().bestPlace().get(), turn.text);
            return List.of(next(turn, form));
        }
        Optional<Reply> note = fill(turn, form, form.awaiting);
        Reply next = next(turn, form);
        return note.map(n -> List.of(n, next)).orElse(List.of(next));
    }

    /** The question the form is waiting on, to repeat after a digression. */
    Reply resume(Turn turn) {
        ReportForm form = turn.state().report;
        Reply prompt = form.confirming ? confirm(turn.language, form)
                : form.awaiting != null && !CHANGE.equals(form.awaiting) ? ask(turn.language, form, form.awaiting)
                : next(turn, form);
        return Responses.withQuickReplies(Responses.plain(turn.language, form.intent, 1,
                responses.text(turn.language, "report.resume", prompt.text())), prompt.quickReplies());
    }

    /** Whether this turn answers the slot the form waits for, rather than asking something else. */
    boolean answersAwaitedSlot(Turn turn) {
        ReportForm form = turn.state().report;
        if (form == null || form.awaiting == null) {
            return false;
        }
        return switch (form.awaiting) {
            case WHERE -> turn.entities().bestPlace().isPresent();
            case WHEN -> turn.entities().time().isPresent() || Lexicon.skip(turn.text);
            case CONTACT -> turn.entities().phoneNumber().isPresent() || Lexicon.skip(turn.text);
            default -> false;
        };
    }

    private List<Reply> confirmation(Turn turn, ReportForm form) {
        if (Lexicon.yes(turn.text)) {
            return List.of(file(turn, form));
        }
        Optional<PlaceMention> place = turn.entities().bestPlace();
        if (place.isPresent()) {
            setPlace(form, place.get(), turn.text);
            return List.of(confirm(turn.language, form));
        }
        form.confirming = false;
        if (Lexicon.no(turn.text) && ReportPhrases.mentionsOtherPlace(turn.text)) {
            form.slots.remove(WHERE);
            form.placeId = null;
            form.awaiting = WHERE;
            return List.of(responses.say(turn.language, form.intent, 1, "report.ask_correction"));
        }
        return List.of(change(turn, form));
    }

    /** The citizen was asked what to change: a place names itself; "yes" goes back to the summary. */
    private Reply changing(Turn turn, ReportForm form) {
        Optional<PlaceMention> place = turn.entities().bestPlace();
        if (place.isPresent()) {
            setPlace(form, place.get(), turn.text);
            return next(turn, form);
        }
        if (Lexicon.yes(turn.text)) {
            return next(turn, form);
        }
        return change(turn, form);
    }

    private Reply change(Turn turn, ReportForm form) {
        String slot = ReportPhrases.slotNamed(turn.text);
        if (slot == null) {
            form.awaiting = CHANGE;
            return Responses.withQuickReplies(responses.say(turn.language, form.intent, 1, "report.what_to_change"),
                    responses.quick(turn.language, "report.change.quick"));
        }
        form.slots.remove(slot);
        if (WHERE.equals(slot)) {
            form.placeId = null;
        }
        form.asked.remove(slot);
        return ask(turn.language, form, slot);
    }

    private Optional<Reply> fill(Turn turn, ReportForm form, String slot) {
        if (slot == null) {
            return Optional.empty();
        }
        switch (slot) {
            case WHERE -> {
                Optional<PlaceMention> place = turn.entities().bestPlace();
                if (place.isPresent()) {
                    setPlace(form, place.get(), turn.text);
                } else {
                    form.slots.put(WHERE, turn.text);
                    return Optional.of(responses.say(turn.language, form.intent, 1, "report.place_not_found",
                            ReportPhrases.abbreviate(turn.text)));
                }
            }
            case WHEN -> form.slots.put(WHEN, Lexicon.skip(turn.text) ? ""
                    : turn.entities().time().map(t -> t.surface()).orElse(turn.text));
            case CONTACT -> form.slots.put(CONTACT, turn.entities().phoneNumber()
                    .orElse(Lexicon.skip(turn.text) ? "" : turn.text));
            default -> form.slots.put(slot, turn.text);
        }
        return Optional.empty();
    }

    private Reply next(Turn turn, ReportForm form) {
        ReportCategory category = categories.get(form.intent);
        for (String name : ORDER) {
            Optional<SlotSpec> spec = slot(category, name);
            if (spec.isPresent() && !form.has(name) && (spec.get().required() || !form.asked.contains(name))) {
                return ask(turn.language, form, name);
            }
        }
        form.awaiting = null;
        form.confirming = true;
        return confirm(turn.language, form);
    }

    private Reply ask(Language language, ReportForm form, String slot) {
        form.awaiting = slot;
        form.asked.add(slot);
        form.confirming = false;
        String prompt = slot(categories.get(form.intent), slot).map(s -> s.prompt().in(language)).orElse(slot);
        Reply question = Responses.plain(language, form.intent, 1, prompt);
        return switch (slot) {
            case WHEN -> Responses.withQuickReplies(question, responses.quick(language, "report.when.quick"));
            case CONTACT -> Responses.withQuickReplies(question, responses.quick(language, "report.contact.quick"));
            default -> question;
        };
    }

    private Reply confirm(Language language, ReportForm form) {
        ReportCategory category = categories.get(form.intent);
        String unknown = responses.text(language, "report.unknown");
        String summary = responses.text(language, "report.confirm",
                category.name().in(language) + " – " + form.slots.getOrDefault(WHAT, unknown),
                location(language, form),
                ReportPhrases.blankTo(form.slots.get(WHEN), unknown),
                ReportPhrases.blankTo(form.slots.get(CONTACT), responses.text(language, "report.no_contact")));
        return Responses.withQuickReplies(Responses.plain(language, form.intent, 1, summary),
                responses.quick(language, "report.confirm.quick"));
    }

    private Reply file(Turn turn, ReportForm form) {
        Place place = form.placeId == null ? null : places.get(form.placeId);
        Reply receipt = filing.file(turn, form, categories.get(form.intent), place, location(turn.language, form));
        turn.state().report = null;
        turn.state().ticketIds.add(receipt.ticket().id());
        return receipt;
    }

    private void setPlace(ReportForm form, PlaceMention mention, String said) {
        form.placeId = mention.place().id();
        form.slots.put(WHERE, said);
    }

    private String location(Language language, ReportForm form) {
        String said = form.slots.getOrDefault(WHERE, responses.text(language, "report.unknown"));
        Place place = form.placeId == null ? null : places.get(form.placeId);
        return place == null ? ReportPhrases.abbreviate(said) : place.name(language) + " (" + ReportPhrases.abbreviate(said) + ")";
    }

    private static Optional<SlotSpec> slot(ReportCategory category, String name) {
        return category.slots().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
