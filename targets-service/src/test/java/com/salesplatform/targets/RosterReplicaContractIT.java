package com.salesplatform.targets;

import com.salesplatform.platformtest.RosterReplicaContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

/** targets-service keeps the platform's roster replica as every consuming service does. */
@ServiceIntegrationTest
class RosterReplicaContractIT extends RosterReplicaContract {
}
