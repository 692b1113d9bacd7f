package io.switchboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The admin module's tests run against core, web, verify and admin only. It sits in the root package so that
 * entity and repository scanning find core's and verify's; component scanning is limited to those modules.
 */
@SpringBootApplication(scanBasePackages = {"io.switchboard.core", "io.switchboard.web", "io.switchboard.verify",
        "io.switchboard.admin"})
public class AdminTestApplication {
}
