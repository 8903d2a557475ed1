package dev.entente.parser;

import dev.entente.model.EdtfDate;
import dev.entente.model.Level;
import dev.entente.model.Place;
import java.util.ArrayList;
import java.util.List;

/** An initiative, mechanism or event found in the text, before it becomes a model value. */
final class Concept {
  final Lexicons.Concept concept;
  String kind;
  String name;
  String key;
  String knownId;
  String id;
  final List<int[]> mentions = new ArrayList<>();
  /** Token range of the first mention's name and of its head word. */
  int first;
  int last;
  int headFirst;
  Context.Sentence sentence;
  Integer ordinal;
  EdtfDate date;
  Place place;
  String status;
  String proposer;
  EdtfDate period;
  Level level;
  Concept series;
  boolean inTitle;
  /** Named «между X и Y»: it belongs to both sides, not to one proposer. */
  boolean bilateral;
  String rule;

  Concept(Lexicons.Concept concept) {
    this.concept = concept;
  }

  /** Takes what {@code other}, another mention of the same thing, knows and this one lacks. */
  void absorb(Concept other) {
    mentions.addAll(other.mentions);
    if (ordinal == null) {
      ordinal = other.ordinal;
    }
    if (date == null) {
      date = other.date;
    }
    if (place == null) {
      place = other.place;
    }
    if (proposer == null) {
      proposer = other.proposer;
    }
    if (period == null) {
      period = other.period;
    }
    if (level == null) {
      level = other.level;
    }
    if (status == null || (status.equals("EXISTING") && other.status != null)) {
      status = other.status;
    }
    inTitle |= other.inTitle;
  }
}
