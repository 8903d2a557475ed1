package dev.entente.parser;

import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.PartyKind;
import java.util.List;

/**
 * What makes a mechanism and what it owns: its status from the nearest cue that can reach it (a
 * status shared by one coordinated with it), the mechanism an event is a meeting of, and the heads
 * that are part of an organisation's own name and open none.
 */
final class MechanismRecognizer {
  private final LanguageData data;
  private final Words words;
  private final Lexicons lex;

  MechanismRecognizer(LanguageData data) {
    this.data = data;
    this.words = data.words;
    this.lex = data.lexicons;
  }

  /** The status of mechanism {@code c} in its sentence, tokens {@code [from, to)}, beside the items {@code here}. */
  MechanismStatus status(Context ctx, Concept c, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    MechanismStatus status = MechanismStatus.EXISTING;
    int nearest = Integer.MAX_VALUE;
    for (int k = Math.max(from, c.first - ConceptRecognizer.CUE_WINDOW); k < Math.min(to, c.last + 3); k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, to);
      if (cue == null || cue.entry.value.mechanismStatus == null) {
        continue;
      }
      Lexicons.Scope scope = cue.entry.value.scope;
      boolean before = cue.last <= c.first;
      boolean after = cue.first >= c.last;
      boolean inside = !before && !after;
      if (inside && cue.first != c.first || before && scope == Lexicons.Scope.AFTER
          || after && scope == Lexicons.Scope.BEFORE) {
        k = cue.last - 1;
        continue;
      }
      if (before && anotherBetween(here, c, cue.last, c.first)) {
        k = cue.last - 1;
        continue;
      }
      int distance = before ? c.first - cue.last : Math.max(0, cue.first - c.last);
      if (distance < nearest || distance == nearest && cue.last - cue.first > 1) {
        nearest = distance;
        status = cue.entry.value.mechanismStatus;
      }
      k = cue.last - 1;
    }
    return status;
  }

  /** How far before a lower-case name a cue of creation may stand, in words («establish a …»). */
  private static final int CREATION_WINDOW = 3;

  /**
   * «we will establish a climate working group», «explore establishing a regional support office»:
   * a cue that creates or proposes a mechanism right before a name of lower-case words makes them a
   * name, though nothing in them is proper.
   */
  boolean createdRightBefore(Context ctx, int start, int from) {
    Tokens t = ctx.tokens;
    for (int k = Math.max(from, start - CREATION_WINDOW); k < start; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, start);
      if (cue != null && cue.entry.value.scope != Lexicons.Scope.AFTER
          && (cue.entry.value.mechanismStatus == MechanismStatus.NEW
              || cue.entry.value.mechanismStatus == MechanismStatus.PROPOSED)) {
        for (int j = cue.last; j < start; j++) {
          if (t.gapBefore[j] == Tokens.GAP_HARD) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another item's head stands in {@code [from, to]}: then a cue before it is that item's. A
   * meeting of {@code c} itself («an inaugural 2 + 2 meeting») takes no cue from it.
   */
  private static boolean anotherBetween(List<Concept> here, Concept c, int from, int to) {
    for (Concept other : here) {
      if (other != c && other.series != c && other.headFirst >= from && other.headFirst <= to && other.first < c.first) {
        return true;
      }
    }
    return false;
  }

  /**
   * «заседание Межправительственной комиссии»: an event names the mechanism it is a meeting of.
   * Items are in text order, so the ones nested in an event follow it: the scan stays linear.
   */
  static void linkNested(List<Concept> here) {
    for (int k = 0; k < here.size(); k++) {
      Concept event = here.get(k);
      if (event.concept != Lexicons.Concept.EVENT) {
        continue;
      }
      for (int j = k + 1; j < here.size() && here.get(j).first < event.last; j++) {
        Concept inner = here.get(j);
        if (inner.concept == Lexicons.Concept.MECHANISM && inner.kind != MechanismKind.FORMAT
            && inner.first > event.headFirst && inner.last <= event.last) {
          event.series = inner;
        }
      }
    }
  }

  /** «…, а также Регионального центра»: a mechanism coordinated with one whose status a cue set shares it. */
  void inheritStatus(Context ctx, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = 1; k < here.size(); k++) {
      Concept c = here.get(k);
      Concept before = here.get(k - 1);
      if (c.concept != Lexicons.Concept.MECHANISM || before.concept != Lexicons.Concept.MECHANISM
          || c.mechanismStatus != MechanismStatus.EXISTING || before.mechanismStatus == MechanismStatus.EXISTING || c.first < before.last
          || c.first - before.last > 2) {
        continue;
      }
      boolean coordinated = true;
      for (int j = before.last; j < c.first; j++) {
        coordinated &= words.is(WordClass.COORDINATOR, t.key[j]);
      }
      if (coordinated) {
        c.mechanismStatus = before.mechanismStatus;
      }
    }
  }

  /** A head inside an organisation's own name («Центральноазиатский … центр») opens no mechanism. */
  boolean coveredByOrganization(Context ctx, int head, int to) {
    Tokens t = ctx.tokens;
    for (int k = Math.max(0, head - 6); k <= head; k++) {
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, to);
      if (p != null && p.first <= head && p.last > head && p.value.kind == PartyKind.ORGANIZATION
          && (Tokenizer.keyOf(p.value.nameRu).contains(t.stem[head]) || organCouncil(t, head, p.last))) {
        return true;
      }
    }
    return false;
  }

  /** «Совет Безопасности ООН»: a council named by an organisation's gazetteer entry is its organ. */
  private boolean organCouncil(Tokens t, int head, int nameEnd) {
    return words.phraseAt(WordClass.ORGAN_HEAD, t, head, nameEnd, true);
  }
}
