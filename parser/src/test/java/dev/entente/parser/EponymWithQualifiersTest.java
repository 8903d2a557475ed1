package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A person a thing is named after takes no part: «the Indira Gandhi International Airport» (qualifiers
 * between the name and the eponymous head), «the Julius Nyerere Hydropower Project», «the Order of
 * Jawaharlal Nehru» (the head before the name, «of» between). A person the text names for their deeds
 * still counts. Every text is written for these tests.
 */
final class EponymWithQualifiersTest {

  private static String names(Document doc) {
    return doc.participants().stream().map(Participant::name).sorted().collect(Collectors.joining(", "));
  }

  @Test
  void namesBeforeQualifiedEponymousHeadsOrAfterOrderOf_areNoParticipants() {
    Document doc = Parser.english().parse("eponyms", "Joint Statement of Kenya and Ghana\n\n"
        + "1. President William Ruto welcomed President Nana Akufo-Addo to Kenya. The President arrived at"
        + " Jomo Kenyatta International Airport and visited the Kwame Nkrumah Children's Fund.\n"
        + "2. The leaders welcomed progress on the Julius Nyerere Hydropower Project. The President was"
        + " conferred the Order of Jawaharlal Nehru.\n"
        + "3. The leaders recalled the vision of Kwame Nkrumah.\n");
    assertEquals("Kwame Nkrumah, Nana Akufo-Addo, William Ruto", names(doc));
  }
}
