package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.MechanismStatus;
import dev.entente.model.SegmentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two documents written for these tests in house styles the seeds do not show: a ministry page
 * with menu lines, Roman section headings between Arabic points, «(далее — Стороны)», «•» items;
 * a declaration whose points are Roman numerals alone on their lines; and a statement with no
 * numbered points that names its day and city only in its closing formula.
 */
final class HouseStylesTest {
  private static Document parse(String name) throws IOException {
    try (InputStream in = HouseStylesTest.class.getResourceAsStream("/own/" + name)) {
      return Seeds.PARSER.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void jointStatement_romanHeadingsBetweenArabicPointsAreNoClauses() throws IOException {
    Document doc = parse("ru-uz-joint-statement.txt");
    assertEquals(List.of("1", "2", "3", "4", "5", "6"),
        doc.clauses().stream().map(c -> c.number().orElseThrow()).collect(Collectors.toList()));
    assertEquals(2, doc.segments().stream().filter(s -> s.kind() == SegmentKind.HEADING).count());
    assertEquals(List.of("RU", "UZ"), doc.signatories());
    assertEquals("2024-05-06", doc.date().orElseThrow().toString());
    assertEquals("Москва", doc.place().orElseThrow().name());
    assertEquals(4, doc.clauses().get(2).items().size() + 1, "three «•» items in point 3");
  }

  @Test
  void jointStatement_sessionOfACommissionNamesTheCommission() throws IOException {
    Document doc = parse("ru-uz-joint-statement.txt");
    Event session = doc.events().stream().filter(e -> e.name().startsWith("заседание Межправительственной"))
        .findFirst().orElseThrow();
    String commission = session.mechanism().orElseThrow();
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.id().equals(commission)
        && m.name().startsWith("Межправительственная комиссия")));
    assertEquals("Самарканд", session.place().orElseThrow().name());
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().startsWith("Совместная рабочая группа")
        && m.status() == MechanismStatus.NEW));
    assertTrue(doc.events().stream().anyMatch(e -> e.mentions().get(0).text().startsWith("3-го Российско-Узбекистанского")
        && e.ordinal().orElse(0) == 3));
  }

  @Test
  void declaration_titleLedByAnAdjectiveAndRomanPointsOnTheirOwnLines() throws IOException {
    Document doc = parse("sco-declaration.txt");
    assertEquals("Казанская декларация министров иностранных дел государств — членов ШОС", doc.title());
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    assertEquals(List.of("I", "II", "III", "IV", "V"),
        doc.clauses().stream().map(c -> c.number().orElseThrow()).collect(Collectors.toList()));
    assertTrue(doc.party("RU").isEmpty(), "«МИД России» is the site's menu, not the document");
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().startsWith("Казанская")),
        "the document itself is no initiative");
  }

  @Test
  void declaration_thisSessionIsHeldTheNextIsPlanned() throws IOException {
    Document doc = parse("sco-declaration.txt");
    List<Event> sessions = doc.events().stream().filter(e -> e.name().startsWith("заседание Совета министров"))
        .collect(Collectors.toList());
    assertEquals(2, sessions.size());
    assertEquals(EventStatus.HELD, sessions.get(0).status());
    assertEquals("2024-07-12", sessions.get(0).date().orElseThrow().toString());
    assertEquals(EventStatus.PLANNED, sessions.get(1).status());
    assertEquals("Тяньцзинь", sessions.get(1).place().orElseThrow().name());
    assertEquals(sessions.get(0).mechanism(), sessions.get(1).mechanism(), "both sessions of one council");
    assertTrue(doc.statements().stream().anyMatch(s -> s.actorIds().contains("IN") && s.negated()),
        "«Индия не поддерживает …» is a negated statement of India");
  }

  @Test
  void unnumbered_closingFormulaGivesDayAndCity_romanOrdinalAndQuotedForumName() throws IOException {
    Document doc = parse("ru-cn-unnumbered.txt");
    assertEquals("2024-05-16", doc.date().orElseThrow().toString(), "«Подписано в городе Пекине 16 мая 2024 года»");
    assertEquals("Пекин", doc.place().orElseThrow().name());
    assertEquals(List.of("CN", "RU"), doc.signatories());
    Event summit = doc.events().stream().filter(e -> e.name().contains("саммит БРИКС")).findFirst().orElseThrow();
    assertEquals(16, summit.ordinal().orElseThrow(), "«XVI саммита»");
    assertEquals("2024-10-22/2024-10-24", summit.date().orElseThrow().toString());
    assertEquals(EventStatus.PLANNED, summit.status());
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("третий Форум \"Один пояс, один путь\"")
        && e.ordinal().orElse(0) == 3));
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains("Безопасности")),
        "the UN Security Council is an organ of the UN, not a mechanism of the sides");
  }

  @Test
  void communique_titleAfterTheLeadIn_letteredItems_dateFromItsOccasion() throws IOException {
    Document doc = parse("sco-communique-after-lead-in.txt");
    assertTrue(doc.title().startsWith("Совместное коммюнике по итогам 25-го заседания"), doc.title());
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
    assertEquals("2025-09-01", doc.date().orElseThrow().toString(), "the last day of the occasion in the title: the text is adopted as it closes");
    assertEquals("Тяньцзинь", doc.place().orElseThrow().name());
    assertEquals(List.of("SCO"), doc.signatories());
    assertEquals(3, doc.clauses().get(1).items().size(), "«а)», «б)», «в)»");
    assertTrue(doc.clauses().get(1).statements().stream().allMatch(st -> st.actorIds().equals(List.of("SCO"))),
        "every item speaks for the sides of «Государства-члены договорились:»");
    assertEquals(1, doc.mechanisms().stream().filter(m -> m.name().startsWith("Совет глав государств")).count(),
        "«… членов ШОС» and «… членов Шанхайской организации сотрудничества» are one council");
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().startsWith("Центр ШОС")
        && m.status() == MechanismStatus.NEW), "«создать Центр …»");
  }

  @Test
  void declaration_closingFormulaAndSeriesOfCouncilSessions() throws IOException {
    Document doc = parse("az-uz-declaration.txt");
    assertEquals("2024-08-22", doc.date().orElseThrow().toString());
    assertEquals(List.of("AZ", "UZ"), doc.signatories());
    List<Event> sessions = doc.events().stream().filter(e -> e.name().contains("Высшего межгосударственного совета"))
        .collect(Collectors.toList());
    assertEquals(List.of(1, 2), sessions.stream().map(e -> e.ordinal().orElseThrow()).collect(Collectors.toList()));
    assertEquals(sessions.get(0).mechanism(), sessions.get(1).mechanism());
    assertEquals(EventStatus.HELD, sessions.get(0).status());
    assertEquals(EventStatus.PLANNED, sessions.get(1).status());
  }
}
