/**
 * The embedded corpus store: parse an archive once, then ask it questions for months from Java
 * ({@link dev.entente.store.CorpusStore#corpus()}, the fluent queries of {@code entente-query}),
 * from SQL (the tables of {@code entente-tables}, through DuckDB's JDBC driver) and from any tool
 * that reads Parquet ({@link dev.entente.store.CorpusStore#exportParquet}).
 *
 * <pre>{@code
 * try (CorpusStore store = CorpusStore.open(Path.of("corpus.duckdb"))) {
 *   store.add(parser.parse(text));                       // ADDED, UPDATED or UNCHANGED
 *   Corpus corpus = store.corpus();                      // no parsing again
 *   corpus.statements().by("KZ").withAct(Act.SUPPORT).toList();
 *   try (Connection sql = store.openConnection();
 *        ResultSet rs = sql.createStatement().executeQuery(
 *            "SELECT act, count(*) FROM statements GROUP BY act")) { … }
 * }
 * }</pre>
 */
package dev.entente.store;
