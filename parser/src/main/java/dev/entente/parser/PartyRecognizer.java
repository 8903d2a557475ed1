package dev.entente.parser;

import dev.entente.model.PartyKind;
import java.util.ArrayList;

/**
 * Finds states, organisations and political parties in the title and every sentence, in any form
 * the gazetteers give or the stemmer reaches: «Казахстана», «Кыргызской Республикой», «КНР»,
 * «казахской стороне», «азербайджано-китайских», «ШОС». A capital stands for its state only as the
 * subject of a verb of the act lexicon («Пекин поддерживает»), never in «в Пекине состоялась».
 */
final class PartyRecognizer {
  private final LanguageData data;

  PartyRecognizer(LanguageData data) {
    this.data = data;
  }

  void recognize(Context ctx) {
    if (ctx.titleFirstToken >= 0) {
      scan(ctx, ctx.titleFirstToken, ctx.titleLastToken);
    }
    for (Context.Sentence sentence : ctx.sentences) {
      scan(ctx, sentence.firstToken, sentence.lastToken);
      capitalAsSubject(ctx, sentence);
    }
    ctx.mentionsInOrder.sort((a, b) -> Integer.compare(a.first, b.first));
    ctx.partyMentions.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.first, b.first)));
  }

  /** «того же мнения»: a name that is also a common word counts only capitalised in mid-sentence. */
  private boolean isCommonWord(Tokens t, PhraseMatcher.Match<PartyInfo> match, int sentenceStart) {
    return match.last - match.first == 1 && data.ambiguousNames.contains(t.key[match.first])
        && (match.first == sentenceStart || !t.isCapitalized(match.first));
  }

  /**
   * «Индийского океана», «Южно-Китайском море», «Indo-Pacific»: an adjective or a combining form
   * that names a place (or a language), not the state; so does one of a list of such adjectives
   * that ends in the noun («на русском, французском и испанском языках», «Индийского и Тихого
   * океанов»).
   */
  private boolean isGeographic(Tokens t, PhraseMatcher.Match<PartyInfo> match, int to) {
    String last = t.key[match.last - 1];
    if (match.last >= to || !data.language.isAdjective(last)
        && !(t.hyphenAfter[match.last - 1] && data.language.isCompoundPart(last))) {
      return false;
    }
    int k = match.last;
    while (k < to && k - match.last < LISTED_ADJECTIVES && !t.isCapitalized(k)
        && (t.gapBefore[k] == Tokens.GAP_SPACE || t.gapHas(k, ','))
        && (data.words.is(WordClass.AND, t.key[k]) || data.language.isAdjective(t.key[k])
            && !LanguageData.startsWithAny(t.key[k], data.geographicNouns))) {
      k++;
    }
    return k < to && LanguageData.startsWithAny(t.key[k], data.geographicNouns);
  }

  /** The most words of a list of adjectives looked over for the geographic noun that ends it. */
  private static final int LISTED_ADJECTIVES = 8;

  /** «US dollars», «Japanese yen»: the name of a currency, not a mention of the state. */
  private boolean isCurrency(Tokens t, PhraseMatcher.Match<PartyInfo> match, int to) {
    if (match.last >= to || match.value.kind != PartyKind.STATE) {
      return false;
    }
    return LanguageData.startsWithAny(t.key[match.last], data.currencyNouns);
  }

  /**
   * «Нина Армянская», «В.Н.Грузинский», «господин Турецкий»: a state's adjective written with a
   * capital in mid-sentence right after a given name, an initial or a form of address is a surname.
   */
  private boolean isSurname(Tokens t, PhraseMatcher.Match<PartyInfo> match, int sentenceStart) {
    int at = match.first;
    if (match.last - at != 1 || at <= sentenceStart || !t.isCapitalized(at) || t.isUpperCase(at)
        || !data.language.isAdjective(t.key[at])) {
      return false;
    }
    String before = t.key[at - 1];
    if (data.words.is(WordClass.HONORIFIC, before)) {
      return true;
    }
    if (!t.isCapitalized(at - 1)) {
      return false;
    }
    if (before.length() == 1) {
      return t.gapHas(at, '.');
    }
    return t.gapBefore[at] == Tokens.GAP_SPACE && (data.lexicons.givenNames.contains(before)
        || data.lexicons.givenNames.contains(data.language.nominativeOf(before)));
  }

  /**
   * «проект "Турецкий поток"», «при участии Британского совета»: a state's adjective alone, with a
   * capital inside a sentence (after a space, a quote or a comma) and a word in lower case right
   * after it, opens the name of a project or an institution where the language writes such
   * adjectives in lower case; a compound («Российско-Китайский») still names its states.
   */
  private boolean opensAName(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    int at = match.first;
    int next = match.last;
    // An adjective is found by its stem; a listed case form («Того», «Монголией») is the state's name.
    if (!data.language.capitalisedAdjectivesOpenNames() || match.mode != PhraseMatcher.Mode.STEMS || next - at != 1
        || at <= from || next >= to
        || !t.isCapitalized(at) || t.isUpperCase(at) || t.isCapitalized(next) || t.isNumber(next) || t.isNumber(at - 1)
        || t.gapBefore[next] != Tokens.GAP_SPACE || t.hyphenAfter[at] || t.hyphenAfter[at - 1]
        || !data.language.isAdjective(t.key[at])) {
      return false;
    }
    for (int k = t.end[at - 1]; k < t.start[at]; k++) {
      if (" \",(".indexOf(t.source.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private void scan(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    int i = from;
    while (i < to) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, i, to);
      if (match == null) {
        i++;
        continue;
      }
      if (isCommonWord(t, match, from) || isGeographic(t, match, to) || isCurrency(t, match, to)
          || isSurname(t, match, from) || opensAName(t, match, from, to)) {
        i = match.last;
        continue;
      }
      add(ctx, new Context.Found<>(match.first, match.last, match.value));
      i = match.last;
    }
  }

  private void capitalAsSubject(Context ctx, Context.Sentence sentence) {
    Tokens t = ctx.tokens;
    int first = sentence.firstToken;
    if (first >= sentence.lastToken || !t.isCapitalized(first)) {
      return;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, first, sentence.lastToken);
    if (city == null || !city.value.capital || city.last - city.first != 1
        || !city.value.nominatives.contains(t.key[first]) || city.last >= sentence.lastToken) {
      return;
    }
    PartyInfo state = data.partiesById.get(city.value.country);
    int next = city.last;
    if (data.words.is(WordClass.NEGATION, t.key[next])) {
      next++;
    }
    if (state != null && next < sentence.lastToken
        && data.lexicons.acts.longestAt(t, next, sentence.lastToken) != null) {
      add(ctx, new Context.Found<>(city.first, city.last, state));
    }
  }

  private static void add(Context ctx, Context.Found<PartyInfo> found) {
    ctx.partyMentions.computeIfAbsent(found.value.id, k -> new ArrayList<>()).add(found);
    ctx.mentionsInOrder.add(found);
  }
}
