package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import org.junit.jupiter.api.Test;

/**
 * A concept's name has each run of whitespace as one space, whatever the text has there (two
 * spaces, a no-break space, a tab); its mentions keep the text as written. On texts written for
 * these tests.
 */
final class CanonicalNameWhitespaceTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void runsOfSpacesInAName_becomeOneSpace_whileTheMentionKeepsThem() {
    Document doc = PARSER.parse("en-spaces", "Joint Statement of the Ministers\n\n"
        + "The Ministers welcomed the Northern  Shelf Initiative on Fisheries. "
        + "The Joint\u00a0Commission on  Trade will meet next year.\n");
    Initiative initiative = doc.initiatives().stream()
        .filter(i -> i.name().contains("Shelf")).findFirst().orElseThrow();
    assertEquals("Northern Shelf Initiative on Fisheries", initiative.name());
    assertTrue(initiative.mentions().get(0).text().contains("Northern  Shelf"));
    Mechanism commission = doc.mechanisms().stream()
        .filter(m -> m.name().contains("Trade")).findFirst().orElseThrow();
    assertEquals("Joint Commission on Trade", commission.name());
    assertEquals("Joint\u00a0Commission on  Trade", commission.mentions().get(0).text());
  }

  @Test
  void canonicalName_foldsEveryKindOfWhitespace_andTrimsTheEnds() {
    assertEquals("New Global Framework", Assembler.canonicalName(" New \t Global\n\u00a0Framework\u2009"));
    assertEquals("Summit", Assembler.canonicalName("Summit"));
  }

  @Test
  void canonicalName_keepsANameWithSingleSpacesAsItIs_andStillFoldsEveryOtherSpace() {
    String plain = "Совет министров иностранных дел";
    assertSame(plain, Assembler.canonicalName(plain));
    assertSame("", Assembler.canonicalName(""));
    assertEquals("Two Spaces", Assembler.canonicalName("Two  Spaces"));
    assertEquals("Ends", Assembler.canonicalName("Ends "));
    assertEquals("Starts", Assembler.canonicalName(" Starts"));
    assertEquals("Line Break", Assembler.canonicalName("Line\u2028Break"));
    assertEquals("Unit Sep", Assembler.canonicalName("Unit\u001fSep"));
    assertEquals("Bell\u0007Kept", Assembler.canonicalName("Bell\u0007Kept"));
    assertEquals("Ideographic Space", Assembler.canonicalName("Ideographic\u3000Space"));
  }
}
