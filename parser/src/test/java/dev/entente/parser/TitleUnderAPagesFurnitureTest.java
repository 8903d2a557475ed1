package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles a page sets apart from the text: under a museum's or an archive's heading block spaced out with
 * empty lines, after a reader's serial number («7. Советско-индийская декларация»), a charter's own name
 * («Бакинская Хартия ГУАМ»). The title gives the kind and the day, and is the document, no initiative. Every
 * text is written for these tests.
 */
final class TitleUnderAPagesFurnitureTest {

  /** A museum's page: hours, address and links, each set apart by empty lines, well over the lines of a lead. */
  private static final String MUSEUM_HEADER = "Музей истории дипломатии\n\n \n\n \n\n"
      + "Часы работы:\n\nВт - Пт: 10.00 - 18.00\n\nСб: 11.00 - 17.00\n\n \n\n"
      + "Адрес:\n\nул. Садовая, 7, Тверь\n\n"
      + "Участник сети музеев мира с 12.03.2021\n\n \n\n \n\n"
      + "Наши партнеры:\n\n\n\n\n\n \n\n \n\n";

  @Test
  void aTitleUnderAHeaderSpacedOutWithEmptyLines_isTheDocumentNotAnInitiative() {
    Document doc = Parser.russian().parse("museum", MUSEUM_HEADER
        + "Ташкентская Декларация о принципах добрососедства и мирного сотрудничества (Ташкент, 10 января 1966 года)\n\n"
        + "Руководители обеих стран согласились развивать добрососедские отношения и решать споры мирными средствами.\n\n"
        + "Стороны будут содействовать развитию торговли и культурных связей.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Ташкентская Декларация")), found::toString);
  }

  @Test
  void theDayTheTitleGives_standsHoweverOlderThanTheDayOfThePage() {
    Document doc = Parser.russian().parse("museum-day", MUSEUM_HEADER
        + "Ташкентская декларация о принципах добрососедства (Ташкент, 10 января 1966 года)\n\n"
        + "Руководители обеих стран согласились развивать добрососедские отношения.\n");
    assertEquals("1966-01-10", doc.date().map(EdtfDate::toString).orElse(null));
  }

  @Test
  void aReadersSerialNumberBeforeTheTitle_isNoPartOfIt() {
    Document doc = Parser.russian().parse("reader", "Сборник документов\n\n"
        + "7. Советско-индийская декларация\n\n"
        + "Оба правительства убеждены, что мир в Азии требует уважения суверенитета всех государств.\n\n"
        + "Стороны продолжат регулярные консультации.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void anEnglishSerialNumberInBrackets_isNoPartOfTheTitle() {
    Document doc = Parser.english().parse("reader-en", "Documents on Foreign Policy\n\n"
        + "4) Joint Communique of India and Nepal\n\n"
        + "The two Prime Ministers reviewed the state of relations between their countries.\n\n"
        + "They agreed to meet again next year.\n");
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
  }

  @Test
  void aCharterNamedInItsTitle_isTheDocumentNotAnInitiative() {
    Document doc = Parser.russian().parse("charter", "Бакинская Хартия ГУАМ\n"
        + "Азербайджанская Республика, Грузия, Республика Молдова и Украина, именуемые далее ГУАМ,\n"
        + "руководствуясь принципами Устава Организации Объединенных Наций,\n"
        + "договорились о нижеследующем:\n"
        + "Стороны развивают сотрудничество в области транспорта и энергетики.\n");
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Бакинская Хартия")), found::toString);
  }

  @Test
  void anEnglishPreambleCitingTheUnCharter_hasNoTitleFromIt() {
    // GIVEN an English preamble that cites "the Charter of the United Nations" (English texts name the UN's
    // charter far more often than a charter of their own, so "charter" is no kind in English)
    Document doc = Parser.english().parse("en-charter", "The Republic of Azerbaijan, Georgia and Ukraine, guided by the"
        + " Charter of the United Nations, have agreed as follows:\n\n1. They shall cooperate in trade.\n");
    // THEN the citation is no title and gives no signatory
    assertFalse(doc.title() != null && doc.title().contains("Charter"));
    assertFalse(doc.signatories().contains("UN"));
  }
}
