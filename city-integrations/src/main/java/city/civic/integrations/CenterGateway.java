package city.civic.integrations;

/** Delivers a ticket into the Smart City Center's system and returns the center's own id. */
public interface CenterGateway {

    String deliver(CenterTicket ticket);

    record CenterTicket(String platformTicketId, String serviceCode, String description, String location,
            Double lat, Double lon) {
    }
}
