package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismStatus;
import org.junit.jupiter.api.Test;

/**
 * A body whose creation the sides only explore is proposed, however the verb is inflected («explore»,
 * «exploring», «explored»); one whose establishment they welcome was set up by another act and exists;
 * one they decide to establish is new, and one that is only called new is not created by the text. Sentences written for the test.
 */
final class EnglishStatusCuesTest {

  private static MechanismStatus status(String sentence) {
    Document doc = Parser.english().parse("exploring", "Joint Statement of Japan and Australia\n\nTokyo, 3 May 2024\n\n"
        + "1. " + sentence + "\n");
    Mechanism m = doc.mechanisms().stream().filter(x -> x.name().contains("Working Group")).findFirst().orElseThrow();
    return m.status();
  }

  @Test
  void exploringTheEstablishment_isProposed() {
    assertEquals(MechanismStatus.PROPOSED,
        status("The two sides are exploring the establishment of a Joint Working Group on Critical Minerals."));
    assertEquals(MechanismStatus.PROPOSED,
        status("The Ministers explored the possibility of a Joint Working Group on Critical Minerals."));
  }

  @Test
  void theEstablishmentAlone_isNew() {
    assertEquals(MechanismStatus.NEW,
        status("The two sides decided to establish a Joint Working Group on Critical Minerals."));
  }

  @Test
  void welcomingTheEstablishment_tellsOfAnExistingBody() {
    assertEquals(MechanismStatus.EXISTING,
        status("The Leaders welcomed the establishment of the Joint Working Group on Critical Minerals."));
    assertEquals(MechanismStatus.EXISTING,
        status("The Ministers welcome the creation of the Joint Working Group on Critical Minerals."));
  }

  @Test
  void aBodyOnlyCalledNew_isNotCreatedByTheText() {
    assertEquals(MechanismStatus.EXISTING,
        status("The three countries are committed to the work of the new Joint Working Group on Critical Minerals."));
    assertEquals(MechanismStatus.NEW,
        status("The Presidents announced the establishment of a new Joint Working Group on Critical Minerals."));
  }
}
