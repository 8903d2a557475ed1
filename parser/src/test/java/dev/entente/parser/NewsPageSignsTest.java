package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 32: the signs by which a news page tells its report as an agency's — a dateline that runs on into the
 * journalist's prose in its own paragraph, a speaker named after a comma and a verb of saying («…, сказал он»), and a
 * lead-in that retells with an agency's account («Как сообщили в пресс-службе …, декларацией предусмотрено …») —
 * make what the page names wrapper; a document printed under a dateline, or joining its own verbs by commas, stays
 * the document's. Every page is written for these tests.
 */
final class NewsPageSignsTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aShortAgencyDatelineRunningIntoProse_makesThePageAReport() {
    Document doc = parse("ХАНОЙ, 12 мар — РИА Новости. Первый за десять лет визит президента Вьетнама в Казахстан обе"
        + " стороны назвали новой страницей в отношениях двух стран, обсуждались энергетика и транспорт.\n\n"
        + "Особое внимание уделили положению в Мьянме и Камбодже.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void aDatelineOnItsOwnLine_overAPrintedDocument_staysTheDocuments() {
    Document doc = parse("АСТАНА, 3 июня. /ТАСС/.\n\n"
        + "Республика Казахстан и Социалистическая Республика Вьетнам, далее именуемые Сторонами, подтверждают"
        + " приверженность развитию отношений.\n\n"
        + "Стороны выражают удовлетворение ростом торговли.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("KZ", "VN")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSpeakerAfterACommaAndAVerbOfSaying_makesThePageAReport() {
    Document doc = parse("Египет и Катар договорились о совместных поставках зерна в Судан, сообщил министр иностранных"
        + " дел Египта на встрече с коллегой в Дохе.\n\n"
        + "За поставки будет отвечать совместный штаб в Каире, сказал он.\n\n"
        + "Министры обсудили также положение в Ливии.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aDocumentJoiningItsVerbsByCommas_isNoReport() {
    Document doc = parse("Стороны обсудили положение в Судане, отметили важность гуманитарной помощи и приветствовали"
        + " усилия Египта и Катара.\n\n"
        + "Стороны подтверждают приверженность принципам Устава ООН.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "QA")), () -> Ids.states(doc).toString());
  }

  @Test
  void aHeadingInCapitals_thatDeclaresAfterAComma_isNoReport() {
    Document doc = parse("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ РЕСПУБЛИКИ КАЗАХСТАН И СОЦИАЛИСТИЧЕСКОЙ РЕСПУБЛИКИ ВЬЕТНАМ\n\n"
        + "РЕСПУБЛИКА КАЗАХСТАН И СОЦИАЛИСТИЧЕСКАЯ РЕСПУБЛИКА ВЬЕТНАМ, ДАЛЕЕ ИМЕНУЕМЫЕ СТОРОНАМИ, ЗАЯВЛЯЮТ О"
        + " СЛЕДУЮЩЕМ.\n\n"
        + "Стороны подтверждают приверженность развитию отношений.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("KZ", "VN")), () -> Ids.states(doc).toString());
    assertTrue(doc.parties().stream().map(p -> p.id()).toList().containsAll(List.of("KZ", "VN")),
        () -> doc.parties().toString());
  }

  @Test
  void aLeadInThatRetellsAsAnAgency_makesThePageAReport() {
    Document doc = parse("Заявление о сотрудничестве в области энергетики подписано вчера в Минске на заседании комиссии"
        + " парламентов Белоруссии и Армении.\n\n"
        + "Как сообщили в пресс-службе парламента, заявлением предусмотрено также взаимодействие с Евросоюзом.\n\n"
        + "Комиссия обсудила также подготовку совместного заседания с делегацией Совета Европы.\n");
    assertTrue(doc.parties().stream().noneMatch(p -> List.of("EU", "COE").contains(p.id())),
        () -> doc.parties().toString());
  }
}
