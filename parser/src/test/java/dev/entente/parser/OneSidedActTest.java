package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A state body's act that ratifies or approves a document, printed above it, is that state's alone: its signer and
 * the officials it names are no participants of the document; an organisation's organ decides for the sides, and a
 * person the document names too stays.
 */
final class OneSidedActTest {

  private static final String TREATY = "Республика Молдова и Республика Болгария, далее именуемые Сторонами, договорились о нижеследующем:\n"
      + "1. Стороны развивают сотрудничество в области образования.\n"
      + "2. Настоящий Договор вступает в силу с даты подписания.\n";

  private static String names(Document doc) {
    return doc.participants().stream().map(Participant::name).sorted().collect(Collectors.joining(", "));
  }

  @Test
  void parse_signerOfOneStatesRatifyingActIsNoParticipant() {
    // GIVEN a parliament's act that ratifies a treaty, signed by its chairman, above the treaty's text
    String text = "ПОСТАНОВЛЕНИЕ ПАРЛАМЕНТА РЕСПУБЛИКИ МОЛДОВА\nО ратификации Договора\n"
        + "Парламент Республики Молдова постановляет:\n"
        + "Ратифицировать Договор между Республикой Молдова и Республикой Болгария, подписанный в Софии 3 мая 2001 года.\n"
        + "Председатель Парламента\nРеспублики Молдова Е.Остапчук.\n" + TREATY;
    // WHEN it is parsed
    Document doc = Parser.russian().parse(text);
    // THEN nobody takes part in the treaty
    assertEquals("", names(doc));
  }

  @Test
  void parse_officialTheActAuthorisesIsNoParticipantButTheTreatysSignerIs() {
    // GIVEN a government's decree that names a minister to sign, signed by its prime minister, above a treaty
    // that its heads sign at the end
    String text = "Правительство Республики Молдова ПОСТАНОВЛЯЕТ:\n"
        + "1. Уполномочить министра иностранных дел Республики Молдова Николая Дудэу подписать Договор.\n"
        + "Премьер-министр\nРеспублики Молдова В. Тарлев\n" + TREATY
        + "Президент Республики Молдова Владимир Воронин\nПрезидент Республики Болгария Георгий Пырванов\n";
    // WHEN it is parsed
    Document doc = Parser.russian().parse(text);
    // THEN only the treaty's signers take part
    assertEquals("Владимир Воронин, Георгий Пырванов", names(doc));
  }

  @Test
  void parse_signerOfAnOrgansDecisionIsAParticipant() {
    // GIVEN a decision of an organisation's council, signed by its chairman
    String text = "Совет министров иностранных дел Содружества Независимых Государств ПОСТАНОВЛЯЕТ:\n"
        + "1. Одобрить План мероприятий на 2005 год.\n"
        + "Председатель Совета министров иностранных дел СНГ\nС.Лавров\n";
    // WHEN it is parsed
    List<Participant> found = Parser.russian().parse(text).participants();
    // THEN its signer takes part
    assertEquals(1, found.size(), found.toString());
    assertEquals("С.Лавров", found.get(0).name());
  }
}
