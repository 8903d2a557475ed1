package dev.entente.parser;

import static dev.entente.parser.OwnSentences.PARSER;
import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The occasion a heading line below the title names as what made the document — right after the kind of document,
 * «по итогам», or «принятое на» — is the one the text comes from: held, on the document's day, in its city.
 */
final class OccasionThatMadeTheDocumentTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "Бишкек, 12 апреля 2024 года\n\nЗаявление,\nпринятое на совещании министров сельского хозяйства государств"
          + " Центральной Азии\n\n1. Министры обсудили вопросы продовольственной безопасности и договорились"
          + " продолжить сотрудничество в этой области.\n",
      "Новости региона\n\nМинистры приняли заявление. Это полный текст документа.\n\nСовместное заявление\nминистров по"
          + " итогам встречи министров сельского хозяйства государств Центральной Азии\n\nМы, министры сельского"
          + " хозяйства, обсудили вопросы продовольственной безопасности и договорились продолжить сотрудничество.\n\n"
          + "Бишкек, 12 апреля 2024 года\n"})
  void attributes_occasionThatMadeTheDocument(String text) {
    // GIVEN a heading below the title that names the meeting which made the text
    // WHEN it is parsed
    Document doc = PARSER.parse(text);
    // THEN the meeting is held, on the document's day, in its city
    Event meeting = doc.events().stream().filter(e -> e.name().startsWith("совещани") || e.name().startsWith("встреч"))
        .findFirst().orElseThrow(() -> new AssertionError("no meeting" + dump(doc)));
    assertEquals(EventStatus.HELD, meeting.status(), dump(doc));
    assertEquals("2024-04-12", meeting.date().map(EdtfDate::toString).orElse(null), dump(doc));
    assertEquals("Бишкек", meeting.place().orElseThrow().name(), dump(doc));
  }
}
