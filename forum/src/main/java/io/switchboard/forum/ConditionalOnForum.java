package io.switchboard.forum;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The bean exists only while the forum is on ({@code switchboard.forum.enabled}, true by default). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "switchboard.forum", name = "enabled", havingValue = "true", matchIfMissing = true)
public @interface ConditionalOnForum {
}
