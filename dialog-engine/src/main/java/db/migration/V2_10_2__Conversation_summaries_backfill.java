package db.migration;

import city.civic.dialog.insights.SummaryBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the summary columns added by {@code V2_10_1} for conversations kept from before: a Java migration
 * because the summary is read from the replies' JSON, which H2 and PostgreSQL parse differently.
 */
public class V2_10_2__Conversation_summaries_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        var json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        new SummaryBackfill(jdbc, json).run();
    }
}
