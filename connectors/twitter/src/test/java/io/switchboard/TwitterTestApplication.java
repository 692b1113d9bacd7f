package io.switchboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the X connector's Spring tests start: in the root package, so core's entities,
 * repositories and Flyway migrations are found exactly as in the real app.
 */
@SpringBootApplication
public class TwitterTestApplication {
}
