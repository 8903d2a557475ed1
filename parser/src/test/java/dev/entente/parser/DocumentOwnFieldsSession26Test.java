package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The document's own kind, date and place as a ministry's or a register's page frames them: a release's
 * rubric under its heading, a register's field of the day of signing. Every text is written for these tests.
 */
final class DocumentOwnFieldsSession26Test {
  @Test
  void aReleasesRubricUnderItsHeading_givesTheKindAndIsNoTitle() {
    Document doc = Parser.russian().parse("rubric", "Королевство Нидерландов\n"
        + "О встрече заместителя Министра иностранных дел России с Министром внешней торговли Нидерландов\n"
        + "СООБЩЕНИЕ ДЛЯ СМИ\n"
        + "14 марта в Гааге состоялась встреча заместителя Министра иностранных дел России с Министром внешней"
        + " торговли Нидерландов.\n"
        + "Обсуждены вопросы двусторонней повестки дня.\n");
    assertEquals(DocumentKind.PRESS_RELEASE, doc.kind(), "the rubric tells the kind");
    assertEquals("", doc.title(), "the rubric is no title");
  }

  @Test
  void aRubricOverAStatementsOwnHeading_givesWayToTheHeading() {
    Document doc = Parser.russian().parse("rubric-over-heading", "Новости\n"
        + "О совместном заявлении министров\n"
        + "Сообщение для печати\n"
        + "Совместное заявление министров иностранных дел Армении и Грузии\n"
        + "Министры иностранных дел встретились в Ереване 3 апреля 2019 года и заявили о следующем.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aRegistersFieldsOfSigning_giveTheDayAndTheCity() {
    Document doc = Parser.russian().parse("fields", "Приложение 3 Соглашение о сотрудничестве в области культуры\n"
        + "СОГЛАШЕНИЕ\n"
        + "о сотрудничестве в области культуры между Республикой Польша и Республикой Беларусь\n"
        + "Дата подписания: 14.05.1994\n"
        + "Место подписания: Брест\n"
        + "Дата вступления в силу: 02.11.1995\n"
        + "Республика Польша и Республика Беларусь, стремясь развивать сотрудничество, согласились о нижеследующем.\n");
    assertEquals("1994-05-14", doc.date().map(Object::toString).orElse(null));
    assertEquals("Брест", doc.place().map(p -> p.name()).orElse(null));
  }

  @Test
  void anEnglishFieldOfTheDayOfAdoption_givesTheDay() {
    Document doc = Parser.english().parse("fields-en", "Convention on Cultural Exchange\n\n"
        + "Date of Adoption 3 March 1983\n"
        + "Date of Entry into Force\n\n"
        + "The Parties, desiring to strengthen their cultural ties, have agreed as follows.\n");
    assertEquals("1983-03-03", doc.date().map(Object::toString).orElse(null));
  }

  @Test
  void aRegionalCentreOfTheFormerUnion_isTheDocumentsPlaceInItsCase() {
    Document doc = Parser.russian().parse("regional-centre", "Совместное заявление о приграничном сотрудничестве\n\n"
        + "Главы приграничных областей Украины и Польши 12 сентября 2003 года в Луцке подписали настоящее заявление.\n\n"
        + "1. Стороны будут развивать сотрудничество.\n");
    assertEquals("Луцк", doc.place().map(p -> p.name()).orElse(null));
  }

  @Test
  void aLargeIndianCity_isTheDocumentsPlaceInEnglish() {
    Document doc = Parser.english().parse("indian-city", "Joint Statement on Ports Cooperation\n\n"
        + "The Ministers met in Bhubaneswar on 4 February 2024 and adopted this statement.\n\n"
        + "1. The sides agreed to expand cooperation between their ports.\n");
    assertEquals("Bhubaneswar", doc.place().map(p -> p.name()).orElse(null));
  }

  @Test
  void theCapitalOfAStateNamedWithoutItsCity_isTheStatesCapital() {
    Document doc = Parser.russian().parse("capital-of-a-state", "Мэры двух городов подписали совместное заявление\n"
        + "Подписание состоялось в ходе визита мэра Еревана в столицу Грузии. Стороны договорились расширять"
        + " обмены в области культуры и транспорта.\n");
    assertEquals("Тбилиси", doc.place().map(p -> p.name()).orElse(null));
  }
}
