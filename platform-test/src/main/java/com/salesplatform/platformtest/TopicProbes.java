package com.salesplatform.platformtest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Owns the {@link TopicProbe}s of a test: every probe opened through {@link #on(String)} is closed after the test,
 * whether it passed or failed, so no test closes one by hand. Register it as a field:
 * <pre>{@code
 * @RegisterExtension
 * final TopicProbes topics = new TopicProbes();
 * }</pre>
 */
public final class TopicProbes implements AfterEachCallback {

    private final List<TopicProbe> open = new ArrayList<>();

    /** A probe reading {@code topic} from its beginning, closed when the current test ends. */
    public synchronized TopicProbe on(String topic) {
        TopicProbe probe = TopicProbe.on(topic);
        open.add(probe);
        return probe;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        RuntimeException failure = null;
        for (TopicProbe probe : open) {
            try {
                probe.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
