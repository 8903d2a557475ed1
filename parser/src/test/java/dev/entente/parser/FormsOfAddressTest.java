package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Forms of address before a name that South Asian and Australian texts write («Rt. Hon'ble Mr.»,
 * «Senator the Hon.»): they are no part of the name. Every text is written for these tests.
 */
final class FormsOfAddressTest {
  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void rtHonble_beforeAName_isAFormOfAddress() {
    Document doc = Parser.english().parse("en-test", "Joint Press Release\n\n"
        + "The Prime Minister of Nepal, Rt. Hon'ble Mr. Ram Bahadur Thapa, met the President of India in New Delhi"
        + " on 3 May 2015.\n");
    assertEquals(List.of("Ram Bahadur Thapa"), names(doc).stream().filter(n -> n.contains("Thapa")).collect(Collectors.toList()));
  }

  @Test
  void senatorTheHon_beforeAName_isAFormOfAddress() {
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The Minister for Foreign Affairs of Australia, Senator the Hon. Jane Kellerman, and the Minister for"
        + " Foreign Affairs of Japan, Mr. Taro Kono, met in Canberra on 3 May 2018.\n");
    assertEquals(List.of("Jane Kellerman"), names(doc).stream().filter(n -> n.contains("Kellerman")).collect(Collectors.toList()));
  }

  @Test
  void formsOfAddress_withoutARoleBefore_areNoPartOfTheName() {
    Document doc = Parser.english().parse("en-test", "Joint Communiqué\n\n"
        + "Australia was represented by Senator the Hon. Jane Kellerman, Minister for Foreign Affairs, and Nepal"
        + " was represented by Rt. Hon'ble Ram Bahadur Thapa, Minister for Foreign Affairs.\n");
    assertEquals(List.of("Jane Kellerman", "Ram Bahadur Thapa"), names(doc).stream()
        .filter(n -> n.contains("Kellerman") || n.contains("Thapa")).sorted().collect(Collectors.toList()));
  }
}
