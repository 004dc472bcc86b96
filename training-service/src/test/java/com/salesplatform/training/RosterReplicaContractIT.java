package com.salesplatform.training;

import com.salesplatform.platformtest.RosterReplicaContract;
import com.salesplatform.platformtest.ServiceIntegrationTest;

/** training-service keeps the platform's roster replica as every consuming service does. */
@ServiceIntegrationTest
class RosterReplicaContractIT extends RosterReplicaContract {
}
