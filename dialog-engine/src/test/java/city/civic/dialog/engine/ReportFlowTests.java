package city.civic.dialog.engine;

import static city.civic.dialog.content.SlotSpec.CONTACT;
import static city.civic.dialog.content.SlotSpec.WHAT;
import static city.civic.dialog.content.SlotSpec.WHEN;
import static city.civic.dialog.content.SlotSpec.WHERE;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import city.civic.dialog.content.LocalizedText;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.content.SlotSpec;
import city.civic.dialog.nlu.EntityExtractor;
import city.civic.dialog.nlu.Gazetteer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFlowTests {

    static final String SIGNAL = "signal.fault.report";

    final List<Place> places = List.of(place("opo-intersection", "Opo Intersection", "오포사거리"),
            place("gyeongan-intersection", "Gyeongan Intersection", "경안사거리"));
    final Gazetteer gazetteer = new Gazetteer(places);
    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneId.of("Asia/Seoul"));
    final Nlu nlu = new Nlu(null, null, gazetteer, new EntityExtractor(gazetteer, clock));
    final ReportFlow flow = new ReportFlow(List.of(signalCategory()), places, new Responses(), null);
    final Conversation conversation = new Conversation("c-1", "hash", Channel.WEB, Instant.EPOCH, Instant.EPOCH,
            new ConversationState(), 0);

    @Test
    void aCorrectionWhileTheTimeIsAskedChangesThePlaceAndAsksForTheTimeAgain() {
        Reply asked = start("The traffic light at Opo Intersection is completely dark");
        assertThat(asked.expects()).isEqualTo(new Expectation(WHEN, Expectation.TIME, asked.quickReplies()));

        ReportFlow.Step step = say("I meant Gyeongan Intersection");

        assertThat(step.understood()).isTrue();
        assertThat(form().placeId).isEqualTo("gyeongan-intersection");
        assertThat(last(step).text()).startsWith("Thank you, I have changed the place to Gyeongan Intersection");
        assertThat(last(step).expects().slot()).isEqualTo(WHEN);
    }

    @Test
    void aCorrectionIsNoQuestionToAnswer() {
        start("The traffic light at Opo Intersection is completely dark");

        assertThat(flow.corrects(turn("oops, wrong spot, it's Gyeongan Intersection, not the one I said"))).isTrue();
        assertThat(flow.corrects(turn("what are the opening hours of city hall?"))).isFalse();
        assertThat(flow.corrects(turn("no idea"))).isFalse();
    }

    @Test
    void aQuestionWhileTheTimeIsAskedIsNoTime() {
        start("The traffic light at Opo Intersection is completely dark");

        assertThat(flow.answersAwaitedSlot(turn("By the way, what are the city hall opening hours?"))).isFalse();
        assertThat(flow.answersAwaitedSlot(turn("오늘 민원실 몇 시까지 해요"))).isFalse();
        assertThat(flow.answersAwaitedSlot(turn("since about an hour ago"))).isTrue();
    }

    @Test
    void theContactTakesOnlyAPhoneNumberOrAnEmail() {
        start("The traffic light at Opo Intersection is completely dark");
        say("just now");

        ReportFlow.Step yes = say("yes");
        ReportFlow.Step place = say("광주역사거리");
        ReportFlow.Step email = say("hong@example.com");

        assertThat(yes.understood()).isFalse();
        assertThat(last(yes).expects().kind()).isEqualTo(Expectation.CONTACT);
        assertThat(place.understood()).isFalse();
        assertThat(email.understood()).isTrue();
        assertThat(form().slots).containsEntry(CONTACT, "hong@example.com");
        assertThat(last(email).expects().kind()).isEqualTo(Expectation.CONFIRM);
    }

    @Test
    void aPhoneNumberSaidAloudIsAContactAndASpokenTimeIsATime() {
        start("The traffic light at Opo Intersection is completely dark");

        assertThat(say("about three pm").understood()).isTrue();
        assertThat(say("zero one zero, one two three four, five six seven eight").understood()).isTrue();

        assertThat(form().slots).containsEntry(WHEN, "about three pm").containsEntry(CONTACT, "010-1234-5678");
    }

    @Test
    void aDescriptionAtTheTimeJoinsTheDescriptionAndTheTimeIsAskedAgain() {
        start("The traffic light at Opo Intersection is completely dark");

        ReportFlow.Step step = say("it is dark, no lights at all");

        assertThat(form().slots).doesNotContainKey(WHEN);
        assertThat(form().slots.get(WHAT)).endsWith(" / it is dark, no lights at all");
        assertThat(last(step).expects().slot()).isEqualTo(WHEN);
        assertThat(say("I don't know").understood()).isTrue();
        assertThat(form().slots).containsEntry(WHEN, SlotAnswers.SKIPPED);
    }

    @Test
    void aPlaceTheMapDoesNotKnowIsNotedOnlyWhenConfirmed() {
        start("The traffic light is completely dark");

        ReportFlow.Step unknown = say("behind the blue bakery");
        assertThat(form().slots).doesNotContainKey(WHERE);
        assertThat(last(unknown).expects()).isEqualTo(new Expectation(WHERE, Expectation.CONFIRM,
                last(unknown).quickReplies()));
        ReportFlow.Step confirmed = say("yes");

        assertThat(form().slots).containsEntry(WHERE, "behind the blue bakery");
        assertThat(form().placeId).isNull();
        assertThat(last(confirmed).expects().slot()).isEqualTo(WHEN);
    }

    @Test
    void assentIsNoPlace() {
        start("The traffic light is completely dark");

        ReportFlow.Step step = say("yes");

        assertThat(step.understood()).isFalse();
        assertThat(form().slots).doesNotContainKey(WHERE);
        assertThat(last(step).expects().kind()).isEqualTo(Expectation.PLACE);
    }

    @Test
    void koreanCorrectionsAtTheSummaryChangeEachSlot() {
        start("오포사거리 신호등이 완전히 꺼져 있어요");
        say("오늘 아침");
        say("010-1234-5678");

        say("경안사거리로 정정할게요");
        say("아니요, 어젯밤이에요");
        ReportFlow.Step summary = say("연락처는 010-9876-5432예요");

        assertThat(form().placeId).isEqualTo("gyeongan-intersection");
        assertThat(form().slots).containsEntry(WHEN, "어젯밤").containsEntry(CONTACT, "010-9876-5432");
        assertThat(last(summary).text()).contains("위치: 경안사거리").contains("시간: 어젯밤");
    }

    @Test
    void cancelAtAnyStepDropsTheForm() {
        start("The traffic light at Opo Intersection is completely dark");

        ReportFlow.Step step = say("never mind, cancel it");

        assertThat(step.understood()).isTrue();
        assertThat(last(step).text()).contains("cancelled");
        assertThat(conversation.state.report).isNull();
    }

    @Test
    void noAtTheSummaryAsksWhatToChangeAndTheNamedSlotIsAskedAgain() {
        start("The traffic light at Opo Intersection is completely dark");
        say("just now");
        ReportFlow.Step summary = say("010-1234-5678");
        assertThat(last(summary).expects().kind()).isEqualTo(Expectation.CONFIRM);

        ReportFlow.Step change = say("no");
        ReportFlow.Step time = say("the time");

        assertThat(last(change).expects()).isEqualTo(new Expectation(ReportQuestions.CHANGE, Expectation.CHOICE,
                last(change).quickReplies()));
        assertThat(form().slots).doesNotContainKey(WHEN).containsEntry(CONTACT, "010-1234-5678");
        assertThat(last(time).expects().slot()).isEqualTo(WHEN);
        ReportFlow.Step again = say("yesterday evening");
        assertThat(form().slots).containsEntry(WHEN, "yesterday");
        assertThat(last(again).expects().kind()).isEqualTo(Expectation.CONFIRM);
    }

    @Test
    void slotsTheFirstMessageAnswersAreNotAskedAndRequiredOnesAreAskedUntilFilled() {
        Reply first = start("The traffic light is completely dark");

        assertThat(form().slots).containsKey(WHAT);
        assertThat(first.expects()).isEqualTo(new Expectation(WHERE, Expectation.PLACE, List.of()));
        assertThat(say("I don't know").understood()).isFalse();
        assertThat(form().awaiting).isEqualTo(WHERE);
    }

    private Reply start(String text) {
        return flow.start(turn(text), SIGNAL).get(0);
    }

    private ReportFlow.Step say(String text) {
        return flow.proceed(turn(text));
    }

    private Turn turn(String text) {
        boolean korean = text.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3);
        return new Turn(conversation, Utterance.text(text), text, korean ? Language.KO : Language.EN, nlu);
    }

    private ReportForm form() {
        return conversation.state.report;
    }

    private static Reply last(ReportFlow.Step step) {
        return step.replies().get(step.replies().size() - 1);
    }

    private static Place place(String id, String en, String ko) {
        return new Place(id, "intersection", null, new LocalizedText(en, ko), null, 37.4, 127.2, null, null, null,
                null, null, null, null, null);
    }

    private static ReportCategory signalCategory() {
        return new ReportCategory(SIGNAL, "traffic-signal-fault", "traffic-signals",
                new LocalizedText("Traffic signal fault", "신호등 고장"), new LocalizedText("", ""), List.of(),
                List.of(new SlotSpec(WHAT, true, new LocalizedText("What is wrong?", "어떤 상태인가요?")),
                        new SlotSpec(WHERE, true, new LocalizedText("Where is it?", "어디인가요?")),
                        new SlotSpec(WHEN, false, new LocalizedText("When did you notice it?", "언제 보셨나요?")),
                        new SlotSpec(CONTACT, false, new LocalizedText("Phone or e-mail?", "연락처는요?"))));
    }
}
