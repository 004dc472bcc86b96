package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}) driven by
 * Selenium 4, one browser per test class. Missing binaries fail the test with the command that installs them: the
 * browser tests are never skipped silently. A failing test leaves a screenshot and the page's HTML in
 * {@code system-tests/target/console-screenshots/}.
 */
final class Browser implements AfterTestExecutionCallback, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path CHROMEDRIVER = Paths.get(env("SALES_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Paths.get(env("SALES_CHROMIUM", "/usr/bin/chromium"));
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private final URI base;
    private final Path profile;
    private ChromeDriver driver;

    /** A browser on the console of the gateway the system tests run against ({@code SALES_GATEWAY_URL}). */
    static Browser onTheGateway() {
        return new Browser(URI.create(env("SALES_GATEWAY_URL", "http://localhost:8080").replaceAll("/$", "")));
    }

    Browser(URI base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("console-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        if (driver == null) {
            for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
                if (!Files.isExecutable(binary)) {
                    throw new AssertionError(binary + " is missing: the console's browser tests need Debian's "
                            + "chromium and chromium-driver. Install them with\n"
                            + "  sudo apt-get install -y chromium chromium-driver\n"
                            + "(.ci/run does this), or point SALES_CHROMIUM / SALES_CHROMEDRIVER at them.");
                }
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        }
        return driver;
    }

    void open(String hashPath) {
        driver().get(base + "/#" + hashPath);
    }

    /** A phone's viewport (Chromium's own window has a minimum width, so the device metrics are emulated). */
    void phone(int width, int height) {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of(
                "enabled", true, "maxTouchPoints", 5));
    }

    void desktop() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of(
                "enabled", false));
    }

    /** Waits out re-renders too: an element replaced while a condition reads it is looked up again. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A text read inside a wait (so a re-rendered element is looked up again), once it is there. */
    String text(java.util.function.Function<WebDriver, String> read) {
        return waiting().until(read);
    }

    /** Elements found inside a wait, once the lookup answers. */
    List<WebElement> elements(java.util.function.Function<WebDriver, List<WebElement>> find) {
        return waiting().until(find);
    }

    /**
     * The console's own text on the screen shown (navigation, headings, labels, buttons) is all in the locale and no
     * message key is missing. The data an element shows (a deal's title, a count in a heading's badge) is left out,
     * and so are elements that name their own language (中文 / English) and the demo hints.
     */
    void assertChromeIn(String locale, String screen) {
        waiting().until(d -> d.findElements(By.cssSelector("[role='status']")).stream()
                .noneMatch(e -> e.isDisplayed() && e.getText().contains("…")));
        waiting().until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        waiting().until(d -> {
            String body = d.findElement(By.tagName("body")).getText();
            assertThat(body).as("%s %s: untranslated key", locale, screen).doesNotContain("⟦");
            for (WebElement element : d.findElements(By.cssSelector(
                    "nav a, main h1, main h2, main h3, label, legend, main button, header button, .kpi .label, th"))) {
                if (!element.isDisplayed()) continue;
                if (element.getAttribute("lang") != null && !element.getAttribute("lang").isBlank()) continue;
                String testId = element.getAttribute("data-testid");
                if (testId != null && testId.startsWith("demo-")) continue;
                String text = ownText(element);
                if (locale.equals("en")) {
                    assertThat(HAN.matcher(text).find()).as("%s %s: Chinese in '%s'", locale, screen, text).isFalse();
                } else {
                    assertThat(LATIN_WORD.matcher(text.replace("CSV", "")).find())
                            .as("%s %s: English in '%s'", locale, screen, text).isFalse();
                }
            }
            return true;
        });
    }

    /**
     * The screen shown fits a phone held upright: no wider than 390 px, no sideways scrolling, its panels in one
     * column, every shown button, tab and link of the navigation at least 44 × 44 px.
     */
    void assertFitsAPhone(String screen) {
        waiting().until(d -> d.findElements(By.cssSelector("[role='status']")).stream()
                .noneMatch(e -> e.isDisplayed() && e.getText().contains("…")));
        long width = ((Number) script("return document.documentElement.clientWidth")).longValue();
        assertThat(width).as(screen).isLessThanOrEqualTo(390);
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("%s: no sideways scrolling", screen).isLessThanOrEqualTo(width);
        List<WebElement> panels = driver().findElements(By.cssSelector("main .grid > .panel"));
        assertThat(panels).as(screen).hasSizeGreaterThanOrEqualTo(2);
        assertThat(panels.get(1).getRect().getY()).as(screen).isGreaterThan(panels.get(0).getRect().getY());
        assertThat(panels.get(1).getRect().getX()).as(screen).isEqualTo(panels.get(0).getRect().getX());
        for (WebElement target : driver().findElements(By.cssSelector("main button, nav a, header button"))) {
            if (!target.isDisplayed()) continue;
            assertThat(target.getRect().getHeight()).as("%s: height of %s", screen, target.getText()).isGreaterThanOrEqualTo(44);
            assertThat(target.getRect().getWidth()).as("%s: width of %s", screen, target.getText()).isGreaterThanOrEqualTo(44);
        }
    }

    /** The element's own text, without that of its children. */
    private String ownText(WebElement element) {
        Object text = script("const e = arguments[0]; return Array.from(e.childNodes)"
                + ".filter(n => n.nodeType === 3).map(n => n.textContent).join(' ')", element);
        return text == null ? "" : text.toString();
    }

    /** The element of that test id inside an element found afresh (a list item, a tree node), as it is now. */
    WebElement findIn(java.util.function.Function<WebDriver, WebElement> container, String testId) {
        return container.apply(driver()).findElement(testId(testId));
    }

    /** Clicks a button inside an element once it is there and enabled (looked up again if the screen re-rendered). */
    void clickIn(java.util.function.Function<WebDriver, WebElement> container, String testId) {
        waiting().until(d -> {
            WebElement button = container.apply(d).findElement(testId(testId));
            if (!button.isEnabled()) return false;
            button.click();
            return true;
        });
    }

    /** Replaces the text of an input inside an element found afresh, inside a wait (the screen may re-render). */
    void typeIn(java.util.function.Function<WebDriver, WebElement> container, String testId, String text) {
        waiting().until(d -> {
            WebElement input = container.apply(d).findElement(testId(testId));
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /** Sets an input's value as typing would leave it (date and time inputs take keys per locale, so it is set). */
    void setValue(WebElement input, String value) {
        script("const e = arguments[0]; e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));",
                input, value);
    }

    WebElement visible(String testId) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(testId(testId)));
    }

    List<WebElement> all(String testId) {
        return driver().findElements(testId(testId));
    }

    static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    /**
     * Signs in through the form. The gateway allows 10 logins a minute per address; when the tests of one run go
     * over it, the form shows the 429 with its Retry-After, and this waits (polling) for the gateway to accept.
     */
    void signIn(String username, String password) {
        open("/signin");
        if (signedInAs(username)) {
            return;
        }
        if (!driver().findElements(testId("sign-out")).isEmpty()) {
            driver().findElement(testId("sign-out")).click();
        }
        WebElement user = visible("username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = visible("password");
        pass.clear();
        pass.sendKeys(password);
        new WebDriverWait(driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(5))
                .until(d -> {
                    if (signedInAs(username)) return true;
                    List<WebElement> submit = d.findElements(testId("signin-submit"));
                    if (!submit.isEmpty() && submit.get(0).isEnabled()) submit.get(0).click();
                    return signedInAs(username);
                });
    }

    /** The header names the user (its text is hidden on a phone, so read from the DOM). */
    boolean signedInAs(String username) {
        List<WebElement> who = driver().findElements(testId("who"));
        return !who.isEmpty() && who.get(0).getAttribute("textContent").startsWith(username + "（")
                || !who.isEmpty() && who.get(0).getAttribute("textContent").startsWith(username + " (");
    }

    void signOut() {
        if (!driver().findElements(testId("sign-out")).isEmpty()) {
            driver().findElement(testId("sign-out")).click();
            visible("signin-form");
        }
    }

    String lang() {
        return driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    void switchLanguageTo(String locale) {
        if (!locale.equals(lang())) {
            visible("language-switch").click();
            waiting().until(d -> locale.equals(lang()));
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Optional<Throwable> failure = context.getExecutionException();
        if (failure.isPresent() && driver != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path dir = Paths.get("target", "console-screenshots");
            try {
                Files.createDirectories(dir);
                Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(png, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
                System.err.println("[console] screenshot of the failed test: " + dir.resolve(name + ".png").toAbsolutePath());
            } catch (Exception e) {
                System.err.println("[console] no screenshot for " + name + ": " + e);
            }
        }
    }

    /** A screenshot for the documentation (docs/console.md), kept under target/. */
    void screenshot(String name) {
        try {
            Path dir = Paths.get("target", "console-screenshots", "screens");
            Files.createDirectories(dir);
            Path png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
