package com.salesplatform.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value that reads but that no field accepts (ADR 0013); Jackson adds the path, the answer names it. */
public class RejectedJsonValueException extends JsonMappingException {

    public RejectedJsonValueException(JsonParser parser, String rule) {
        super(parser, rule);
    }
}
