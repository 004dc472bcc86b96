package com.salesplatform.customers;

import com.salesplatform.platformtest.RosterReplicaContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

/** customer-service keeps the platform's roster replica as every consuming service does. */
@ServiceIntegrationTest
class RosterReplicaContractIT extends RosterReplicaContract {
}
