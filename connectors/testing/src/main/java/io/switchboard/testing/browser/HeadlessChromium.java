package io.switchboard.testing.browser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every page test does around its tests, for a class that runs the application on a random
 * port ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)}) and declares one {@link Browser} field:
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @ExtendWith(HeadlessChromium.class)
 * class SomeBrowserTest {
 *     Browser browser; // a fresh Chromium on the application's port for each test
 * }
 * }</pre>
 *
 * Before the class it calls {@link Browser#requireChromium()} (skipped on a machine without it,
 * failed in CI), so a missing browser never starts the application; before each test it opens a
 * Browser into the field, and after the test closes it, whether the test passed or not.
 */
public final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeadlessChromium.class);
    private static final String PORT = "local.server.port";

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireChromium();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        Field field = browserField(test.getClass());
        // Spring's own extension may not have run yet: asking for the context starts the application if need be
        Integer port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty(PORT, Integer.class);
        if (port == null) {
            throw new IllegalStateException(test.getClass().getName()
                    + " runs no web server for the browser: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        Browser browser = new Browser(port);
        context.getStore(NAMESPACE).put(Browser.class, browser);
        field.setAccessible(true);
        field.set(test, browser);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    private static Field browserField(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (field.getType() == Browser.class && !Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        if (fields.size() != 1) {
            throw new IllegalStateException(type.getName() + " uses HeadlessChromium: it needs one Browser field (not static), "
                    + "it has " + fields.size());
        }
        return fields.get(0);
    }
}
