package city.civic.dialog.content;

import city.civic.dialog.nlu.IntentExample;
import java.util.List;

/** The content the dialog engine is built from; stored in the database, seeded from the city pack. */
public interface CityContent {

    List<IntentExample> intentExamples(String lang);

    List<Place> places();

    List<ReportCategory> categories();

    /** Whether nothing has been seeded yet. */
    boolean isEmpty();

    void importIntentExamples(String lang, List<IntentExample> examples);

    void importPlaces(List<Place> places);

    void importCategories(List<ReportCategory> categories);
}
