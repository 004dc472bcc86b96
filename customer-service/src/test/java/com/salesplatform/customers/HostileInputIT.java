package com.salesplatform.customers;

import com.salesplatform.platformtest.HostileInputContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

@ServiceIntegrationTest
class HostileInputIT extends HostileInputContract {
}
