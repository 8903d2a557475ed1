package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A page's address, menu or photo caption written in lower-case Latin letters right after a name in a
 * Russian text is no part of the name; a heading's meeting told again in the body in other words over the
 * same days is one. Texts written for these tests.
 */
final class PageTextAfterANameTest {
  private static final Parser PARSER = Parser.russian();

  @Test
  void aSitesLanguageSwitchAfterTheHeading_endsTheName() {
    // GIVEN a news site's heading followed on its line by the site's switch of language
    Document doc = PARSER.parse("t", "Совместное информационное сообщение об итогах III совещания министров"
        + " транспорта государств-членов ШОС english version\n\n"
        + "(г. Минск, 10-11 мая 2011 года)\n\nМинистры транспорта рассмотрели ход работы над соглашением.\n");
    // THEN the meeting's name ends before the address
    assertEquals("III совещание министров транспорта государств-членов ШОС",
        event(doc, "совещание министров транспорта").name(), () -> events(doc));
  }

  @Test
  void aPhotoCaptionGluedToTheHeading_endsTheName() {
    // GIVEN a translated page whose photo caption, in the site's own language, follows the meeting's name on its line
    Document doc = PARSER.parse("t", "Заявление Председателя Встречи министров экономики стран Меконга anh minh hoa"
        + " Фото из архива\n\nВстреча министров экономики стран Меконга прошла в Ханое 3-4 марта 2021 года.\n");
    // THEN no meeting's name holds the caption's words, and the heading's meeting is the body's one
    assertNull(events(doc).contains("minh") ? "caption" : null, () -> events(doc));
    assertEquals(1, doc.events().size(), () -> events(doc));
  }
}
