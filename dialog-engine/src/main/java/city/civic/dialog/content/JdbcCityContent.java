package city.civic.dialog.content;

import city.civic.dialog.nlu.IntentExample;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

public class JdbcCityContent implements CityContent {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcCityContent(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The live model's examples: officials' additions wait for activation, their removals still count. */
    @Override
    public List<IntentExample> intentExamples(String lang) {
        return jdbc.sql("select text, intent from intent_example where lang = ?"
                        + " and (pending is null or pending = 'removed') order by id")
                .param(lang).query((rs, n) -> new IntentExample(rs.getString(1), rs.getString(2))).list();
    }

    @Override
    public List<Place> places() {
        return jdbc.sql("select data from place order by id")
                .query((rs, n) -> json.readValue(rs.getString(1), Place.class)).list();
    }

    @Override
    public List<ReportCategory> categories() {
        return jdbc.sql("select data from report_category order by intent")
                .query((rs, n) -> json.readValue(rs.getString(1), ReportCategory.class)).list();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from intent_example").query(Long.class).single() == 0;
    }

    @Override
    @Transactional
    public void importIntentExamples(String lang, List<IntentExample> examples) {
        for (IntentExample example : examples) {
            jdbc.sql("insert into intent_example (lang, intent, text) values (?, ?, ?)")
                    .params(lang, example.intent(), example.text()).update();
        }
    }

    @Override
    @Transactional
    public void importPlaces(List<Place> places) {
        for (Place place : places) {
            jdbc.sql("insert into place (id, kind, data) values (?, ?, ?)")
                    .params(place.id(), place.kind(), json.writeValueAsString(place)).update();
        }
    }

    @Override
    @Transactional
    public void importCategories(List<ReportCategory> categories) {
        for (ReportCategory category : categories) {
            jdbc.sql("insert into report_category (intent, service_code, department, data) values (?, ?, ?, ?)")
                    .params(category.intent(), category.serviceCode(), category.department(),
                            json.writeValueAsString(category))
                    .update();
        }
    }
}
