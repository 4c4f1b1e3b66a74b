package city.civic.tickets.store;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChannel;
import city.civic.tickets.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with this module's real migrations over the tables they start from ({@code db/base}), two
 * departments, the ticket port and a record of events: H2 in memory, or a schema of its own on the local
 * PostgreSQL (127.0.0.1:5432, database {@code test}), dropped by {@link #close()}.
 */
final class TicketDatabase implements AutoCloseable {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final List<Object> events = new ArrayList<>();
    final ApplicationEventPublisher publisher = events::add;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    final JdbcTickets tickets;
    final JdbcTicketWorkflow workflow;
    /** Another connection pool onto the same database, as a second application instance would have. */
    private final Supplier<DataSource> connect;
    private final Runnable drop;

    TicketDatabase() {
        this(h2());
    }

    private TicketDatabase(Target target) {
        this.connect = target.connect();
        this.drop = target.drop();
        DataSource dataSource = connect.get();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/base", "classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = transactions(dataSource);
        for (String department : List.of("traffic-signals", "road-maintenance")) {
            jdbc.sql("insert into department (id, name_en, name_ko) values (?, ?, ?)")
                    .params(department, department, department).update();
        }
        tickets = new JdbcTickets(jdbc, transactions, clock, SEOUL);
        workflow = new JdbcTicketWorkflow(tickets, jdbc, transactions, publisher, clock);
    }

    static TicketDatabase onPostgres() {
        return new TicketDatabase(postgres());
    }

    /** A second instance's view of this database: its own connections and transactions. */
    Instance instance() {
        DataSource dataSource = connect.get();
        return new Instance(JdbcClient.create(dataSource), transactions(dataSource));
    }

    record Instance(JdbcClient jdbc, TransactionTemplate transactions) {
    }

    Ticket file(String placeId, String description) {
        return tickets.file(new Tickets.NewTicket("road-damage", "road.damage.report", "road-maintenance",
                description, placeId, "by the school", 37.41, 127.25, null, "010-2345-6789", "en", TicketChannel.WEB,
                "conversation-1"));
    }

    java.sql.Timestamp closedAt(Ticket ticket) {
        return jdbc.sql("select closed_at from ticket where seq = ?").param(JdbcTicketWorkflow.seq(ticket))
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
    }

    @Override
    public void close() {
        drop.run();
    }

    private static TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private record Target(Supplier<DataSource> connect, Runnable drop) {
    }

    private static Target h2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Supplier<DataSource> connect = () -> {
            var dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            return dataSource;
        };
        return new Target(connect, () -> JdbcClient.create(connect.get()).sql("shutdown").update());
    }

    private static Target postgres() {
        String schema = "tickets_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient admin = JdbcClient.create(postgres(null));
        admin.sql("create schema " + schema).update();
        return new Target(() -> postgres(schema), () -> admin.sql("drop schema " + schema + " cascade").update());
    }

    private static DataSource postgres(String schema) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        dataSource.setUser("postgres");
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }
}
