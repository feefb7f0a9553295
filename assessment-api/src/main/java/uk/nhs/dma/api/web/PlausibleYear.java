package uk.nhs.dma.api.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.ReportAsSingleViolation;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An assessment year, 2000 to 2100 (the core's range for a framework's year); none is fine. */
@Min(2000)
@Max(2100)
@ReportAsSingleViolation
@Target({PARAMETER, FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface PlausibleYear {

    String message() default "must be a year between 2000 and 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
