package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 29: in a name of two words after an oblique role, a given name the lexicon does not know takes
 * off the same case's ending as the surname after it («Вице-президента Джозепа Борелля» → «Джозеп
 * Борелль», «Премьер-министра Сооронбая Жээнбекова» → «Сооронбай Жээнбеков», «с Премьер-министром
 * Намбарыном Энхбаяром» → «Намбарын Энхбаяр»); a surname that does not decline leaves the given name to its
 * own rules. Names and sentences written for this test.
 */
final class GivenNameInTheSurnamesCaseTest {
  private static List<String> names(String text) {
    Document doc = Parser.russian().parse("ru-test", text);
    return doc.participants().stream().map(p -> p.name()).sorted().collect(Collectors.toList());
  }

  @Test
  void aGenitiveGivenNameBeforeAGenitiveSurname_isGivenInTheNominative() {
    assertEquals(List.of("Ториальд Бьернссон"), names("Совместное заявление\n\nСтороны приветствовали визит"
        + " Премьер-министра Исландии Ториальда Бьернссона в Астану. Стороны обсудили вопросы сотрудничества.\n"));
  }

  @Test
  void aGivenNameInAyaBeforeAGenitiveSurname_endsInAy() {
    assertEquals(List.of("Кудайбай Асанбеков"), names("Совместное заявление\n\nСтороны приветствовали визит"
        + " Министра иностранных дел Кыргызстана Кудайбая Асанбекова в Пекин. Стороны обсудили вопросы сотрудничества.\n"));
  }

  @Test
  void anInstrumentalGivenNameBeforeAnInstrumentalSurname_isGivenInTheNominative() {
    assertEquals(List.of("Дашдоржийн Батсайхан"), names("Коммюнике\n\nПредседатель встретился с Премьер-министром"
        + " Монголии Дашдоржийном Батсайханом. Стороны обсудили вопросы сотрудничества.\n"));
  }

  @Test
  void aMansSurnameInOiAfterAnInstrumentalGivenName_endsInA() {
    // GIVEN men's surnames of the «-а» declension in the instrumental, after given names in «-ом», «-ем»
    assertEquals(List.of("Джон Махама"), names("Коммюнике\n\nПредседатель встретился с Президентом"
        + " Республики Гана Джоном Махамой. Стороны обсудили вопросы сотрудничества.\n"));
    assertEquals(List.of("Джейкоб Зума"), names("Коммюнике\n\nПредседатель встретился с Президентом"
        + " Южно-Африканской Республики Джейкобом Зумой. Стороны обсудили вопросы сотрудничества.\n"));
  }

  @Test
  void aWomansNameInTheInstrumental_isLeftToItsOwnRules() {
    assertEquals(List.of("Мария Захарова"), names("Коммюнике\n\nМинистр встретился с официальным представителем"
        + " МИД России Марией Захаровой. Стороны обсудили вопросы сотрудничества.\n"));
  }
}
