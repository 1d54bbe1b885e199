package org.lambeth.livingwell.openreferral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The feed's errors as JSON: 400 naming the parameter and the value sent, 404 naming the kind and id asked for.
 * Nothing about the request is logged.
 */
@RestControllerAdvice(basePackageClasses = OpenReferralErrors.class)
class OpenReferralErrors {

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Map<String, Object>> badParameter(BadParameterException e) {
        var body = body(HttpStatus.BAD_REQUEST, e.parameter() + ": " + e.getMessage());
        body.put("parameter", e.parameter());
        body.put("value", e.value());
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        var body = body(HttpStatus.NOT_FOUND, e.getMessage() + ": " + e.id());
        body.put("kind", e.kind());
        body.put("id", e.id());
        return respond(HttpStatus.NOT_FOUND, body);
    }

    private static Map<String, Object> body(HttpStatus status, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
