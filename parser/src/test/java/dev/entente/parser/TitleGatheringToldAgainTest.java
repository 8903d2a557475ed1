package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gathering a title names, told again in the body in other words on the same days in the same city
 * (a meeting there, a summit here), is one event, named as the body names it. Text written for this test.
 */
final class TitleGatheringToldAgainTest {
  private static final Parser PARSER = Parser.russian();

  @Test
  void theTitlesMeeting_toldAgainAsASummit_isOneEvent() {
    Document doc = PARSER.parse("ru-title", "ДЕКЛАРАЦИЯ ПРЕДСЕДАТЕЛЯ ВСТРЕЧИ\n"
        + "ГЛАВ ПРАВИТЕЛЬСТВ ГОСУДАРСТВ ЦЕНТРАЛЬНОЙ АЗИИ\n"
        + "(Г. ТАШКЕНТ, 3-4 МАЯ 2024 Г.)\n"
        + "Главы правительств Казахстана, Кыргызстана, Таджикистана и\n"
        + "Узбекистана провели в г. Ташкенте 3 - 4 мая 2024 г. вторую\n"
        + "встречу государств Центральной Азии на высшем уровне.\n"
        + "Участники обсудили вопросы водно-энергетического\n"
        + "сотрудничества.\n");
    String events = doc.events().stream().map(Event::name).collect(Collectors.joining("; "));
    assertEquals("вторая встреча государств Центральной Азии на высшем уровне", events);
  }
}
