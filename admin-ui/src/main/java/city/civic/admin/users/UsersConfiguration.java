package city.civic.admin.users;

import city.civic.knowledge.Departments;
import java.time.Clock;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    @Bean
    StaffDirectory staffDirectory(JdbcClient jdbc, TransactionTemplate transactions, PasswordEncoder passwords,
            Clock clock) {
        return new StaffDirectory(jdbc, transactions, passwords, clock);
    }

    @Bean
    StaffPasswords staffPasswords() {
        return new StaffPasswords();
    }

    @Bean
    AccountInput accountInput(Departments departments) {
        return new AccountInput(departments);
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc);
    }

    /** Right after Spring Security's filters, which establish who is asking. */
    @Bean
    FilterRegistrationBean<AccountStillValidFilter> accountStillValidFilter(StaffDirectory directory) {
        var registration = new FilterRegistrationBean<>(new AccountStillValidFilter(directory));
        registration.addUrlPatterns("/admin/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
