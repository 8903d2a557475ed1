package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * People whose names a text spells with a slip, writes in unusual shapes, or gives with forms of
 * address and titles of other traditions. Every text is written for these tests.
 */
final class PeopleSlipsAndShapesTest {

  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void aSurnameOneLetterOff_underTheSameGivenName_isTheSamePerson() {
    // GIVEN a president named in full, then again with a letter too many in his surname
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n"
        + "Встреча глав государств прошла в Ташкенте по приглашению Шавката Мирзиёева, Президента"
        + " Республики Узбекистан. На встрече под председательством Шавката Мирзиёевап обсуждались"
        + " вопросы торговли и транспорта между странами региона.\n");
    // THEN he is one participant, under the name the text gives most
    assertEquals(List.of("Шавкат Мирзиёев"), names(doc), People.listed(doc));
  }

  @Test
  void aSurnameOneLetterOff_underAnotherGivenName_isAnotherPerson() {
    // GIVEN two people whose surnames differ by a letter and whose given names differ
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The talks were held between President Maria Kowalska of Poland and Minister Anna Kowalski of the"
        + " Czech Republic in Warsaw on 3 May 2019, and they agreed on the following.\n");
    // THEN they stay two participants
    assertEquals(2, doc.participants().size(), People.listed(doc));
  }

  @Test
  void aNameRunIntoTheNextWord_isNoName() {
    // GIVEN a site's headline that runs a name into the title repeated after it
    Document doc = Parser.russian().parse("ru-test", "Заявление Президента Республики Узбекистан Ш.Мирзиёева"
        + " и Президента Чешской Республики П.ПавелаЗаявление Президента Республики Узбекистан\n\n"
        + "Президент Республики Узбекистан Ш.Мирзиёев и Президент Чешской Республики П.Павел провели переговоры"
        + " в Ташкенте и обсудили вопросы торговли между странами.\n");
    // THEN the glued word names no one
    assertEquals(List.of(), names(doc).stream().filter(n -> n.contains("Заявление")).collect(Collectors.toList()),
        People.listed(doc));
  }

  @Test
  void aCapitalAfterAShortPrefix_staysInTheName() {
    // GIVEN names with a capital after one to three letters
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The Secretary of State of the United States, Mr. Ronald MacArthur, met the Minister of Foreign Affairs"
        + " of Ireland, Ms. Siobhan McDonald, in Dublin on 3 May 2019 and they discussed trade.\n");
    // THEN both names are whole
    assertEquals(List.of("Ronald MacArthur", "Siobhan McDonald"), names(doc), People.listed(doc));
  }

  @Test
  void aSurnameACityBears_afterAKnownGivenName_isTheSurname() {
    // GIVEN a president whose surname is also a city's name
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The Prime Minister of Australia and His Excellency President Robert Lagos Herrera of Chile met in"
        + " Canberra on 3 May 2019 and they reaffirmed the strength of the relationship between the two countries.\n");
    // THEN he is named in full
    assertEquals(List.of("Robert Lagos Herrera"), names(doc), People.listed(doc));
  }

  @Test
  void aCityAfterAStop_endsTheName() {
    // GIVEN a signature whose name a stop separates from a city
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The Ministers agreed to meet again in the coming year and to review the progress of the joint work"
        + " programme. Signed for the Government of Chile by Minister Robert Medina. Lagos, 3 May 2019.\n");
    // THEN the city is no part of his name
    assertEquals(List.of("Robert Medina"), names(doc), People.listed(doc));
  }

  @Test
  void aSurnameAloneInCapitals_afterAFormOfAddress_isAName() {
    // GIVEN a title in capitals that names two leaders by a form of address and the surname
    Document doc = Parser.english().parse("en-test", "JOINT STATEMENT BY THE PRIME MINISTER, MR KEATING, AND THE"
        + " PRESIDENT OF THE REPUBLIC OF CHILE, DR AYLWIN\n\n"
        + "The two leaders held talks in Canberra on 3 May 1993 and agreed that the relationship between the two"
        + " countries should grow.\n");
    // THEN both are participants, their names in title case
    assertEquals(List.of("Keating", "Aylwin"), names(doc), People.listed(doc));
  }

  @Test
  void givenNamesOfLatinAmericanOfficials_openNamesWithoutATitle() {
    // GIVEN officials listed by name and then their posts, their given names Spanish
    Document doc = Parser.english().parse("en-test", "Joint Communique\n\n"
        + "The Government of Mexico was represented by Esteban Morales Vega, Ambassador to the United States, and"
        + " by Roberto Salinas Ortega, Director General for North America, at the talks held in Washington.\n");
    // THEN both are participants
    assertEquals(List.of("Esteban Morales Vega", "Roberto Salinas Ortega"), names(doc), People.listed(doc));
  }

  @Test
  void givenNamesAsRussianTextsTranscribeThem_openNamesWithoutATitle() {
    // GIVEN a Russian text that names foreign officials without their posts
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n"
        + "В переговорах, которые прошли в Москве, приняли участие Рикардо Фуэнтес и Дэйвид Морроу, а также"
        + " представители министерств иностранных дел обеих стран.\n");
    // THEN both are participants
    assertEquals(List.of("Рикардо Фуэнтес", "Дэйвид Морроу"), names(doc), People.listed(doc));
  }

  @Test
  void theWordsAfterAParticle_belongToTheName_andNameNoOneElse() {
    // GIVEN a prime minister whose name runs on after «bin» over his father's titles and names
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The Ministers thanked His Excellency Prime Minister Dato' Sri Mohd Azlan bin Tun Haji Abdul Karim for"
        + " his support to the peace process and for the hospitality of the Government of Malaysia.\n");
    // THEN he is one participant with his whole name, and his father's names name no one
    assertEquals(List.of("Mohd Azlan bin Tun Haji Abdul Karim"), names(doc), People.listed(doc));
  }

  @Test
  void aNameAfterAParticle_stopsBeforeAnotherParticle() {
    // GIVEN a name with two particles, the second joined by a hyphen
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The Secretary General of the Council, Dr. Abdulrahman bin Khalid Al-Mazrouei, took part in the meeting"
        + " of the ministers and the ministers welcomed his report.\n");
    // THEN the name runs on over both
    assertEquals(List.of("Abdulrahman bin Khalid Al-Mazrouei"), names(doc), People.listed(doc));
  }

  @Test
  void anOfficeHoldersSurnameInThePossessive_namesHim() {
    // GIVEN a statement that names a head of state by his surname alone, in the possessive
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\nBrussels, 12 March 2022\n\n"
        + "The Ministers condemned Lukashenko's support from Belarus for the aggression against Ukraine and they agreed"
        + " on further measures, while Hartley's report on the matter was welcomed.\n");
    // THEN the directory's office holder takes part; a surname it does not know names no one
    assertEquals(List.of("Lukashenko/BY"), doc.participants().stream()
        .map(p -> p.name() + "/" + p.party().orElse("-")).collect(Collectors.toList()), People.listed(doc));
  }
}
