package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who sits in the body that speaks: an organisation's composition listed after its name («в составе
 * министров иностранных дел A, B …», "composed of the Foreign Ministers of A, B …"), and a subject that
 * lists the parliaments of the sides («Мы, лидеры и представители Парламента A, Национального собрания B
 * …»). Texts written for these tests.
 */
final class CompositionAndParliamentListsTest {

  @Test
  void aCouncilInTheCompositionOfMinisters_listsItsSides() {
    // GIVEN a ministry site's declaration: the council, its abbreviation, then who it sits in
    Document doc = Parser.russian().parse("ru-test", "Декларация пятой сессии\n\n"
        + "Совет государств Балтийского моря (СГБМ) в составе министров иностранных дел Дании, Латвии, Польши и Швеции,"
        + " а также представителя Европейского союза провел свою пятую сессию в Гданьске по приглашению Министра"
        + " иностранных дел Польши.\n\nСовет одобрил план работы.\n");
    // THEN the council and all who sit in it are the sides
    assertEquals(List.of("CBSS", "DK", "EU", "LV", "PL", "SE"), sorted(doc.signatories()));
  }

  @Test
  void aCompositionWithoutStates_addsNoSides() {
    Document doc = Parser.russian().parse("ru-test", "Декларация пятой сессии\n\n"
        + "Совет государств Балтийского моря (СГБМ) в составе министров иностранных дел провел свою пятую сессию"
        + " в Гданьске.\n\nСовет одобрил план работы.\n");
    assertEquals(List.of("CBSS"), sorted(doc.signatories()));
  }

  @Test
  void aCouncilConsistingOfMinisters_listsItsSides() {
    // GIVEN a communiqué whose council says what it consists of («состоящий из») rather than «в составе»
    Document doc = Parser.russian().parse("ru-test", "Коммюнике четвертой сессии\n\n"
        + "Совет государств Балтийского моря (СГБМ), состоящий из министров иностранных дел Дании, Латвии и Швеции,"
        + " собрался в Риге по приглашению Латвии.\n\nСовет одобрил план работы.\n");
    // THEN the council and its members are the sides
    assertEquals(List.of("CBSS", "DK", "LV", "SE"), sorted(doc.signatories()));
  }

  @Test
  void aCompositionInTheFirstPoint_listsItsSides() {
    // GIVEN a communiqué with no preamble: its first point opens with the council and who sits in it
    Document doc = Parser.russian().parse("ru-test", "Коммюнике четвертой сессии\n\n"
        + "1. Совет государств Балтийского моря (СГБМ) в составе министров иностранных дел Дании, Латвии и Швеции"
        + " собрался в Риге по приглашению Латвии.\n\n2. Совет одобрил план работы.\n");
    assertEquals(List.of("CBSS", "DK", "LV", "SE"), sorted(doc.signatories()));
  }

  @Test
  void aSubjectListingTheParliamentsOfStates_givesEveryState() {
    // GIVEN a parliamentary forum's declaration whose subject names each state's legislature
    Document doc = Parser.russian().parse("ru-test", "Совместная декларация Второго парламентского форума\n\n"
        + "Мы, лидеры и представители Национального собрания Республики Армения, Всебелорусского народного собрания"
        + " Республики Беларусь, Парламента Республики Казахстан и Федерального Собрания Российской Федерации,"
        + " собрались 3 марта 2022 года в Минске на Втором парламентском форуме.\n\n"
        + "Мы намерены развивать межпарламентское сотрудничество.\n");
    assertEquals(List.of("AM", "BY", "KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aClauseAfterTheSubject_namingAPlace_isNoParliamentOfTheList() {
    // GIVEN a subject whose list ends, then a clause on where the meeting went
    Document doc = Parser.russian().parse("ru-test", "Совместная декларация\n\n"
        + "Мы, лидеры и представители Парламента Республики Армения и Парламента Грузии, приняв участие во встрече"
        + " в Ереване, заявляем о поддержке сотрудничества.\n");
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }
}
