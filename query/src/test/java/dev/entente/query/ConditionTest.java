package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ConditionTest {
  private final Document a = Fixtures.a();
  private final Corpus corpus = Query.from(List.of(a, Fixtures.b()));
  private final Hit<Statement> kzSupportsEnergy =
      Hit.of(a, a.clauses().get(0).statements().get(0));

  @Test
  void always_isTheIdentityOfAnd() {
    // GIVEN
    Condition<Statement> byKz = Where.by("KZ");
    // THEN
    assertSame(byKz, byKz.and(Condition.always()));
    assertSame(byKz, Condition.<Statement>always().and(byKz));
    assertTrue(Condition.always().test(kzSupportsEnergy));
  }

  @Test
  void never_isTheIdentityOfOr() {
    // GIVEN
    Condition<Statement> byKz = Where.by("KZ");
    // THEN
    assertSame(byKz, byKz.or(Condition.never()));
    assertSame(byKz, Condition.<Statement>never().or(byKz));
    assertFalse(Condition.never().test(kzSupportsEnergy));
  }

  @Test
  void not_ofConstants_swapsThem() {
    // THEN
    assertSame(Condition.never(), Condition.always().not());
    assertSame(Condition.always(), Condition.never().not());
  }

  @Test
  void not_twice_isTheCondition() {
    // GIVEN
    Condition<Statement> byKz = Where.by("KZ");
    // THEN
    assertSame(byKz, byKz.not().not());
  }

  @Test
  void test_evaluatesTheTree() {
    // GIVEN «Казахстан и Китай поддерживают … энергетики»
    Condition<Statement> condition = Where.by("KZ").and(Where.withAct(Act.SUPPORT))
        .and(Where.about(Topic.WATER).or(Where.about(Topic.ENERGY)))
        .and(Where.negated().not());
    // THEN
    assertTrue(condition.test(kzSupportsEnergy));
    assertFalse(condition.not().test(kzSupportsEnergy));
    assertFalse(condition.and(Where.by("UZ")).test(kzSupportsEnergy));
  }

  @Test
  void and_superTypeCondition_appliesToSubtype() {
    // GIVEN a condition on any item with an id
    Condition<Object> withId = Where.withId("council-8");
    // WHEN
    Condition<Event> planned8 = Where.planned().and(withId);
    // THEN
    assertEquals(1, corpus.events().where(planned8).count());
    assertEquals(1, corpus.events().where(withId).count());
  }

  @Test
  void where_phraseFilter_equalsTheWhereCondition() {
    // THEN
    assertEquals(corpus.statements().by("KZ").about(Topic.ENERGY).hits(),
        corpus.statements().where(Where.by("KZ").and(Where.about(Topic.ENERGY))).hits());
    assertEquals(corpus.events().planned().at("Астана").hits(),
        corpus.events().where(Where.planned()).where(Where.at("Астана")).hits());
  }

  @Test
  void or_acrossPlaces_findsEither() {
    // WHEN
    long found = corpus.events().where(Where.at("Ташкент").or(Where.at("Астана"))).count();
    // THEN
    assertEquals(3, found);
  }

  @Test
  void dynamicQuery_startsFromAlways() {
    // GIVEN filters a user picked at run time
    Condition<Statement> condition = Condition.always();
    for (String party : List.of("KZ", "CN")) {
      condition = condition.and(Where.by(party));
    }
    // THEN
    assertEquals(2, corpus.statements().where(condition).count());
  }

  @Test
  void of_null_namesTheArgument() {
    // WHEN
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Condition.of(null));
    // THEN
    assertEquals("predicate == null", e.getMessage());
  }

  @Test
  void toString_showsTheTree() {
    // THEN
    assertEquals("((by(KZ) or by(CN)) and not negated())",
        Where.by("KZ").or(Where.by("CN")).and(Where.negated().not()).toString());
    assertEquals("always", Condition.always().toString());
  }
}
