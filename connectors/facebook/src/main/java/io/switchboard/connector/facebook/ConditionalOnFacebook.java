package io.switchboard.connector.facebook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * The annotated bean exists only when {@code switchboard.facebook.page-access-token} has a value:
 * the Facebook connector stays off until a page is configured, even if the variable is set empty.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(FacebookConfiguredCondition.class)
public @interface ConditionalOnFacebook {
}
