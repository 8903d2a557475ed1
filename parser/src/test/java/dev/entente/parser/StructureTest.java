package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class StructureTest {
  @Test
  void seed000_has23NumberedClausesWithTheirFirstWords() {
    Document doc = Seeds.parsed(Seeds.COMMUNIQUE);
    assertEquals(23, doc.clauses().size());
    for (int i = 0; i < 23; i++) {
      assertEquals(String.valueOf(i + 1), doc.clauses().get(i).number().orElseThrow());
    }
    assertTrue(firstWords(doc, 0).startsWith("1. Рассмотрев ход реализации"), firstWords(doc, 0));
    assertTrue(firstWords(doc, 12).startsWith("13. Стороны приветствуют:"), firstWords(doc, 12));
    assertTrue(firstWords(doc, 22).startsWith("23. Стороны договорились о проведении"), firstWords(doc, 22));
  }

  @Test
  void seed000_clause13HasFiveListItems() {
    Clause clause = Seeds.parsed(Seeds.COMMUNIQUE).clauses().get(12);
    assertEquals(5, clause.items().size());
    String text = Seeds.parsed(Seeds.COMMUNIQUE).text();
    assertTrue(clause.items().get(0).coveredText(text).startsWith("-- успешное проведение первого"));
  }

  @Test
  void seed004_has18NumberedClauses() {
    Document doc = Seeds.parsed(Seeds.JOINT_STATEMENT);
    assertEquals(18, doc.clauses().size());
    assertTrue(firstWords(doc, 0).startsWith("1. Стороны твердо поддерживают"), firstWords(doc, 0));
    assertTrue(firstWords(doc, 17).startsWith("18. Президент Азербайджанской Республики поблагодарил"));
  }

  @Test
  void seeds_titleKindDatePlaceAreExact() {
    Document communique = Seeds.parsed(Seeds.COMMUNIQUE);
    assertEquals("Информационное коммюнике по итогам 6-й встречи министров иностранных дел формата "
        + "\"Китай-Центральная Азия\"", communique.title());
    assertEquals(DocumentKind.COMMUNIQUE, communique.kind());
    assertEquals("2025-04-26", communique.date().orElseThrow().toString());
    assertEquals("Алматы", communique.place().orElseThrow().name());
    assertEquals("Синьхуа", communique.source().orElseThrow());
    assertEquals("2025-04-27", communique.publicationDate().orElseThrow().toString());

    Document statement = Seeds.parsed(Seeds.JOINT_STATEMENT);
    assertEquals("Совместное заявление об установлении отношений всестороннего стратегического партнерства "
        + "между Азербайджанской Республикой и Китайской Народной Республикой", statement.title());
    assertEquals(DocumentKind.JOINT_STATEMENT, statement.kind());
    assertEquals("2025-04-23", statement.date().orElseThrow().toString());
    assertEquals("Пекин", statement.place().orElseThrow().name());
    assertEquals("CN", statement.place().orElseThrow().country().orElseThrow());
    assertEquals("АЗЕРТАДЖ", statement.source().orElseThrow());
  }

  @Test
  void seeds_noWrapperLineInsideAnyClause() {
    for (String seed : List.of(Seeds.COMMUNIQUE, Seeds.JOINT_STATEMENT)) {
      Document doc = Seeds.parsed(seed);
      String body = doc.clauses().stream().map(c -> c.span().coveredText(doc.text()))
          .collect(Collectors.joining("\n"));
      for (String wrapper : List.of("самых читаемых", "Фото", "- Более", "Синьхуа", "Ниже приводится",
          "Как передает", "Крупнейший в мире автомобилевоз")) {
        assertFalse(body.contains(wrapper), seed + " clause text contains wrapper «" + wrapper + "»");
      }
    }
  }

  @Test
  void seeds_segmentsTileTheInputAndWrapperIsMarked() {
    Document doc = Seeds.parsed(Seeds.COMMUNIQUE);
    int next = 0;
    for (Segment segment : doc.segments()) {
      assertEquals(next, segment.start());
      next = segment.end();
    }
    assertEquals(doc.text().length(), next);
    Segment last = doc.segments().get(doc.segments().size() - 1);
    assertEquals(SegmentKind.WRAPPER, last.kind());
    assertTrue(last.span().coveredText(doc.text()).startsWith("самых читаемых новостей"));
    assertTrue(doc.segments().stream().anyMatch(s -> s.kind() == SegmentKind.DATELINE
        && s.span().coveredText(doc.text()).startsWith("Алматы, 27 апреля /Синьхуа/")));
  }

  private static String firstWords(Document doc, int clause) {
    return doc.clauses().get(clause).span().coveredText(doc.text());
  }

  @Test
  void parse_englishText_isFlaggedNotRussian_mixedTextIsNot() {
    assertTrue(Seeds.PARSER.parse("Joint statement of the Republic of Kazakhstan and the People's Republic of China")
        .diagnostics().stream().anyMatch(d -> d.code() == dev.entente.model.DiagnosticCode.NOT_RUSSIAN));
    assertFalse(Seeds.PARSER.parse("Совместное заявление Республики Казахстан и Китайской Народной Республики"
            + " (English original: Joint statement)")
        .diagnostics().stream().anyMatch(d -> d.code() == dev.entente.model.DiagnosticCode.NOT_RUSSIAN));
  }

  @Test
  void parse_otherSitesMenusAndTrailers_areWrapper() {
    // GIVEN a ministry page: breadcrumbs, the document, then related news and a copyright line
    String page = "Главная / Документы\nВ мире\nСовместное заявление Республики Казахстан и Монголии\n"
        + "1. Стороны поддерживают развитие торговли.\n2. Стороны договорились о визите.\n"
        + "Похожие новости\nИран и Ирак подписали соглашение\n© 2025 МИД\n";
    Document doc = Seeds.PARSER.parse(page);
    // THEN only the document's states are parties, and the site's lines are wrapper
    assertEquals(List.of("KZ", "MN"), doc.parties().stream().map(p -> p.id()).collect(Collectors.toList()));
    assertEquals(2, doc.clauses().size());
    assertEquals(SegmentKind.WRAPPER, doc.segments().get(0).kind());
    assertEquals(SegmentKind.WRAPPER, doc.segments().get(doc.segments().size() - 1).kind());
  }
}
