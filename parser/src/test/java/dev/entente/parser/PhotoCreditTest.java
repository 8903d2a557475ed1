package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A photographer's credit under a news page's headline («Имя Фамилия/Агентство») and a reporter's
 * byline in an agency's dateline («City, May 2 / Agency Name Surname /») name no one the document
 * speaks of; a name beside a slash elsewhere on another line still counts. Pages written for these
 * tests in the house styles of news sites.
 */
final class PhotoCreditTest {

  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void aRussianPage_creditUnderTheHeadline_isNoParticipant() {
    // GIVEN a site's headline, a photo credit joined to an agency by a slash, and points that name two presidents
    Document doc = Parser.russian().parse("ru-test", "Армения и Грузия договорились о сотрудничестве в сфере транспорта\n\n"
        + "Андрей Петров/Агентство Новости\n\n"
        + "Стороны:\n\n1. Развивают транспортное сообщение между Ереваном и Тбилиси.\n\n"
        + "2. Президент Республики Армения Ваагн Хачатурян пригласил Президента Грузии Михаила Кавелашвили посетить Ереван.\n");
    // THEN the two presidents take part, and the photographer does not
    assertEquals(List.of("Ваагн Хачатурян", "Михаил Кавелашвили"), names(doc));
  }

  @Test
  void aRussianPage_creditWithSpacesAroundTheSlash_isNoParticipant() {
    Document doc = Parser.russian().parse("ru-test", "Казахстан и Кыргызстан договорились о совместных проектах\n\n"
        + "Иван Сидоров / Пресс-служба\n\n"
        + "Стороны:\n\n1. Президент Республики Казахстан Касым-Жомарт Токаев и Президент Кыргызской Республики"
        + " Садыр Жапаров провели переговоры.\n");
    assertEquals(List.of("Касым-Жомарт Токаев", "Садыр Жапаров"), names(doc));
  }

  @Test
  void aRussianText_nameBesideASlashOnAnotherLine_stillCounts() {
    // GIVEN a point whose line holds a slash that no name touches
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n"
        + "1. Стороны отметили визит в Ташкент Председателя Сената Олий Мажлиса /парламента/ Республики Узбекистан"
        + " Танзилы Нарбаевой.\n");
    // THEN the chairwoman still takes part
    assertEquals(List.of("Танзила Нарбаева"), names(doc));
  }

  @Test
  void anEnglishDateline_reportersByline_isNoParticipant() {
    // GIVEN an agency's dateline ending in a reporter's byline between slashes
    Document doc = Parser.english().parse("en-test", "Joint Statement of Azerbaijan and Georgia\n\n"
        + "Baku, May 2 / Trend Anna Smith /\n\n"
        + "1. President Ilham Aliyev of the Republic of Azerbaijan welcomed Prime Minister Irakli Kobakhidze"
        + " of Georgia.\n");
    // THEN only the leaders take part
    assertEquals(List.of("Ilham Aliyev", "Irakli Kobakhidze"), names(doc));
  }
}
