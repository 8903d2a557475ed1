package dev.entente.parser;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Place;
import java.util.ArrayList;
import java.util.List;

/** An initiative, mechanism or event found in the text, before it becomes a model value. */
final class Concept {
  final Lexicons.Concept concept;
  /** An {@link InitiativeKind}, {@link MechanismKind} or {@link EventKind}, as {@link #concept} says. */
  Enum<?> kind;
  String name;
  /** What makes two mentions one thing: the same key is the same item. */
  String key;
  String knownId;
  /** The item's id, given once the items are merged ({@link IdAssigner}). */
  String id;
  /** Token ranges of every mention: most items are mentioned once or twice. */
  final List<Range> mentions = new ArrayList<>(2);
  /** Token range of the first mention's name and of its head word. */
  int first;
  int last;
  int headFirst;
  Context.Sentence sentence;
  Integer ordinal;
  EdtfDate date;
  Place place;
  MechanismStatus mechanismStatus;
  EventStatus eventStatus;
  String proposer;
  EdtfDate period;
  Level level;
  Concept series;
  boolean inTitle;
  /** A format named by its members alone («Japan-U.S.-Australia»): no head, its name is parties' names. */
  boolean byMembers;
  /** Named «между X и Y»: it belongs to both sides, not to one proposer. */
  boolean bilateral;
  /**
   * A head that names a standing body or a meeting («summit», «саммит», «forum») read as the body only for want of any
   * sign of one meeting (no ordinal, date, place or cue): the meeting the document names elsewhere may be meant.
   */
  boolean undecided;
  String rule;

  Concept(Lexicons.Concept concept) {
    this.concept = concept;
  }

  /**
   * An item of {@code concept} over tokens [{@code first}, {@code last}), its head at {@code headFirst}, found in
   * {@code sentence} and mentioned there once, over the same tokens.
   */
  static Concept over(Lexicons.Concept concept, int first, int last, int headFirst, Context.Sentence sentence) {
    Concept c = new Concept(concept);
    c.first = first;
    c.last = last;
    c.headFirst = headFirst;
    c.sentence = sentence;
    c.mentions.add(new Range(first, last));
    return c;
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
    if (mechanismStatus == null || mechanismStatus == MechanismStatus.EXISTING && other.mechanismStatus != null) {
      mechanismStatus = other.mechanismStatus;
    }
    if (eventStatus == null) {
      eventStatus = other.eventStatus;
    }
    inTitle |= other.inTitle;
  }
}
