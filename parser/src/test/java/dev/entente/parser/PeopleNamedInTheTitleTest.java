package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The people a document's own title names by role and name take part though the text names them
 * no more; a kind of document after a role in the title is no one's name. Sentences written for the test.
 */
final class PeopleNamedInTheTitleTest {

  @Test
  void leadersNamedOnlyInTheTitle_takePart() {
    // GIVEN a joint statement whose authors only the title names
    Document doc = Parser.english().parse("title", "Joint Statement by Prime Minister Kevin Rudd of Australia and "
        + "President Luiz Inacio Lula da Silva of Brazil\n\nCanberra, 12 May 2009\n\n"
        + "1. Australia and Brazil agreed to deepen their cooperation in agriculture.\n"
        + "2. The two countries will hold consultations on trade every year.\n");
    // THEN both take part, with the party the title gives them
    assertEquals("AU", People.partyOf(doc, "Kevin Rudd"), People.listed(doc));
    assertEquals("BR", People.partyOf(doc, "Luiz Inacio Lula da Silva"), People.listed(doc));
  }

  @Test
  void aLeaderNamedInARussianTitle_takesPartInTheNominative() {
    Document doc = Parser.russian().parse("title", "Совместное заявление Президента Республики Казахстан "
        + "Касым-Жомарта Токаева и Президента Монголии Ухнагийн Хурэлсуха\n\n"
        + "1. Казахстан и Монголия договорились расширять торговлю.\n");
    assertEquals("KZ", People.partyOf(doc, "Касым-Жомарт Токаев"), People.listed(doc));
  }

  @Test
  void aKindOfDocumentAfterARoleInTheTitle_isNoName() {
    Document doc = Parser.english().parse("title", "Partnership Forum Side Event Co-Chair Statement\n\n"
        + "1. The co-chairs welcomed the commitments made by the partners to invest in ports.\n");
    assertEquals("", People.listed(doc));
  }
}
