package uk.nhs.dma.api.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.nhs.dma.core.query.PageRequest;

/** A list's page size: 1 to the core's {@link PageRequest#MAX_LIMIT}; none is fine. */
@Min(1)
@Max(PageRequest.MAX_LIMIT)
@ReportAsSingleViolation
@Target(PARAMETER)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface PageLimit {

    String message() default "must be between 1 and " + PageRequest.MAX_LIMIT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
