package dev.entente.parser;

import dev.entente.model.PartyKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which parties adopt the document: those named before «/далее — стороны/» or «далее
 * именуемые Сторонами»; else those «между X и Y» in the title; else the heads of state or
 * government who open the preamble; else the states in the title. A state that only attends («в
 * том числе» its ambassador) is not among them.
 */
final class SignatoryResolver {
  private final Words words;
  private final LanguageData data;

  SignatoryResolver(LanguageData data) {
    this.words = data.words;
    this.data = data;
  }

  /** Preamble paragraphs searched for heads who adopt the document. */
  private static final int PREAMBLE_WINDOW = 3;

  void resolve(Context ctx, List<PersonRecognizer.Person> people) {
    Tokens t = ctx.tokens;
    Set<String> sides = new LinkedHashSet<>();
    for (Context.Sentence s : ctx.sentences) {
      for (int i = s.firstToken; i + 1 < s.lastToken; i++) {
        if (words.is(WordClass.HEREINAFTER, t.key[i]) && startsWithinThree(t, i + 1, s.lastToken)) {
          partiesBetween(ctx, s.firstToken, i, sides);
          break;
        }
      }
      if (!sides.isEmpty()) {
        break;
      }
    }
    if (sides.isEmpty() && ctx.titleFirstToken >= 0) {
      for (int i = ctx.titleFirstToken; i < ctx.titleLastToken; i++) {
        if (words.is(WordClass.BETWEEN, t.key[i])) {
          partiesBetween(ctx, i + 1, ctx.titleLastToken, sides);
          break;
        }
      }
    }
    if (sides.isEmpty()) {
      weTheLeaders(ctx, sides);
    }
    boolean headWithoutParty = false;
    if (sides.isEmpty()) {
      for (PersonRecognizer.Person person : people) {
        if (person.role != null && isHead(person.role) && inOpeningParagraphs(ctx, person.mentions.get(0).start())) {
          if (person.party != null) {
            sides.add(person.party);
          } else {
            headWithoutParty = true;
          }
        }
      }
    }
    if ((sides.isEmpty() || headWithoutParty) && ctx.titleFirstToken >= 0) {
      partiesBetween(ctx, ctx.titleFirstToken, ctx.titleLastToken, sides);
    }
    ctx.signatories.addAll(sides);
  }

  /**
   * «We, the leaders of A, B and C, …» in the opening paragraphs: the parties named between a
   * collective subject of the signatories (groups.tsv) and the sentence's first act.
   */
  private void weTheLeaders(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.number != null ? ctx.layout.clauses.indexOf(s.block) > 0
          : ctx.layout.preamble.indexOf(s.block) >= PREAMBLE_WINDOW) {
        continue;
      }
      for (int i = s.firstToken; i < s.lastToken; i++) {
        PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(t, i, s.lastToken);
        boolean opening = i == s.firstToken || t.isCapitalized(i) || t.gapIs(i, ',');
        if (group == null || !group.entry.value.contains("SIGNATORIES") || !opening) {
          continue;
        }
        int end = group.last;
        while (end < s.lastToken && data.lexicons.acts.longestAt(t, end, s.lastToken) == null) {
          end++;
        }
        partiesBetween(ctx, group.last, end, sides);
        if (!sides.isEmpty()) {
          return;
        }
      }
    }
  }

  private boolean startsWithinThree(Tokens t, int from, int to) {
    for (int k = from; k < Math.min(to, from + 3); k++) {
      if (words.startsWithAny(WordClass.SIGNATORY_NOUN_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  private void partiesBetween(Context ctx, int from, int to, Set<String> sides) {
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= from && found.last <= to && found.value.kind == PartyKind.STATE
          && !attendsOnly(ctx.tokens, from, found.first)) {
        sides.add(found.value.id);
      }
    }
    if (sides.isEmpty()) {
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
        if (found.first >= from && found.last <= to && found.value.kind == PartyKind.ORGANIZATION) {
          sides.add(found.value.id);
        }
      }
    }
  }

  /**
   * A state named after «в том числе» or right after an envoy's title («посол Туркменистана») in the
   * same comma-separated stretch only attends.
   */
  private boolean attendsOnly(Tokens t, int from, int mention) {
    for (int k = mention - 1; k >= from; k--) {
      if (t.gapHas(k + 1, ',') || t.gapHas(k + 1, '.')) {
        return false;
      }
      if (words.phraseEndsAt(WordClass.INCLUDING_MARKER, t, from, k + 1) || words.startsWithAny(WordClass.ENVOY_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean isHead(String role) {
    String lower = Tokenizer.keyOf(role);
    return words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, lower)
        && words.list(WordClass.NOT_HEAD_ROLE_PART).stream().noneMatch(lower::contains);
  }

  private static boolean inOpeningParagraphs(Context ctx, int token) {
    Context.Sentence s = ctx.sentenceOf(token);
    return s != null && s.block.number == null && ctx.layout.preamble.indexOf(s.block) < PREAMBLE_WINDOW;
  }
}
