package io.switchboard.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named by path so that Selenium
 * Manager never looks for (or downloads) anything. Screenshots go to {@code target/screenshots}
 * of the module under test. Shared by the forum's, the console's and the full-app page tests, which
 * get one from {@link HeadlessChromium}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension LAPTOP = new Dimension(1366, 900);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String OLD_PAGE_MARK = "switchboardOldPage";

    public final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        try {
            this.profile = Files.createTempDirectory("forum-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        size(LAPTOP);
    }

    /**
     * Before a page test class ({@link HeadlessChromium} calls it): on a developer's machine without
     * Chromium the page tests are skipped with the reason; in CI ({@code CI=true}, where .ci/run
     * installs it) a missing browser fails the build instead.
     */
    static void requireChromium() {
        String missing = "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(installed, missing);
        } else {
            Assumptions.assumeTrue(installed, missing);
        }
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that loads a new page, and waits until it has ({@link #loadsNewPage}). */
    public void clickAndWait(WebElement element) {
        loadsNewPage(element::click);
    }

    public void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    /** Presses keys in the field at {@code css} that load a new page (Enter in a search box), and waits until it has. */
    public void pressAndWait(String css, CharSequence... keys) {
        WebElement field = find(css);
        loadsNewPage(() -> field.sendKeys(keys));
    }

    /**
     * Does what loads a new page, and waits until it has. The old page is marked with a script variable
     * that the new document does not have. Watching an element of the old page go stale instead is racy:
     * mid-navigation Chromium answers "node does not belong to the document" rather than "stale
     * element", which failed CI runs.
     */
    private void loadsNewPage(Runnable action) {
        driver.executeScript("window." + OLD_PAGE_MARK + " = true");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                // while the next page is being committed a script may find no document to run in
                .ignoring(WebDriverException.class)
                .until(loaded -> Boolean.TRUE.equals(driver.executeScript(
                        "return window." + OLD_PAGE_MARK + " === undefined && document.readyState === 'complete'")));
    }

    /**
     * Fills in and sends the sign-in form on the page that is open (the forum's and the console's share
     * its field names), and waits for the next page.
     */
    public void signIn(String username, String password) {
        type("#username", username);
        type("#password", password);
        clickAndWait("form.stack button[type=submit]");
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("window.scrollTo(0, 0)");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
