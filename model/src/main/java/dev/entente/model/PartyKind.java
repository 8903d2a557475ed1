package dev.entente.model;

/** What sort of actor a {@link Party} is. */
public enum PartyKind {
  /** A state; its id is the ISO 3166-1 alpha-2 code. */
  STATE,
  /** An international organisation; its id is the usual English acronym ({@code UN}, {@code SCO}). */
  ORGANIZATION,
  /** A political party ({@code CPC}, {@code YAP}). */
  POLITICAL_PARTY,
  /** A group of states named together («государства Центральной Азии»). */
  GROUP,
  /** A territory that is not counted as a state (Taiwan, Hong Kong). */
  TERRITORY
}
