package vn.tochuc.danhgia.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never downloaded) driving the screens.
 *
 * <p>Where Chromium is not installed the test is skipped with a message, except under {@code CI=true}, where a
 * missing browser is a failure: CI must run the screen tests.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final URI base;
    private final Path profile;

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
                    "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile);
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
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
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

    public WebElement field(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits up to 20 s; on a timeout keeps a screenshot and puts the page's URL and text in the failure. */
    public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
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

    @Override
    public void close() {
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
