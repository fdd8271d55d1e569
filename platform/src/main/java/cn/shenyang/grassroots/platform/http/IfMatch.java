package cn.shenyang.grassroots.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write whose {@code If-Match} is evaluated before its body is read or validated (RFC 9110
 * evaluates preconditions first): a stale tag answers 412 even when the body is also invalid.
 * {@link Preconditions} reads the current version through {@link #value()} for the id in the path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IfMatch {
    /** Reads the current version of the resource, as the caller may see it. */
    Class<? extends CurrentVersion> value();

    /** The path parameter holding the resource's id. */
    String pathParam() default "id";
}
