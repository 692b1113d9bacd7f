package io.switchboard.admin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff API with a configured admin password, driven through MockMvc. Every class with this
 * annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@AutoConfigureMockMvc
public @interface StaffApiTest {

    String USERNAME = "admin";
    String PASSWORD = "correct-horse-battery-staple";

    /** Signs a request in as the admin with HTTP Basic. */
    final class Credentials {

        private Credentials() {
        }

        public static RequestPostProcessor staff() {
            return SecurityMockMvcRequestPostProcessors.httpBasic(USERNAME, PASSWORD);
        }
    }
}
