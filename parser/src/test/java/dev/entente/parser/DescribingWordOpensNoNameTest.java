package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word that only describes an occasion — a pronoun in any of its forms («своего», «нашему», «каждой») or a word
 * praising talks («результативные», «плодотворных», «обстоятельные») — opens no event's name, as "their", "fruitful"
 * and "productive" open none in English.
 */
final class DescribingWordOpensNoNameTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Министр прибыл в Ашхабад в ходе своего первого зарубежного турне и провел результативные переговоры с коллегой. | результативн
      Президенты провели обстоятельные переговоры по всему кругу вопросов двусторонней повестки. | обстоятельн
      Главы делегаций отметили итоги плодотворных консультаций по вопросам региональной безопасности. | плодотворн
      Стороны высоко оценили итоги своего визита в Ташкент и договорились продолжить контакты. | сво
      Стороны отметили значение содержательной встречи глав правительств в Минске. | содержательн
      """)
  void describingWordIsNoPartOfTheName(String sentence, String word) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    for (Event e : doc.events()) {
      assertFalse(e.name().toLowerCase(Locale.ROOT).startsWith(word), "a describing word opened an event's name: " + dump(doc));
    }
  }
}
