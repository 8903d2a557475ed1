/**
 * The relational shape of the Entente model: one table per concept, with stable column names,
 * SQL types and keys, and the mapping of a {@link dev.entente.model.Document} to plain Java rows.
 * Everything starts at {@link dev.entente.tables.Tables}. The DuckDB store ({@code entente-store})
 * and the Spark tables ({@code entente-spark}) both build on it, so both give the same tables.
 *
 * <pre>{@code
 * for (Table table : Tables.all()) {
 *   System.out.println(table.createStatement());      // CREATE TABLE documents (id VARCHAR NOT NULL, …)
 * }
 * DocumentRows rows = Tables.rows(document);
 * rows.of(Tables.STATEMENTS);                            // one List<Object> per statement, in column order
 * }</pre>
 *
 * <p>The shape is versioned by {@link dev.entente.tables.Tables#SCHEMA_VERSION}; a change to a
 * name or type raises it. {@code docs/relational-shape.md} in the repository gives the DDL and
 * what each table holds.
 */
package dev.entente.tables;
