package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page that prints what people said turn by turn («В.Путин: …», «Б.Обама (как переведено): …») records an event,
 * talks or statements for the press; a joint text it tells of adopting is another document, and the page has no
 * signatories. A page that reports a signing without a transcript keeps its sides. Every text is written for these
 * tests.
 */
final class TranscriptHasNoSidesTest {
  @Test
  void pressStatementsAfterTalks_thatTellOfASignedDeclaration_haveNoSides() {
    // GIVEN a lead that tells of a declaration the two heads signed, and then the transcript of their statements
    Document doc = Parser.russian().parse("Заявления для прессы по итогам российско-монгольских переговоров\n\n"
        + "По итогам переговоров Дмитрий Медведев и Президент Монголии Цахиагийн Элбэгдорж подписали совместную"
        + " декларацию о развитии стратегического партнерства.\n\n"
        + "* * *\n\n"
        + "Д.Медведев: Уважаемый господин Президент! Дамы и господа! Мы провели обстоятельные переговоры.\n\n"
        + "Ц.Элбэгдорж (как переведено): Благодарю за гостеприимство.\n");
    // THEN the page records the statements: no one signs it
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aTranscriptOpeningThePage_hasNoSides() {
    // GIVEN a page that opens with a speaker's turn and tells of a joint statement in it
    Document doc = Parser.russian().parse("Н.Назарбаев: Уважаемые дамы и господа!\n"
        + "Сегодня мы с Президентом Кыргызстана провели переговоры и подписали совместное заявление о дальнейшем"
        + " углублении союзнических отношений между Казахстаном и Кыргызстаном.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aNewsPageOfASigning_withoutATranscript_keepsItsSides() {
    // GIVEN the same report of a signing, with a name and a colon only inside a sentence
    Document doc = Parser.russian().parse("Россия и Монголия подписали декларацию\n\n"
        + "По итогам переговоров Дмитрий Медведев и Президент Монголии Цахиагийн Элбэгдорж подписали совместную"
        + " декларацию о развитии стратегического партнерства. Как сказал Д.Медведев: «Это новый этап».\n");
    assertTrue(doc.signatories().containsAll(List.of("MN", "RU")), doc.signatories().toString());
  }
  @Test
  void aTextThatNamesItsSides_keepsThem_whateverTurnsFollow() {
    // GIVEN a joint statement that names its sides, then a speaker's turn printed below it
    Document doc = Parser.russian().parse("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n\n"
        + "Республика Армения и Республика Беларусь, далее именуемые Сторонами, заявляют о следующем:\n"
        + "1. Стороны будут расширять торговлю.\n\n"
        + "Н.Пашинян: Благодарю коллег за плодотворную работу.\n");
    assertEquals(List.of("AM", "BY"), sorted(doc.signatories()));
  }

  @Test
  void aNameAndAColonBeforeAWordOrTwo_isALabel_notATurn() {
    // GIVEN a statement whose title names its sides and, under it, names labelled with a word after a colon
    Document doc = Parser.russian().parse("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\nРеспублики Армения и Республики Беларусь\n\n"
        + "Стороны подтверждают намерение расширять торговлю и промышленную кооперацию.\n\n"
        + "Н.Пашинян: подпись\nА.Лукашенко: подпись\n");
    assertEquals(List.of("AM", "BY"), sorted(doc.signatories()));
  }
}
