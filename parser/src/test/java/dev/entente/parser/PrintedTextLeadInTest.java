package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 17: a news page that says the sides signed a document and then prints it hands the text over
 * in a line of its own words («Текст совместного заявления:», «Публикуем его текст.», «Его текст
 * приводится ниже.»). The lead above that line is the site's; the text below it is the document's, so
 * the page is no report and everything the text names stays. The pages are written for these tests.
 */
final class PrintedTextLeadInTest {
  private static final String LEAD = "Президенты Монголии и Вьетнама подписали совместное заявление о партнерстве.";
  private static final String TEXT = "Монголия и Социалистическая Республика Вьетнам подтверждают стремление расширять"
      + " торговлю с Японией и Китаем.\nСтороны поддерживают работу Организации Объединенных Наций.\n";
  private static final List<String> ALL = List.of("CN", "JP", "MN", "UN", "VN");

  private static List<String> parties(String page) {
    Document doc = Parser.russian().parse("ru-test", page);
    return doc.parties().stream().map(p -> p.id()).sorted().toList();
  }

  @Test
  void aHeadingThatNamesTheTextOfTheStatement_handsItOver() {
    assertEquals(ALL, parties(LEAD + "\nТекст совместного заявления:\n" + TEXT));
  }

  @Test
  void aHeadingOfTheTextWithoutAColon_handsItOver() {
    assertEquals(ALL, parties(LEAD + "\nТекст заявления\n" + TEXT));
  }

  @Test
  void aLineThatSaysTheSitePublishesItsText_handsItOver() {
    assertEquals(ALL, parties(LEAD + "\nПубликуем его текст.\n" + TEXT));
  }

  @Test
  void aLeadThatEndsSayingItsTextFollows_handsItOver() {
    assertEquals(ALL, parties(LEAD + " Его текст приводится ниже.\n" + TEXT));
  }

  @Test
  void aLeadThatEndsSayingTheDocumentIsPrintedWhole_handsItOver() {
    assertEquals(ALL, parties(LEAD + " Документ приводится полностью.\n" + TEXT));
  }

  @Test
  void aDocumentThatNamesItsOwnText_isNotCutAtThatLine() {
    assertEquals(ALL, parties("Совместное заявление Монголии и Вьетнама\n" + TEXT
        + "Текст настоящего Заявления составлен на монгольском и вьетнамском языках.\n"));
  }

  @Test
  void theSitesNameOverTheTitleOfThePrintedText_isTheSites() {
    String page = "Новости Шанхайской организации сотрудничества | Президенты подписали заявление\n\n" + LEAD + "\n\n"
        + "Полный текст:\n\n"
        + "Новости Шанхайской организации сотрудничества | Совместное заявление (полный текст)\n\n" + TEXT;
    assertEquals(ALL, parties(page), "no SCO: only the site's name over each page title names it");
  }
}
