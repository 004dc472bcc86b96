package com.salesplatform.performance.promotion.query;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sales.promotion.required-certifications}: for each grade, the certifications (as training-service names
 * them) a rep needs to be promoted <em>to</em> it. A grade not listed needs none.
 */
@ConfigurationProperties("sales.promotion")
public record PromotionRequirements(Map<Integer, List<String>> requiredCertifications) {

    public PromotionRequirements {
        requiredCertifications = requiredCertifications == null ? Map.of() : Map.copyOf(requiredCertifications);
    }

    List<String> forGrade(int grade) {
        return requiredCertifications.getOrDefault(grade, List.of());
    }
}
