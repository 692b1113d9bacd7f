package io.switchboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The admin module's tests run against core, web and admin only. It sits in the root package so that
 * entity and repository scanning find core's; component scanning is limited to the three modules.
 */
@SpringBootApplication(scanBasePackages = {"io.switchboard.core", "io.switchboard.web", "io.switchboard.admin"})
public class AdminTestApplication {
}
