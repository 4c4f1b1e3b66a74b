package city.civic.web;

import city.civic.admin.StaffRole;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what outside {@code /admin/} (the staff chain comes first, see admin-ui): the actuator
 * (health status for anyone, details and metrics for staff, or anyone on a separate management port),
 * then every citizen and public endpoint, anonymous and without sessions: a conversation is reached
 * with its own token, Open311 filing with an API key. The README's "what a stranger can reach" table
 * follows these rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class EdgeSecurityConfiguration {

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager staffAuthenticationManager,
            ManagementPort managementPort) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(staffAuthenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(managementPort).permitAll()
                        .anyRequest().hasAnyRole(StaffRole.all()))
                .httpBasic(basic -> basic.realmName("civic-staff"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain citizenChain(HttpSecurity http, HttpProperties properties) throws Exception {
        String csp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors "
                + properties.frameAncestors().stream().collect(Collectors.joining(" "));
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var open311 = PathPatternRequestMatcher.withDefaults().matcher("/open311/**");
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                        .frameOptions(frames -> frames.disable())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> api.matches(request) || open311.matches(request),
                                new CacheControlHeadersWriter())))
                .build();
    }

    @Bean
    TomcatEdge tomcatEdge(HttpProperties properties) {
        return new TomcatEdge(properties);
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(HttpProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestLimitsFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
