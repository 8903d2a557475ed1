package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML pages in a real browser: Debian's headless {@code chromium} driven through
 * {@code chromium-driver} by Selenium. Opens a document page and the corpus page that
 * {@code parse --format html --out} writes from the seeds, uses the filters, the switches and the
 * search box, and checks what is visible. Skipped, with a message saying what to install, where
 * there is no chromium or chromium-driver ({@code .ci/run} installs both).
 *
 * <p>Chromium runs offline and quiet: no background networking, component updates, sync or
 * QUIC, and a fresh profile in a temporary folder.
 */
final class BrowserTest {
  private static final String SEED_PAGE = "000_c8f3a732433e8756.txt.html";

  private static Path folder;
  private static ChromeDriver browser;

  /** An executable from the environment variable, else the first of the candidates that exists. */
  private static Path find(String variable, String... candidates) {
    String set = System.getenv(variable);
    if (set != null && !set.isBlank() && Files.isExecutable(Path.of(set))) {
      return Path.of(set);
    }
    return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  @BeforeAll
  static void openBrowser() throws IOException {
    Path chromium = find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    Path driver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    assumeTrue(chromium != null && driver != null, "browser tests skipped: no chromium"
        + (chromium == null ? "" : "-driver") + " installed (Debian: apt-get install chromium chromium-driver;"
        + " or set CHROME_BIN and CHROMEDRIVER)");
    folder = Files.createTempDirectory("entente-browser-");
    Cli.Result r = Cli.run("parse", "--format", "html", "--out", folder.resolve("site").toString(),
        Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createDirectory(folder.resolve("profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (folder != null) {
      try (Stream<Path> all = Files.walk(folder)) {
        all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static void open(String page) {
    browser.get(folder.resolve("site").resolve(page).toUri().toString());
  }

  private static List<WebElement> visible(String css) {
    return browser.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
        .collect(Collectors.toList());
  }

  /** Picks the option of a select whose value is {@code value}, as a click would (the page hears "change"). */
  private static WebElement choose(String select, String value) {
    for (WebElement option : browser.findElements(By.cssSelector("#" + select + " option"))) {
      if (option.getAttribute("value").equals(value)) {
        option.click();
        return option;
      }
    }
    throw new AssertionError("#" + select + " has no option " + value);
  }

  private static String segmentsText() {
    return (String) browser.executeScript(
        "return Array.prototype.map.call(document.querySelectorAll('main .seg'), function(s){return s.textContent}).join('')");
  }

  @BeforeEach
  void fresh() {
    // every test starts from an unfiltered page
    browser.get("about:blank");
  }

  @Test
  void documentPage_actFilter_leavesOnlyThatActsStatements() {
    open(SEED_PAGE);
    int all = visible("li.stmt").size();
    assertTrue(all > 20, "statements shown: " + all);
    choose("f-act", "SUPPORT");
    List<WebElement> shown = visible("li.stmt");
    assertFalse(shown.isEmpty());
    assertTrue(shown.size() < all);
    shown.forEach(li -> assertEquals("SUPPORT", li.getAttribute("data-act")));
    assertEquals(shown.size() + " of " + all, browser.findElement(By.id("st-count")).getDomProperty("textContent"));
  }

  @Test
  void documentPage_partyAndTopicFilters_combine() {
    open(SEED_PAGE);
    choose("f-party", "KZ");
    int byParty = visible("li.stmt").size();
    visible("li.stmt").forEach(li -> assertTrue(li.getAttribute("data-actors").contains(" KZ ")));
    String chosen = browser.findElements(By.cssSelector("#f-topic option")).get(1).getAttribute("value");
    choose("f-topic", chosen);
    List<WebElement> shown = visible("li.stmt");
    assertTrue(shown.size() < byParty && !shown.isEmpty(), chosen + ": " + shown.size() + " of " + byParty);
    shown.forEach(li -> assertTrue(li.getAttribute("data-topics").contains(" " + chosen + " ")));
  }

  @Test
  void documentPage_search_filtersStatementsAndMarksPassages() {
    open(SEED_PAGE);
    browser.findElement(By.id("search")).sendKeys("Секретариат");
    List<WebElement> shown = visible("li.stmt");
    assertFalse(shown.isEmpty());
    shown.forEach(li -> assertTrue(li.getText().toLowerCase().contains("секретариат"), li.getText()));
    List<WebElement> found = browser.findElements(By.cssSelector("main .seg.found"));
    assertFalse(found.isEmpty());
    assertEquals(found.size() + (found.size() == 1 ? " passage" : " passages"),
        browser.findElement(By.id("search-count")).getText());
    List<WebElement> marks = browser.findElements(By.cssSelector("main mark"));
    assertTrue(marks.size() >= found.size(), "every passage has its match marked");
    marks.forEach(m -> assertEquals("секретариат", m.getText().toLowerCase()));
    String text = segmentsText();
    browser.findElement(By.id("search")).sendKeys("zzzz-nowhere");
    assertTrue(visible("li.stmt").isEmpty(), "nothing matches");
    assertTrue(browser.findElements(By.cssSelector("main mark")).isEmpty(), "the old marks are gone");
    assertEquals(text, segmentsText(), "the text is unchanged");
  }

  @Test
  void documentPage_conceptSwitch_takesTheHighlightOff() {
    open(SEED_PAGE);
    WebElement party = browser.findElement(By.cssSelector("main .seg .mention.party"));
    String on = party.getCssValue("background-color");
    browser.findElement(By.cssSelector("input.concept-toggle[value=party]")).click();
    assertEquals("rgba(0, 0, 0, 0)", party.getCssValue("background-color"), "switched off");
    WebElement event = browser.findElement(By.cssSelector("main .seg .mention.event"));
    assertTrue(!"rgba(0, 0, 0, 0)".equals(event.getCssValue("background-color")), "the others stay on");
    browser.findElement(By.cssSelector("input.concept-toggle[value=party]")).click();
    assertEquals(on, party.getCssValue("background-color"), "and on again");
  }

  @Test
  void documentPage_strengthColoursAndRulesOnHover() {
    open(SEED_PAGE);
    WebElement agreed = browser.findElement(By.cssSelector("li.stmt.s-agreed .strength"));
    WebElement note = browser.findElement(By.cssSelector("li.stmt.s-note .strength"));
    assertFalse(agreed.getCssValue("background-color").equals(note.getCssValue("background-color")),
        "strengths differ in colour");
    assertTrue(browser.findElement(By.cssSelector("li.stmt")).getAttribute("title").startsWith("found by: "));
    WebElement mention = browser.findElement(By.cssSelector("main .mention.mechanism"));
    assertTrue(mention.getAttribute("title").contains("found by: "), mention.getAttribute("title"));
  }

  @Test
  void documentPage_statementLink_jumpsToItsSentence() {
    open(SEED_PAGE);
    WebElement link = visible("li.stmt a.where").get(5);
    String target = link.getAttribute("href");
    link.click();
    assertTrue(browser.getCurrentUrl().endsWith(target.substring(target.indexOf('#'))));
    assertNotNull(browser.findElement(By.id(target.substring(target.indexOf('#') + 1))));
  }

  @Test
  void corpusPage_filtersSortsAndLinks() {
    open("index.html");
    assertEquals(2, visible("#doc-table tbody tr").size());
    choose("doc-kind", "communique");
    List<WebElement> rows = visible("#doc-table tbody tr");
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).getText().contains("000_c8f3a732433e8756.txt"));
    choose("doc-kind", "");
    browser.findElement(By.id("doc-search")).sendKeys("Пекин");
    assertEquals(1, visible("#doc-table tbody tr").size());
    browser.findElement(By.id("doc-search")).clear();
    browser.findElement(By.id("doc-search")).sendKeys(" ");
    WebElement statements = browser.findElement(By.xpath("//table[@id='doc-table']//th[text()='Statements']"));
    statements.click();
    statements.click();
    List<WebElement> sorted = visible("#doc-table tbody tr");
    assertEquals(2, sorted.size());
    int first = Integer.parseInt(sorted.get(0).findElements(By.tagName("td")).get(5).getText());
    int second = Integer.parseInt(sorted.get(1).findElements(By.tagName("td")).get(5).getText());
    assertTrue(first >= second, "descending after two clicks: " + first + ", " + second);
    assertFalse(visible("#timeline li").isEmpty());
    assertFalse(visible("#mech-table tbody tr").isEmpty());
    sorted.get(0).findElement(By.tagName("a")).click();
    assertTrue(browser.getCurrentUrl().endsWith(".txt.html"), browser.getCurrentUrl());
    assertFalse(visible("li.stmt").isEmpty(), "the document's page opened");
  }
}
