package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document's own heading that opens with its kind in capitals and names its parties in ordinary case
 * («СОГЛАШЕНИЕ Правительства … области …») is the document, not an initiative; an event's head whose only
 * complement is another event's head («Конференции Саммита») is a part of that occasion, not one of its own.
 * Texts written for the test, in the style of a regional registry's page and of a summit's communiqué.
 */
final class CapitalKindAndOccasionPartTest {

  @Test
  void kindInCapitalsBeforeThePartiesIsTheDocument() {
    Document doc = Parser.russian().parse("capital-kind", "наименование документа СОГЛАШЕНИЕ Правительства Омской области и "
        + "Правительства провинции Альберта Канады от 14.03.2003 \"О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ОБРАЗОВАНИЯ\" Источник "
        + "публикации \"Омский вестник\", N 12, 18.03.2003 ------------------------------ ПРАВИТЕЛЬСТВО ОМСКОЙ ОБЛАСТИ "
        + "ПРАВИТЕЛЬСТВО ПРОВИНЦИИ АЛЬБЕРТА СОГЛАШЕНИЕ от 14 марта 2003 года О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ОБРАЗОВАНИЯ "
        + "Правительство Омской области и Правительство провинции Альберта, именуемые в дальнейшем Стороны, договорились о "
        + "нижеследующем. Стороны будут содействовать реализации Программы обменов студентами на 2003-2005 годы. Омск, "
        + "14 марта 2003 года\n");
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertFalse(found.stream().anyMatch(n -> n.startsWith("СОГЛАШЕНИЕ")), found::toString);
    assertTrue(found.contains("Программа обменов студентами"), found::toString);
  }

  @Test
  void conferenceOfTheSummitIsTheSummit() {
    Document doc = Parser.russian().parse("occasion-part", "Заключительное коммюнике Пятого саммита Форума\n\n"
        + "1. Главы государств и правительств государств-членов Форума провели Саммит (Пятый саммит Форума) в Душанбе "
        + "12 мая 2014 года. Председателем Конференции Саммита выступил президент Республики Таджикистан.\n"
        + "2. Конференция выразила признательность Республике Казахстан за работу на посту председателя Четвертого "
        + "саммита Форума, который был проведен в Астане.\n");
    List<String> found = doc.events().stream().map(Event::name).toList();
    assertFalse(found.contains("Конференция Саммита"), found::toString);
    assertTrue(found.contains("Четвертый саммит Форума"), found::toString);
  }
}
