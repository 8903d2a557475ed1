package dev.entente.parser;

import dev.entente.model.PartyKind;
import java.util.ArrayList;
import java.util.List;

/**
 * «Верховный Совет Республики A постановляет: ⏎ Ратифицировать Договор между A и B … ⏎ Председатель Верховного
 * Совета Республики A И.Иванов»: a legal database prints the act by which one state's body ratifies or approves a
 * document above (or below) the document itself. The act is that state's alone; the official who signs it and the
 * officials it names («Уполномочить министра … подписать») act in that state's procedure, not in the document.
 *
 * <p>An act is a decree verb (words.tsv {@link WordClass#DECREE_VERB}) before a colon, whose subject — the words from
 * the verb's line start, or the line before where the verb opens its line — names exactly one party, a state. It
 * runs from the verb to the end of the first line after the colon that a person's name ends (its signature), within
 * {@value #ACT_REACH} words; an act with no such line is left alone. A person named only inside such acts is found
 * by {@link #insideAnAct}.
 */
final class OneSidedAct {
  /** The most words from a decree's colon to the signature that closes the act. */
  private static final int ACT_REACH = 300;

  private final LanguageData data;

  OneSidedAct(LanguageData data) {
    this.data = data;
  }

  /**
   * The token ranges of the one-sided acts in the text, each closed by the first of {@code mentions} (all people's,
   * sorted or not) that ends a line after the decree's colon.
   */
  List<Range> acts(Tokens t, List<Range> mentions) {
    List<Range> acts = new ArrayList<>();
    for (int v = 0; v + 1 < t.size; v++) {
      if (!t.gapHas(v + 1, ':') || !data.words.is(WordClass.DECREE_VERB, t.key[v]) || !decreedByOneState(t, v)) {
        continue;
      }
      int end = signatureEnd(t, v + 1, mentions);
      if (end > 0) {
        acts.add(new Range(v, end));
        v = end - 1;
      }
    }
    return acts;
  }

  /** Whether every one of {@code mentions} lies inside one of {@code acts}: the person is only the acts'. */
  static boolean insideAnAct(List<Range> acts, List<Range> mentions) {
    if (acts.isEmpty() || mentions.isEmpty()) {
      return false;
    }
    for (Range mention : mentions) {
      boolean inside = false;
      for (Range act : acts) {
        inside |= mention.start() >= act.start() && mention.end() <= act.end();
      }
      if (!inside) {
        return false;
      }
    }
    return true;
  }

  /** The end of the first mention after token {@code from}, within the reach, that ends its line; 0 where none. */
  private static int signatureEnd(Tokens t, int from, List<Range> mentions) {
    int best = 0;
    for (Range mention : mentions) {
      int end = mention.end();
      if (mention.start() >= from && end - from <= ACT_REACH && (best == 0 || end < best)
          && (end >= t.size || t.opensLine(end))) {
        best = end;
      }
    }
    return best;
  }

  /** Whether the decree verb's subject names one party, a state («Правительство Республики A ПОСТАНОВЛЯЕТ:»). */
  private boolean decreedByOneState(Tokens t, int verb) {
    int start = lineStart(t, verb);
    if (start == verb && start > 0) {
      start = lineStart(t, start - 1);
    }
    PartyInfo only = null;
    for (int k = start; k < verb; k++) {
      PhraseMatcher.Match<PartyInfo> party = t.isCapitalized(k) ? data.parties.longestAt(t, k, verb) : null;
      if (party == null) {
        continue;
      }
      if (only != null && !only.id.equals(party.value.id)) {
        return false;
      }
      only = party.value;
      k = party.last - 1;
    }
    return only != null && only.kind == PartyKind.STATE;
  }

  /** The first token of the line that holds token {@code k}. */
  private static int lineStart(Tokens t, int k) {
    int start = k;
    while (start > 0 && !t.opensLine(start)) {
      start--;
    }
    return start;
  }
}
