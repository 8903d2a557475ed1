/**
 * The fluent query API over Entente documents. Everything starts at {@link
 * dev.entente.query.Query}: {@code Query.from(documents)} gives an immutable, indexed {@link
 * dev.entente.query.Corpus}, whose plural nouns ({@code statements()}, {@code initiatives()},
 * {@code mechanisms()}, {@code events()}, {@code parties()}, {@code participants()}, {@code
 * documents()}) start typed queries; phrase filters narrow them ({@code by("KZ")}, {@code
 * planned()}, {@code at("Астана")}); terminals give results ({@code toList()}, {@code hits()},
 * {@code first()}, {@code single()}, {@code count()}, {@code stream()}, {@code collect(..)}).
 *
 * <pre>{@code
 * Corpus corpus = Query.from(documents);
 * corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY).toList();
 * corpus.initiatives().proposedBy("CN").supportedBy("AZ").toList();
 * corpus.events().planned().between(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31))
 *     .at("Астана").toList();
 * corpus.mechanisms().withStatus(MechanismStatus.NEW).countByKind();
 * corpus.parties().coMentionedWith("CN").ranked();
 * }</pre>
 *
 * <p>Every step returns a new immutable query, so a half-built query can be stored and shared
 * across threads; filters may come in any order. {@link dev.entente.query.Where} holds the same
 * filters as {@link dev.entente.query.Condition}s for {@code and}/{@code or}/{@code not}. Across
 * documents: {@link dev.entente.query.Corpus#timeline()}, {@link
 * dev.entente.query.Corpus#lifecycle(String)}, {@link dev.entente.query.Query#diff} and {@link
 * dev.entente.query.Corpus#distinct()}. For users' tests: {@link
 * dev.entente.query.EntenteAssertions}.
 */
@CheckReturnValue
package dev.entente.query;

import com.google.errorprone.annotations.CheckReturnValue;
