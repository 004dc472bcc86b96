package com.salesplatform.customers;

import com.salesplatform.platformtest.OperationalEndpointsContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

@ServiceIntegrationTest
class OperationalEndpointsIT extends OperationalEndpointsContract {
}
