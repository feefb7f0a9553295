package uk.nhs.dma.api.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * A request's text that must read as one of the core's typed ids ({@code OdsCode}, {@code AssessmentId}, …), by
 * that type's own {@code of(String)}, whose message the violation carries; none is fine. {@link Problems} answers
 * a malformed id in a path 404 (it cannot name anything), in a query parameter 400.
 */
@Target({PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = IdOf.Check.class)
public @interface IdOf {

    /** The typed id, with a static {@code of(String)} that throws a {@link RuleViolation} for a malformed one. */
    Class<?> value();

    /** What the id names, for a 404: by default the type's name without "Id" ({@code TargetId}: "target"). */
    String names() default "";

    String message() default "is not a valid id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<IdOf, String> {

        private Method parse;

        /** What an id of this constraint names. */
        public static String noun(IdOf id) {
            return id.names().isEmpty() ? id.value().getSimpleName().replaceAll("Id$", "").toLowerCase() : id.names();
        }

        @Override
        public void initialize(IdOf id) {
            try {
                parse = id.value().getMethod("of", String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(id.value() + " has no of(String)", e);
            }
        }

        @Override
        public boolean isValid(String raw, ConstraintValidatorContext context) {
            if (raw == null || raw.isBlank()) {
                return true;
            }
            try {
                parse.invoke(null, raw);
                return true;
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof RuleViolation malformed)) {
                    throw new IllegalStateException(e.getCause());
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(literal(malformed.getMessage())).addConstraintViolation();
                return false;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The message as it is: a caller's text in it is never read as a message expression. */
        private static String literal(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
