package com.salesplatform.orders;

import com.salesplatform.platformtest.HostileInputContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

@ServiceIntegrationTest
class HostileInputIT extends HostileInputContract {
}
