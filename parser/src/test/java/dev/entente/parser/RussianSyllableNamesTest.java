package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Korean, Vietnamese and Singaporean names in Russian: the surname first, then a given name of
 * syllables written apart, taken whole after a title («Кан Гён Хва», «Ли Сянь Лун»); a syllable that
 * only the stem of a city's name reaches («Гён», Genoa's «Ген-») is still a syllable. Sentences
 * written for the test.
 */
final class RussianSyllableNamesTest {

  private static Document parse(String body) {
    return Parser.russian().parse("syllables", "Совместное заявление\n\n1. " + body + "\n");
  }

  @Test
  void aSyllableThatOpensACitysStem_isPartOfTheName() {
    Document doc = parse("Министр иностранных дел Республики Корея Кан Гён Хва провела встречу с коллегами.");
    assertEquals("KR", People.partyOf(doc, "Кан Гён Хва"), People.listed(doc));
  }

  @Test
  void threeSyllables_areOneName() {
    Document doc = parse("Премьер-министр Сингапура Ли Сянь Лун и Председатель Национального собрания Вьетнама "
        + "Чан Тхань Ман обсудили торговлю.");
    assertEquals("SG", People.partyOf(doc, "Ли Сянь Лун"), People.listed(doc));
    assertEquals("VN", People.partyOf(doc, "Чан Тхань Ман"), People.listed(doc));
  }

  @Test
  void aLongSyllableInAnObliqueCase_endsTheName() {
    Document doc = parse("Президент Республики Корея Юн Сок Ёль провел переговоры с Президентом Вьетнама Во Ван Тхыонгом.");
    assertEquals("VN", People.partyOf(doc, "Во Ван Тхыонг"), People.listed(doc));
  }

  @Test
  void aChineseNameOfTwoWords_staysTwoWords() {
    Document doc = parse("Премьер Государственного совета КНР Ли Цян провел переговоры в Пекине.");
    assertEquals("CN", People.partyOf(doc, "Ли Цян"), People.listed(doc));
  }
}
