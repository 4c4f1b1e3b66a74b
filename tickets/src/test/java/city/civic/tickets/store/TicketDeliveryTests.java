package city.civic.tickets.store;

/** The fenced outbox on H2, the embedded default's database. */
class TicketDeliveryTests extends FencedDeliveryContract {

    @Override
    TicketDatabase database() {
        return new TicketDatabase();
    }
}
