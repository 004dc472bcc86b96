package com.salesplatform.performance;

import com.salesplatform.platformtest.OperationalEndpointsContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

@ServiceIntegrationTest
class OperationalEndpointsIT extends OperationalEndpointsContract {
}
