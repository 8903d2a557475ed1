package dev.entente.parser;

/** A half-open range {@code [start, end)} of tokens or of characters of the normalised text. */
record Range(int start, int end) {}
