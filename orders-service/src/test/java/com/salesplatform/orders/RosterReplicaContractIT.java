package com.salesplatform.orders;

import com.salesplatform.platformtest.RosterReplicaContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

/** orders-service keeps the platform's roster replica as every consuming service does. */
@ServiceIntegrationTest
class RosterReplicaContractIT extends RosterReplicaContract {
}
