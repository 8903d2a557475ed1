package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Malay forms of address («Dato' Seri», «Datuk Seri», «Datin») stand before a name and are no part
 * of it. Every text is written for these tests.
 */
final class MalayHonorificsTest {

  @Test
  void datoSeriAndDatin_areNoPartOfTheName() {
    Document doc = Parser.english().parse("malay", "Joint Statement of Malaysia and Singapore\n\n"
        + "1. Prime Minister Dato' Seri Anwar Ibrahim welcomed Prime Minister Lawrence Wong to Malaysia."
        + " Datin Seri Rosmah Ahmad hosted a dinner for the delegation.\n");
    assertEquals("Anwar Ibrahim, Lawrence Wong, Rosmah Ahmad",
        doc.participants().stream().map(Participant::name).sorted().collect(Collectors.joining(", ")));
  }
}
