package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A well-known initiative written exactly as the name of another organisation than its proposer («the UN
 * Framework Convention on Climate Change», the UNFCCC) is that organisation; so is an organisation's charter
 * («Устав ООН»), a legal instrument that GUIDELINES count as the organisation.
 */
final class KnownInitiativeNamedAsAnOrganisationTest {
  private static final String HEAD = "Joint Statement by Australia and Mongolia\n\nCanberra, 20 March 2024\n\n";

  @Test
  void conventionNamedAsItsOrganisationIsNoInitiative() {
    // GIVEN
    Document doc = Parser.english().parse("unfccc", HEAD
        + "The two sides agreed to work closely within the UN Framework Convention on Climate Change ahead of the next session.\n");
    // THEN
    String names = doc.initiatives().stream().map(Initiative::name).collect(Collectors.joining("; "));
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().contains("Framework Convention")), names);
  }

  @Test
  void charterOfAnOrganisation_isTheOrganisation() {
    // GIVEN
    Document doc = OwnSentences.parse("Стороны отмечают 80-летие подписания Устава ООН.");
    // THEN
    String names = doc.initiatives().stream().map(Initiative::name).collect(Collectors.joining("; "));
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().contains("Устав ООН")), names);
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("UN")), names);
  }
}
