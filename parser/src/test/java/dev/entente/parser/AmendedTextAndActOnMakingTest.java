package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * Session 34: a legal database heads a text with the day of its last change («(с изменениями на 3 апреля 2019
 * года)», "(as amended on 3 May 2010)"), which is not the day the text was made; and a government's decree or order
 * headed «О подписании Соглашения …» is an act on a document still to be signed, not that document.
 */
final class AmendedTextAndActOnMakingTest {
  @Test
  void date_amendmentNoteOpeningThePage_notTheDocumentsDay() {
    String text = "(с изменениями на 3 апреля 2019 года)\n"
        + "Правительство Республики Армения и Правительство Республики Казахстан, именуемые в дальнейшем Сторонами,\n"
        + "согласились о нижеследующем:\n\n"
        + "Статья 1\nСтороны развивают сотрудничество в области почтовой связи.\n";
    assertNotEquals("2019-04-03", String.valueOf(Seeds.PARSER.parse("am_kz.txt", text).date().orElse(null)));
  }

  @Test
  void date_amendmentNoteOverTheClosingFormula_theDayItWasDone() {
    String text = "Соглашение о почтовой связи (в редакции от 14.02.2018)\n\n"
        + "Статья 7\nНастоящее Соглашение действует в течение пяти лет.\n"
        + "Совершено в г. Ереване 20 октября 2011 года в двух экземплярах на русском языке.\n";
    assertEquals("2011-10-20", String.valueOf(Seeds.PARSER.parse("am_kz2.txt", text).date().orElse(null)));
  }

  @Test
  void date_englishAmendmentNote_notTheDocumentsDay() {
    String text = "(as amended on 3 May 2010)\n\n"
        + "The Government of Canada and the Government of Chile, hereinafter the Parties,\n"
        + "have agreed as follows:\n\nArticle 1\nThe Parties shall cooperate in air transport.\n";
    assertNotEquals("2010-05-03", String.valueOf(Parser.english().parse("ca_cl2.txt", text).date().orElse(null)));
  }

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
