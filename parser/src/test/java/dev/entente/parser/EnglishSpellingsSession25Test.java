package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * Session 25: words of English pages the data now reads — a kind typed with a look-alike letter, a title
 * of address in the Gulf states' own transliteration, a proclamation as an initiative, a photo's caption as
 * the site's. Every text is written for these tests.
 */
final class EnglishSpellingsSession25Test {
  private static Document parse(String text) {
    return Parser.english().parse("en-spellings", text);
  }

  @Test
  void aCommuniqueTypedWithTheDottedE_isACommunique() {
    // GIVEN a heading «COMMUNIQUĖ» typed with the dotted Ė for the accented É
    Document doc = parse("EXTRAORDINARY SUMMIT OF THE HEADS OF STATE\n\nCOMMUNIQUĖ\n\n"
        + "1. The Summit was held in Lusaka, Zambia on 3 May 2019.\n");
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
  }

  @Test
  void shaikh_isATitleBeforeTheName_notPartOfIt() {
    // GIVEN «Shaikh» before a long Gulf name, its role on the next line
    Document doc = parse("The Ministerial Council met in Doha on 5 December 2023 with the participation of:\n"
        + "- His Highness Shaikh Rashid bin Abdulla bin Hamad Al Fadhil,\nPrime Minister of the State of Qatar.\n"
        + "- His Excellency Dr Omar bin Ali Al Kindi,\nMinister of Foreign Affairs of the Sultanate of Oman.\n");
    // THEN the whole name is read after the title, with its state
    assertEquals("QA", People.partyOf(doc, "Rashid bin Abdulla bin Hamad Al Fadhil"), () -> People.listed(doc));
  }

  @Test
  void aProclamation_isAnInitiativeAsADeclarationIs() {
    // GIVEN a proclamation the ministers recall by its name
    Document doc = parse("Declaration of the Foreign Ministers\n\nThe Ministers reaffirmed the full validity of the"
        + " Proclamation of the South Atlantic as a Zone of Peace and Cooperation, adopted by the member states in 1986.\n");
    // THEN it is an initiative of the text
    assertTrue(doc.initiatives().stream().anyMatch(i -> i.name().startsWith("Proclamation of the South Atlantic")),
        () -> doc.initiatives().toString());
  }

  @Test
  void aPhotoCaptionWitnessingAnExchange_isTheSites() {
    // GIVEN a caption above the text: two leaders «witnessing the exchange of» a memorandum
    Document doc = parse("Summit Declaration adopted in Thimphu\n\n"
        + "The President, Shri Anil Verma and the Prime Minister of Bhutan, Dasho Karma Wangdi witnessing the exchange"
        + " of MoU between India and Bhutan, in Thimphu on May 3, 2019.\n\n"
        + "The Heads of State and Government met in Thimphu on 2-3 May 2019 for the Third Summit.\n");
    // THEN neither the people nor the memorandum of the caption are the document's
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
    assertTrue(doc.initiatives().isEmpty(), () -> doc.initiatives().toString());
  }

  @Test
  void aPreambleLineWitnessingAProcess_staysTheDocuments() {
    // GIVEN a short preamble line that opens with «Witnessing the», no caption
    String text = "Joint Statement of Japan and Chile\n\n"
        + "Witnessing the growth of trade between Japan and Chile since 2010,\n\n"
        + "The two sides agree to hold regular consultations.\n";
    Document doc = parse(text);
    // THEN the line is the document's, not the site's
    int line = text.indexOf("Witnessing");
    assertTrue(doc.segments().stream().filter(g -> g.start() <= line && line < g.end())
            .noneMatch(g -> g.kind() == dev.entente.model.SegmentKind.WRAPPER),
        () -> doc.segments().toString());
  }
}
