package com.salesplatform.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * The status a handler answers on success when its return type does not say it: a {@code ResponseEntity} of
 * something other than {@link com.salesplatform.platform.web.Created} built with {@code created(..)} or
 * {@code accepted()}. Only documents it; the handler still sets the status itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SuccessStatus {

    HttpStatus value();
}
