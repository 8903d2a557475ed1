package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mention;
import dev.entente.model.RandomDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HtmlViewTest {
  /**
   * The structural contract of the page: every non-empty mention of every concept has a
   * highlighted element with its id whose text is the mention's text (or its start, where a
   * crossing mention had to be cut to nest), every side-panel and timeline link resolves, the
   * page has no external assets, and the text reads back whole.
   */
  static void assertWellFormed(Document doc, String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    checkMentions(doc, page, "party", doc.parties().stream().map(p -> p.mentions()).collect(Collectors.toList()));
    checkMentions(doc, page, "person", doc.participants().stream().map(p -> p.mentions()).collect(Collectors.toList()));
    checkMentions(doc, page, "initiative", doc.initiatives().stream().map(p -> p.mentions()).collect(Collectors.toList()));
    checkMentions(doc, page, "mechanism", doc.mechanisms().stream().map(p -> p.mentions()).collect(Collectors.toList()));
    checkMentions(doc, page, "event", doc.events().stream().map(p -> p.mentions()).collect(Collectors.toList()));
    for (Element a : page.select("a[href^=#]")) {
      assertNotNull(page.getElementById(a.attr("href").substring(1)), "anchor resolves: " + a);
    }
    assertTrue(page.select("link, script[src], img[src], iframe").isEmpty(), "no external assets");
    String shown = page.select("main .seg").stream()
        .map(seg -> seg.wholeText().substring(seg.selectFirst("> .num") == null ? 0 : seg.selectFirst("> .num").wholeText().length()))
        .collect(Collectors.joining());
    assertEquals(doc.text(), shown, "the text reads back");
  }

  private static void checkMentions(Document doc, org.jsoup.nodes.Document page, String concept,
      List<List<Mention>> items) {
    for (int i = 0; i < items.size(); i++) {
      for (int k = 0; k < items.get(i).size(); k++) {
        Mention m = items.get(i).get(k);
        if (m.end() == m.start()) {
          continue;
        }
        Element e = page.getElementById("m-" + concept + "-" + i + "-" + k);
        assertNotNull(e, concept + " mention " + m + " '" + m.text() + "' has no element");
        assertTrue(e.hasClass("mention") && e.hasClass(concept), e::outerHtml);
        assertTrue(m.text().startsWith(e.wholeText()) && !e.wholeText().isEmpty(),
            "'" + e.wholeText() + "' is not the start of '" + m.text() + "'");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"000_c8f3a732433e8756.txt", "004_cd7b265aefbc5060.txt"})
  void render_seed_everyMentionHighlightedAndEveryLinkResolves(String seed) throws Exception {
    // GIVEN
    Path file = Cli.SAMPLES.resolve(seed);
    Document doc = ParseCommand.parser().parse(seed, Files.readString(file));
    // WHEN
    String html = HtmlView.render(doc);
    // THEN
    assertWellFormed(doc, html);
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    long numbered = doc.clauses().stream().filter(c -> c.number().isPresent()).count();
    assertEquals(numbered, page.select("main .seg[data-number]").size(), "every numbered clause shows its number");
    assertEquals(doc.parties().size(), page.select("aside section.party li").size());
    assertFalse(page.select("main .seg-wrapper").isEmpty(), "wrapper text is marked (greyed)");
  }

  @Test
  void render_handBuilt_nestsHighlightsListsConceptsAndSortsTheTimeline() {
    // GIVEN
    Document doc = Cli.handBuilt();
    // WHEN
    String html = HtmlView.render(doc);
    // THEN
    assertWellFormed(doc, html);
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    Element event = page.getElementById("m-event-0-0");
    assertNotNull(event.getElementById("m-mechanism-0-0"), "the mechanism is nested in the event's mention");
    assertNotNull(event.getElementById("m-party-1-1"), "and the party in the mechanism's");
    Elements timeline = page.select("section.timeline li time");
    assertEquals(List.of("2025-04-26", "2026"), timeline.eachText());
    assertEquals("planned", page.select("section.timeline li").get(1).className());
    assertEquals(1, page.select("aside section.initiative li").size());
    assertEquals("Совместное заявление <b>&</b>", page.title(), "title escaped, not markup");
    assertTrue(page.select("main b").isEmpty(), "text from the input is never markup");
    assertTrue(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"), "escaped in the source");
  }

  @Test
  void render_randomDocuments_alwaysWellFormed() {
    for (long seed = 0; seed < 300; seed++) {
      Document doc = RandomDocuments.document(new Random(seed));
      assertWellFormed(doc, HtmlView.render(doc));
    }
  }

  @Test
  void esc_escapesMarkupAndQuotes() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlView.esc("<a href=\"x\" title='y'>&"));
  }
}
