package com.salesplatform.platformtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layout rules of docs/architecture.md, checked on one service's classes: {@code command} never depends on
 * {@code query}, no class of another service is used, {@code api} types are records or enums, and {@code web} talks
 * to Axon's gateways rather than to aggregates; {@code command} rejects with the platform's {@code rejection}
 * exceptions and knows nothing of HTTP (neither the platform's {@code web} package nor Spring's); an aggregate's
 * stream is read only through the platform's {@code AggregateEvents}/{@code EventHistory}, never from Axon's
 * {@code EventStore} directly; texts are measured by the platform's {@code Text} (in characters as people count them);
 * whose objects a caller sees is derived by the platform's {@code CallerScope} only, so no service decides by itself
 * that INTEGRATION (or anyone) sees everything.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("targets", "customers", "orders", "performance", "training",
            "reporting", "gateway");

    private static final String[] WEB_PACKAGES = {"com.salesplatform.platform.web..", "org.springframework.web..",
            "org.springframework.http.."};

    private static final String EVENT_STORE = "org.axonframework.eventsourcing.eventstore.EventStore";

    private static final String ROLE = "com.salesplatform.platform.security.Role";

    private final String basePackage;

    private ServiceArchitecture(String basePackage) {
        this.basePackage = basePackage;
    }

    public static ServiceArchitecture of(String basePackage) {
        return new ServiceArchitecture(basePackage);
    }

    public void check(JavaClasses classes) {
        rules().forEach(rule -> rule.check(classes));
    }

    private List<ArchRule> rules() {
        String[] otherServices = SERVICES.stream()
                .map(service -> "com.salesplatform." + service + "..")
                .filter(pkg -> !pkg.equals(basePackage + ".."))
                .toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAPackage(basePackage + "..command..")
                        .should().dependOnClassesThat().resideInAPackage(basePackage + "..query..")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherServices),
                classes().that().resideInAPackage(basePackage + "..api..")
                        .should().beRecords().orShould().beEnums()
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..command..")
                        .should().dependOnClassesThat().resideInAnyPackage(WEB_PACKAGES)
                        .as("the command side knows nothing of HTTP; it rejects with platform.rejection exceptions")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..web..")
                        .should().dependOnClassesThat().resideInAPackage(basePackage + "..command..")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("readEvents"))
                                .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                        JavaClass.Predicates.assignableTo(EVENT_STORE)))))
                        .as("aggregate streams are read through the platform's AggregateEvents")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().callMethod(String.class, "codePointCount", int.class, int.class)
                        .as("text is measured by the platform's Text, which counts characters as people do")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().accessField(ROLE, "INTEGRATION")
                        .as("a caller's scope (ADMIN and INTEGRATION see everyone's) is derived by the platform's "
                                + "CallerScope, never by a service")
                        .allowEmptyShould(true),
                slices().matching(basePackage + ".(**)").should().beFreeOfCycles()
                        .as("packages depend on each other without cycles"));
    }
}
