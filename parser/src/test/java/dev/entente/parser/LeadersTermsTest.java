package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The terms of each language's directory of office holders ({@code leaders.tsv}): one state's office
 * has one holder at a time, so two of its terms overlap by no more than the day one holder hands over
 * to the next; a term whose day is not certain (a year alone) overlaps only where it must whichever
 * day of that year it began or ended.
 */
final class LeadersTermsTest {
  /**
   * The offices two people hold at once: the ruling party's leader beside the head of state in a
   * party state (China, Vietnam, Laos, Cuba, the Soviet Union, where offices.tsv reads the party's
   * title as the head of state's), Iran's Supreme Leader beside its President, Cambodia's two prime
   * ministers of 1993–1997, Côte d'Ivoire's two claimants of 2010–2011, Bosnia and Herzegovina's
   * three members of the Presidency, Libya's two claimants of 2011.
   */
  private static final Set<String> TWO_AT_ONCE = Set.of("CN HEAD_OF_STATE", "VN HEAD_OF_STATE", "LA HEAD_OF_STATE",
      "CU HEAD_OF_STATE", "SU HEAD_OF_STATE", "IR HEAD_OF_STATE", "KH HEAD_OF_GOVERNMENT", "CI HEAD_OF_STATE",
      "BA HEAD_OF_STATE", "LY HEAD_OF_STATE");

  /** The latest day a term may have begun: a year alone began at the latest on its last day. */
  private static LocalDate latestStart(String cell) {
    if (cell.equals("-")) {
      return LocalDate.MIN;
    }
    return cell.length() == 4 ? LocalDate.of(Integer.parseInt(cell), 12, 31) : LocalDate.parse(cell);
  }

  /** The earliest day a term may have ended: a year alone ended at the earliest on its first day. */
  private static LocalDate earliestEnd(String cell) {
    if (cell.equals("-")) {
      return LocalDate.MAX;
    }
    return cell.length() == 4 ? LocalDate.of(Integer.parseInt(cell), 1, 1) : LocalDate.parse(cell);
  }

  /** The pairs of terms of one state's office of {@code language}'s directory that surely overlap. */
  static List<String> overlaps(String language) {
    Map<String, List<Tsv.Row>> byOffice = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read("/dev/entente/parser/" + language + "/leaders.tsv", 6)) {
      String key = row.get(0) + " " + row.get(1);
      if (!row.get(1).equals("ORGANISATION_HEAD") && !TWO_AT_ONCE.contains(key)) {
        byOffice.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
    List<String> found = new ArrayList<>();
    for (List<Tsv.Row> terms : byOffice.values()) {
      for (int i = 0; i < terms.size(); i++) {
        for (int k = i + 1; k < terms.size(); k++) {
          Tsv.Row a = terms.get(i);
          Tsv.Row b = terms.get(k);
          if (latestStart(a.get(4)).isBefore(earliestEnd(b.get(5))) && latestStart(b.get(4)).isBefore(earliestEnd(a.get(5)))) {
            found.add(a.where() + " " + a.get(2) + " " + a.get(4) + "–" + a.get(5) + " overlaps " + b.where() + " "
                + b.get(2) + " " + b.get(4) + "–" + b.get(5));
          }
        }
      }
    }
    return found;
  }

  @Test
  void theRussianDirectory_givesOneStatesOfficeOneHolderAtATime() {
    assertEquals(List.of(), overlaps("ru"));
  }

  @Test
  void theEnglishDirectory_givesOneStatesOfficeOneHolderAtATime() {
    assertEquals(List.of(), overlaps("en"));
  }

  @Test
  void aHandoverDay_andAYearAlone_areNoOverlap_butTwoHoldersForMonthsAre() {
    assertTrue(latestStart("1998-03-23").isBefore(earliestEnd("1998-03-24")));
    // «1994–1997» after «1991–1994»: either may have changed hands any day of 1994
    assertTrue(!latestStart("1994").isBefore(earliestEnd("1994")));
    assertTrue(latestStart("1994-10-12").isBefore(earliestEnd("1995")));
  }
}
