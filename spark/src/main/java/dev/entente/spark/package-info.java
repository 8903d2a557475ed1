/**
 * Entente on Apache Spark. Start at {@link dev.entente.spark.EntenteSpark#parse}: a DataFrame of
 * ids and texts in, the tables of the relational shape ({@code entente-tables}) out as
 * DataFrames, with the same columns and types as the embedded store, plus the rows that failed.
 * {@link dev.entente.spark.EntenteSparkJob} is the same as a batch job from a folder (or a Parquet
 * table) to one Parquet dataset per table.
 */
package dev.entente.spark;
