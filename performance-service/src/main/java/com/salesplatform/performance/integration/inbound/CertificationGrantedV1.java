package com.salesplatform.performance.integration.inbound;

import java.time.LocalDate;

/**
 * This service's reading of training-service's CertificationGranted v1 (contracts/events/training): a rep is
 * certified in a course {@code category} (e.g. NEGOTIATION) until {@code expiresOn}.
 */
public record CertificationGrantedV1(String certificationId, String repId, String category, LocalDate grantedOn,
                                     LocalDate expiresOn) {
}
