package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Live;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Table {@code intent_model_activation}: the history of activated intent models, newest last. */
final class JdbcActivations {

    record Activation(long id, Live live) {
    }

    private final JdbcClient jdbc;

    JdbcActivations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long record(Instant at, String by, int examples, Double accuracy, Double liveAccuracy, boolean insisted) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into intent_model_activation (activated_at, activated_by, examples, accuracy, live_accuracy,"
                        + " insisted) values (?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, examples, accuracy, liveAccuracy, insisted)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Activation> latest() {
        return jdbc.sql("select id, activated_at, activated_by, examples from intent_model_activation"
                        + " order by id desc fetch first 1 rows only")
                .query((rs, n) -> new Activation(rs.getLong(1), new Live(
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getInt(4))))
                .optional();
    }
}
