/**
 * The {@code entente} command: start at {@link dev.entente.cli.Main}. Subcommands parse documents
 * to JSON, run on the embedded sample, and evaluate against gold files.
 */
package dev.entente.cli;
