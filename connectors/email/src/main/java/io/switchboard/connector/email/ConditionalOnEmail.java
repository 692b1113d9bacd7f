package io.switchboard.connector.email;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * The annotated bean exists only when {@code switchboard.email.address} has a value: the e-mail channel
 * stays off until a mailbox is configured, even if the variable is set empty.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmailConfiguredCondition.class)
public @interface ConditionalOnEmail {
}
