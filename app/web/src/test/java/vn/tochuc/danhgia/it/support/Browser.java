package vn.tochuc.danhgia.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never downloaded) driving the screens.
 *
 * <p>Where Chromium is not installed the test is skipped with a message, except under {@code CI=true}, where a
 * missing browser is a failure: CI must run the screen tests.
 *
 * <p>The browser's console is read after every page: a Content-Security-Policy violation (a script, style or
 * handler the policy blocked) fails the test when the browser is closed, naming the page and what was blocked.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final URI base;
    private final Path profile;
    private int width = DESKTOP;
    private final List<String> violations = new ArrayList<>();

    private Browser(WebDriver driver, URI base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static Browser open(java.net.URL server) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-quic",
                    "--window-size=1440,900", "--lang=vi", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, Api.loopback(server), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireChromium() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (present) {
            return;
        }
        String message = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): browser tests skipped. Install Debian's chromium and chromium-driver to run them.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " Under CI=true a missing browser is a failure.");
        }
        Assumptions.abort(message);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        checkConsole();
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    /** The widths a screen is reviewed at: a desktop and a phone (an iPhone 12–15 is 390 CSS pixels wide). */
    public static final int DESKTOP = 1440;
    public static final int PHONE = 390;

    /**
     * Lays the page out at this width, as a device of that size would (Chromium's window cannot be narrower than
     * 500 px, so the phone width is emulated through the DevTools protocol).
     */
    public Browser width(int width) {
        this.width = width;
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", width < 600 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
        return this;
    }

    /**
     * Whether the page fits the width set with {@link #width}: nothing scrolls sideways, and the phone did not zoom
     * out to fit a wider page (a mobile browser does, which would hide the overflow from a plain width check).
     */
    public boolean fitsWidth() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= arguments[0] + 1 && window.innerWidth <= arguments[0] + 1",
                width);
        return Boolean.TRUE.equals(fits);
    }

    /** What overflows the width set: the tag, id and classes of the widest elements, for a failure message. */
    public String overflowing() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                        + " > arguments[0] + 1).slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')", width);
        return String.valueOf(found);
    }

    /** Screenshots at the desktop and the phone width ({@code name-1440.png}, {@code name-390.png}); ends at desktop. */
    public void screenshots(String name) {
        width(DESKTOP);
        screenshot(name + "-" + DESKTOP);
        width(PHONE);
        screenshot(name + "-" + PHONE);
        width(DESKTOP);
    }

    /**
     * Signs in and answers how long the browser took, in milliseconds, from submitting the form to the home page
     * loaded (the Navigation Timing entry of the home page, which starts at the form's POST and spans its redirect).
     */
    public double timedLogin(String username, String password) {
        login(username, password);
        Object ms = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
        return ((Number) ms).doubleValue();
    }

    /** Signs in through the login form and waits for the home page. */
    public Browser login(String username, String password) {
        go("login.xhtml");
        field(By.id("username")).sendKeys(username);
        field(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        return this;
    }

    /** Switches the screens to English with the top bar's link; the choice lasts for the session. */
    public Browser inEnglish() {
        field(By.id("topbar:lang-en")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Sign out"));
        return this;
    }

    /** The text of the audit screen's table filtered to one entity, once it shows an entry of {@code action}. */
    public String auditTable(String entityId, String action) {
        go("admin/audit.xhtml");
        field(By.id("audit:entityId")).sendKeys(entityId);
        driver.findElement(By.id("audit:search")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), action));
        return field(By.id("audit:table")).getText();
    }

    public WebElement field(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits up to 20 s; on a timeout keeps a screenshot and puts the page's URL and text in the failure. */
    public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        try {
            // polled every 50 ms (Selenium's default is 500): a screen that answers at once is not made to wait
            return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("timeout") + "\nat "
                    + driver.getCurrentUrl() + " (screenshot " + shot + ")\npage text:\n" + text(), e);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Keeps a picture of the screen under target/screenshots, for people reviewing a failure or the UI. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("project.build.directory", "target"),
                    "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the console so far and keeps every Content-Security-Policy violation in it with the page it happened on
     * (Chromium logs "Refused to execute/load/apply … because it violates the following Content Security Policy
     * directive"). Called before each {@link #go} and on {@link #close}; a test may call it after a step of its own.
     */
    public void checkConsole() {
        String page = driver.getCurrentUrl();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                violations.add(page + ": " + message);
            }
        }
    }

    /** The Content-Security-Policy violations seen so far, each with its page. */
    public List<String> cspViolations() {
        checkConsole();
        return List.copyOf(violations);
    }

    /**
     * For a test that provokes a violation on purpose: answers the violations seen so far and forgets them, so that
     * closing the browser does not fail.
     */
    public List<String> takeCspViolations() {
        List<String> seen = cspViolations();
        violations.clear();
        return seen;
    }

    @Override
    public void close() {
        try {
            List<String> seen = cspViolations();
            if (!seen.isEmpty()) {
                throw new AssertionError("Content-Security-Policy violations:\n" + String.join("\n", seen));
            }
        } finally {
            quit();
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover profile directory is harmless
            }
        }
    }
}
