package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who adopts a text and whom its people serve, in the house styles of older Russian texts and of
 * English ones: a subject whose verb comes after a list of gerunds, a heading that names the
 * authors under a title that is a kind alone, the speakers of parliaments named beside the heads
 * of state, a body between a role and its state, an abbreviation written as listed. Every text is
 * written for these tests.
 */
final class SidesAndPartiesTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }

  private static String parties(Document doc) {
    return doc.participants().stream().map(p -> p.name() + "=" + p.party().orElse("-"))
        .collect(Collectors.joining(", "));
  }

  @Test
  void anAbbreviationWrittenAsListed_isTheOrganisation_notTheIslandOfTheSameName() {
    // GIVEN «ГУАМ» in capitals, as the organisation writes itself, and «Гуам», the island
    Document doc = RUSSIAN.parse("Совместное заявление\n\nМы, главы правительств государств — членов ГУАМ,"
        + " заявляем о следующем:\n\n1. Стороны отметили ураган на острове Гуам.\n");
    // THEN the capitals are the organisation, which adopts the text; the island is named too
    assertEquals(List.of("GUAM"), doc.signatories());
    assertTrue(doc.party("GU").isPresent(), "the island «Гуам»");
  }

  @Test
  void aSubjectWhoseVerbFollowsTheGerunds_namesTheSides() {
    // GIVEN heads of states whose subject ends in a comma, the verb after a list of gerunds
    Document doc = RUSSIAN.parse("ДЕКЛАРАЦИЯ\n\nГлавы государств — членов Шанхайской организации сотрудничества –"
        + " Республики Казахстан, Кыргызской Республики и Российской Федерации,\n"
        + "- подчеркивая значение взаимного доверия,\n- исходя из общих интересов,\nзаявляют о следующем:\n\n"
        + "1. Стороны развивают торговлю.\n");
    // THEN the organisation and the states it names are the sides
    assertEquals(List.of("KG", "KZ", "RU", "SCO"), sorted(doc.signatories()));
  }

  @Test
  void theHeadingUnderAKindAlone_namesTheAuthors_anEnvoysStateAmongThem() {
    // GIVEN a title that is a kind of document alone, a heading line naming the authors, and a subject naming none
    Document doc = RUSSIAN.parse("ЗАЯВЛЕНИЕ\nГЛАВ ГОСУДАРСТВ РЕСПУБЛИКИ АРМЕНИЯ, РЕСПУБЛИКИ БЕЛАРУСЬ И ОСОБОГО"
        + " ПРЕДСТАВИТЕЛЯ ПРЕЗИДЕНТА РЕСПУБЛИКИ МОЛДОВА\n(Минск, 3 мая 2001 года)\nМы, участники Минской встречи,"
        + " выражаем обеспокоенность ростом преступности.\n");
    // THEN the states of the heading are the sides
    assertEquals(List.of("AM", "BY", "MD"), sorted(doc.signatories()));
  }

  @Test
  void aSpeakerNamedBesideTheHeadsOfState_speaksForHisState_throughTheBodyHeChairs() {
    // GIVEN two presidents and the speaker of a parliament, each with the body and state he serves, who meet
    Document doc = RUSSIAN.parse("Декларация глав государств\n\nПрезидент Республики Армения Иван Петров,"
        + " Президент Республики Беларусь Петр Сидоров и Председатель Сейма Литовской Республики Андрюс"
        + " Каминскас провели 3 мая 2001 года в городе Минске встречу.\n\n1. Стороны развивают торговлю.\n");
    // THEN the speaker serves his state, and his state is a side too
    assertEquals(List.of("AM", "BY", "LT"), sorted(doc.signatories()));
    assertEquals("Иван Петров=AM, Петр Сидоров=BY, Андрюс Каминскас=LT", parties(doc));
  }

  @Test
  void aBodyBetweenTheNameAndTheState_givesTheState() {
    // GIVEN officials named before the body they serve and its state
    Document doc = ENGLISH.parse("Joint Statement of Kenya and Fiji\n\n1. Vice Premier Wang Lei of the State"
        + " Council of the People's Republic of China and President Anne Dubois of the Government of New"
        + " Caledonia attended the meeting.\n");
    // THEN each serves that state
    assertEquals("Wang Lei=CN, Anne Dubois=NC", parties(doc));
  }

  @Test
  void aNameFollowedByItsState_isNoBody() {
    // GIVEN a signature block whose lines run together, each name followed by «of» and its state
    Document doc = ENGLISH.parse("Declaration on Ocean Partnership\n\n1. We will protect the ocean.\n\n"
        + "Prime Minister Anna Lund of Tonga  \nPrime Minister Josefa Vakalau Tuilagi of the Republic of Fiji  \n");
    // THEN the three words are the name, and the state its party
    assertEquals("Anna Lund=TO, Josefa Vakalau Tuilagi=FJ", parties(doc));
    assertTrue(doc.parties().stream().map(Party::id).anyMatch("FJ"::equals));
  }
}
