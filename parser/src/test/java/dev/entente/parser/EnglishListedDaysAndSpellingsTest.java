package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English dates and names as multilateral and Asian publishers write them, on sentences written for
 * these tests: days listed with «and» before or after their month, a range's «to» between two days of
 * one month, a year-first date with slashes, and British spellings of organisations' names.
 */
final class EnglishListedDaysAndSpellingsTest {
  private static final LanguageData EN = LanguageData.of("en");
  private static final DateRecognizer DATES = new DateRecognizer(EN);
  private static final Parser PARSER = Parser.english();

  private static String resolve(String text) {
    Tokens tokens = EN.tokenizer.tokenize(EN.normalizer.normalize(text));
    List<DateRecognizer.Found> found = DATES.find(tokens, 0, tokens.size);
    assertEquals(1, found.size(), () -> "one date in «" + text + "»");
    EdtfDate date = found.get(0).resolve(2025, LocalDate.of(2025, 4, 27));
    return date == null ? null : date.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The ministers met on 9 and 10 March 2018 in Astana.|2018-03-09/2018-03-10",
      "The talks were held on 27, 28 and 29 July 1976.|1976-07-27/1976-07-29",
      "The forum took place on May 23 and 24, 2016 in Tashkent.|2016-05-23/2016-05-24",
      "The summit will be held from June 23 to 24, 2016.|2016-06-23/2016-06-24",
      "Issued on 2016/05/24|2016-05-24",
      "The envoys met on 3 March 2018.|2018-03-03",
  })
  void find_daysListedOrJoinedByARange(String text, String expected) {
    assertEquals(expected, resolve(text));
  }

  @Test
  void find_daysThatDoNotFollowEachOther_areNotOneRange() {
    Tokens tokens = EN.tokenizer.tokenize(EN.normalizer.normalize("The ministers met on 3 and 10 March 2018."));
    List<DateRecognizer.Found> found = DATES.find(tokens, 0, tokens.size);
    assertTrue(found.stream().noneMatch(f -> String.valueOf(f.resolve(2018, LocalDate.of(2018, 4, 1))).contains("/")),
        "«3 and 10 March» is no range");
  }

  @Test
  void aBritishSpelling_namesTheSameOrganisation() {
    Document doc = PARSER.parse("en-test", "Joint Statement of the Republic of Kazakhstan and Japan\n\nAstana, 14 May 2025\n\n"
        + "1. The Sides welcomed the Secretary-General of the Collective Security Treaty Organisation and the Food and"
        + " Agriculture Organisation.\n");
    List<String> parties = doc.parties().stream().map(Party::id).collect(Collectors.toList());
    assertTrue(parties.contains("CSTO") && parties.contains("FAO"), () -> "parties " + parties);
    assertTrue(doc.initiatives().isEmpty(), () -> "initiatives " + doc.initiatives());
  }
}
