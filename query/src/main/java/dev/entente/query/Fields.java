package dev.entente.query;

/** The names of the indexed fields, shared by {@link Where}'s lookups and {@link Corpus}'s indexes. */
final class Fields {
  static final String ID = "id";
  static final String KIND = "kind";
  static final String ACTOR = "actor";
  static final String ACT = "act";
  static final String TOPIC = "topic";
  static final String PARTY = "party";
  static final String INITIATIVE = "initiative";
  static final String MECHANISM = "mechanism";
  static final String EVENT = "event";
  static final String NEGATED = "negated";
  static final String STRENGTH = "strength";
  static final String PROPOSER = "proposer";
  static final String SUPPORTER = "supporter";
  static final String STATUS = "status";
  static final String LEVEL = "level";
  static final String YEAR = "year";
  static final String PLACE = "place";
  static final String ORDINAL = "ordinal";
  static final String SIGNATORY = "signatory";
  static final String COMENTION = "comention";
  static final String SOURCE = "source";

  private Fields() {}
}
