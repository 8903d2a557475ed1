package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 3: participants by role, party and name shape, in the nominative, merged across mentions,
 * and never the person a thing is named after. Rows are {@code sentence | name | party | role},
 * with {@code -} for «none»; each sentence is the one numbered point of a small joint statement.
 */
final class PersonRecognizerTest {

  /** Every participant of {@code sentence}; fails if a mention is not the original text it spans. */
  static List<Participant> participantsIn(String... sentences) {
    Document doc = PartyFormsTest.parseClauses(sentences);
    for (Participant p : doc.participants()) {
      for (Mention m : p.mentions()) {
        assertEquals(doc.text().substring(m.start(), m.end()), m.text(),
            p.name() + " mention [" + m.start() + ", " + m.end() + ") text");
      }
    }
    return doc.participants();
  }

  private static String describe(List<Participant> participants) {
    return participants.stream()
        .map(p -> p.name() + "/" + p.party().orElse("-") + "/" + p.role().orElse("-") + "/" + p.mentions().size())
        .collect(Collectors.joining("; "));
  }

  private static Optional<String> orNone(String cell) {
    return cell.equals("-") ? Optional.empty() : Optional.of(cell);
  }

  private static void assertOne(String sentence, String name, String party, String role) {
    // GIVEN a statement whose one point names one person
    // WHEN it is parsed
    List<Participant> found = participantsIn(sentence);
    // THEN that person is the one participant, in the nominative, with party and role
    assertEquals(1, found.size(), "participants in «" + sentence + "»: " + describe(found));
    Participant p = found.get(0);
    assertEquals(name, p.name(), "name in «" + sentence + "»");
    assertEquals(orNone(party), p.party(), "party of " + name);
    if (!role.equals("*")) {
      assertEquals(orNone(role), p.role(), "role of " + name);
    }
  }

  // ---------------------------------------------------------------- role + party + name

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В переговорах участвовал министр иностранных дел Республики Узбекистан Бахтиёр Саидов.|Бахтиёр Саидов|UZ|министр иностранных дел",
      "В переговорах участвовал министр иностранных дел Кыргызской Республики Жээнбек Кулубаев.|Жээнбек Кулубаев|KG|министр иностранных дел",
      "В форуме участвовал президент Республики Таджикистан Эмомали Рахмон.|Эмомали Рахмон|TJ|президент",
      "Стороны поблагодарили министра иностранных дел Кыргызской Республики Жээнбека Кулубаева.|Жээнбек Кулубаев|KG|*",
  })
  void recognize_roleAndPartyAndName(String sentence, String name, String party, String role) {
    assertOne(sentence, name, party, role);
  }

  // ---------------------------------------------------------------- Chinese names

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В переговорах участвовал Премьер Государственного совета КНР Ли Цян.|Ли Цян|CN|*",
      "Председатель КНР Си Цзиньпин провел переговоры.|Си Цзиньпин|CN|*",
      "Стороны приветствуют визит Председателя КНР Си Цзиньпина.|Си Цзиньпин|CN|*",
      "В переговорах участвовал министр иностранных дел КНР Ван И.|Ван И|CN|министр иностранных дел",
      "Ли Цян выступил на форуме.|Ли Цян|-|-",
      "Стороны отметили вклад Ван И.|Ван И|-|-",
  })
  void recognize_chineseNames(String sentence, String name, String party, String role) {
    assertOne(sentence, name, party, role);
  }

  // ---------------------------------------------------------------- initials

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В форуме участвовал президент Республики Казахстан К.К.Токаев.|К.К.Токаев|KZ|президент",
      "Стороны приветствуют визит Президента Республики Узбекистан Ш.М.Мирзиёева.|Ш.М.Мирзиёев|UZ|*",
      "К.К.Токаев выступил на форуме.|К.К.Токаев|-|-",
  })
  void recognize_initials(String sentence, String name, String party, String role) {
    assertOne(sentence, name, party, role);
  }

  // ---------------------------------------------------------------- Central Asian names without a role

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Жээнбек Кулубаев выступил на форуме.|Жээнбек Кулубаев",
      "Эмомали Рахмон выступил на форуме.|Эмомали Рахмон",
      "Бахтиёр Саидов выступил на форуме.|Бахтиёр Саидов",
  })
  void recognize_centralAsianNamesWithoutRole(String sentence, String name) {
    assertOne(sentence, name, "-", "-");
  }

  // ---------------------------------------------------------------- merging

  @Test
  void recognize_twoMentionsOfOnePersonAreOneParticipant() {
    // GIVEN a head of state with role, then again in the accusative without
    List<Participant> found = participantsIn("Председатель КНР Си Цзиньпин провел переговоры.",
        "Стороны поблагодарили Си Цзиньпина за гостеприимство.");
    // WHEN it is parsed
    // THEN one participant has both mentions, in text order
    assertEquals(1, found.size(), describe(found));
    Participant xi = found.get(0);
    assertEquals("Си Цзиньпин", xi.name());
    assertEquals("CN", xi.party().orElseThrow(), "party of Xi");
    assertEquals(List.of("Си Цзиньпин", "Си Цзиньпина"),
        xi.mentions().stream().map(Mention::text).collect(Collectors.toList()), "mentions of Xi");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "На встрече выступил Эльчин Намик оглы Гулиев.|Эльчин Намик оглы Гулиев",
      "Документ подписала Лейла Ариф кызы Мамедова.|Лейла Ариф кызы Мамедова",
  })
  void recognize_turkicPatronymicWordBelongsToTheName(String sentence, String name) {
    // GIVEN a name whose patronymic is written with the word «оглы» or «кызы»
    // WHEN it is parsed
    List<Participant> found = participantsIn(sentence);
    // THEN the marker and the surname after it are the name's
    assertEquals(1, found.size(), describe(found));
    assertEquals(name, found.get(0).name(), "name in «" + sentence + "»");
  }

  @Test
  void recognize_twoMentionsWithRolesMergeAndKeepTheFirstParty() {
    List<Participant> found = participantsIn(
        "В переговорах участвовал министр иностранных дел Республики Узбекистан Бахтиёр Саидов.",
        "Бахтиёр Саидов выступил на форуме.");
    assertEquals(1, found.size(), describe(found));
    assertEquals("UZ", found.get(0).party().orElseThrow(), "party of Saidov");
    assertEquals(2, found.get(0).mentions().size(), "mentions of Saidov");
  }

  // ---------------------------------------------------------------- what is not a participant

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны отметили работу Фонда Гейдара Алиева.",
      "Стороны отметили работу Международного фонда Гейдара Алиева.",
      "Стороны приветствуют учреждение премии имени Абая.",
      "Стороны приветствуют учреждение премии имени Абая Кунанбаева.",
      "Делегация посетила Государственный университет имени П. М. Машерова.",
      "Соглашение подписали ректоры вузов; университет имени Н.И.Вавилова вошел в консорциум.",
      "Стороны посетили выставку \"Мастерская Лу Баня\".",
      "Стороны посетили выставку «Мастерская Лу Баня».",
      "Стороны провели встречу в Пекине и в Астане.",
  })
  void recognize_eponymsAndQuotedNamesAreNoParticipant(String sentence) {
    // GIVEN a person's name that names a thing
    // WHEN it is parsed
    List<Participant> found = participantsIn(sentence);
    // THEN nobody takes part
    assertTrue(found.isEmpty(), "participants in «" + sentence + "»: " + describe(found));
  }

  /**
   * A lone capitalised word after a role that no office holder bears as a surname is a portfolio
   * written with capitals or a word an OCR line break cut, not a person.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Министр Рыболовства и Мелиорации провел переговоры в Токио.",
      "Заявление подписал Пред седатель Совета Министров.",
      "Стороны провели встречу с Президентом Сое диненных Штатов Америки.",
  })
  void recognize_loneWordUnknownToTheDirectoryIsNoParticipant(String sentence) {
    List<Participant> found = participantsIn(sentence);
    assertTrue(found.isEmpty(), "participants in «" + sentence + "»: " + describe(found));
  }

  /** A lone surname the directory of office holders knows stays a participant. */
  @Test
  void recognize_loneKnownSurnameIsAParticipant() {
    List<Participant> found = participantsIn("Президент Российской Федерации Путин провел переговоры в Кремле.");
    assertEquals(1, found.size(), describe(found));
    assertEquals("Путин", found.get(0).name());
  }

  /** Every minister's deputy is a role, as the minister is: the role runs on to the party and the name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В работе комиссии участвовал заместитель министра энергетики Республики Казахстан Ерлан Сагинов.|Ерлан Сагинов|KZ|заместитель министра энергетики",
      "Протокол подписал первый заместитель министра финансов Кыргызской Республики А.Б.Бекмуратов.|А.Б.Бекмуратов|KG|первый заместитель министра финансов",
      "Делегацию возглавлял заместитель министра сельского хозяйства Монголии Батбаяр Ганзориг.|Батбаяр Ганзориг|MN|заместитель министра сельского хозяйства",
  })
  void recognize_deputyOfAnyMinisterIsARole(String sentence, String name, String party, String role) {
    assertOne(sentence, name, party, role);
  }

  /** A name's last word goes on after a hyphen in a short lower-case part: the part is the name's. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны провели встречу с Премьер-министром Азербайджанской Республики Артуром Раси-заде.|Артур Раси-заде|AZ",
      "Во встрече принял участие Председатель КНДР Ким Ир-сен.|Ким Ир-сен|KP",
  })
  void recognize_hyphenatedLowerCaseTailIsTheNames(String sentence, String name, String party) {
    assertOne(sentence, name, party, "*");
  }

  // ---------------------------------------------------------------- bugs

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны провели встречу с Председателем КНР Си Цзиньпином.|Си Цзиньпин|CN",
      "Стороны провели встречу с Президентом Республики Узбекистан Ш.М.Мирзиёевым.|Ш.М.Мирзиёев|UZ",
      "Стороны провели встречу с Президентом Республики Таджикистан Эмомали Рахмоном.|Эмомали Рахмон|TJ",
  })
  void recognize_instrumentalRoleGivesNominativeName(String sentence, String name, String party) {
    assertOne(sentence, name, party, "*");
  }

  /** An Arabic given name in «-а» declines in the middle of an oblique name («Иссы» → «Исса»). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "По приглашению министра иностранных дел Сомали Ахмеда Иссы Авада стороны провели переговоры.|Ахмед Исса Авад",
      "Стороны провели встречу с премьер-министром Иордании Мухаммедом Хамзой Аммаром.|Мухаммед Хамза Аммар",
  })
  void recognize_obliqueArabicGivenNameInA(String sentence, String name) {
    assertEquals(name, participantsIn(sentence).get(0).name(), "in «" + sentence + "»");
  }

  @Test
  void recognize_hyphenatedObliqueRoleGivesNominativeName() {
    assertOne("Стороны поблагодарили Премьер-министра Республики Казахстан Олжаса Бектенова.",
        "Олжас Бектенов", "KZ", "*");
  }

  /**
   * After a role in the genitive a name's «-у»/«-ю» is no case ending (the genitive gives «-а»/«-я»):
   * the surname is kept as written; after a role in the dative it is one.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны заслушали выступление Посла Японии Хироко Татецу.|Хироко Татецу",
      "Стороны отметили вклад министра иностранных дел Японии Кэнсукэ Мацу.|Кэнсукэ Мацу",
      "Стороны направили послание Генеральному секретарю ООН Антониу Гутерришу.|Антониу Гутерриш",
  })
  void recognize_surnameEndingOutOfTheRolesCaseIsKept(String sentence, String name) {
    assertEquals(name, participantsIn(sentence).get(0).name(), "in «" + sentence + "»");
  }

  @Test
  void recognize_portfolioEndingInARegionNamesNoOneInIt() {
    // GIVEN a portfolio whose topic is a region named before the person
    List<Participant> found = participantsIn(
        "Делегацию возглавлял заместитель министра по вопросам Африки и Азии Пётр Сергеевич Орлов.");
    // THEN the region is no participant
    assertTrue(found.stream().noneMatch(p -> p.name().startsWith("Африк")), describe(found));
  }

  /** A role's portfolio in lower case after «по» stands between the role and the name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны заслушали доклад Специального посланника по вопросам климата Хироко Татецу.|Хироко Татецу|специальный посланник",
      "Во встрече участвовал уполномоченный по правам человека Анна Петровна Сидорова.|Анна Петровна Сидорова|*",
      "Стороны провели встречу с Министром по делам молодежи Республики Казахстан Нурланом Абеновым.|Нурлан Абенов|*",
  })
  void recognize_lowerCasePortfolioBeforeName(String sentence, String name, String role) {
    // GIVEN a role, its portfolio after «по» and a name; WHEN parsed; THEN the name is the one participant
    List<Participant> found = participantsIn(sentence);
    assertEquals(1, found.size(), describe(found));
    assertEquals(name, found.get(0).name(), "in «" + sentence + "»");
  }

  /** A second field joined by «и» in lower case runs the role on to its party. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "На встрече выступил министр энергетики и водных ресурсов Республики Таджикистан Д.Д.Джураев.|Д.Д.Джураев|TJ",
      "Документ подписал министр сельского хозяйства и продовольствия Кыргызской Республики Азамат Бекович Асанов.|Азамат Бекович Асанов|KG",
      "Стороны заслушали министра культуры и информации Республики Казахстан Ерлана Кожабекова.|Ерлан Кожабеков|KZ",
  })
  void recognize_fieldJoinedByAndRunsOnToTheParty(String sentence, String name, String party) {
    assertOne(sentence, name, party, "*");
  }

  /** Without a party right after the joined words, they are not taken into the role. */
  @Test
  void recognize_fieldJoinedByAndNeedsThePartyAfterIt() {
    // GIVEN a role joined by «и» to words that a party does not follow
    List<Participant> found = participantsIn("Министр культуры и глава делегации Республики Казахстан провели беседу.");
    // THEN no one is named
    assertTrue(found.isEmpty(), describe(found));
  }

  @Test
  void recognize_hyphenatedGivenNameKeepsItsHyphen() {
    assertOne("В форуме участвовал президент Республики Казахстан Касым-Жомарт Токаев.",
        "Касым-Жомарт Токаев", "KZ", "президент");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны приветствуют визит Председателя КНР Си Цзиньпина.|председатель",
      "Стороны поблагодарили министра иностранных дел Кыргызской Республики Жээнбека Кулубаева.|министр иностранных дел",
      "Стороны провели встречу с Президентом Республики Таджикистан Эмомали Рахмоном.|президент",
  })
  void recognize_roleIsNominative(String sentence, String role) {
    List<Participant> found = participantsIn(sentence);
    assertEquals(1, found.size(), describe(found));
    assertEquals(role, found.get(0).role().orElseThrow(), "role in «" + sentence + "»");
  }

  /**
   * Issue 20: without a role, the case of a name shows in its given name («Бахтиёра» is «Бахтиёр»
   * in the genitive), in a surname no reading of which is nominative («Медведевым»), or in the
   * dictionary's readings of all its words; the rules put the words the dictionary lacks in the
   * nominative («Цзэминем» → «Цзэминь»).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны поблагодарили Бахтиёра Саидова за гостеприимство.|Бахтиёр Саидов",
      "Стороны провели встречу с Жээнбеком Кулубаевым.|Жээнбек Кулубаев",
      "Стороны провели встречу с Владимиром Путиным.|Владимир Путин",
      "Стороны провели встречу с Председателем Китайской Народной Республики Цзян Цзэминем.|Цзян Цзэминь",
  })
  void recognize_obliqueNameWithoutRoleGivesNominative(String sentence, String name) {
    assertEquals(name, participantsIn(sentence).get(0).name(), "in «" + sentence + "»");
  }

  @Test
  @Disabled("limit: «К.К.Токаева» after a verb may be a man's surname in the genitive or a woman's in the"
      + " nominative; without a given name or a role nothing tells which")
  void recognize_initialsAndAmbiguousSurnameWithoutRole_givesNominative() {
    assertOne("Стороны приветствовали К.К.Токаева.", "К.К.Токаев", "-", "-");
  }

  @Test
  void recognize_namesSharingAPrefixAreTwoParticipants() {
    // GIVEN two people whose names share «Александр Лукаш»
    List<Participant> found = participantsIn("Президент Республики Беларусь Александр Лукашенко и посол"
        + " Российской Федерации Александр Лукашевич провели встречу.");
    // WHEN it is parsed
    // THEN they are two participants, each with their party
    assertEquals("Александр Лукашенко/BY/президент/1; Александр Лукашевич/RU/посол/1", describe(found));
  }

  @Test
  @Disabled("gap: initials and the full name of one person («К.К.Токаев», «Касым-Жомарт Токаев») are not merged")
  void recognize_initialsAndFullNameAreOneParticipant() {
    List<Participant> found = participantsIn("В форуме участвовал президент Республики Казахстан К.К.Токаев.",
        "Касым-Жомарт Токаев выступил на форуме.");
    assertEquals(1, found.size(), describe(found));
  }

  // ---------------------------------------------------------------- no one's name after a role

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a format's name in quotes after a role in the plural
      "Стороны провели встречу министров иностранных дел «Центральная Азия – Республика Корея» в Сеуле.",
      "Стороны провели пятую встречу министров иностранных дел «Китай-Центральная Азия» в Сиане.",
      // the noun of the office, not its holder, before a capitalised word
      "В период председательства Кореи стороны провели три встречи экспертов.",
      "Стороны отметили итоги президентства Бразилии в группе.",
  })
  void recognize_noOneAfterARoleWhenTheWordsAreAFormatOrTheOffice(String sentence) {
    // GIVEN a role or the noun of an office before capitalised words that are no one's name
    // WHEN the statement is parsed
    List<Participant> found = participantsIn(sentence);
    // THEN no participant comes of it
    assertEquals("", describe(found), "participants in «" + sentence + "»");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В заседании участвовал Заместитель Председателя Кабинета Министров, министр иностранных дел Туркменистана Довлет Аманов.|Довлет Аманов|TM",
      "Стороны поблагодарили заместителя председателя Кабинета министров Республики Узбекистан Алишера Рахимова.|Алишер Рахимов|UZ",
  })
  void recognize_deputyChairOfTheCabinetOfMinistersIsARole(String sentence, String name, String party) {
    assertOne(sentence, name, party, "*");
  }

  @Test
  void recognize_shortFathersNameAfterParticleGivesNominative() {
    // GIVEN a king named in the genitive, his father's name of three letters after «бин»
    List<Participant> found = participantsIn("По приглашению короля Салмана бин Исы Аль Хамади, короля Королевства Бахрейн,"
        + " стороны провели сессию.");
    // WHEN it is parsed
    // THEN the whole name is in the nominative, the father's name too
    assertEquals("Салман бин Иса Аль Хамади/BH/король/1", describe(found));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны провели встречу с председателем Сената Олий Мажлиса Республики Узбекистан Тимуром Рахимовым.|Тимур Рахимов|UZ",
      "В переговорах участвовал Председатель Законодательной палаты Олий Мажлиса Республики Узбекистан Бахром Юсупов.|Бахром Юсупов|UZ",
  })
  void recognize_chairOfAChamberOfTheOliyMajlisIsARole(String sentence, String name, String party) {
    // GIVEN the chair of a chamber of Uzbekistan's parliament, the parliament named after the chamber
    // WHEN it is parsed
    // THEN the parliament's name is part of the role and the one participant is the person after it
    assertOne(sentence, name, party, "*");
  }

  @Test
  void recognize_parliamentsNameAfterAChamberIsNoName() {
    // GIVEN the chair of a chamber, the parliament's name after the chamber and a gloss between slashes
    List<Participant> found = participantsIn("Стороны провели встречу с председателем Сената Олий Мажлиса"
        + " /парламента/ Республики Узбекистан Т. Р. Рахимовым.");
    // WHEN it is parsed
    // THEN the parliament's name is no participant; the person is the one participant
    assertEquals(1, found.size(), describe(found));
    assertEquals("Т.Р.Рахимов", found.get(0).name(), describe(found));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В беседе участвовал Г. Д. Кравцов — министр обороны Республики Беларусь.|Г.Д.Кравцов|BY",
      "С португальской делегацией беседовал Л. М. Зотов — Председатель Совета Министров СССР.|Л.М.Зотов|SU",
  })
  void recognize_roleAfterASpacedDashGivesTheParty(String sentence, String name, String party) {
    // GIVEN a name, a spaced dash, then a role and the party it serves, as a list of those present gives them
    // WHEN it is parsed
    // THEN the person serves the party of that role
    assertOne(sentence, name, party, "*");
  }

  @Test
  void recognize_partyOfTheSecondRoleAfterAName() {
    // GIVEN a name, a first role that names no state, then after a comma a second role with its state
    List<Participant> found = participantsIn("В переговорах участвовал Чжан Минхуа, член Политбюро ЦК КПК,"
        + " министр обороны Китайской Народной Республики.");
    // WHEN it is parsed
    // THEN the person serves the state of the second role
    assertEquals(1, found.size(), describe(found));
    assertEquals(Optional.of("CN"), found.get(0).party(), describe(found));
  }
}
