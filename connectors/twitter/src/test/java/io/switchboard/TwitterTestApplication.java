package io.switchboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The application the X connector's Spring tests start: in the root package and scanning
 * configuration properties like {@code SwitchboardApplication}, so core's entities, repositories,
 * Flyway migrations and this module's beans are found exactly as in the real app.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TwitterTestApplication {
}
