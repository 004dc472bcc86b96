package com.salesplatform.gateway.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One seeding run: the organisation and its targets, customers with their history, the sales process, training,
 * knowledge and meetings, in that order (each needs the one before). A part that fails is logged and the next
 * part still runs; the next start fills in what is missing.
 */
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoApi api;
    private final DemoCalendar calendar;

    DemoSeeder(DemoApi api, DemoCalendar calendar) {
        this.api = api;
        this.calendar = calendar;
    }

    DemoTally seed() {
        DemoTally tally = new DemoTally();
        DemoSteps steps = new DemoSteps(api, tally);
        List<DemoCustomer> customers = DemoCustomer.all(api);
        part("organisation and targets", () -> new DemoOrganisation(steps, calendar).seed());
        part("customers", () -> new DemoCustomers(steps, calendar).seed(customers));
        part("deals, quotes and orders", () -> new DemoSales(steps, calendar).seed(customers));
        part("training, knowledge and meetings", () -> new DemoLearning(steps, calendar).seed());
        if (tally.failed() > 0) {
            log.warn("demo data: incomplete: seeded {} ({} already present); could not make {} — the next start "
                    + "tries again", describe(tally), tally.present(), tally.failedByKind());
        } else if (tally.created() == 0) {
            log.info("demo data: already present ({} items checked, nothing created)", tally.present());
        } else {
            log.info("demo data: seeded {} ({} already present)", describe(tally), tally.present());
        }
        return tally;
    }

    private static String describe(DemoTally tally) {
        return tally.created() == 0 ? "nothing" : tally.created() + " items: " + tally.createdByKind();
    }

    private static void part(String name, Runnable part) {
        try {
            part.run();
        } catch (DemoDataException e) {
            log.warn("demo data: {} stopped: {}", name, e.getMessage());
        }
    }
}
