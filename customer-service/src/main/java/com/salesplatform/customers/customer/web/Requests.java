package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.CommunicationType;
import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The request bodies of the customer API (docs/domain.md "Conventions"). */
final class Requests {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String PHONE_PATTERN = "\\+?[0-9 ()-]{5,40}";

    private Requests() {
    }

    record Contact(@NotBlank @Size(max = 200) @Schema(example = "王芳") String name,
                   @Pattern(regexp = PHONE_PATTERN, message = "must be a phone number") String phone,
                   @Email @Size(max = 254) String email,
                   @Size(max = 100) @Schema(example = "采购经理") String role) {
        ContactInput input() {
            return new ContactInput(name, phone, email, role);
        }
    }

    record RegisterLead(@Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id,
                        @NotBlank @Size(max = 200) @Schema(example = "上海华联贸易集团") String name,
                        @NotNull CustomerType type,
                        @Size(max = 100) @Schema(example = "批发") String industry,
                        @Size(max = 100) @Schema(example = "华东") String region,
                        @NotNull LeadChannel channel,
                        @Valid Contact contact,
                        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String ownerRepId) {
    }

    record Reassign(@NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String ownerRepId) {
    }

    record Profile(@NotBlank @Size(max = 200) @Schema(example = "上海华联贸易集团") String name,
                   @NotNull CustomerType type,
                   @Size(max = 100) @Schema(example = "批发") String industry,
                   @Size(max = 100) @Schema(example = "华东") String region,
                   @Size(max = 20) List<@NotBlank @Size(max = 100) String> tags) {
    }

    record Reason(@NotBlank @Size(max = 2000) @Schema(example = "客户已被竞争对手收购") String reason) {
    }

    record CreditLimit(@NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    record Communication(@NotNull CommunicationType type,
                         @NotNull @PastOrPresent Instant occurredAt,
                         @NotBlank @Size(max = 2000) @Schema(example = "拜访采购部") String summary,
                         @Size(max = 2000) @Schema(example = "对样品感兴趣") String outcome,
                         @Size(max = 2000) @Schema(example = "寄样品") String nextStep) {
    }

    record FollowUp(@NotNull Instant dueAt, @NotBlank @Size(max = 2000) @Schema(example = "确认样品反馈") String purpose) {
    }

    record FollowUpCompletion(@NotBlank @Size(max = 2000) @Schema(example = "确认下单意向") String outcome,
                              @Min(1) @Max(5) Integer satisfactionScore) {
    }

    record Satisfaction(@NotNull @Min(1) @Max(5) Integer score,
                        @Size(max = 2000) @Schema(example = "服务及时") String comment) {
    }

    record Complaint(@NotBlank @Size(max = 200) @Schema(example = "到货延迟") String subject,
                     @Size(max = 2000) @Schema(example = "晚到三天") String description) {
    }

    record Resolution(@NotBlank @Size(max = 2000) @Schema(example = "补发并致歉") String resolution) {
    }
}
