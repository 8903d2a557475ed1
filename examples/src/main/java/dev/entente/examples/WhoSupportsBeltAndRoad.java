package dev.entente.examples;

import dev.entente.model.Statement;
import dev.entente.query.Hit;
import dev.entente.query.Query;
import dev.entente.query.Where;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sides support the Belt and Road Initiative, and which sentences say so?
 *
 * <p>A side supports an initiative where it is an actor of an affirmed statement that names the
 * initiative with a supporting act ({@link Where#SUPPORTING_ACTS}: supports, welcomes, is ready
 * to, agrees to, …), the rule behind {@code initiatives().supportedBy("AZ")}. On the samples:
 *
 * <pre>
 * Belt and Road (BRI) is supported by AZ, CN, KG, KZ, TJ, UZ
 * 000_c8f3a732433e8756 [KZ, CN, KG, TJ, UZ] READY «Стороны выразили готовность углублять …» [5261..5662)
 * 000_c8f3a732433e8756 [KZ, CN, KG, TJ, UZ] READY «Стороны выражают стремление и далее …» [5663..6332)
 * 004_cd7b265aefbc5060 [AZ, CN] AGREE «Стороны условились укреплять сопряжение инициативы …» [2909..3290)
 * </pre>
 *
 * <p>Run with file paths as arguments to ask the same of other documents.
 */
public final class WhoSupportsBeltAndRoad {
  private WhoSupportsBeltAndRoad() {}

  public static void main(String[] args) throws IOException {
    List<Hit<Statement>> support = Query.from(Samples.load(args)).statements()
        .mentioningInitiative("BRI")
        .affirmed()
        .where(s -> s.act().filter(Where.SUPPORTING_ACTS::contains).isPresent())
        .hits();

    Set<String> sides = new TreeSet<>();
    support.forEach(hit -> sides.addAll(hit.item().actorIds()));
    System.out.println("Belt and Road (BRI) is supported by " + String.join(", ", sides));
    for (Hit<Statement> hit : support) {
      System.out.println(hit.document().id() + " " + hit.item().actorIds() + " "
          + hit.item().act().orElseThrow() + " " + Samples.quote(hit));
    }
  }
}
