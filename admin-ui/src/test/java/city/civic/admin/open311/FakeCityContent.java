package city.civic.admin.open311;

import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.LocalizedText;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.content.SlotSpec;
import city.civic.dialog.nlu.IntentExample;
import java.util.ArrayList;
import java.util.List;

/** Two report categories and one place, shaped like the sample city pack. */
final class FakeCityContent implements CityContent {

    final List<ReportCategory> categories = new ArrayList<>(List.of(
            category("signal.fault.report", "traffic-signal-fault", "traffic-signals",
                    new LocalizedText("Traffic signal fault", "신호등 고장"), false),
            category("road.damage.report", "road-damage", "road-maintenance",
                    new LocalizedText("Road damage", "도로 파손"), false)));

    static ReportCategory category(String intent, String code, String department, LocalizedText name,
            boolean whenRequired) {
        return new ReportCategory(intent, code, department, name,
                new LocalizedText(name.en() + " description", name.ko() + " 설명"),
                List.of("signal", "신호등"),
                List.of(new SlotSpec(SlotSpec.WHAT, true, new LocalizedText("What?", "무엇?")),
                        new SlotSpec(SlotSpec.WHERE, true, new LocalizedText("Where?", "어디?")),
                        new SlotSpec(SlotSpec.WHEN, whenRequired,
                                new LocalizedText("When did you notice it?", "언제 발견하셨나요?")),
                        new SlotSpec(SlotSpec.CONTACT, false, new LocalizedText("Contact?", "연락처?"))));
    }

    @Override
    public List<ReportCategory> categories() {
        return categories;
    }

    @Override
    public List<Place> places() {
        return List.of(new Place("gyeongan-intersection", "intersection", "Gyeongan-dong",
                new LocalizedText("Gyeongan Intersection", "경안사거리"), null, 37.4172, 127.2557, null, null, null,
                null, null, true, null, null));
    }

    @Override
    public List<IntentExample> intentExamples(String lang) {
        return List.of();
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public void importIntentExamples(String lang, List<IntentExample> examples) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void importPlaces(List<Place> places) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void importCategories(List<ReportCategory> categories) {
        throw new UnsupportedOperationException();
    }
}
