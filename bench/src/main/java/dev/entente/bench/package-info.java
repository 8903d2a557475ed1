/**
 * JMH benchmarks and measuring harnesses for Entente: parse throughput against a word-splitting
 * baseline, latency, linear growth, JSON, retained heap, and indexed queries on a synthetic corpus
 * of 100,000 documents. {@code bench/run.sh} runs them all and prints one table; see
 * {@code bench/README.md}.
 */
package dev.entente.bench;
