package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «Member States», «member countries» say whose body a council is, as «государств-членов» does: the council named with
 * them and the council named with its organisation are one mechanism.
 */
final class MemberStatesOfABodyTest {

  /** The mechanisms of {@code doc} whose name holds {@code fragment}. */
  private static List<String> named(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Tashkent Declaration of the Council of Heads of State of the Shanghai Cooperation Organization | The Presidents met at the session of the Council of Heads of Member States in Tashkent and agreed as follows. | council of heads
      Joint Communique of the Council of Ministers of Foreign Affairs of the Collective Security Treaty Organization | After the meeting of the Council of Ministers of Foreign Affairs of the Member Countries the Ministers agreed as follows. | council of ministers
      """)
  void councilOfTheMembersIsTheOrganisations(String title, String body, String fragment) {
    // GIVEN
    Document doc = Parser.english().parse("en-test", title + "\n\n" + body + "\n");
    // THEN
    assertEquals(1, named(doc, fragment).size(), "one council counted twice: " + doc.mechanisms());
  }
}
