package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The political parties of organizations.tsv (session 32): Russia's parliamentary parties, the
 * ruling and main parties of the CIS states and of the states United Russia and the CPSU dealt with,
 * and the party forums, found by their full names, short forms and abbreviations in sentences
 * written for this test; a party name that is also a phrase of the language («Новые люди», «Яблоко»,
 * «процветающая Армения») counts only quoted after «партия» or capitalised as a name.
 */
final class PoliticalPartiesDataTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  private static Set<String> organisationIds(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() != PartyKind.STATE).map(Party::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Делегация ЕР провела консультации с коллегами.|UR
      Делегация партии «Единая Россия» провела консультации с коллегами.|UR
      Представители КПРФ и ЛДПР приняли участие во встрече.|KPRF,LDPR
      Представители партии «Справедливая Россия — За правду» приняли участие во встрече.|JUST_RUSSIA
      Представители партии «Новые люди» приняли участие во встрече.|NEW_PEOPLE
      Стороны отметили связи с Партией регионов Украины.|PARTY_OF_REGIONS
      Стороны отметили связи с Коммунистической партией Украины.|CPU
      Стороны отметили связи с Партией коммунистов Республики Молдова.|PCRM
      Делегация казахстанской партии «Отан» прибыла в Москву.|AMANAT
      Делегация партии «Нур Отан» прибыла в Москву.|AMANAT
      Стороны отметили связи с Социал-демократической партией Кыргызстана.|SDPK
      Стороны отметили связи с партией «Процветающая Армения».|PROSPEROUS_ARMENIA
      Стороны отметили связи с партией «Единая Абхазия» и партией «Единая Осетия».|UNITED_ABKHAZIA,UNITED_OSSETIA
      Стороны отметили связи с Демократической партией Монголии и Монгольской народной партией.|DP_MN,MPP
      Делегация Коммунистической партии Вьетнама прибыла с визитом.|CPV
      Стороны приняли участие в Генеральной ассамблее Международной конференции азиатских политических партий.|ICAPP
      Стороны приняли участие в заседании Постоянного комитета МКАПП.|ICAPP
      Стороны приветствовали сотрудничество Международной конференции политических партий Азии с Советом африканских политических партий.|CAPP,ICAPP
      Стороны отметили опыт партии «Яблоко» и партии «Родина».|RODINA,YABLOKO
      Стороны вспомнили решения ЦК ВКП(б).|CPSU
      """)
  void russian_partyIsFound(String sentence, String ids) {
    // GIVEN a sentence naming parties as one point of a statement
    // WHEN it is parsed
    Document doc = RUSSIAN.parse("Совместное заявление\n1. " + sentence + "\n");
    // THEN the parties are its organisations
    assertEquals(new TreeSet<>(Set.of(ids.split(","))), organisationIds(doc), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны выступают за сильную и процветающую Армению.
      Новые люди пришли в науку, и стороны приветствуют их.
      Стороны обсудили урожай: яблоко и виноград стали основой экспорта.
      Стороны выступают за единую Осетию и за справедливую Россию.
      Стороны выразили любовь к родине и отечеству.
      """)
  void russian_phraseOfTheLanguage_isNoParty(String sentence) {
    // GIVEN a sentence using a party's name as ordinary words
    // WHEN it is parsed
    Document doc = RUSSIAN.parse("Совместное заявление\n1. " + sentence + "\n");
    // THEN no party is found
    assertEquals(Set.of(), organisationIds(doc), sentence);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      The delegation of the Party of Regions of Ukraine held talks.|PARTY_OF_REGIONS
      The sides took part in the General Assembly of the International Conference of Asian Political Parties.|ICAPP
      A delegation of the Otan Party arrived in Moscow.|AMANAT
      The sides recalled the decisions of the All-Union Communist Party (Bolsheviks).|CPSU
      """)
  void english_partyIsFound(String sentence, String ids) {
    // GIVEN an English sentence naming a party as one point of a statement
    // WHEN it is parsed
    Document doc = ENGLISH.parse("Joint Statement\n1. " + sentence + "\n");
    // THEN the party is its organisation
    assertEquals(new TreeSet<>(Set.of(ids.split(","))), organisationIds(doc), sentence);
  }
}
