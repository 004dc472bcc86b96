package com.salesplatform.reporting.salesreport.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReviewRequest(@NotBlank @Size(max = 10000) String comments) {
}
