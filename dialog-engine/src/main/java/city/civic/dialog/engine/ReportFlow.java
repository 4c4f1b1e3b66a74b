package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;
import static city.civic.dialog.content.SlotSpec.WHERE;

import city.civic.dialog.Language;
import city.civic.dialog.PersonalData;
import city.civic.dialog.Reply;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.engine.Corrections.Correction;
import city.civic.dialog.nlu.Entities;
import city.civic.dialog.nlu.PlaceMention;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The declarative report form: each category lists its slots (what, where, when, contact) and the
 * question for each. Slots the first message already answers are filled at once; then the form asks
 * for what is missing, confirms, and files a ticket. Each slot takes only what fits it ({@link SlotAnswers});
 * corrections in the citizen's own words ({@link Corrections}) and cancel work at every step.
 */
final class ReportFlow {

    private static final Step FILLED = new Step(List.of(), true);

    /** The replies to one turn of a report, and whether the turn fitted what the form awaited. */
    record Step(List<Reply> replies, boolean understood) {

        static Step of(Reply reply) {
            return new Step(List.of(reply), true);
        }

        static Step unfit(Reply reply) {
            return new Step(List.of(reply), false);
        }
    }

    private final Map<String, ReportCategory> categories;
    private final Map<String, Place> places;
    private final Responses responses;
    private final ReportFiling filing;
    private final ReportQuestions questions;

    ReportFlow(List<ReportCategory> categories, List<Place> places, Responses responses, ReportFiling filing) {
        this.categories = categories.stream().collect(Collectors.toMap(ReportCategory::intent, Function.identity()));
        this.places = places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
        this.responses = responses;
        this.filing = filing;
        this.questions = new ReportQuestions(this.categories, this.places, responses);
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
            form.fill(WHAT, turn.text);
        }
        form.absorb(turn.entities(), turn.text);
        return List.of(questions.next(turn.language, form));
    }

    Step proceed(Turn turn) {
        ReportForm form = turn.state().report;
        if (Lexicon.cancel(turn.text)) {
            turn.state().report = null;
            return Step.of(responses.say(turn.language, form.intent, 1, "report.cancelled"));
        }
        Optional<Correction> correction = Corrections.in(turn, form);
        if (correction.isPresent()) {
            return correct(turn, form, correction.get());
        }
        if (form.unconfirmedPlace != null) {
            return placeConfirmation(turn, form);
        }
        if (form.confirming) {
            return confirmation(turn, form);
        }
        if (ReportQuestions.CHANGE.equals(form.awaiting)) {
            return Step.of(changing(turn, form));
        }
        return answer(turn, form);
    }

    /** Whether the turn corrects a slot of the open report: its words are then no question to answer. */
    boolean corrects(Turn turn) {
        return turn.state().report != null && Corrections.in(turn, turn.state().report).isPresent();
    }

    /** The question the form is waiting on, to repeat after a digression. */
    Reply resume(Turn turn) {
        ReportForm form = turn.state().report;
        Language language = turn.language;
        Reply prompt = form.unconfirmedPlace != null ? questions.placeToConfirm(language, form)
                : form.confirming ? questions.summary(language, form)
                : ReportQuestions.CHANGE.equals(form.awaiting) ? questions.whatToChange(language, form)
                : form.awaiting != null ? questions.question(language, form, form.awaiting)
                : questions.next(language, form);
        return prompt.withText(responses.text(language, "report.resume", prompt.text()));
    }

    /** Whether this turn answers the slot the form waits for, rather than asking something else. */
    boolean answersAwaitedSlot(Turn turn) {
        ReportForm form = turn.state().report;
        if (form == null || form.awaiting == null || form.unconfirmedPlace != null) {
            return form != null && turn.entities().bestPlace().isPresent();
        }
        return switch (form.awaiting) {
            case WHERE -> turn.entities().bestPlace().isPresent();
            case WHEN -> SlotAnswers.timeOrSkip(turn.entities(), turn.text).isPresent();
            case CONTACT -> SlotAnswers.contactOrSkip(turn.entities(), turn.text).isPresent();
            default -> false;
        };
    }

    private Step correct(Turn turn, ReportForm form, Correction correction) {
        Language language = turn.language;
        form.unconfirmedPlace = null;
        form.confirming = false;
        if (correction.value().isBlank()) {
            return Step.of(questions.reopen(language, form, correction.slot()));
        }
        String awaited = form.awaiting;
        Step filled = fill(turn, form, correction.slot(), correction.value(), turn.entitiesOf(correction.value()));
        if (filled != FILLED) {
            return filled;
        }
        if (awaited != null && !form.has(awaited)) {
            form.asked.remove(awaited); // the question the correction interrupted is still open
        }
        return Step.of(questions.corrected(language, form, correction.slot(), questions.next(language, form)));
    }

    /** The awaited slot's answer: stored when it fits, else asked again (a description is kept as a detail). */
    private Step answer(Turn turn, ReportForm form) {
        String slot = form.awaiting;
        if (slot == null) {
            return Step.of(questions.next(turn.language, form));
        }
        Step filled = fill(turn, form, slot, turn.text, turn.entities());
        if (filled == FILLED) {
            if (WHAT.equals(slot)) {
                form.absorb(turn.entities(), turn.text);
            }
            return Step.of(questions.next(turn.language, form));
        }
        boolean detail = !filled.understood() && (WHEN.equals(slot) || CONTACT.equals(slot))
                && ReportPhrases.describesProblem(turn.text, categories.get(form.intent));
        if (detail) {
            form.slots.merge(WHAT, turn.text, (said, more) -> said + " / " + more);
            Reply again = filled.replies().get(0);
            return Step.of(again.withText(responses.text(turn.language, "report.detail_added") + " " + again.text()));
        }
        return filled;
    }

    private Step fill(Turn turn, ReportForm form, String slot, String value, Entities found) {
        Language language = turn.language;
        switch (slot) {
            case WHERE -> {
                Optional<PlaceMention> place = found.bestPlace();
                if (place.isPresent()) {
                    form.setPlace(place.get(), value);
                    return FILLED;
                }
                if (SlotAnswers.onlyAssentOrRefusal(value) || SlotAnswers.contact(found, value).isPresent()
                        || value.codePoints().noneMatch(Character::isLetter)) {
                    return Step.unfit(questions.reask(language, form, WHERE));
                }
                form.unconfirmedPlace = value;
                return Step.of(questions.placeToConfirm(language, form));
            }
            case WHEN -> {
                return store(language, form, WHEN, SlotAnswers.timeOrSkip(found, value));
            }
            case CONTACT -> {
                return store(language, form, CONTACT, SlotAnswers.contactOrSkip(found, value)
                        .or(() -> spelledContact(turn, value)));
            }
            default -> {
                return store(language, form, slot,
                        SlotAnswers.onlyAssentOrRefusal(value) ? Optional.empty() : Optional.of(value));
            }
        }
    }

    /** A phone number or address said aloud or spelled out: "zero one zero, one two three four …". */
    private static Optional<String> spelledContact(Turn turn, String value) {
        String spelled = PersonalData.normalised(value);
        return spelled.equals(value) ? Optional.empty() : SlotAnswers.contact(turn.entitiesOf(spelled), spelled);
    }

    private Step store(Language language, ReportForm form, String slot, Optional<String> value) {
        if (value.isEmpty()) {
            return Step.unfit(questions.reask(language, form, slot));
        }
        form.fill(slot, value.get());
        return FILLED;
    }

    /** A place the gazetteer does not know: noted as written on yes; another place or a new try replaces it. */
    private Step placeConfirmation(Turn turn, ReportForm form) {
        String noted = form.unconfirmedPlace;
        form.unconfirmedPlace = null;
        if (Lexicon.yes(turn.text)) {
            form.placeId = null;
            form.fill(WHERE, noted);
            return Step.of(questions.next(turn.language, form));
        }
        if (Lexicon.no(turn.text) && turn.entities().bestPlace().isEmpty()) {
            return Step.of(questions.ask(turn.language, form, WHERE)
                    .withText(responses.text(turn.language, "report.ask_correction")));
        }
        form.awaiting = WHERE;
        return answer(turn, form);
    }

    private Step confirmation(Turn turn, ReportForm form) {
        if (Lexicon.yes(turn.text)) {
            return Step.of(file(turn, form));
        }
        Optional<PlaceMention> place = turn.entities().bestPlace();
        if (place.isPresent()) {
            form.setPlace(place.get(), turn.text);
            return Step.of(questions.summary(turn.language, form));
        }
        form.confirming = false;
        if (Lexicon.no(turn.text) && ReportPhrases.mentionsOtherPlace(turn.text)) {
            return Step.of(questions.reopen(turn.language, form, WHERE)
                    .withText(responses.text(turn.language, "report.ask_correction")));
        }
        return Step.of(change(turn, form));
    }

    /** The citizen was asked what to change: a place names itself; "yes" goes back to the summary. */
    private Reply changing(Turn turn, ReportForm form) {
        Optional<PlaceMention> place = turn.entities().bestPlace();
        if (place.isPresent()) {
            form.setPlace(place.get(), turn.text);
            return questions.next(turn.language, form);
        }
        if (Lexicon.yes(turn.text)) {
            return questions.next(turn.language, form);
        }
        return change(turn, form);
    }

    private Reply change(Turn turn, ReportForm form) {
        String slot = ReportPhrases.slotNamed(turn.text);
        if (slot == null) {
            form.awaiting = ReportQuestions.CHANGE;
            return questions.whatToChange(turn.language, form);
        }
        return questions.reopen(turn.language, form, slot);
    }

    private Reply file(Turn turn, ReportForm form) {
        Place place = form.placeId == null ? null : places.get(form.placeId);
        Reply receipt = filing.file(turn, form, categories.get(form.intent), place,
                questions.location(turn.language, form));
        turn.state().report = null;
        turn.state().ticketIds.add(receipt.ticket().id());
        return receipt;
    }
}
