package uk.nhs.dma.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose POSTs change no aggregate (API tokens): its answers carry no ETag, event position or
 * idempotent replay, and the contract says so.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotACommand {
}
