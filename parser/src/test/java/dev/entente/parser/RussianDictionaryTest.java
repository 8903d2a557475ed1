package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parser.RussianDictionary.PartOfSpeech;
import dev.entente.parser.RussianDictionary.Reading;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Russian dictionary as the nominative uses it: analysis, generation, tags, one instance per JVM. */
final class RussianDictionaryTest {
  private static final RussianDictionary DICTIONARY = RussianDictionary.get();

  @Test
  void get_dictionaryOnTheClassPath_isRead() {
    assertNotNull(DICTIONARY, "language-ru's russian.dict and russian_synth.dict must be on the test class path");
  }

  @Test
  void load_filesNotOnTheClassPath_givesNoDictionary() {
    assertNull(RussianDictionary.load(name -> null));
  }

  @Test
  void load_corruptFile_failsNamingIt(@TempDir Path folder) throws IOException {
    // GIVEN a dictionary file of garbage beside a valid description
    Path dict = folder.resolve("russian.dict");
    Files.write(dict, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    try (InputStream info = RussianDictionary.class.getResourceAsStream("/org/languagetool/resource/ru/russian.info")) {
      Files.copy(info, folder.resolve("russian.info"));
    }
    // WHEN it is read
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RussianDictionary.load(name -> {
      try {
        return name.endsWith("russian.dict") ? dict.toUri().toURL() : RussianDictionary.class.getResource(name);
      } catch (MalformedURLException ex) {
        throw new AssertionError(ex);
      }
    }));
    // THEN the message names the file
    assertTrue(e.getMessage().contains("cannot read the Russian dictionary") && e.getMessage().contains("russian.dict"),
        e.getMessage());
  }

  @Test
  void analyse_genitiveNoun_givesLemmaGenderNumberAndCase() {
    // WHEN
    List<Reading> readings = DICTIONARY.analyse("саммита");
    // THEN
    assertEquals(1, readings.size(), readings.toString());
    Reading r = readings.get(0);
    assertEquals("саммит", r.lemma());
    assertEquals(PartOfSpeech.NOUN, r.pos());
    assertEquals('m', r.gender());
    assertEquals(false, r.plural());
    assertEquals("R", r.grammaticalCase());
  }

  @Test
  void analyse_surnameAndGivenName_arePersonNames() {
    assertTrue(DICTIONARY.analyse("путиным").stream()
        .anyMatch(r -> r.pos() == PartOfSpeech.PERSON_NAME && r.lemma().equals("путин") && r.inCase("T")));
    assertTrue(DICTIONARY.analyse("владимиром").stream()
        .anyMatch(r -> r.pos() == PartOfSpeech.PERSON_NAME && r.lemma().equals("владимир")));
  }

  @Test
  void analyse_foreignNameTheDictionaryLacks_isEmpty() {
    assertEquals(List.of(), DICTIONARY.analyse("цзиньпина"));
  }

  @Test
  void analyse_sameFormTwice_isAnsweredFromTheCache() {
    assertSame(DICTIONARY.analyse("встречи"), DICTIONARY.analyse("встречи"));
  }

  @Test
  void synthesise_ordinalInTheFeminineNominative_givesItsForm() {
    assertEquals("первая", DICTIONARY.synthesise("первый", "Ord:Fem:Nom", "первой"));
  }

  @Test
  void synthesise_severalForms_takesTheOneLikeTheText() {
    // «высокий» has two superlatives; the text's «высшего» asks for «высший», not «высочайший»
    assertEquals("высший", DICTIONARY.synthesise("высокий", "ADJ:Sup:Masc:Nom", "высшего"));
  }

  @Test
  void nominativeTag_modifierIntoThePluralNominative_replacesCaseAndGender() {
    Reading feminineGenitive = DICTIONARY.analyse("совместной").stream()
        .filter(r -> r.inCase("R")).findFirst().orElseThrow();
    assertEquals("ADJ:Posit:PL:Nom", RussianDictionary.nominativeTag(feminineGenitive, 'p'));
    assertEquals("ADJ:Posit:Masc:Nom", RussianDictionary.nominativeTag(feminineGenitive, 'm'));
  }

  @Test
  void analyse_manyThreadsAtOnce_agreeWithOneThread() throws Exception {
    // GIVEN forms looked up by one thread
    List<String> forms = List.of("пятого", "саммита", "встречи", "межправительственной", "комиссии", "переговорах",
        "нурсултана", "назарбаева", "министров", "иностранных", "дел", "учениях");
    List<String> expected = new ArrayList<>();
    for (String form : forms) {
      expected.add(DICTIONARY.analyse(form + "").toString());
    }
    // WHEN eight threads look them up at once, each through its own morfologik look-up
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        results.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            got.clear();
            for (String form : forms) {
              got.add(RussianDictionary.get().analyse(form).toString());
              RussianDictionary.get().synthesise("первый", "Ord:Fem:Nom", "первой");
            }
          }
          return got;
        }));
      }
      // THEN every thread saw the same instance's answers
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
