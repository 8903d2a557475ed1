package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An adopting subject «Мы, …» that a clause set off by commas interrupts and that goes on after it
 * with another subject noun: the parties after the clause adopt the text too, the clause's do not.
 * Every text is written for these tests.
 */
final class SubjectPastAClauseTest {
  @Test
  void aSubject_goingOnPastAParticiplesClause_withTheLeadershipOfAnOrganisation_addsTheOrganisation() {
    // GIVEN «Мы, министры … государств …, признанных ООН, руководство Секретариата ШОС …, собрались»
    Document doc = Parser.russian().parse("Совместное заявление участников первой министерской конференции\n"
        + "Мы, министры иностранных дел Республики Казахстан и государств Латинской Америки, признанных"
        + " Организацией Объединенных Наций, руководство Секретариата Шанхайской организации сотрудничества,"
        + " а также их представители, собрались 5 мая 2025 года в Астане для участия в первой министерской"
        + " конференции.\n"
        + "С удовлетворением отмечаем рост взаимной торговли.\n");
    // THEN the state and the organisation adopt it; the UN, named inside the clause, does not
    assertEquals(List.of("KZ", "SCO"), sorted(doc.signatories()));
  }

  @Test
  void aSubject_followedByGerundClauses_endsAtTheFirst() {
    // GIVEN «Мы, министры A и B, признавая важность ООН, руководствуясь …, заявляем»
    Document doc = Parser.russian().parse("Совместное заявление\n"
        + "Мы, министры иностранных дел Республики Казахстан и Кыргызской Республики, признавая важность"
        + " Организации Объединенных Наций, руководствуясь принципами добрососедства, заявляем о следующем.\n"
        + "Стороны будут развивать торговлю.\n");
    // THEN the two states adopt it, the UN they speak of does not
    assertEquals(List.of("KG", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void aListOfStatesEndingInAComma_overParagraphsOpenedByReferringGerunds_isTheSubject() {
    // GIVEN a declaration whose preamble opens «A и B, ⏎ Ссылаясь на …, ⏎ Опираясь на …, ⏎ заявляют о следующем:»
    Document doc = Parser.russian().parse("Декларация о стратегическом партнерстве\n"
        + "Республика Казахстан и Республика Корея,\n"
        + "Ссылаясь на Совместное заявление от 12 мая 2019 года о дружбе между Казахстаном и Кореей,\n"
        + "Опираясь на достигнутые договоренности,\n"
        + "заявляют о следующем:\n"
        + "1. Стороны будут развивать торговлю.\n");
    // THEN the two states adopt it
    assertEquals(List.of("KR", "KZ"), sorted(doc.signatories()));
  }
}
