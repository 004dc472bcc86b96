package com.salesplatform.targets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TargetsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TargetsServiceApplication.class, args);
    }
}
