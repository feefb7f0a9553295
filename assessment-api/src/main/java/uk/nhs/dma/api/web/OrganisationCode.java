package uk.nhs.dma.api.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.nhs.dma.core.organisation.OdsCode;

/** An organisation's ODS code in a path (404 when malformed) or a query parameter (400): {@link IdOf} an OdsCode. */
@IdOf(value = OdsCode.class, names = "organisation")
@Target(PARAMETER)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface OrganisationCode {

    String message() default "is not an ODS code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
