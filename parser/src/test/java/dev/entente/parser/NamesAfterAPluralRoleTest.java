package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 29: a role in the genitive plural («министров», «председателей») before the names of several
 * people gives each name the genitive singular; the names and the role are given in the nominative
 * («С.В.Лаврова» → «С.В.Лавров», «министров иностранных дел» → «министр иностранных дел»), not as written.
 * A surname in «-ова» / «-ина» alone reads as a woman's nominative; the role's case tells it is a man's
 * genitive. Sentences written for this test.
 */
final class NamesAfterAPluralRoleTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  private static List<String> names(Document doc) {
    return doc.participants().stream().map(p -> p.name()).sorted().collect(Collectors.toList());
  }

  @Test
  void initialsAndASurnameInTheGenitive_afterARoleInTheGenitivePlural_areGivenInTheNominative() {
    Document doc = parse("Совместное заявление\n\nВ Минске состоялась встреча министров иностранных дел Беларуси,"
        + " Казахстана и Кыргызстана - А.П.Корнилова, Б.Т.Сарыбаева, В.К.Осмоналиева. Стороны обсудили вопросы"
        + " сотрудничества.\n");
    assertEquals(List.of("А.П.Корнилов", "Б.Т.Сарыбаев", "В.К.Осмоналиев"), names(doc), () -> doc.participants().toString());
    assertTrue(doc.participants().stream().allMatch(p -> p.role().orElse("").equals("министр иностранных дел")),
        () -> doc.participants().toString());
  }

  @Test
  void namesAfterChairmenInTheGenitivePlural_takeTheSingularNominative() {
    Document doc = parse("Коммюнике\n\nСтороны приветствовали участие председателей правительств Армении и Таджикистана"
        + " Г.С.Арутюнова и Д.М.Назарова в заседании. Стороны обсудили вопросы сотрудничества.\n");
    assertEquals(List.of("Г.С.Арутюнов", "Д.М.Назаров"), names(doc), () -> doc.participants().toString());
    assertTrue(doc.participants().stream().allMatch(p -> p.role().orElse("").equals("председатель правительства")),
        () -> doc.participants().toString());
  }

  @Test
  void aRoleInTheNominativeSingular_leavesAWomansNameAsWritten() {
    Document doc = parse("Совместное заявление\n\nМинистр иностранных дел Республики Беларусь Е.А.Корнилова провела"
        + " переговоры. Стороны обсудили вопросы сотрудничества.\n");
    assertEquals(List.of("Е.А.Корнилова"), names(doc), () -> doc.participants().toString());
  }
}
