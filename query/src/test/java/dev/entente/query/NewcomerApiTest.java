package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Commitment;
import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: the spellings a newcomer tries first work, and say what they do. */
final class NewcomerApiTest {
  private final Document a = Fixtures.a();
  private final Corpus corpus = Query.from(List.of(a, Fixtures.b()));

  @Test
  void partyIds_inLowerCase_findWhatUpperCaseFinds() {
    // THEN each party-taking step folds the id to the model's upper case, as at("kz") does
    assertEquals(corpus.statements().by("KZ").toList(), corpus.statements().by("kz").toList());
    assertEquals(5, corpus.statements().by("kz").count());
    assertEquals(corpus.events().at("kz").count(), corpus.events().at("KZ").count());
    assertEquals(1, corpus.initiatives().supportedBy("az").count());
    assertEquals(2, corpus.documents().withSignatory("kz").count());
    assertEquals(2, corpus.parties().withId("kz").count());
    assertEquals(1, corpus.participants().representing("cn").count());
    assertTrue(a.party("az").isPresent());
  }

  @Test
  void signing_hasOneWord_andTheOldSpellingsStillWork() {
    assertEquals(5, corpus.parties().signatories().count());
    assertEquals(corpus.parties().signatories().toList(), deprecatedThatSign());
    assertEquals(List.of("a-2025"), List.copyOf(corpus.documents().withSignatory("AZ").ids()));
    assertEquals("documents where withSignatory(AZ)",
        corpus.documents().withSignatory("az").toString());
  }

  @SuppressWarnings("deprecation")
  private List<dev.entente.model.Party> deprecatedThatSign() {
    return corpus.parties().thatSign().toList();
  }

  @Test
  void evidence_ofSupport_givesTheStatementsWithTheirSentences() {
    // WHEN
    List<Hit<Statement>> why = corpus.initiatives().supportedBy("AZ").evidence();
    // THEN the one statement by AZ that backs BRI, and its sentence from the text
    assertEquals(1, why.size());
    assertEquals("a-2025", why.get(0).document().id());
    assertEquals("2. Азербайджан приветствует инициативу «Пояс и путь» и участие Китая.",
        why.get(0).text());
    assertEquals(why.get(0).text(), a.textOf(why.get(0).item()));
  }

  @Test
  void evidence_withoutSupporter_givesEveryBackingStatement_butNoNegatedOne() {
    // WHEN
    List<String> sentences = corpus.initiatives().withId("BRI").evidence().stream()
        .map(Hit::text).collect(Collectors.toList());
    // THEN a-2025's two, and not b-2026's «не поддерживает»
    assertEquals(2, sentences.size(), sentences.toString());
    assertTrue(sentences.stream().noneMatch(s -> s.contains("не поддерживает")), sentences.toString());
  }

  @Test
  void statements_supporting_matchesEvidence() {
    assertEquals(List.of("AZ"), corpus.statements().by("AZ").supporting("BRI").single().actorIds());
    assertEquals(0, corpus.statements().by("UZ").supporting("BRI").count());
  }

  @Test
  void atLeast_commitment_isTheStrengthScale() {
    assertEquals(corpus.statements().atLeast(Commitment.READINESS).toList(),
        corpus.statements().atLeast(Commitment.READINESS.strength()).toList());
    assertEquals("statements where atLeast(READY)",
        corpus.statements().atLeast(Commitment.READINESS).toString());
  }

  @Test
  void hitText_ofNamedItem_isItsFirstMention() {
    Hit<Initiative> bri = corpus.initiatives().withId("BRI").hits().get(0);
    assertEquals("Пояс и путь", bri.text());
  }

  @Test
  void results_areJdkTypes_withoutGuavaInTheSignature() throws Exception {
    // THEN the declared return types are java.util ones
    assertEquals(List.class, AbstractQuery.class.getMethod("toList").getReturnType());
    assertEquals(List.class, AbstractQuery.class.getMethod("hits").getReturnType());
    assertEquals(Map.class, AbstractQuery.class.getMethod("groupBy", java.util.function.Function.class)
        .getReturnType());
    assertEquals(Set.class, InitiativeQuery.class.getMethod("ids").getReturnType());
    for (Class<?> type : List.of(Query.class, Corpus.class, AbstractQuery.class, StatementQuery.class,
        InitiativeQuery.class, MechanismQuery.class, EventQuery.class, PartyQuery.class,
        ParticipantQuery.class, DocumentQuery.class, Hit.class, Explanation.class, Lifecycle.class,
        Lifecycle.Contradiction.class, DocumentDiff.Stance.class, DocumentDiff.StanceChange.class,
        DocumentDiff.ClausePair.class,
        DocumentDiff.class, Where.class, Condition.class, EntenteAssertions.class)) {
      for (java.lang.reflect.Method m : type.getMethods()) {
        assertTrue(!m.getGenericReturnType().getTypeName().contains("com.google"),
            type.getSimpleName() + "." + m.getName() + " returns " + m.getGenericReturnType());
      }
      for (java.lang.reflect.Field f : type.getFields()) {
        assertTrue(!f.getGenericType().getTypeName().contains("com.google"),
            type.getSimpleName() + "." + f.getName() + " is " + f.getGenericType());
      }
    }
  }

  @Test
  void nullArguments_areRefusedNamingTheArgument() {
    assertEquals("party == null",
        assertThrows(NullPointerException.class, () -> corpus.statements().by(null)).getMessage());
    assertEquals("initiative == null",
        assertThrows(NullPointerException.class, () -> corpus.statements().supporting(null))
            .getMessage());
    assertEquals("party id must not be null",
        assertThrows(NullPointerException.class, () -> a.party(null)).getMessage());
  }
}
