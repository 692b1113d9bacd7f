package io.switchboard.connector.webchat.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test on the one running application the connector's tests share ({@link WebchatTestApplication}, an H2 of its own,
 * a web server on a free port).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebchatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface WebchatSpringTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {
        "spring.datasource.url=jdbc:h2:mem:webchat;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false"
    };
}
