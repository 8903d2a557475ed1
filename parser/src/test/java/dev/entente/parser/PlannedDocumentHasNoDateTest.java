package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A page that announces a document to come («подпишут декларацию», «будет подписано», "will sign") gives it no day:
 * not the page's stamp, nor the dateline's, nor a day of an older document it recalls. A page that reports the
 * document made keeps its day. Texts written for these tests.
 */
final class PlannedDocumentHasNoDateTest {
  @Test
  void aPageStampOverAFutureSigning_isNoDate() {
    Document doc = Parser.russian().parse("stamp", "Новости региона\n"
        + "14:05 03.03.2019\n\n"
        + "Соглашение о торговом сотрудничестве между Арменией и Грузией будет подписано весной\n\n"
        + "Министры экономики двух стран завершили согласование текста, сообщил источник в правительстве.\n");
    assertNull(doc.date().orElse(null), "the page's stamp is not the day of an agreement still to be signed");
  }

  @Test
  void anAgencyDatelineOverLeadersWhoWillSign_isNoDate() {
    Document doc = Parser.russian().parse("dateline", "Президенты Монголии и Казахстана подпишут совместную декларацию\n\n"
        + "АСТАНА, 5 мая. /ТАСС/. Президенты Монголии и Казахстана в пятницу подпишут совместную декларацию о "
        + "партнерстве, сообщили в администрации президента.\n");
    assertNull(doc.date().orElse(null), "the agency's day is not the day of a declaration still to be signed");
  }

  @Test
  void anOlderTreatyRecalledOnAPageOfAPlannedOne_isNoDate() {
    Document doc = Parser.russian().parse("recalled", "Лидеры Армении и Грузии подпишут новый договор\n\n"
        + "Москва и Тбилиси подпишут договор о переходе отношений двух стран на уровень стратегического партнерства, "
        + "написал глава Армении в статье для газеты. Он посетит Грузию 14-15 марта и встретится с президентом Грузии, "
        + "чтобы обсудить торговлю, энергетику, транспорт, образование и культурные связи двух соседних стран.\n\n"
        + "Глава Армении напомнил, что в 1993 году стороны подписали первый договор о дружбе.\n");
    assertNull(doc.date().orElse(null), "neither the old treaty's year nor the visit's days date the planned one");
  }

  @Test
  void anEnglishPageOfLeadersWhoWillSign_isNoDate() {
    Document doc = Parser.english().parse("will", "Leaders of Chile and Peru will sign a joint declaration\n\n"
        + "Posted: 12 June 2018\n\n"
        + "The presidents of Chile and Peru will sign a joint declaration on border trade during the visit next week, "
        + "officials said.\n");
    assertNull(doc.date().orElse(null), "the posting day is not the day of a declaration still to be signed");
  }

  @Test
  void aPageThatReportsTheSigning_keepsItsDay() {
    Document doc = Parser.russian().parse("made", "Армения и Грузия подписали соглашение о торговле\n\n"
        + "ЕРЕВАН, 5 мая 2019. Министры экономики Армении и Грузии 5 мая 2019 года в Ереване подписали соглашение "
        + "о торговле. Следующий протокол стороны подпишут осенью.\n");
    assertEquals("2019-05-05", doc.date().map(Object::toString).orElse(null));
  }
}
