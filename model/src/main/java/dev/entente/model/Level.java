package dev.entente.model;

/** Who meets in a mechanism. */
public enum Level {
  HEADS_OF_STATE, HEADS_OF_GOVERNMENT, MINISTERS, DEPUTY_MINISTERS, AGENCIES, PARLIAMENTS,
  BUSINESS, EXPERTS
}
