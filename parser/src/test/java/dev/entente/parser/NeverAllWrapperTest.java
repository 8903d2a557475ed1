package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 23: a page is never all the site's. Where a lead-in's words open the page's last paragraph, or a
 * title is read inside the last paragraph of a page cut off mid-sentence, no line of the document would be
 * left below them; the document then starts at the first line of prose that ends a sentence. Every page is
 * written for these tests.
 */
final class NeverAllWrapperTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  private static boolean hasBody(Document doc) {
    return doc.segments().stream().anyMatch(s -> s.kind() != SegmentKind.WRAPPER && s.kind() != SegmentKind.BLANK
        && s.kind() != SegmentKind.TITLE);
  }

  @Test
  void aLeadInOpeningTheLastParagraph_leavesTheQuotedWordsTheDocuments() {
    Document doc = parse("Президенты стран ОДКБ на встрече в Минске одобрили заявление о борьбе с наркотрафиком.\n"
        + "\"Государства-члены Организации выражают поддержку Казахстану и Кыргызстану в их усилиях по защите"
        + " границ\", - говорится в документе.\n\n"
        + "Как сообщает агентство, президенты также обсудили положение на границе с Афганистаном и договорились"
        + " встретиться вновь.\n");
    assertTrue(hasBody(doc), () -> doc.segments().toString());
    assertEquals(List.of("KG", "KZ"), Ids.states(doc).stream().sorted().toList(),
        "the states of the quoted words, not the one only the report names");
  }

  @Test
  void aTitleReadInsideTheLastParagraphOfACutPage_leavesTheProseTheDocuments() {
    Document doc = parse("Парламент Республики Беларусь после обсуждения одобрил закон о ратификации договора с Арменией"
        + " о сотрудничестве в области образования.\n"
        + "Парламент Республики Беларусь призывает правительства Беларуси и Армении проявить волю в решении"
        + " вопросов, обозначенных в Договоре и других документах, подписанных Президентом Республики Беларусь и"
        + " Президентом Республики Армения 12 мая 2015 года, а также в иных ");
    assertTrue(hasBody(doc), () -> doc.segments().toString());
    assertTrue(Ids.states(doc).containsAll(List.of("BY", "AM")), () -> Ids.states(doc).toString());
  }

  @Test
  void aLeadInOverTheDocument_stillEndsTheWrapper() {
    Document doc = parse("Президенты подписали совместное заявление. Публикуем полный текст документа.\n\n"
        + "Республика Беларусь и Республика Армения подтверждают приверженность сотрудничеству.\n");
    assertEquals(SegmentKind.WRAPPER, doc.segments().get(0).kind(), () -> doc.segments().toString());
    assertTrue(hasBody(doc), () -> doc.segments().toString());
  }
}
