package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * Session 34: a government's decree or order headed «О подписании Соглашения …» is an act on a document still to be
 * signed, not that document.
 */
final class ActOnMakingTest {
  @Test
  void kind_decreeOnSigningAnAgreement_other() {
    String text = "ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ БЕЛАРУСЬ\nПОСТАНОВЛЕНИЕ\nот 3 марта 2016 г. N 170\n"
        + "О ПОДПИСАНИИ СОГЛАШЕНИЯ МЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ БЕЛАРУСЬ\nИ ПРАВИТЕЛЬСТВОМ МОНГОЛИИ О ТУРИЗМЕ\n"
        + "Совет Министров Республики Беларусь постановляет:\n"
        + "1. Одобрить проект Соглашения между Правительством Республики Беларусь и Правительством Монголии о туризме.\n"
        + "2. Министерству иностранных дел провести переговоры.\n";
    assertEquals(DocumentKind.OTHER, Seeds.PARSER.parse("by_mn.txt", text).kind());
  }

  @Test
  void kind_orderOnSigningAProtocolTitleFirst_other() {
    String text = "О подписании Протокола о внесении изменений в Меморандум о сотрудничестве в области образования\n\n"
        + "Распоряжение Президента Республики Узбекистан от 5 мая 2021 года\n\n"
        + "1. Принять предложение Министерства иностранных дел о подписании Протокола.\n";
    assertEquals(DocumentKind.OTHER, Seeds.PARSER.parse("uz.txt", text).kind());
  }

  @Test
  void kind_agreementHeadedAsSuch_stillAnAgreement() {
    String text = "СОГЛАШЕНИЕ\nМЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ БЕЛАРУСЬ И ПРАВИТЕЛЬСТВОМ МОНГОЛИИ О ТУРИЗМЕ\n\n"
        + "Правительство Республики Беларусь и Правительство Монголии, именуемые в дальнейшем Сторонами,\n"
        + "согласились о нижеследующем:\n\nСтатья 1\nСтороны поощряют сотрудничество о подписании договоров.\n";
    assertEquals(DocumentKind.AGREEMENT, Seeds.PARSER.parse("by_mn2.txt", text).kind());
  }
}
