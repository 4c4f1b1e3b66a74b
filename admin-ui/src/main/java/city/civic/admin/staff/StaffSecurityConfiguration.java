package city.civic.admin.staff;

import city.civic.admin.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use {@code /admin/**} (DESIGN.md "Staff sign-in"): pages sign in with a form, a session and CSRF
 * tokens; the JSON API under {@code /admin/api/} also takes HTTP Basic, without CSRF when the body is JSON
 * (a cross-site form cannot send that, even with credentials a browser cached). Every path needs a staff
 * role; what each role may do beyond that is declared on the controller method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(StaffSecurityProperties.class)
class StaffSecurityConfiguration {

    static final String LOGIN_PAGE = "/admin/login";
    private static final String ADMIN_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Spring Security's own JDBC account store over our table names (see V3_1__staff.sql). */
    @Bean
    JdbcUserDetailsManager staffAccounts(DataSource dataSource) {
        var accounts = new JdbcUserDetailsManager(dataSource);
        accounts.setUsersByUsernameQuery("select username, password, enabled from staff_user where username = ?");
        accounts.setAuthoritiesByUsernameQuery("select username, authority from staff_authority where username = ?");
        accounts.setUserExistsSql("select count(*) from staff_user where username = ?");
        accounts.setCreateUserSql("insert into staff_user (username, password, enabled) values (?, ?, ?)");
        accounts.setUpdateUserSql("update staff_user set password = ?, enabled = ? where username = ?");
        accounts.setDeleteUserSql("delete from staff_user where username = ?");
        accounts.setChangePasswordSql("update staff_user set password = ? where username = ?");
        accounts.setCreateAuthoritySql("insert into staff_authority (username, authority) values (?, ?)");
        accounts.setDeleteUserAuthoritiesSql("delete from staff_authority where username = ?");
        accounts.setEnableGroups(false);
        return accounts;
    }

    @Bean
    StaffAudit staffAudit(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        return new StaffAudit(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Every staff password check, on the admin pages and API and on the actuator, goes through this. */
    @Bean
    AuthenticationManager staffAuthenticationManager(JdbcUserDetailsManager accounts, PasswordEncoder passwords,
            StaffSecurityProperties properties, StaffAudit audit, ObjectProvider<Clock> clock) {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        var attempts = new LoginAttempts(properties.login(), clock.getIfAvailable(Clock::systemUTC));
        return new ProviderManager(new ThrottledAuthentication(passwordCheck, attempts, audit));
    }

    @Bean
    FirstAdministrator firstAdministrator(JdbcUserDetailsManager accounts, PasswordEncoder passwords,
            StaffSecurityProperties properties) {
        return new FirstAdministrator(accounts, passwords, properties.admin());
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffChain(HttpSecurity http, AuthenticationManager staffAuthenticationManager,
            StaffAudit audit) throws Exception {
        var refusals = new ApiRefusals();
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/admin/api/**");
        return http.securityMatcher("/admin/**")
                .authenticationManager(staffAuthenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/admin/assets/**").permitAll()
                        .anyRequest().hasAnyRole(StaffRole.all()))
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .successHandler(new AuditedSignIn(audit, "/admin/"))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + LOGIN_PAGE + (e instanceof LoginThrottledException ? "?locked" : "?error")))
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN_PAGE + "?signedOut")
                        .addLogoutHandler((request, response, who) -> {
                            if (who != null) {
                                audit.record(who.getName(), "sign-out", null, null, null, request.getRemoteAddr(), null);
                            }
                        }))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(StaffSecurityConfiguration::needsCsrfToken))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(refusals, api)
                        .defaultAccessDeniedHandlerFor(refusals, api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ADMIN_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new StaffAuditFilter(audit), ExceptionTranslationFilter.class)
                .build();
    }

    /** Unsafe methods need the token, unless they come with HTTP Basic and a JSON body. */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (!CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return !(basic && isJson(request.getContentType()));
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
