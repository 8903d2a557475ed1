package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: a news page whose journalist says the document was made — a finite verb of making or the noun of
 * signing beside a document's noun, either way, any case, capital or not — is a report even where no cue of
 * reports.tsv stands ({@link ReportShape}): nothing of its own wording counts. Held back where the page speaks as the
 * document or counts the documents a meeting signed. Every page is written for these tests.
 */
final class ReportShapeTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aCapitalisedTreatyAfterAnAdjective_makesTheParagraphAReport() {
    Document doc = parse("Президент Казахстана Касым-Жомарт Токаев и глава Киргизии Садыр Жапаров подписали новый Договор"
        + " о союзнических отношениях между двумя государствами.\n\n"
        + "Церемония прошла в Астане после переговоров, в которых участвовали также министры энергетики Узбекистана"
        + " и Таджикистана.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void theDocumentBeforeItsVerb_makesTheParagraphAReport() {
    Document doc = parse("Декларацию о стратегическом партнерстве подписали премьер-министры Армении и Грузии на встрече"
        + " в Тбилиси во вторник.\n\n"
        + "Стороны обсудили также транзит грузов через Турцию и Иран.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aCeremonyOfSigning_makesTheParagraphAReport() {
    Document doc = parse("В Ташкенте состоялась торжественная церемония подписания Соглашения о водных ресурсах между"
        + " Узбекистаном и Казахстаном.\n\n"
        + "После церемонии президенты осмотрели выставку и встретились с представителями ООН.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }

  @Test
  void aPassiveOpening_makesThePageAReport() {
    Document doc = parse("Одобрен Меморандум о сотрудничестве в области образования между Египтом и Иорданией.\n\n"
        + "Министры двух стран встретятся вновь осенью в Каире.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aCountOfDocumentsSignedAtAMeeting_isNoReport() {
    Document doc = parse("Премьер-министры Египта и Иордании провели переговоры в Аммане.\n\n"
        + "По итогам встречи подписан ряд соглашений о сотрудничестве в области энергетики и транспорта.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO")), () -> Ids.states(doc).toString());
  }

  @Test
  void sidesSpeakingInThePresent_holdThePageBack() {
    Document doc = parse("Президенты Египта и Иордании подписали Декларацию о стратегическом партнерстве.\n\n"
        + "Стороны подтверждают приверженность сотрудничеству в рамках Лиги арабских государств и поддерживают"
        + " мирное урегулирование в Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aPreamblesGerund_holdsThePageBack() {
    Document doc = parse("Главы Египта и Иордании приняли Декларацию о дружбе.\n\n"
        + "Руководствуясь стремлением к миру в регионе, главы государств поддержали переговоры по Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSentenceHandingOverTheText_isNoReport() {
    Document doc = parse("Главы Египта и Иордании приняли следующее Совместное заявление о положении в Ливии.\n\n"
        + "Главы государств выразили поддержку усилиям по урегулированию в Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSigningOfThePastRecalled_isNoReport() {
    Document doc = parse("Президенты Египта и Иордании отметили, что со времени подписания Договора о дружбе отношения двух"
        + " стран достигли высокого уровня.\n\n"
        + "Главы государств поддержали переговоры по урегулированию в Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }
}
