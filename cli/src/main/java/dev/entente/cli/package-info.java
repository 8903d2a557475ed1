/**
 * The {@code entente} command: start at {@link dev.entente.cli.Main}. Subcommands parse documents
 * (JSON, JSON Lines, an HTML view, Akoma Ntoso), query them, score the parser against gold files,
 * print the JSON Schema of the output, and run on the embedded sample. Everything here is
 * package-private: the command line, not these classes, is the contract.
 */
package dev.entente.cli;
