package com.salesplatform.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one door for the web and mobile frontends: routes {@code /api/**} to the owning service, authenticates
 * every call with a JWT, answers for a downstream service that is down, and (profile {@code local} only)
 * issues tokens for the seeded demo users.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
