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
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh H2 database with this module's real migrations over the tables they start from ({@code db/base}), two
 * departments, the ticket port and a record of events.
 */
final class TicketDatabase {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final List<Object> events = new ArrayList<>();
    final ApplicationEventPublisher publisher = events::add;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    final JdbcTickets tickets;
    final JdbcTicketWorkflow workflow;

    TicketDatabase() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/base", "classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        for (String department : List.of("traffic-signals", "road-maintenance")) {
            jdbc.sql("insert into department (id, name_en, name_ko) values (?, ?, ?)")
                    .params(department, department, department).update();
        }
        tickets = new JdbcTickets(jdbc, transactions, clock, SEOUL);
        workflow = new JdbcTicketWorkflow(tickets, jdbc, transactions, publisher, clock);
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
}
