package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: on a news page, a quote the report ties to a press service's or a ministry's message («"…", — говорится
 * в сообщении», «"…", — сообщили в пресс-службе») is the press service's words, not the document's: what it names is
 * the wrapper's. Only a quote the page ties to the document («"…", — говорится в заявлении», «отмечается в
 * документе») keeps what it names. The pages are written for these tests.
 */
final class PressServiceQuoteTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aQuoteOfThePressServicesMessage_namesNothingOfTheDocument() {
    Document doc = parse("МИНСК, 14 марта — агентство. Президент Беларуси провел телефонный разговор с Президентом"
        + " Казахстана, сообщает пресс-служба главы государства.\n"
        + "\"Глава государства поздравил коллегу с подписанием накануне в Астане соглашения о торговле между"
        + " Казахстаном и Киргизией\", — говорится в сообщении.\n"
        + "Стороны также обсудили сотрудничество в рамках Евразийского экономического союза.\n");
    assertEquals(List.of(), Ids.states(doc), "the press service's quote and the report are wrapper");
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
  }

  @Test
  void aQuoteTheReportCallsThePressServices_namesNothing() {
    Document doc = parse("Главы МИД Армении и Грузии подписали в Тбилиси протокол о консульском сотрудничестве. Об"
        + " этом сообщили в пресс-службе министерства.\n"
        + "\"В рамках восьмого заседания межправительственной комиссии министры обсудили подготовку к сессии"
        + " Генеральной Ассамблеи ООН и сотрудничество с Европейским союзом\", — сказано в сообщении.\n");
    assertTrue(doc.parties().stream().noneMatch(p -> p.id().equals("UN") || p.id().equals("EU")),
        () -> doc.parties().toString());
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
    assertTrue(doc.mechanisms().isEmpty(), () -> doc.mechanisms().toString());
  }

  @Test
  void aQuoteTheReportTiesToTheStatement_keepsWhatItNames() {
    Document doc = parse("МИНСК, 14 марта — агентство. Президенты Беларуси и Казахстана подписали совместное"
        + " заявление, сообщает пресс-служба главы государства.\n"
        + "\"Стороны поддерживают сотрудничество в рамках Шанхайской организации сотрудничества и Организации"
        + " Объединенных Наций\", — говорится в заявлении.\n");
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("SCO")), () -> doc.parties().toString());
    assertTrue(doc.signatories().containsAll(List.of("BY", "KZ")), () -> doc.signatories().toString());
  }

  @Test
  void aSpokesmansQuoteInAnEnglishReport_namesNothingOfTheDocument() {
    Document doc = Parser.english().parse("en-test", "MOSCOW, May 4 (Reuters) - The presidents of Kazakhstan and"
        + " Kyrgyzstan signed a joint statement on border cooperation on Tuesday, the Kremlin said.\n"
        + "\"The talks also covered cooperation with China and Turkey within the Shanghai Cooperation Organisation,\""
        + " a spokesman told reporters.\n");
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
    assertTrue(doc.signatories().containsAll(List.of("KZ", "KG")), () -> doc.signatories().toString());
  }
}
