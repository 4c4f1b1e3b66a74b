package city.civic.admin.tickets;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.Conversations;
import city.civic.tickets.TicketWorkflow;
import city.civic.tickets.Tickets;
import city.civic.dialog.content.CityContent;
import city.civic.knowledge.Departments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

/** Wires the ticket desk from the dialog engine's ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class TicketsConfiguration {

    @Bean
    NoteTemplates noteTemplates(ConsoleProperties properties) {
        return NoteTemplates.load(properties.noteTemplates());
    }

    @Bean
    TicketDesk ticketDesk(Tickets tickets, TicketWorkflow workflow, CityContent content, Departments departments,
            Conversations conversations, NoteTemplates templates, StaffAudit audit,
            ObjectProvider<TransactionOperations> transactions) {
        return new TicketDesk(tickets, workflow, content, departments, conversations, templates, audit,
                transactions.getIfUnique(TransactionOperations::withoutTransaction));
    }
}
