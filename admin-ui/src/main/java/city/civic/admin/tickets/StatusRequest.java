package city.civic.admin.tickets;

/**
 * The body of {@code POST /admin/api/tickets/{id}/status} (and the console's status form).
 *
 * @param to {@code received}, {@code assigned}, {@code in_progress}, {@code resolved}, {@code closed} or
 *     {@code duplicate}
 * @param note what the citizen hears when asking by number; without one, the {@code template}'s text, else
 *     the status's default template, in the ticket's language
 * @param template a note template's key ({@code in_progress.crew_sent}), for the target status
 * @param department for {@code assigned}: the department (id) to assign to; the ticket's own when absent
 * @param duplicateOf for {@code duplicate}: the ticket this one repeats
 * @param version the ticket's version as the caller saw it; a change made meanwhile then refuses this one (409)
 */
public record StatusRequest(String to, String note, String template, String department, String duplicateOf,
        Long version) {
}
