package uk.nhs.dma.api.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;

/** An instant from 1970 to 2199 (what the service knew then: nothing was recorded before); none is fine. */
@Target({PARAMETER, FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = PlausibleInstant.Check.class)
public @interface PlausibleInstant {

    String MESSAGE = "must be an instant between 1970 and 2199";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlausibleInstant, Instant> {
        @Override
        public boolean isValid(Instant instant, ConstraintValidatorContext context) {
            if (instant == null) {
                return true;
            }
            try {
                int year = instant.atOffset(ZoneOffset.UTC).getYear();
                return year >= 1970 && year <= 2199;
            } catch (DateTimeException beyondAnyYear) {
                return false;
            }
        }
    }
}
