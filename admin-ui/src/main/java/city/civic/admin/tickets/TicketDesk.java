package city.civic.admin.tickets;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChangeRefusedException;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketWorkflow;
import city.civic.tickets.Tickets;
import city.civic.dialog.content.CityContent;
import city.civic.knowledge.Departments;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What staff do with tickets, for the JSON API and the console alike: read them masked, change their status
 * with a note the citizen hears (each change audited as {@code ticket.status} in the same transaction), and
 * reveal a citizen's contact for a stated reason (audited as {@code ticket.reveal}).
 */
public final class TicketDesk {

    static final int SHORTEST_REASON = 10;
    static final int LONGEST_NOTE = 1000;

    private final Tickets tickets;
    private final TicketWorkflow workflow;
    private final CityContent content;
    private final Departments departments;
    private final Conversations conversations;
    private final NoteTemplates templates;
    private final StaffAudit audit;
    private final TransactionOperations transactions;

    TicketDesk(Tickets tickets, TicketWorkflow workflow, CityContent content, Departments departments,
            Conversations conversations, NoteTemplates templates, StaffAudit audit,
            TransactionOperations transactions) {
        this.tickets = tickets;
        this.workflow = workflow;
        this.content = content;
        this.departments = departments;
        this.conversations = conversations;
        this.templates = templates;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The citizen's contact and words as typed, for calling them back. */
    public record Revealed(String id, String contact, String description, String location, String observedWhen) {
    }

    public List<TicketSummary> list(TicketFilter filter, Language language) {
        TicketViews views = views(language);
        return workflow.worklist(filter.worklist()).stream().map(views::summary).toList();
    }

    public Optional<Ticket> ticket(String id) {
        return tickets.find(id);
    }

    public Optional<TicketDetail> detail(String id, Language language) {
        TicketViews views = views(language);
        return tickets.find(id).map(ticket -> views.detail(ticket, workflow));
    }

    public TicketSummary summary(Ticket ticket, Language language) {
        return views(language).summary(ticket);
    }

    public TicketNames names() {
        return TicketNames.read(content, departments);
    }

    public NoteTemplates templates() {
        return templates;
    }

    /**
     * @throws TicketRequestException 404 unknown ticket, 400 unknown status, 422 refused (transition, department,
     *     template, duplicate, note too long)
     * @throws city.civic.tickets.TicketChangedMeanwhileException someone else changed it since {@code version}
     */
    public Ticket change(String id, StatusRequest request, StaffAction who) {
        Ticket ticket = tickets.find(id).orElseThrow(() -> notFound(id));
        TicketStatus to = TicketStatus.ofCode(request.to()).orElseThrow(() -> new TicketRequestException(400,
                "status.unknown", "to must be one of received, assigned, in_progress, resolved, closed, duplicate."));
        TicketNames names = names();
        String department = department(request, names);
        String note = note(ticket, to, request, names, department == null ? ticket.department() : department);
        var change = new TicketWorkflow.Change(ticket.id(), to, note, department, request.duplicateOf(),
                request.version(), who.username());
        try {
            return transactions.execute(tx -> {
                Ticket changed = workflow.change(change);
                audit.record(who.username(), "ticket.status", who.method(), who.path(), 200, who.clientAddress(),
                        ticket.id() + ": " + ticket.status().code() + " → " + to.code()
                                + (department == null ? "" : ", department " + department)
                                + (changed.duplicateOf() == null || to != TicketStatus.DUPLICATE ? ""
                                        : ", duplicate of " + changed.duplicateOf()));
                return changed;
            });
        } catch (TicketChangeRefusedException e) {
            throw new TicketRequestException(e.code().equals("ticket.not_found") ? 404 : 422, e.code(),
                    e.getMessage());
        }
    }

    /** @throws TicketRequestException 400 without a reason, 404 for an unknown ticket */
    public Revealed reveal(String id, String reason, StaffAction who) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < SHORTEST_REASON) {
            throw new TicketRequestException(400, "reason.missing", "Say why you need the citizen's contact (at least "
                    + SHORTEST_REASON + " characters); it is kept in the audit trail.");
        }
        Ticket ticket = tickets.find(id).orElseThrow(() -> notFound(id));
        audit.record(who.username(), "ticket.reveal", who.method(), who.path(), 200, who.clientAddress(),
                ticket.id() + ": " + why);
        return new Revealed(ticket.id(), ticket.contact(), ticket.description(), ticket.location(),
                ticket.observedWhen());
    }

    private static String department(StatusRequest request, TicketNames names) {
        String department = request.department() == null || request.department().isBlank() ? null
                : request.department().strip();
        if (department != null && !names.isDepartment(department)) {
            throw new TicketRequestException(422, "department.unknown", "There is no department " + department + ".");
        }
        return department;
    }

    /** The typed note, else the chosen template, else the status's default; in the citizen's language, filled in. */
    private String note(Ticket ticket, TicketStatus to, StatusRequest request, TicketNames names, String department) {
        Language language = Language.fromCode(ticket.language()).orElse(Language.EN);
        String text;
        if (request.note() != null && !request.note().isBlank()) {
            text = request.note().strip();
        } else if (request.template() != null && !request.template().isBlank()) {
            NoteTemplates.NoteTemplate template = templates.find(request.template()).orElseThrow(() ->
                    new TicketRequestException(422, "template.unknown", "There is no note template "
                            + request.template() + "."));
            if (template.status() != to) {
                throw new TicketRequestException(422, "template.mismatch", "The template " + template.key()
                        + " is for " + template.status().code() + ", not " + to.code() + ".");
            }
            text = template.in(language);
        } else {
            text = templates.defaultFor(to).map(t -> t.in(language)).orElse(null);
        }
        if (text == null) {
            return null;
        }
        String duplicateOf = request.duplicateOf() == null ? "" : tickets.find(request.duplicateOf()).map(Ticket::id)
                .orElse(request.duplicateOf().strip());
        String filled = NoteTemplates.fill(text, Map.of("department", names.department(department, language),
                "duplicateOf", duplicateOf, "ticket", ticket.id()));
        if (filled.length() > LONGEST_NOTE) {
            throw new TicketRequestException(422, "note.too_long", "A note may have at most " + LONGEST_NOTE
                    + " characters.");
        }
        return filled;
    }

    private TicketViews views(Language language) {
        return new TicketViews(names(), new HandoffLookup(conversations), language);
    }

    private static TicketRequestException notFound(String id) {
        return new TicketRequestException(404, "ticket.not_found", "There is no ticket " + id + ".");
    }
}
