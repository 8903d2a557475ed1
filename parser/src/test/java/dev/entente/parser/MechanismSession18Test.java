package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismStatus;
import org.junit.jupiter.api.Test;

/** Session 18: one mechanism named twice in different forms, and what an instrument is about. */
final class MechanismSession18Test {

  /** The sides written as a compound adjective before the head and as parties after it name one dialogue. */
  @Test
  void sidesAsAnAdjectiveOrAsPartiesAreOneMechanism() {
    // GIVEN
    Document doc = parse("Стороны высоко оценили стратегический диалог министров иностранных дел Казахстана и Узбекистана.",
        "Стороны договорились продолжить казахстанско-узбекский стратегический диалог министров иностранных дел.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals(2, doc.mechanisms().get(0).mentions().size(), dump(doc));
  }

  /** A numbered meeting at a level is one of the meetings at that level the text names with another head word. */
  @Test
  void numberedMeetingJoinsTheMeetingsNamedOtherwise() {
    // GIVEN
    Document doc = parse("Мы провели сегодня 7-е заседание министров иностранных дел ОДКБ в формате видеоконференции.",
        "Мы высоко оцениваем роль совещания министров иностранных дел как главной площадки для обсуждения.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertTrue(doc.mechanisms().get(0).name().startsWith("совещани"), dump(doc));
  }

  /** The consultations a protocol is about are the ones its body names, and the protocol sets them up. */
  @Test
  void theSubjectOfAProtocolIsTheConsultationsItsBodyNames() {
    // GIVEN
    Document doc = OwnSentences.PARSER.parse("ПРОТОКОЛ\nО КОНСУЛЬТАЦИЯХ МЕЖДУ МИНИСТЕРСТВОМ ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ "
        + "КАЗАХСТАН И МИНИСТЕРСТВОМ ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ УЗБЕКИСТАН\n(Астана, 15 марта 2024 года)\n\n"
        + "Министерство иностранных дел Республики Казахстан и Министерство иностранных дел Республики Узбекистан, "
        + "именуемые далее Сторонами, договорились о нижеследующем:\n\nСтатья 1\n"
        + "Стороны будут проводить регулярные консультации по вопросам двусторонних отношений и международным проблемам.\n");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    Mechanism m = doc.mechanisms().get(0);
    assertTrue(m.name().startsWith("регулярные консультации"), dump(doc));
    assertEquals(MechanismStatus.NEW, m.status(), dump(doc));
  }

  /** A council of national coordinators is named whole in Russian too. */
  @Test
  void councilOfNationalCoordinatorsIsNamedWhole() {
    // GIVEN
    Document doc = parse("Министры приветствовали работу Совета национальных координаторов по вопросам образования.");
    // THEN
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().startsWith("Совет национальных координаторов")), dump(doc));
  }
}
