package dev.entente.parser;

import dev.entente.model.Act;
import dev.entente.model.PartyKind;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads each sentence as a statement: the act of its first verb from the act lexicon (negated,
 * «не поддерживают», it becomes an opposition), the actors named before it («Стороны» resolve to
 * the signatories; «государства Центральной Азии» to those of them that signed), the topics of the
 * topic lexicon, and the parties and items the sentence mentions. A list item takes the act and
 * actors of the sentence that opens its list («Стороны приветствуют:»).
 */
final class StatementRecognizer {
  private final LanguageData data;
  private final Words words;
  private final Lexicons lex;

  StatementRecognizer(LanguageData data) {
    this.data = data;
    this.words = data.words;
    this.lex = data.lexicons;
  }

  /** A mention of an item, by the token it starts at. */
  private record ItemMention(Concept concept, Range range) {}

  /** The statements of each block, in text order; the items carry their ids. */
  Map<Layout.Block, List<Statement>> read(Context ctx, List<Concept> concepts) {
    Map<Layout.Block, List<Statement>> byBlock = new java.util.IdentityHashMap<>();
    @SuppressWarnings("unchecked")
    List<ItemMention>[] conceptsByToken = new List[ctx.tokens.size];
    for (Concept c : concepts) {
      for (Range m : c.mentions) {
        if (conceptsByToken[m.start()] == null) {
          conceptsByToken[m.start()] = new ArrayList<>(2);
        }
        conceptsByToken[m.start()].add(new ItemMention(c, m));
      }
    }
    Statement intro = null;
    Layout.Block introBlock = null;
    for (Context.Sentence s : ctx.sentences) {
      Statement statement = read(ctx, s, conceptsByToken);
      if (s.item && introBlock == s.block && intro != null && statement.act().isEmpty()) {
        statement = Statement.builder().from(statement).actors(intro.actorIds()).act(intro.act())
            .strength(intro.strength()).cameo(intro.cameo()).negated(intro.negated()).rule(intro.rule()).build();
      } else if (s.item && introBlock == s.block && intro != null && statement.actorIds().isEmpty()) {
        statement = Statement.builder().from(statement).actors(intro.actorIds()).build();
      }
      if (!s.item) {
        boolean opensList = ctx.text.text().charAt(s.end - 1) == ':';
        intro = opensList ? statement : null;
        introBlock = opensList ? s.block : null;
      }
      byBlock.computeIfAbsent(s.block, b -> new ArrayList<>()).add(statement);
    }
    return byBlock;
  }

  /** One statement; {@code conceptsByToken} holds the concept mentions starting at each token. */
  private Statement read(Context ctx, Context.Sentence s, List<ItemMention>[] conceptsByToken) {
    Tokens t = ctx.tokens;
    Statement.Builder statement = Statement.builder()
        .start(ctx.originalStart(s.start))
        .end(ctx.originalEnd(s.start, s.end));
    PrefixLexicon.Hit<Lexicons.ActSense> act = firstAct(t, s);
    int subjectEnd = act == null ? s.lastToken : act.first;
    if (act != null) {
      act(statement, t, s, act);
    }
    List<Context.Found<PartyInfo>> inSentence = mentionsIn(ctx, s);
    Set<String> actors = actors(ctx, s, act, subjectEnd, inSentence);
    statement.actors(actors);
    // Lists that skip what they hold: a sentence names a few topics and parties, not enough for a set to pay.
    List<Topic> topics = new ArrayList<>();
    for (PrefixLexicon.Hit<Topic> hit : lex.topics.findAll(t, s.firstToken, s.lastToken)) {
      if (!topics.contains(hit.entry.value)) {
        topics.add(hit.entry.value);
      }
    }
    statement.topics(topics);
    List<String> parties = new ArrayList<>(actors);
    for (Context.Found<PartyInfo> m : inSentence) {
      if (!parties.contains(m.value.id)) {
        parties.add(m.value.id);
      }
    }
    statement.parties(parties);
    return items(statement, s, conceptsByToken);
  }

  /** The sentence's act: the first of the act lexicon that is not a gerund's. */
  private PrefixLexicon.Hit<Lexicons.ActSense> firstAct(Tokens t, Context.Sentence s) {
    PrefixLexicon.Hit<Lexicons.ActSense> act = null;
    for (int k = s.firstToken; k < s.lastToken && act == null; k++) {
      act = lex.acts.longestAt(t, k, s.lastToken);
      if (act != null && isGerund(t, act)) {
        k = act.last - 1;
        act = null;
      }
    }
    return act;
  }

  /** Sets the act, negated («не поддерживают») into an opposition. */
  private void act(Statement.Builder statement, Tokens t, Context.Sentence s, PrefixLexicon.Hit<Lexicons.ActSense> act) {
    boolean negated = act.first > s.firstToken && words.is(WordClass.NEGATION, t.key[act.first - 1]);
    Act value = act.entry.value.act;
    if (negated && (value == Act.SUPPORT || value == Act.AGREE || value == Act.WELCOME)) {
      value = Act.OPPOSE;
    }
    statement.act(value).strength(negated ? Strength.NOTE : act.entry.value.strength)
        .cameo(negated && value == Act.OPPOSE ? "120" : act.entry.value.cameo).negated(negated)
        .rule(act.entry.where + " " + act.entry.pattern());
  }

  /**
   * The parties that act: a group opening the sentence, the subjects named before the act, a
   * collective subject before the parties it lists, or the signatories of a passive agreement.
   */
  private Set<String> actors(Context ctx, Context.Sentence s, PrefixLexicon.Hit<Lexicons.ActSense> act,
      int subjectEnd, List<Context.Found<PartyInfo>> inSentence) {
    Tokens t = ctx.tokens;
    Set<String> actors = new LinkedHashSet<>();
    PrefixLexicon.Hit<List<String>> openingGroup = s.firstToken < subjectEnd
        ? data.groups.longestAt(t, s.firstToken, subjectEnd) : null;
    if (openingGroup != null) {
      addGroup(ctx, openingGroup, actors);
    }
    int firstActor = Integer.MAX_VALUE;
    for (Context.Found<PartyInfo> m : inSentence) {
      if (openingGroup == null && m.first >= s.firstToken && m.last <= subjectEnd && isSubject(t, m, s.firstToken)
          && m.value.kind != PartyKind.TERRITORY) {
        actors.add(m.value.id);
        firstActor = Math.min(firstActor, m.first);
      }
    }
    if (openingGroup == null) {
      // «По итогам встречи министры … приняли»: a collective subject before the parties it lists.
      for (int k = s.firstToken + 1; k < Math.min(subjectEnd, firstActor); k++) {
        PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(t, k, subjectEnd);
        if (group != null) {
          actors.clear();
          addGroup(ctx, group, actors);
          break;
        }
      }
    }
    if (actors.isEmpty() && act != null && act.entry.value.strength == Strength.AGREED
        && act.first > s.firstToken && words.startsWithAny(WordClass.PASSIVE_AUXILIARY_PREFIX, t.key[act.first - 1])) {
      // «Было принято решение …», «было достигнуто соглашение»: in the sides' own document, theirs.
      actors.addAll(ctx.signatories);
    }
    return actors;
  }

  /** Adds the items mentioned wholly inside the sentence, each kind in text order, and builds the statement. */
  private static Statement items(Statement.Builder statement, Context.Sentence s, List<ItemMention>[] conceptsByToken) {
    List<String> initiatives = new ArrayList<>();
    List<String> mechanisms = new ArrayList<>();
    List<String> events = new ArrayList<>();
    for (int k = s.firstToken; k < s.lastToken; k++) {
      if (conceptsByToken[k] == null) {
        continue;
      }
      for (ItemMention found : conceptsByToken[k]) {
        Concept c = found.concept();
        if (found.range().end() > s.lastToken) {
          continue;
        }
        String id = c.id;
        List<String> target = c.concept == Lexicons.Concept.INITIATIVE ? initiatives
            : c.concept == Lexicons.Concept.MECHANISM ? mechanisms : events;
        if (!target.contains(id)) {
          target.add(id);
        }
      }
    }
    return statement.initiatives(initiatives).mechanisms(mechanisms).events(events).build();
  }

  /** The party mentions inside sentence {@code s}, found by binary search in text order. */
  private static List<Context.Found<PartyInfo>> mentionsIn(Context ctx, Context.Sentence s) {
    List<Context.Found<PartyInfo>> all = ctx.mentionsInOrder;
    List<Context.Found<PartyInfo>> found = new ArrayList<>();
    for (int k = ctx.firstMentionFrom(s.firstToken); k < all.size() && all.get(k).first < s.lastToken; k++) {
      if (all.get(k).last <= s.lastToken) {
        found.add(all.get(k));
      }
    }
    return found;
  }

  private static void addGroup(Context ctx, PrefixLexicon.Hit<List<String>> group, Set<String> actors) {
    for (String member : group.entry.value) {
      if (member.equals("SIGNATORIES")) {
        actors.addAll(ctx.signatories);
      } else if (ctx.signatories.isEmpty() || ctx.signatories.contains(member)) {
        actors.add(member);
      }
    }
  }

  /** «высоко оценив …,», «отметив», «Принимая во внимание …,»: a gerund's act is not the sentence's. */
  private boolean isGerund(Tokens t, PrefixLexicon.Hit<Lexicons.ActSense> act) {
    for (int k = act.first; k < act.last; k++) {
      if (data.language.isGerund(t.key[k], k == act.first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A party is a subject when it opens the sentence, follows an opening title («Президент
   * Республики Казахстан пригласил»), or follows another subject with «и»/«,».
   */
  private boolean isSubject(Tokens t, Context.Found<PartyInfo> m, int sentenceStart) {
    if (m.first == sentenceStart) {
      return true;
    }
    PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, sentenceStart, m.first);
    if (role != null && role.last == m.first) {
      return true;
    }
    if (m.last < t.size && words.startsWithAny(WordClass.SIDE_NOUN_PREFIX, t.key[m.last]) && t.gapHas(m.first, ',')) {
      return true;
    }
    int k = m.first - 1;
    return words.is(WordClass.AND, t.key[k]) && k > sentenceStart || t.gapIs(m.first, ',')
        && k >= sentenceStart && Character.isUpperCase(t.source.charAt(t.start[sentenceStart]))
        && m.first - sentenceStart <= 6;
  }
}
