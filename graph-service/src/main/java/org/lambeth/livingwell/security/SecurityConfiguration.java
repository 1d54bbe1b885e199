package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who the caller is, and the limits on every request. Authentication: a session from the built-in login, an API key
 * ({@code X-Api-Key}) or, when an issuer is configured ({@code spring.security.oauth2.resourceserver.jwt.*}), an
 * OIDC bearer token. What each role may do with GraphQL is declared per field in the schema ({@link FieldAccess});
 * here only {@code /api/admin/**} and the metrics ({@code /actuator/prometheus}) are closed (to ADMIN), and uploads
 * (to EDITOR).
 * <p>
 * No CSRF token: the session cookie is SameSite=Strict, so a request from another site carries no session, and
 * GraphQL accepts only {@code application/json}, which no cross-site form can send without CORS, which is closed.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /** Only in the web server (the command line runs the application without one, and without HttpSecurity). */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, ApiKeyService keys,
            ObjectProvider<JwtDecoder> jwtDecoder, SecurityContextRepository contexts, MeterRegistry meters,
            @Value("${livingwell.map.tile-url:}") String tileUrl) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                // sign-in answers JSON and never replays a request, so none is saved (saving one parsed form bodies)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.securityContextRepository(contexts))
                .cors(cors -> cors.configurationSource(corsSource()))
                .authorizeHttpRequests(requests -> {
                    SecurityPaths.GUARDED.forEach((path, least) -> requests.requestMatchers(path)
                            .hasAnyRole(SecurityPaths.rolesFrom(least)));
                    requests.anyRequest().permitAll();
                })
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> FilterErrors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "Sign in first", Map.of()))
                        .accessDeniedHandler((request, response, e) -> FilterErrors.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "This needs the role "
                                        + SecurityPaths.roleNeeded(request.getRequestURI()), Map.of())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forTiles(tileUrl)))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        var decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            var converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(properties.jwt().roleClaim()));
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder)
                    .jwtAuthenticationConverter(converter)));
        }
        // an API key is read before a bearer token when tokens are accepted, else before anonymous access
        http.addFilterBefore(new ApiKeyAuthenticationFilter(keys), decoder != null
                ? BearerTokenAuthenticationFilter.class : AnonymousAuthenticationFilter.class);
        http.addFilterAfter(new ViewerFilter(), AnonymousAuthenticationFilter.class);
        http.addFilterAfter(new RateLimitFilter(properties.rateLimit(), meters), ViewerFilter.class);
        return http.build();
    }

    /** The body-size limit runs before everything else, so an oversized body is never read by anyone. */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(SecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestSizeFilter(properties.maxRequestBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** A direct request for the error page answers 404 (see {@link ErrorPathFilter}), before anything else runs. */
    @Bean
    FilterRegistrationBean<ErrorPathFilter> errorPathFilter(@Value("${server.error.path:/error}") String errorPath) {
        var registration = new FilterRegistrationBean<>(new ErrorPathFilter(errorPath));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        var users = properties.users().stream().filter(SecurityProperties.User::enabled)
                .map(user -> User.withUsername(user.username()).password(user.passwordHash())
                        .roles(user.role() == null ? Role.PUBLIC.name() : user.role().name()).build())
                .toList();
        return new InMemoryUserDetailsManager(List.copyOf(users));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }

    /** CORS is open only on the public read API (the Open Referral UK feed), for GET. */
    private static UrlBasedCorsConfigurationSource corsSource() {
        var open = new CorsConfiguration();
        open.addAllowedOrigin("*");
        open.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        open.addAllowedHeader("*");
        open.setAllowCredentials(false);
        open.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/openreferral/**", open);
        source.registerCorsConfiguration("/openreferral", open);
        return source;
    }
}
