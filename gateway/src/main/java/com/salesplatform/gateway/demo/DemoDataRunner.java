package com.salesplatform.gateway.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.salesplatform.gateway.auth.AuthProperties;
import com.salesplatform.gateway.auth.local.TokenIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Profile {@code local} with {@code sales.demo-data.enabled}: once the gateway serves, seeds the demo organisation
 * in a background thread, through the gateway's own API as the demo users. It first waits (up to
 * {@link #PLATFORM_WAIT}) until every service answers through its route; it never stops the gateway, whatever
 * happens.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "sales.demo-data.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataRunner {

    static final Duration PLATFORM_WAIT = Duration.ofMinutes(15);
    /** One read per service: all of them answer before the first write. */
    private static final List<String> EVERY_SERVICE = List.of("/api/teams", "/api/targets", "/api/customers",
            "/api/products", "/api/courses", "/api/reports/leaderboard");

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataProperties properties;
    private final AuthProperties auth;
    private final ObjectProvider<TokenIssuer> tokens;
    private final Environment environment;

    DemoDataRunner(DemoDataProperties properties, AuthProperties auth, ObjectProvider<TokenIssuer> tokens,
                   Environment environment) {
        this.properties = properties;
        this.auth = auth;
        this.tokens = tokens;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInTheBackground() {
        TokenIssuer issuer = tokens.getIfAvailable();
        if (issuer == null || auth.demoUsers().isEmpty()) {
            log.info("demo data: not seeded (no demo users)");
            return;
        }
        URI base = URI.create("http://" + loopback() + ":" + environment.getProperty("local.server.port", "8080"));
        Thread thread = new Thread(() -> run(base, issuer), "demo-data");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(URI base, TokenIssuer issuer) {
        try {
            log.info("demo data: waiting for every service behind {}", base);
            DemoApi patient = new DemoApi(base, auth.demoUsers(), issuer, PLATFORM_WAIT);
            EVERY_SERVICE.forEach(path -> patient.get("admin", path));
            log.info("demo data: seeding (switch off with SALES_DEMO_DATA=false)");
            DemoApi api = new DemoApi(base, auth.demoUsers(), issuer, properties.callTimeout());
            new DemoSeeder(api, new DemoCalendar(Clock.systemUTC(), ZoneId.of(properties.timeZone()))).seed();
        } catch (RuntimeException e) {
            log.warn("demo data: not seeded: {} — the next start tries again", e.getMessage());
        } catch (Throwable e) {
            log.error("demo data: not seeded", e);
        }
    }

    private String loopback() {
        String address = environment.getProperty("server.address", "");
        return address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
    }
}
