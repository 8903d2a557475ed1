package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 23: the other word orders texts give two organisations' names — the CTBTO as «Организация
 * Договора о …» (without «по») and "Comprehensive Test Ban Treaty Organization", its Preparatory
 * Commission; SICA as «Центральноамериканская система интеграции» and "System of Central American
 * Integration". Sentences written for the test.
 */
final class OrganisationNameVariantsTest {
  private static final Parser ENGLISH = Parser.english();

  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void russian_otherWordOrdersOfCtbtoAndSica_areTheOrganisations() {
    // GIVEN both names in the order the gazetteer did not list, in the genitive
    Document doc = Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n1. Стороны поддерживают работу "
        + "Организации Договора о всеобъемлющем запрещении ядерных испытаний и приветствуют наблюдателей "
        + "Центральноамериканской системы интеграции.\n");
    // THEN each is its organisation
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("CTBTO", "SICA")), ids::toString);
  }

  @Test
  void english_otherWordOrdersOfCtbtoAndSica_areTheOrganisations() {
    // GIVEN the test-ban organisation without its hyphens and the integration system named the other way round
    Document doc = ENGLISH.parse("en-test", "Joint Statement\n\n1. The Ministers supported the Comprehensive Test "
        + "Ban Treaty Organization and welcomed observers from the System of Central American Integration.\n");
    // THEN each is its organisation
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("CTBTO", "SICA")), ids::toString);
  }
}
