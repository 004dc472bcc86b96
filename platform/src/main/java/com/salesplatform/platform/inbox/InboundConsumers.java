package com.salesplatform.platform.inbox;

import org.springframework.context.SmartLifecycle;

/** Runs the service's consumers while the application runs (services whose read models have no generations). */
public class InboundConsumers implements SmartLifecycle {

    private final ConsumerSet consumers;

    public InboundConsumers(InboundSubscriptions subscriptions) {
        this.consumers = subscriptions.consumers();
    }

    @Override
    public void start() {
        consumers.start();
    }

    @Override
    public void stop() {
        consumers.stop();
    }

    @Override
    public boolean isRunning() {
        return consumers.isRunning();
    }
}
