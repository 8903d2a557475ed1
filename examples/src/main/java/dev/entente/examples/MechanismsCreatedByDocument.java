package dev.entente.examples;

import static dev.entente.model.MechanismStatus.NEW;
import static dev.entente.model.MechanismStatus.PROPOSED;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import dev.entente.query.Hit;
import dev.entente.query.Query;
import dev.entente.query.Where;
import java.io.IOException;

/**
 * Which mechanisms does each document create or propose?
 *
 * <p>NEW: the document launches or welcomes the creation of the mechanism; PROPOSED: the sides
 * call for it or are ready to set it up. On the samples:
 *
 * <pre>
 * 000_c8f3a732433e8756 Информационное коммюнике по итогам 6-й встречи министров иностранных дел …
 *   NEW      SECRETARIAT   «Секретариата формата "Китай-Центральная Азия» [3011..3055)
 *   PROPOSED FORMAT        «механизма встреч министров образования формата "Китай-Центральная Азия» [10939..11009)
 *   …
 * 004_cd7b265aefbc5060 Совместное заявление об установлении отношений всестороннего стратегического …
 *   NEW      WORKING_GROUP «Рабочей группы по инвестиционному сотрудничеству» [3492..3540)
 * </pre>
 */
public final class MechanismsCreatedByDocument {
  private MechanismsCreatedByDocument() {}

  public static void main(String[] args) throws IOException {
    for (Document document : Samples.load(args)) {
      System.out.println(document.id() + " " + document.title());
      for (Hit<Mechanism> hit : Query.from(document).mechanisms()
          .where(Where.withStatus(NEW).or(Where.withStatus(PROPOSED)))
          .hits()) {
        System.out.printf("  %-8s %-13s %s%n", hit.item().status(), hit.item().kind(),
            Samples.quote(hit));
      }
    }
  }
}
