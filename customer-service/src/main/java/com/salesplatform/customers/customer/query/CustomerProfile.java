package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.personaldata.RevealedContact;
import com.salesplatform.customers.lookup.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/customers/{id}}: the whole customer file, now or as of a past instant. */
public record CustomerProfile(String id, String name, CustomerType type, String industry, String region,
                              LeadChannel channel, List<String> tags, CustomerStatus status, String ownerRepId,
                              CreditLimit creditLimit, List<RevealedContact> contacts, boolean personalDataErased,
                              Instant registeredAt, Instant lastContactAt, Instant nextFollowUpAt,
                              List<OpenFollowUp> openFollowUps, Satisfaction satisfaction,
                              List<OpenComplaint> openComplaints, PurchaseSummary purchaseHistory, Instant asOf) {

    public record CreditLimit(BigDecimal amount, String currency) {
    }

    public record OpenFollowUp(String id, Instant dueAt, String purpose, boolean overdue) {
    }

    /** The average of every score recorded (2 decimals), null before the first. */
    public record Satisfaction(BigDecimal average, int count) {
    }

    public record OpenComplaint(String id, String subject, Instant openedAt) {
    }

    /** Orders newest first; {@code totalPurchased} leaves cancelled orders out. */
    public record PurchaseSummary(List<Purchase> orders, int orderCount, BigDecimal totalPurchased) {
    }
}
