package dev.entente.spark;

import dev.entente.parser.Parser;

/**
 * The one {@link Parser} of this JVM, the command line's: Russian and English, detected per
 * document ({@link Parser#detecting()}). Loading the language data takes about a second, so every
 * task of an executor shares the parser (it is immutable and thread-safe) instead of building its
 * own; the holder class is initialised on first use, on the executor, never shipped from the
 * driver.
 */
final class Parsers {
  private Parsers() {}

  static Parser get() {
    return Holder.PARSER;
  }

  private static final class Holder {
    static final Parser PARSER = Parser.detecting();
  }
}
