package org.diplokg.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplokg.server.cli.Context;
import org.diplokg.server.cli.Home;
import org.diplokg.server.cli.Main;
import org.diplokg.server.http.KgServer;
import org.diplokg.server.http.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web front end in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * with {@code fonts-noto-cjk}) driven by Selenium, on a server started on a free port with the five seeds ingested.
 * A reader's path: home → search → agreement page → document → an entity mentioned in it; and the query page →
 * a named query → a linked result. Each step checks what is visible (text, not only status) and saves a screenshot
 * in {@code target/screenshots/}.
 * <p>
 * A missing browser fails the test with what to install: CI ({@code .ci/run}) installs the packages. To leave the
 * test out on a machine without them, set {@code DIPLOKG_BROWSER_TESTS=off} (or {@code -Ddiplokg.browserTests=off}).
 * {@code -Ddiplokg.chromium=PATH} and {@code -Ddiplokg.chromedriver=PATH} name other binaries;
 * {@code -Ddiplokg.screenshots=DIR} writes the screenshots there too (the README's come from this).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    static final String RCEP = "https://w3id.org/diplokg/id/agreement/rcep";

    @TempDir static Path dir;
    static KgServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static String base;
    static final Path SHOTS = Path.of("target", "screenshots");

    static boolean off() {
        String v = Optional.ofNullable(System.getProperty("diplokg.browserTests")).orElse(System.getenv("DIPLOKG_BROWSER_TESTS"));
        return v != null && (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
    }

    static Path binary(String property, String fallback) {
        return Path.of(Optional.ofNullable(System.getProperty(property)).orElse(fallback));
    }

    @BeforeAll
    static void serveSeedsAndOpenTheBrowser() throws Exception {
        Assumptions.assumeFalse(off(), "browser tests are off (DIPLOKG_BROWSER_TESTS=off)");
        Path chromium = binary("diplokg.chromium", "/usr/bin/chromium");
        Path chromedriver = binary("diplokg.chromedriver", "/usr/bin/chromedriver");
        String install = " (Debian: apt-get install -y chromium chromium-driver fonts-noto-cjk, as .ci/run does;"
                + " or set DIPLOKG_BROWSER_TESTS=off to leave this test out)";
        assertTrue(Files.isExecutable(chromium), "no browser at " + chromium + install);
        assertTrue(Files.isExecutable(chromedriver), "no chromedriver at " + chromedriver + install);
        assertTrue(cjkFonts().stream().anyMatch(f -> f.contains("Noto Sans CJK")),
                "no CJK font for the browser: Chinese would show as boxes" + install + "; fc-list :lang=zh gave " + cjkFonts());

        Path db = dir.resolve("tdb2");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"ingest", Path.of("..", "seeds").toString(), "--db", db.toString()},
                new Context(new Home(Path.of("..").toAbsolutePath().normalize()), ps, ps, false));
        assertEquals(0, exit, log.toString(StandardCharsets.UTF_8));
        server = KgServer.build(new ServerSettings(Path.of("..", "fuseki-config", "config.ttl"), db, Path.of("..").toAbsolutePath().normalize(),
                "127.0.0.1", 0, dir.resolve("secret").resolve("passwd"))).start();
        base = server.baseUrl();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--force-device-scale-factor=1", "--hide-scrollbars", "--lang=zh-CN", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // --window-size includes the browser's frame: make the page itself 1280×800
        long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800 + (800 - (int) inner)));
        // waits for pages to appear, not limits on how fast they must be: a slow machine only waits longer
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static List<String> cjkFonts() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            return List.of("(fc-list: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The README shows these (home, an agreement, a document, the query page), as small 8-bit PNGs. */
    static final java.util.Set<String> FOR_THE_README = java.util.Set.of("home", "agreement", "document", "query");

    static void screenshot(String name) throws IOException {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        String docs = System.getProperty("diplokg.screenshots");
        if (docs != null && !docs.isBlank() && FOR_THE_README.contains(name.replaceFirst("^\\d+-", ""))) {
            Path d = Files.createDirectories(Path.of(docs));
            Files.write(d.resolve(name.replaceFirst("^\\d+-", "") + ".png"), SmallPng.shrink(png));
        }
    }

    static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Every page has a visible navigation bar with a way home. */
    static void checkNav() {
        WebElement nav = visible("nav");
        assertFalse(nav.findElements(By.cssSelector("a[href='/']")).isEmpty(), "no link home in the nav of " + browser.getCurrentUrl() + ": "
                + nav.getText().replaceAll("\\s+", " "));
    }

    /** The text a reader sees as a name: not empty, not an IRI. */
    static void assertName(String text, String where) {
        assertFalse(text.isBlank(), where + ": empty");
        assertFalse(text.startsWith("http") || text.contains("w3id.org"), where + " shows an IRI, not a name: " + text);
    }

    static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    @Order(1)
    void homeSearchAgreementDocumentAndBack() throws Exception {
        browser.get(base);
        checkNav();
        WebElement q = visible("form#search input[name=q]");
        String home = browser.findElement(By.tagName("body")).getText();
        assertTrue(hasChinese(home), "the home page shows names in Chinese:\n" + home);
        List<WebElement> meetings = browser.findElements(By.cssSelector("a[href^='/id/meeting/']"));
        assertFalse(meetings.isEmpty(), "the home page links meetings");
        meetings.forEach(m -> assertName(m.getText(), "a meeting link on the home page"));
        screenshot("1-home");

        q.sendKeys("RCEP");
        q.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        WebElement result = visible("section.type-agreement a.result[href='/id/agreement/rcep']");
        assertTrue(result.getText().contains("区域全面经济伙伴关系协定") || result.getText().contains("RCEP"), result.getText());
        assertName(result.getText(), "the search result");
        checkNav();
        screenshot("2-search");

        result.click();
        wait.until(ExpectedConditions.urlContains("/id/agreement/rcep"));
        WebElement h1 = visible("h1");
        assertTrue(h1.getText().contains("区域全面经济伙伴关系协定"), "the agreement page is titled by its name: " + h1.getText());
        assertEquals(RCEP, visible("code.iri").getText().strip(), "the IRI, shown once for copying");
        List<WebElement> docs = browser.findElements(By.cssSelector("a.doc"));
        assertFalse(docs.isEmpty(), "the agreement page links the documents that mention it");
        checkNav();
        screenshot("3-agreement");

        WebElement doc = docs.get(0);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", doc);
        doc.click();
        wait.until(ExpectedConditions.urlContains("/doc/"));
        WebElement text = visible("article.text");
        assertTrue(text.getText().length() > 200 && hasChinese(text.getText()), "the document's stored text is shown");
        List<WebElement> mentions = browser.findElements(By.cssSelector("article.text a.mention"));
        assertFalse(mentions.isEmpty(), "mentions are highlighted and linked");
        WebElement rcepMention = mentions.stream().filter(m -> m.getAttribute("href").endsWith("/id/agreement/rcep")).findFirst()
                .orElseThrow(() -> new AssertionError("the document that mentions RCEP links the mention"));
        assertTrue(rcepMention.isDisplayed());
        checkNav();
        h1 = visible("h1");
        assertName(h1.getText(), "the document page's title");
        assertFalse(h1.getText().matches(".*\\.(txt|html?|md)$"), "titled by file name: " + h1.getText());
        // the end of the provenance and the start of the text with its highlighted mentions (a screen of dense
        // text alone is a 180 KB PNG)
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'}); window.scrollBy(0, -400)", text);
        screenshot("4-document");

        // from the document to a person or meeting it mentions, and home again: no IRI typed
        WebElement other = mentions.stream().filter(m -> m.getAttribute("href").contains("/id/person/") || m.getAttribute("href").contains("/id/meeting/"))
                .findFirst().orElse(rcepMention);
        String target = other.getAttribute("href");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", other);
        other.click();
        wait.until(ExpectedConditions.urlToBe(target));
        assertName(visible("h1").getText(), "the page of " + target);
        assertTrue(visible("code.iri").getText().startsWith("https://w3id.org/diplokg/id/"));
        browser.findElement(By.cssSelector("nav a[href='/']")).click();
        visible("form#search input[name=q]");
    }

    @Test
    @Order(2)
    void theQueryPageRunsANamedQueryAndLinksItsResultsToLocalPages() throws Exception {
        browser.get(base + "query");
        checkNav();
        String text = visible("form#run textarea[name=query]").getAttribute("value");
        assertTrue(text.contains("PREFIX dkg:") && text.contains("PREFIX id:"), "opens with the project's prefixes:\n" + text);
        new Select(visible("form#named select[name=name]")).selectByValue("agreements-per-meeting");
        wait.until(d -> d.findElement(By.cssSelector("form#run textarea[name=query]")).getAttribute("value").contains("# title:"));
        visible("form#run button[type=submit]").click();
        WebElement table = visible("#results table.results");
        List<WebElement> links = table.findElements(By.cssSelector("a.iri"));
        assertFalse(links.isEmpty(), "results link entities");
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : links) hrefs.add(a.getAttribute("href"));
        assertTrue(hrefs.stream().allMatch(h -> h.startsWith(base + "id/") || h.startsWith(base + "doc/")), "local pages, not w3id.org: " + hrefs);
        // the end of the query text, the Run button and the first rows of results
        ((JavascriptExecutor) browser).executeScript("document.querySelector('form#run textarea').scrollIntoView({block:'start'});"
                + "window.scrollBy(0, 140)");
        screenshot("5-query");
        String target = hrefs.stream().filter(h -> h.contains("/id/agreement/")).findFirst().orElse(hrefs.get(0));
        browser.get(target);
        assertName(visible("h1").getText(), "the page a query result links to");
    }
}
