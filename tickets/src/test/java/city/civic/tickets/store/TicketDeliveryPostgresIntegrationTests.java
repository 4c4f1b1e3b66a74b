package city.civic.tickets.store;

/**
 * The fenced outbox on the PostgreSQL this machine and CI run on 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}), each test in a fresh schema dropped after it.
 */
class TicketDeliveryPostgresIntegrationTests extends FencedDeliveryContract {

    @Override
    TicketDatabase database() {
        return TicketDatabase.onPostgres();
    }
}
