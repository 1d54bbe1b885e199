package org.lambeth.livingwell.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The one translation of a bad argument for the controllers marked {@link PlainTextErrors}. */
@RestControllerAdvice(annotations = PlainTextErrors.class)
class PlainTextErrorAdvice {

    @ExceptionHandler(InvalidArgumentException.class)
    ResponseEntity<String> badArgument(InvalidArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
