package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A news page credits its author, reporter, editor or photographer on a line of its own («By Jane Doe»,
 * «Photo: Jane Doe/AP», «(Reporting by A; Editing by B)», «Фото: Иван Петров/ТАСС»): those names are no
 * participants; a name the body gives with a role, or a line that goes on in lower case, still counts.
 * Every text is written for these tests.
 */
final class CreditLineNamesNoParticipantTest {

  private static String names(Document doc) {
    List<Participant> found = doc.participants();
    return found.stream().map(Participant::name).sorted().collect(Collectors.joining(", "));
  }

  @Test
  void englishBylineAndCredits_nameNoParticipant() {
    Document doc = Parser.english().parse("credits", "Joint Statement of Chile and New Zealand\n"
        + "By Olivia Barnes and Thomas Reid\n\n"
        + "Wellington, 3 March 2023. Prime Minister Chris Hipkins welcomed President Gabriel Boric to New Zealand."
        + " The leaders discussed trade and climate.\n\n"
        + "(Reporting by Olivia Barnes; Editing by Samuel Grant)\n"
        + "Photo: Henry Walsh/AP\n");
    assertEquals("Chris Hipkins, Gabriel Boric", names(doc));
  }

  @Test
  void russianPhotoAndAuthorCredits_nameNoParticipant() {
    Document doc = Parser.russian().parse("credits", "Совместное заявление Республики Беларусь и Республики Куба\n\n"
        + "Президент Республики Беларусь Александр Лукашенко и Президент Республики Куба Мигель Диас-Канель"
        + " провели переговоры в Минске 5 мая 2023 года. Стороны договорились расширять сотрудничество.\n\n"
        + "Фото: Андрей Семёнов/БЕЛТА\n"
        + "Автор: Ольга Ковалёва\n");
    assertEquals("Александр Лукашенко, Мигель Диас-Канель", names(doc));
  }

  @Test
  void aLineThatGoesOnInLowerCase_isNoCredit() {
    Document doc = Parser.english().parse("credits", "Joint Statement of Chile and New Zealand\n\n"
        + "Wellington, 3 March 2023. Prime Minister Chris Hipkins welcomed President Gabriel Boric to New Zealand."
        + " The delegation of Chile was led\n"
        + "by Carlos Figueroa and included officials of the ministry.\n");
    assertEquals("Carlos Figueroa, Chris Hipkins, Gabriel Boric", names(doc));
  }
}
