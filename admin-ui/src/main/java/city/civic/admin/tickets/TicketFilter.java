package city.civic.admin.tickets;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketWorkflow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The worklist's filters: {@code status} (codes, comma-separated; {@code open} and {@code closed} stand for
 * their groups), {@code category} (service code), {@code department} (id). Blank means any.
 */
public record TicketFilter(String status, List<TicketStatus> statuses, String category, String department) {

    public static final int LIMIT = 200;

    public TicketFilter {
        status = status == null ? "" : status.strip();
        statuses = List.copyOf(statuses);
        category = blankToNull(category);
        department = blankToNull(department);
    }

    /** @throws TicketRequestException 400 for an unknown status */
    public static TicketFilter parse(String status, String category, String department) {
        Set<TicketStatus> statuses = new LinkedHashSet<>();
        if (status != null) {
            for (String code : status.split(",")) {
                if (!code.isBlank()) {
                    statuses.addAll(statuses(code.strip()));
                }
            }
        }
        return new TicketFilter(status, new ArrayList<>(statuses), category, department);
    }

    private static List<TicketStatus> statuses(String code) {
        return switch (code) {
            case "open" -> Arrays.stream(TicketStatus.values()).filter(s -> !s.isClosed()).toList();
            case "closed" -> Arrays.stream(TicketStatus.values()).filter(TicketStatus::isClosed).toList();
            default -> List.of(TicketStatus.ofCode(code).orElseThrow(() -> new TicketRequestException(400,
                    "status.unknown", "status must be one of received, assigned, in_progress, resolved, closed,"
                            + " duplicate, open, closed.")));
        };
    }

    TicketWorkflow.Worklist worklist() {
        return new TicketWorkflow.Worklist(statuses, category, department, LIMIT);
    }

    /** Whether a ticket belongs in a list filtered so (for tickets pushed live). */
    public boolean matches(Ticket ticket) {
        return (statuses.isEmpty() || statuses.contains(ticket.status()))
                && (category == null || category.equals(ticket.serviceCode()))
                && (department == null || department.equals(ticket.department()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
