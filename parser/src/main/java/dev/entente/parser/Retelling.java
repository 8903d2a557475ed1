package dev.entente.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A news page that retells a document instead of printing it: «Президенты подписали совместное
 * заявление. В документе говорится, что стороны … "Стороны подтвердили …", — отмечается в
 * заявлении.» The journalist's sentences are the page's lead: they still tell the document's kind,
 * date, place and sides (read by the stages before this one, as they read any opening), but the
 * states, organisations, people, initiatives, mechanisms and events the page holds are the
 * document's only where they stand in its own quoted words. This stage, run once the items are found,
 * keeps just those.
 *
 * <p>A page is such a report when one of its first {@value #REPORT_WINDOW} paragraphs of body text (a
 * headline or byline without a full stop is none; up to the {@value #ATTRIBUTION_WINDOW}th too where it
 * attributes words to the document)
 * attributes words to the document («говорится в документе», «отмечается в заявлении», «документ
 * гласит», «согласно заявлению», «в документе стороны …») or is an agency's («сообщает», «передает
 * корреспондент», «по словам», «как сообщили в …», «стало известно») outside quotes, or says the sides made the
 * document, named in lower case («подписали совместное заявление»; this also in a lead above the body, where
 * no lead-in hands the document over), and nothing shows the document's own text printed: no numbered points,
 * no two words in the first person plural («мы», «наши») outside quotes (one is a journalist's: «визит в нашу
 * страну»; on a page a news site's furniture frames, {@link ReportShape#framedAsNewsSite}, all are: «прибывший к нам»), no
 * sentence that attributes what follows to
 * the document or says the sides made it and ends in a colon before unquoted text («В заявлении говорится: ⏎
 * Стороны …», «подписали совместное заявление следующего содержания:»), no row of
 * stars that divides a lead from the text below it («***»). A quote is the document's when a sentence
 * it opens or closes in (or the one that ends with a colon right before it) attributes it to the
 * document and it runs on at least {@value #QUOTE_WORDS} words (a shorter one names something).
 * The cues are the language's: {@code reports.tsv} in its data folder.
 *
 * <p>On any other page, a title the segmenter took from the end of a site's headline («Путин и Байден
 * приняли совместное заявление о …») is the site's too: what only it names is dropped.
 */
final class Retelling {
  /** Paragraphs of body text, from its start, searched for the cue that makes a page a report. */
  private static final int REPORT_WINDOW = 3;
  /**
   * Paragraphs of body text searched for a sentence that attributes words to the document («"…", — говорится
   * в заявлении», «В итоговом документе отмечается, что …»): a news page may give a headline, a lead and a paragraph
   * of its own before the first quote, and a report of a meeting may narrate it (who led the delegations, what
   * the experts discussed, what was adopted) for four paragraphs before it first retells the document.
   */
  private static final int ATTRIBUTION_WINDOW = 6;
  /**
   * The most paragraphs, headlines and bylines among them, that the search for a report's cue reads: a news page may
   * stack a dozen lines of its own (a day, rubrics, its headline two or three times, a view counter, a byline) above
   * its lead.
   */
  private static final int WINDOW_BLOCKS = 12;
  /** The fewest letters of a word by which a paragraph is text, not a site's furniture ({@link #isFurniture}). */
  private static final int FURNITURE_WORD = 4;
  /** The fewest words of a quote that gives the document's own words, not a name. */
  private static final int QUOTE_WORDS = 4;
  /**
   * The fewest words in the first person plural, outside quotes, by which a page shows the document's own text: a
   * journalist writes one of his own country («визит в нашу страну», «Следите за нашими новостями»), a document
   * that speaks for itself many («Мы, главы государств, … наши страны …»).
   */
  private static final int FIRST_PERSON_WORDS = 2;
  /** Words between a verb of saying and «в» before the document's noun («в совместном заявлении, которое распространила пресс-служба, говорится»). */
  private static final int SAYS_REACH = 8;

  /**
   * Words after «гласит» within which the document's noun, or a point's, stands as its subject in a remark after a
   * quote («"…", — гласит один из пунктов итогового заявления»).
   */
  private static final int READS_REACH = 5;

  /** Passive verbs of saying that attribute words to a document: «говорится», «отмечается». */
  private final Set<String> says = new HashSet<>();
  /** Prepositions that open the document as a source: «в», «во», «согласно». */
  private final Set<String> in = new HashSet<>();
  /** Beginnings of the nouns a report calls the document by: «документ», «заявлени», «деклараци». */
  private final List<String> documentNouns = new ArrayList<>();
  /**
   * Beginnings of the nouns of a body's message («сообщени»): a sentence that attributes words to one and ends in a
   * colon before unquoted text («В сообщении ОБСЕ говорится: ⏎ …») hands over the text printed as it is.
   */
  private final List<String> messageNouns = new ArrayList<>();
  /** Beginnings of the nouns of a part of the document, beside a verb of saying only: «в данном пункте сказано». */
  private final List<String> pointNouns = new ArrayList<>();
  /** Pronouns that stand for the document right beside a verb of saying and «в»: «В нем говорится», «говорится в ней». */
  private final Set<String> pronouns = new HashSet<>();
  /** Pronouns by which a report names who spoke, after a comma and a verb of saying («…, сказал он»). */
  private final Set<String> saidBy = new HashSet<>();
  /** Verbs whose subject is the document and whose object its words: «гласит». */
  private final Set<String> reads = new HashSet<>();
  /** Words only an agency's report uses of itself or its sources: «сообщает», «корреспондент». */
  private final Set<String> agency = new HashSet<>();
  /** A journalist's days, counted from the day he writes, never a document's: «вчера», «завтра». */
  private final Set<String> deixis = new HashSet<>();
  /** A journalist's day before, an adverb only before one of {@link #deixisNext} or a verb in the past: «накануне». */
  private final Set<String> deixisNear = new HashSet<>();
  /** Words after which {@link #deixisNear} is an adverb, not a preposition: «в», «вечером». */
  private final Set<String> deixisNext = new HashSet<>();
  /** The language, for its reading of a verb in the past after {@link #deixisNear}. */
  private final Language language;
  /** Words in the first person plural: outside quotes, the document speaks for itself. */
  private final Set<String> firstPerson = new HashSet<>();
  /** The prepositions of {@link #in} that name a source without a verb of saying («согласно документу»). */
  private final Set<String> according = new HashSet<>();
  /** Prepositions that, before the document's noun and a colon, give the quote after it as taken from it («Из заявления: "…"»). */
  private final Set<String> takenFrom = new HashSet<>();
  /** Phrases of a report, word by word («в документе»): the document named as a thing apart. */
  private final List<String[]> phrases = new ArrayList<>();
  /**
   * Whether each of {@link #phrases} names the document («в документе», «в совместном заявлении», «следует из
   * текста»), not an agency, a press service or a speaker («в сообщении», «как сообщили», «сказал журналистам»):
   * only such a phrase ties a quote to the document.
   */
  private final List<Boolean> documentPhrase = new ArrayList<>();
  /** The first words of {@link #phrases}: a word that opens none is asked no phrase. */
  private final Set<String> phraseFirst = new HashSet<>();
  /** Words that, opening a sentence, make the document its subject («Документ предусматривает …»). */
  private final Set<String> opens = new HashSet<>();
  /** Verbs by which a report says the sides made the document («подписали», «принята»). */
  private final Set<String> adopted = new HashSet<>();
  /** Beginnings of the nouns an {@link #adopted} verb names the document by («заявлени», «деклараци»). */
  private final List<String> adoptedNouns = new ArrayList<>();
  /** Forms of «быть» between the document's noun and an {@link #adopted} verb after it («заявление было подписано»). */
  private final Set<String> was = new HashSet<>();
  /** Beginnings of the words by which a document names itself («настоящем документе»): no report's. */
  private final List<String> self = new ArrayList<>();
  /** Rows of stars that divide a report's lead from the document's text printed below it («***»). */
  private final List<String> separators = new ArrayList<>();
  /** Words that, opening a sentence before a verb of saying, point back at what it reported («Об этом сообщила …»). */
  private final List<String[]> about = new ArrayList<>();
  /** Plural nouns of documents before a colon that opens a numbered list of the documents signed («документы:»). */
  private final Set<String> listed = new HashSet<>();
  /** Beginnings of the nouns of a document's printed words: a lead-in that names them hands them over («текст»). */
  private final List<String> textNouns = new ArrayList<>();
  /** Verbs by which a report, after a comma or a quote and a dash, names who spoke («"…", — сказал министр»). */
  private final Set<String> said = new HashSet<>();
  /** Plural verbs by which a report says its coordinated subject signed or adopted a document («подписали»). */
  private final Set<String> signedBy = new HashSet<>();
  /** The shape of a report where none of these cues stands («лидеры приняли Сочинскую декларацию»). */
  private final ReportShape shape;

  /** Nouns by which a report names the sides as a group, not by name («участники», «стороны», "leaders"). */
  private final Set<String> sidesNouns = new HashSet<>();
  /**
   * Conjunctions that open indirect speech («В документе указывается, что стороны:»): a colon after one lists the
   * report's retelling, not the document's text printed below.
   */
  private final Set<String> indirect = new HashSet<>();
  /**
   * Phrases, each split into its words, by which a site names itself official in its furniture («Президент России —
   * официальный сайт»): the page is a side's own report, counted whole, not a news page's retelling.
   */
  private final List<String[]> officialSites = new ArrayList<>();
  /**
   * The last words of an editor's note in brackets inside a quote («(A – ред.)», "(A – ed.)"): the note is the
   * report's, not the quoted document's.
   */
  private final Set<String> editorNotes = new HashSet<>();

  Retelling(LanguageData data) {
    shape = new ReportShape(data);
    language = data.language;
    String resource = data.language.folder() + "reports.tsv";
    for (Tsv.Row row : Tsv.read(resource, 2)) {
      List<String> values = row.values(1);
      switch (row.get(0)) {
        case "SAYS" -> says.addAll(values);
        case "IN" -> in.addAll(values);
        case "ACCORDING" -> {
          in.addAll(values);
          according.addAll(values);
        }
        case "DOCUMENT" -> documentNouns.addAll(values);
        case "MESSAGE" -> messageNouns.addAll(values);
        case "FROM" -> takenFrom.addAll(values);
        case "POINT" -> pointNouns.addAll(values);
        case "PRONOUN" -> pronouns.addAll(values);
        case "READS" -> reads.addAll(values);
        case "AGENCY" -> agency.addAll(values);
        case "FIRST_PERSON" -> firstPerson.addAll(values);
        case "DEIXIS" -> deixis.addAll(values);
        case "DEIXIS_NEAR" -> deixisNear.addAll(values);
        case "DEIXIS_NEXT" -> deixisNext.addAll(values);
        case "PHRASE" -> values.forEach(v -> {
          phrases.add(v.split(" "));
          phraseFirst.add(v.split(" ")[0]);
        });
        case "OPENS" -> opens.addAll(values);
        case "ADOPTED" -> adopted.addAll(values);
        case "ADOPTED_NOUN" -> adoptedNouns.addAll(values);
        case "WAS" -> was.addAll(values);
        case "SELF" -> self.addAll(values);
        case "SEPARATOR" -> separators.addAll(values);
        case "SAID" -> said.addAll(values);
        case "SAID_BY" -> saidBy.addAll(values);
        case "TEXT" -> textNouns.addAll(values);
        case "LISTED" -> listed.addAll(values);
        case "SIGNED_BY" -> signedBy.addAll(values);
        case "SIDES" -> sidesNouns.addAll(values);
        case "INDIRECT" -> indirect.addAll(values);
        case "ABOUT" -> values.forEach(v -> about.add(v.split(" ")));
        case "OFFICIAL_SITE" -> values.forEach(v -> officialSites.add(v.split(" ")));
        case "EDITOR" -> editorNotes.addAll(values);
        default -> throw row.error("unknown kind of report cue: " + row.get(0));
      }
    }
    for (String[] phrase : phrases) {
      boolean names = false;
      for (String word : phrase) {
        names |= LanguageData.startsWithAny(word, documentNouns);
      }
      documentPhrase.add(names);
    }
    for (Set<String> words : List.of(agency, opens, phraseFirst, says, reads, according, adopted, said, deixis, deixisNear)) {
      cueWords.addAll(words);
    }
    about.forEach(words -> cueWords.add(words[0]));
    mayCue = data.wordFlag("report cue", key -> cueWords.contains(key) || LanguageData.startsWithAny(key, adoptedNouns));
  }

  /**
   * Whether {@code verb} and {@code preposition} are how a report attributes words to a document
   * («говорится в …», «отмечается в …»: a SAYS verb and an IN preposition of reports.tsv), for a stage
   * before this one that reads whose text a page retells.
   */
  boolean saysIn(String verb, String preposition) {
    return says.contains(verb) && in.contains(preposition) && !according.contains(preposition);
  }

  /**
   * Whether {@code verb} is a plural verb by which a report says its coordinated subject signed or adopted a
   * document («подписали», "signed": a SIGNED_BY verb of reports.tsv), for {@link ReportedSigners}.
   */
  boolean signedBy(String verb) {
    return signedBy.contains(verb);
  }

  /**
   * Whether {@code noun} names a document's sides as a group, not by name («участники заседания подписали»,
   * «стороны приняли», "the leaders adopted": a SIDES noun of reports.tsv), for {@link ReportedSigners}.
   */
  boolean namesTheSides(String noun) {
    return sidesNouns.contains(noun);
  }

  /**
   * The words at which a cue of {@link #isReport} may stand: those of its sets and the first of
   * {@link #about}'s phrases.
   */
  private final Set<String> cueWords = new HashSet<>();
  /**
   * Whether a cue of {@link #isReport} may stand at a token: its key is one of {@link #cueWords} or
   * begins with one of {@link #adoptedNouns}. Most words are neither, and are passed over without a
   * look-up in each set.
   */
  private final WordFlag mayCue;

  /**
   * On a page that retells a document, drops every party mention, person, initiative, mechanism
   * and event that does not stand in the document's quoted words; on a page whose report hands the text over in
   * the passive ({@link Layout#handedOverAt}), those that stand above the line that does; elsewhere does nothing.
   */
  void keepQuoted(Context ctx, List<PersonRecognizer.Person> persons, List<Concept> concepts) {
    if (ctx.layout.handedOverAt >= 0) {
      // «22 сентября в Москве … прошел второй раунд консультаций. ⏎ По итогам … было принято следующее Заявление:»:
      // the report above the line that hands the text over is the site's, the text below it and the title the
      // document's own.
      int firstKept = ctx.tokens.firstAtOrAfter(ctx.layout.handedOverAt);
      int titleFrom = ctx.titleFirstToken;
      int titleTo = ctx.titleLastToken;
      drop(ctx, persons, concepts, token -> token >= firstKept || titleFrom >= 0 && token >= titleFrom && token < titleTo);
      return;
    }
    if (says.isEmpty() && agency.isEmpty() || ctx.sentences.isEmpty()
        || !ctx.layout.clauses.isEmpty() && !listsDocuments(ctx)) {
      headline(ctx, persons, concepts);
      return;
    }
    String text = ctx.text.text();
    List<Context.Sentence> sentences = ctx.sentences;
    int[] quotes = quotes(text, sentences.get(0).start, sentences.get(sentences.size() - 1).end);
    // A news site's report of a meeting that names no document («… провели переговоры», under «Фото:», «Читайте
    // также» or an agency's dateline): all it names is the journalist's. An official site's report of the same
    // meeting shows none of the signs, and its words stay the document's.
    boolean report = (isReport(ctx, quotes) || shape.reportsAMeetingOnNewsSite(ctx, quotes)) && !onAnOfficialSite(ctx);
    int divide = report ? dividedAt(text, ctx.layout.preamble) : -1;
    if (divide >= 0) {
      // «Путин и Трамп одобрили совместное заявление … *** Президенты сегодня подтвердили …»: the lead above the
      // stars is the report's, the text below them the document's own.
      int firstKept = ctx.tokens.firstAtOrAfter(divide);
      drop(ctx, persons, concepts, token -> token >= firstKept);
      return;
    }
    if (!report || speaksForItself(ctx, quotes) && !shape.framedAsNewsSite(ctx) || divided(text)) {
      headline(ctx, persons, concepts);
      return;
    }
    Map<Context.Sentence, Boolean> attributing = new java.util.IdentityHashMap<>();
    if (printedAfterColon(ctx, text, quotes, attributing)) {
      headline(ctx, persons, concepts);
      return;
    }
    int[] kept = new int[quotes.length];
    int pairs = 0;
    Tokens t = ctx.tokens;
    for (int q = 0; q < quotes.length; q += 2) {
      int first = t.firstAtOrAfter(quotes[q]);
      int last = t.firstAtOrAfter(quotes[q + 1]);
      if (last - first >= QUOTE_WORDS && attributed(ctx, text, quotes, q, first, last, attributing)) {
        kept[pairs++] = first;
        kept[pairs++] = last;
      }
    }
    int[] keptTokens = Arrays.copyOf(kept, pairs);
    int[] notes = editorNotes(ctx, keptTokens);
    drop(ctx, persons, concepts, token -> inside(keptTokens, token) && !inside(notes, token));
  }

  /** Most tokens of an editor's note in brackets («(Хасан Роухани – ред.)»). */
  private static final int NOTE_TOKENS = 12;

  /**
   * «"Президенты Ирана (Хасан Роухани – ред.) и России (Владимир Путин – ред.) договорились …"»: the brackets inside
   * the kept quotes ({@code kept}, pairs of token bounds) whose last word before the closing bracket is an editor's
   * mark ({@link #editorNotes}), as pairs of token bounds: the editor's words, which name no one the document does.
   */
  private int[] editorNotes(Context ctx, int[] kept) {
    if (editorNotes.isEmpty() || kept.length == 0) {
      return new int[0];
    }
    Tokens t = ctx.tokens;
    List<Integer> notes = new ArrayList<>();
    for (int q = 0; q < kept.length; q += 2) {
      int open = -1;
      for (int k = kept[q]; k < kept[q + 1]; k++) {
        if (t.gapHas(k, '(')) {
          open = k;
        }
        if (open >= 0 && k > open && k - open <= NOTE_TOKENS && k + 1 < t.size && t.gapHas(k + 1, ')') && editorNotes.contains(t.key[k])) {
          notes.add(open);
          notes.add(k + 1);
          open = -1;
        }
      }
    }
    int[] out = new int[notes.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = notes.get(k);
    }
    return out;
  }

  /**
   * Whether a line of the site's furniture (one that ends in a word, no sentence: {@link #endsInAWord}) names the site
   * official ({@link #officialSites}: «Президент России — официальный сайт»): a side's own site reports its own
   * meeting, and its words count whole. A news page names another's site so only inside a sentence («размещено на
   * официальном сайте МИД»), in another case.
   */
  boolean onAnOfficialSite(Context ctx) {
    if (officialSites.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    for (int i = 0; i < t.size; i++) {
      for (String[] phrase : officialSites) {
        if (phraseStartsAt(t, i, phrase) && furnitureLine(text, t.start[i])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the words of {@code phrase} stand at tokens {@code i} on. */
  private static boolean phraseStartsAt(Tokens t, int i, String[] phrase) {
    return i + phrase.length <= t.size && Words.matches(phrase, t, i, false);
  }

  /** Whether the line {@code at} stands on ends in a word, no mark after it: a site's furniture, not a sentence. */
  private static boolean furnitureLine(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return endsInAWord(text, start, end < 0 ? text.length() : end);
  }

  /**
   * «В совместном заявлении говорится: ⏎ Президент A по приглашению …»: a sentence that attributes
   * what follows to the document and ends in a colon with no quote after it hands over the document's
   * text, printed as it is.
   */
  private boolean printedAfterColon(Context ctx, String text, int[] quotes, Map<Context.Sentence, Boolean> attributing) {
    for (Context.Sentence s : ctx.sentences) {
      int end = s.end;
      while (end > s.start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == s.start || text.charAt(end - 1) != ':' || inside(quotes, end - 1)) {
        continue;
      }
      int next = end;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && text.charAt(next) != '"'
          && (attributesOnce(ctx.tokens, quotes, s, attributing) || made(ctx.tokens, quotes, s)
              || attributesToAMessage(ctx.tokens, quotes, s))
          && !retoldIndirectly(ctx.tokens, quotes, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} has, outside quotes, a verb of {@link #says} and, within {@value #SAYS_REACH} words of it,
   * «в» right before a noun of {@link #messageNouns} in lower case («В сообщении ОБСЕ говорится:»).
   */
  private boolean attributesToAMessage(Tokens t, int[] quotes, Context.Sentence s) {
    for (int i = s.firstToken; i < s.lastToken; i++) {
      if (!says.contains(t.key[i]) || inside(quotes, t.start[i])) {
        continue;
      }
      for (int k = Math.max(s.firstToken, i - SAYS_REACH); k < Math.min(s.lastToken - 1, i + SAYS_REACH); k++) {
        if (in.contains(t.key[k]) && !according.contains(t.key[k])
            && LanguageData.startsWithAny(t.key[k + 1], messageNouns) && !t.isCapitalized(k + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} puts what it hands over in indirect speech, outside quotes («В документе, в
   * частности, указывается, что Франция и Китай:»): the items after its colon are the report's retelling.
   */
  private boolean retoldIndirectly(Tokens t, int[] quotes, Context.Sentence s) {
    for (int i = s.firstToken; i < s.lastToken; i++) {
      if (indirect.contains(t.key[i]) && !inside(quotes, t.start[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Путин и Байден приняли совместное заявление о …»: a title the segmenter took from the end of a
   * site's headline that names the document inside it is the site's; what only it names is dropped.
   */
  private static void headline(Context ctx, List<PersonRecognizer.Person> persons, List<Concept> concepts) {
    if (!ctx.layout.titleInHeadline || ctx.titleFirstToken < 0
        || !wordsBefore(ctx.text.text(), ctx.layout.titleStart)) {
      return;
    }
    int from = ctx.titleFirstToken;
    int to = ctx.titleLastToken;
    drop(ctx, persons, concepts, token -> token < from || token >= to);
  }

  /**
   * Whether the page reports a meeting (talks, a summit, a session) and no text adopted at it ({@link
   * ReportShape#reportsAnEventOnly}), or names no document at all and does not speak as one ({@link
   * ReportShape#namesNoDocument}, nor two words in the first person plural outside quotes): a call, a visit or an
   * understanding. Such a page has no signatories.
   */
  boolean reportsNoSigning(Context ctx) {
    String text = ctx.text.text();
    int[] quotes = quotes(text, 0, text.length());
    return shape.reportsAnEventOnly(ctx, quotes) || shape.namesNoDocument(ctx, quotes) && !speaksForItself(ctx, quotes);
  }

  /** Whether one of the first paragraphs of body text attributes words to the document or is an agency's, outside quotes. */
  private boolean isReport(Context ctx, int[] quotes) {
    Tokens t = ctx.tokens;
    // «Путин и Мирзиеев приняли совместное заявление …» over the body: the lead that says the sides made
    // it is the report's, unless a lead-in hands the document over below it («Полный текст заявления:») or
    // the document's own heading stands on a line of its own («Совместное заявление Российской Федерации и …»).
    boolean handedOver = ctx.layout.leadIn || ctx.layout.titleOnItsLine;
    String text = ctx.text.text();
    if (!ctx.layout.titleOnItsLine && agencyLeadIn(ctx, text)) {
      return true;
    }
    // So is a lead that writes as an agency or attributes words to the document («…, сообщает МОНЦАМЭ.»,
    // «Об этом сообщил …», «В ней говорится …») outside quotes.
    for (Range line : handedOver ? List.<Range>of() : ctx.layout.leadLines) {
      int from = t.firstAtOrAfter(line.start());
      int to = t.firstAtOrAfter(line.end());
      int[] lineQuotes = null;
      for (int i = from; i < to; i++) {
        if (!mayCue.test(t, i)) {
          continue;
        }
        if (madeAt(t, i, to)) {
          return true;
        }
        if (agency.contains(t.key[i]) || phraseAt(t, i, to) || attributionAt(t, i, from, to) || saidAt(text, t, i)) {
          if (lineQuotes == null) {
            lineQuotes = quotes(text, line.start(), line.end());
          }
          if (!inside(lineQuotes, t.start[i])) {
            return true;
          }
        }
      }
    }
    int window = bodyWindow(ctx.text.text(), ctx.layout.preamble);
    int attributionWindow = bodyWindow(ctx.text.text(), ctx.layout.preamble, ATTRIBUTION_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.preambleIndex >= attributionWindow) {
        break;
      }
      if (s.block.preambleIndex >= window) {
        for (int i = s.firstToken; i < s.lastToken; i++) {
          if (mayCue.test(t, i) && outsideQuotes(text, quotes, t.start[i]) && attributionAt(t, i, s.firstToken, s.lastToken)) {
            return true;
          }
        }
        continue;
      }
      for (int i = s.firstToken; i < s.lastToken; i++) {
        if (mayCue.test(ctx.tokens, i) && outsideQuotes(text, quotes, ctx.tokens.start[i])
            && (agency.contains(ctx.tokens.key[i]) || deixisAt(ctx.tokens, i, s.lastToken)
                || i == s.firstToken && opens.contains(ctx.tokens.key[i])
                || phraseAt(ctx.tokens, i, s.lastToken) || attributionAt(ctx.tokens, i, s.firstToken, s.lastToken)
                || madeAt(ctx.tokens, i, s.lastToken) || saidAt(text, ctx.tokens, i)
                || i == s.firstToken && aboutAt(ctx.tokens, i, s.lastToken)
                || i == s.firstToken && impersonalAt(text, ctx.tokens, i))) {
          return true;
        }
      }
    }
    // A row of stars divides a lead from the document's text printed below it: that page is not found by its shape.
    return shape.isReport(ctx, quotes) && !divided(text);
  }

  /**
   * Whether token {@code i}, in a sentence that ends before {@code end}, tells the journalist's day: a word of {@link
   * #deixis} («Вчера в Екатеринбурге прошли переговоры»), or one of {@link #deixisNear} as an adverb, before a word of
   * {@link #deixisNext}, a verb in the past, a number or the sentence's end («Накануне в Баку министры договорились», «прибыли
   * накануне»), not as a preposition before a noun («накануне годовщины»). A document dates its acts by the calendar.
   */
  private boolean deixisAt(Tokens t, int i, int end) {
    if (deixis.contains(t.key[i])) {
      return true;
    }
    if (!deixisNear.contains(t.key[i])) {
      return false;
    }
    int next = i + 1;
    return next >= end || deixisNext.contains(t.key[next]) || language.isPastTense(t.key[next]) || t.isNumber(next);
  }

  /**
   * Whether the last lead-in above the body («Как сообщает Кремль, президенты подписали 28 документов. Среди
   * них:») is an agency's account, outside quotes, that neither attributes words to the document, nor says
   * the sides made it, nor names its {@link #textNouns text} («Как передает агентство, приводим текст
   * заявления:»): it hands over a list or a retelling, not the document's own text.
   */
  private boolean agencyLeadIn(Context ctx, String text) {
    List<Range> leadIns = ctx.layout.leadInLines;
    if (leadIns.isEmpty() || agency.isEmpty()) {
      return false;
    }
    Range line = leadIns.get(leadIns.size() - 1);
    Tokens t = ctx.tokens;
    int from = t.firstAtOrAfter(line.start());
    int to = t.firstAtOrAfter(line.end());
    int[] lineQuotes = quotes(text, line.start(), line.end());
    boolean agent = false;
    for (int i = from; i < to; i++) {
      if (inside(lineQuotes, t.start[i])) {
        continue;
      }
      if (attributionAt(t, i, from, to) || madeAt(t, i, to) || LanguageData.startsWithAny(t.key[i], textNouns)) {
        return false;
      }
      agent |= agency.contains(t.key[i]) || phraseAt(t, i, to);
    }
    return agent;
  }

  /**
   * How many preamble paragraphs, from the first, the search for a report's cue reads: up to the
   * {@value #REPORT_WINDOW}th that ends a sentence. A site's headline, rubric, byline or photo credit
   * («Иван Петров/РИА Новости») ends in no full stop and is no paragraph of body text; at most
   * {@value #WINDOW_BLOCKS} paragraphs in all, not counting a site's furniture above them ({@link #isFurniture}).
   */
  static int bodyWindow(String text, List<Layout.Block> preamble) {
    return bodyWindow(text, preamble, REPORT_WINDOW);
  }

  /** As {@link #bodyWindow(String, List)}, up to the {@code paragraphs}th paragraph that ends a sentence. */
  private static int bodyWindow(String text, List<Layout.Block> preamble, int paragraphs) {
    int sentences = 0;
    int counted = 0;
    int b = 0;
    for (; b < preamble.size() && counted < WINDOW_BLOCKS; b++) {
      Layout.Block block = preamble.get(b);
      if (isFurniture(text, block.start(), block.end())) {
        continue;
      }
      counted++;
      if (endsSentence(text, block.end()) && ++sentences == paragraphs) {
        return b + 1;
      }
    }
    return Math.max(b, paragraphs);
  }

  /**
   * Whether the text {@code [start, end)} is a site's furniture, not a paragraph: no word of {@value
   * #FURNITURE_WORD} letters or more stands in it («20.04.2024», «°C», «$ 93.44», «Втр, 23», «13°», «Нал. USD
   * 94.00 / 94.92 23/04 18:35»): a widget's date, weather or exchange rate above a news page's headline.
   */
  static boolean isFurniture(String text, int start, int end) {
    int run = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        if (++run == FURNITURE_WORD) {
          return false;
        }
      } else {
        run = 0;
      }
    }
    return true;
  }

  /** Whether the text before {@code end} closes a sentence: a full stop, «!» or «?», perhaps inside quotes (the normaliser writes every one {@code "}) or brackets. */
  static boolean endsSentence(String text, int end) {
    int i = end - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == ')')) {
      i--;
    }
    return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Where the first row of stars ({@link #separators}) ends when it stands within the paragraphs a report's
   * cue is sought in ({@link #bodyWindow}): the report's lead is above it; or -1.
   */
  private int dividedAt(String text, List<Layout.Block> preamble) {
    if (preamble.isEmpty()) {
      return -1;
    }
    int windowEnd = preamble.get(Math.min(preamble.size(), bodyWindow(text, preamble)) - 1).end();
    int at = -1;
    for (String separator : separators) {
      int i = text.indexOf(separator, preamble.get(0).start());
      if (i >= 0 && i < windowEnd && (at < 0 || i + separator.length() < at)) {
        at = i + separator.length();
      }
    }
    return at;
  }

  /** Whether a row of stars ({@link #separators}) divides the page: the document's text is printed below a lead. */
  private boolean divided(String text) {
    for (String separator : separators) {
      if (text.contains(separator)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word in the first person plural stands outside quotes: the document's own text is printed.
   * One on a line that opens with a dash is a speaker's, as a report prints direct speech («- Мы рады
   * принимать вас в нашей стране, - сказал президент.»); so is one in a line that ends in a word ({@link
   * #endsInAWord}), a site's menu.
   */
  private boolean speaksForItself(Context ctx, int[] quotes) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    int words = 0;
    for (Context.Sentence s : ctx.sentences) {
      if (endsInAWord(text, s.start, s.end)) {
        continue;
      }
      for (int i = s.firstToken; i < s.lastToken; i++) {
        if (firstPerson.contains(t.key[i]) && !inside(quotes, t.start[i]) && !lineOpensWithDash(text, t.start[i])
            && ++words == FIRST_PERSON_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the text {@code [start, end)} ends in a letter or a digit, with no mark after its last word: a site's menu,
   * a headline or a caption («наша страница в Facebook наша страница в сети Twitter»), not a sentence, whose words in
   * the first person are the site's.
   */
  static boolean endsInAWord(String text, int start, int end) {
    int i = end - 1;
    while (i >= start && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= start && Character.isLetterOrDigit(text.charAt(i));
  }

  /** Whether the line {@code at} stands on opens with a dash (the normaliser writes every one {@code -}): a speaker's words. */
  private static boolean lineOpensWithDash(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    while (start < at && text.charAt(start) == ' ') {
      start++;
    }
    return start < at && text.charAt(start) == '-';
  }

  /**
   * Whether token {@code i} of a sentence {@code [from, to)} attributes words to the document: a verb
   * of saying with «в» and the document's noun near it («говорится в документе», «в заявлении
   * отмечается»), the noun before «гласит» or within {@value #READS_REACH} words after it («— гласит текст
   * коммюнике», «— гласит один из пунктов заявления»), or «согласно» before the noun.
   */
  private boolean attributionAt(Tokens t, int i, int from, int to) {
    String key = t.key[i];
    if (says.contains(key)) {
      for (int k = Math.max(from, i - SAYS_REACH); k < Math.min(to - 1, i + SAYS_REACH); k++) {
        if (in.contains(t.key[k]) && (nounWithin(t, k + 1, Math.min(to, k + 3)) || pointWithin(t, k + 1, Math.min(to, k + 3))
            || k + 1 < to && pronouns.contains(t.key[k + 1]) && (k + 1 == i - 1 || k == i + 1))) {
          return true;
        }
      }
      return false;
    }
    if (reads.contains(key)) {
      int after = Math.min(to, i + 1 + READS_REACH);
      return i > from && namesADocument(t.key[i - 1]) || nounWithin(t, i + 1, after) || pointWithin(t, i + 1, after);
    }
    return according.contains(key) && nounWithin(t, i + 1, Math.min(to, i + 3));
  }

  /**
   * Whether token {@code i} is a verb of {@link #said} after a dash (the normaliser writes every one
   * {@code -}) that follows a comma or a closing quote
   * («"Мы одобрили предложения", — отметил министр», «…, — уточнили в пресс-службе»), or after a comma alone
   * with the speaker right after it ({@link #saidBy}: «…, сказал он», «…, отметил Лавров»): the report names who
   * spoke the words before it, which a document, speaking for itself or as «Стороны …», never does; or one in lower
   * case between the speaker (as {@link #saidBy} names one) and a colon before a quote («Медведев сказал: "…"»): the
   * report gives someone's direct speech.
   */
  private boolean saidAt(String text, Tokens t, int i) {
    if (!said.contains(t.key[i])) {
      return false;
    }
    if (i > 0 && !t.isCapitalized(i) && saidBy(t, i - 1) && opensAQuote(text, t.end[i])) {
      return true;
    }
    int k = t.start[i] - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k >= 0 && text.charAt(k) == ',') {
      return !t.isCapitalized(i) && saidBy(t, i + 1);
    }
    if (k < 0 || text.charAt(k) != '-') {
      return false;
    }
    k--;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && ",\"".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether a colon and a quotation mark follow {@code at}, spaces aside: «сказал: "…"». */
  private static boolean opensAQuote(String text, int at) {
    int k = at;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= text.length() || text.charAt(k) != ':') {
      return false;
    }
    k++;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && text.charAt(k) == '"';
  }

  /**
   * Whether token {@code k}, right after a verb of {@link #said} that follows a comma, names who spoke: a pronoun of
   * {@link #saidBy} or a capitalized word that is not the noun of the sides («…, сказал он», «…, отметил Лавров»).
   * A document joins its verbs by commas too («Стороны приветствовали …, отметили важность …»), but never names a
   * speaker after one; a heading in capitals («…, ДАЛЕЕ ИМЕНУЕМЫЕ СТОРОНАМИ, ЗАЯВЛЯЮТ О СЛЕДУЮЩЕМ») names none either,
   * so the verb must be written in lower case and the speaker not in capitals throughout.
   */
  private boolean saidBy(Tokens t, int k) {
    return k < t.size
        && (saidBy.contains(t.key[k]) || t.isCapitalized(k) && !t.isUpperCase(k) && !sidesNouns.contains(t.key[k]));
  }

  /**
   * Whether token {@code i}, opening a sentence, is a verb of {@link #says} with a comma right after it
   * («Подчеркивается, что стороны …», «Отмечается, что …»): the report retells what the document says with
   * no subject, which a document, speaking as «Стороны отмечают», never does.
   */
  private boolean impersonalAt(String text, Tokens t, int i) {
    return says.contains(t.key[i]) && t.end[i] < text.length() && text.charAt(t.end[i]) == ',';
  }

  /**
   * Whether the words of {@link #about} start at token {@code i} and a verb of saying follows them within
   * {@value #SAYS_REACH} words before {@code to} («Об этом 24 сентября сообщила пресс-служба», «Об этом он
   * заявил журналистам»): the report names the source of what it has just told.
   */
  private boolean aboutAt(Tokens t, int i, int to) {
    for (String[] words : about) {
      int k = 0;
      while (k < words.length && i + k < to && words[k].equals(t.key[i + k])) {
        k++;
      }
      if (k == words.length) {
        for (int j = i + k; j < Math.min(to, i + k + SAYS_REACH); j++) {
          if (said.contains(t.key[j]) || agency.contains(t.key[j]) || says.contains(t.key[j])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the numbered points follow a colon right after a plural noun of {@link #listed} («главы стран
   * подписали и приняли следующие документы: ⏎ 1. Декларацию … ⏎ 2. Решение …»): they list the documents
   * signed, they are no document's own clauses, and a report's cue still makes the page a report.
   */
  private boolean listsDocuments(Context ctx) {
    if (listed.isEmpty()) {
      return false;
    }
    String text = ctx.text.text();
    int k = ctx.layout.clauses.get(0).start() - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k < 0 || text.charAt(k) != ':') {
      return false;
    }
    int before = ctx.tokens.firstAtOrAfter(k) - 1;
    return before >= 0 && listed.contains(ctx.tokens.key[before]);
  }

  /** Words that may stand between an {@link #adopted} verb and the document's noun («подписали совместное заявление»). */
  private static final int ADOPTED_REACH = 2;

  /**
   * Whether token {@code i} of a sentence ending before {@code to} says the sides made the document,
   * named in lower case after at most {@value #ADOPTED_REACH} lower-case words («приняли итоговую
   * декларацию», «подписана декларация») or before it ({@link #madeBefore}): the report's words, for a
   * document names another with a capital and itself as «настоящее».
   */
  private boolean madeAt(Tokens t, int i, int to) {
    if (!adopted.contains(t.key[i])) {
      return madeBefore(t, i, to);
    }
    for (int k = i + 1; k < to && k <= i + 1 + ADOPTED_REACH; k++) {
      if (t.isCapitalized(k) || t.isNumber(k) || LanguageData.startsWithAny(t.key[k], self)) {
        return false;
      }
      if (LanguageData.startsWithAny(t.key[k], adoptedNouns)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is the document's noun, in lower case, with a form of «быть» and an {@link
   * #adopted} verb after it before {@code to} («Совместное заявление было подписано по итогам переговоров»,
   * «декларация была принята единогласно»): the report's passive, for a document says of itself «настоящее
   * Заявление подписано» and never «было».
   */
  private boolean madeBefore(Tokens t, int i, int to) {
    return i + 2 < to && !was.isEmpty() && !t.isCapitalized(i) && LanguageData.startsWithAny(t.key[i], adoptedNouns)
        && was.contains(t.key[i + 1]) && adopted.contains(t.key[i + 2]);
  }

  /**
   * Whether one of {@link #phrases} starts at token {@code i} and ends before {@code to}, its last word
   * in lower case; a phrase of two words may hold one lower-case word between them, not one by which
   * the document names itself («в заключительном коммюнике», not «в настоящем документе»).
   */
  private boolean phraseAt(Tokens t, int i, int to) {
    return phraseAt(t, i, to, false);
  }

  /**
   * As {@link #phraseAt(Tokens, int, int)}; with {@code documentOnly}, only a phrase that names the document
   * ({@link #documentPhrase}): «— говорится в сообщении», «— сообщили в пресс-службе» tie a quote to a press
   * service's message, not to the document.
   */
  private boolean phraseAt(Tokens t, int i, int to, boolean documentOnly) {
    if (!phraseFirst.contains(t.key[i])) {
      return false;
    }
    for (int p = 0; p < phrases.size(); p++) {
      String[] phrase = phrases.get(p);
      if (documentOnly && !documentPhrase.get(p)) {
        continue;
      }
      if (i + phrase.length <= to && phrase[0].equals(t.key[i])) {
        int k = 1;
        while (k < phrase.length && phrase[k].equals(t.key[i + k])) {
          k++;
        }
        // «в итоговой Декларации встречи 2013 года»: a document that names another capitalises it.
        if (k == phrase.length && !t.isCapitalized(i + k - 1)) {
          return true;
        }
        if (phrase.length == 2 && k == 1 && i + 2 < to && phrase[1].equals(t.key[i + 2]) && !t.isCapitalized(i + 1)
            && !t.isCapitalized(i + 2) && !t.isNumber(i + 1) && !LanguageData.startsWithAny(t.key[i + 1], self)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of tokens {@code [from, to)} is a noun the report calls the document by (after an adjective: «совместном заявлении»). */
  private boolean nounWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (namesADocument(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of tokens {@code [from, to)} is a noun of a part of the document («данном пункте»). */
  private boolean pointWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (LanguageData.startsWithAny(t.key[k], pointNouns)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code key} is a noun of a document of reports.tsv («документы», «заявление», «коммюнике»); also
   * for a stage before this one that reads what a page's heading says of its documents («Документы,
   * принятые …»).
   */
  boolean namesADocument(String key) {
    return LanguageData.startsWithAny(key, documentNouns);
  }

  /**
   * Whether quote {@code q} (tokens {@code [first, last)}) is attributed to the document: by the
   * sentence it opens in, the one it closes in, or the one that ends with a colon right before it,
   * outside quotes ({@code attributing} keeps each sentence's answer).
   */
  private boolean attributed(Context ctx, String text, int[] quotes, int q, int first, int last,
      Map<Context.Sentence, Boolean> attributing) {
    Context.Sentence opens = ctx.sentenceOf(first);
    Context.Sentence closes = ctx.sentenceOf(last - 1);
    int before = quotes[q] - 2;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    Context.Sentence introduces = before >= 0 && text.charAt(before) == ':' && first > 0
        ? ctx.sentenceOf(first - 1) : null;
    for (Context.Sentence s : new Context.Sentence[] {opens, closes, introduces}) {
      if (s != null && attributesOnce(ctx.tokens, quotes, s, attributing)) {
        return true;
      }
    }
    if (before >= 0 && text.charAt(before) == ':'
        && (takenFromTheDocument(ctx.tokens, first) || introduces == null && leadInAttributes(ctx, quotes, before))) {
      return true;
    }
    if (opens != null && ctx.tokens.start[opens.firstToken] >= quotes[q] - 1 && first > 0
        && !spokenBySomeone(ctx, text, first, last, closes)) {
      // «Об этом говорится в совместной декларации министров. ⏎ "Министры заявляют …"»: a quote that opens a
      // sentence right after one that attributes words to the document goes on with its words, unless a remark
      // gives it a speaker («- Мы обсудили …, - сказал министр»).
      Context.Sentence previous = ctx.sentenceOf(opens.firstToken - 1);
      if (previous != null && previous != opens && attributesOnce(ctx.tokens, quotes, previous, attributing)) {
        return true;
      }
    }
    if (isAttributedByTheNextSentence(ctx, text, quotes, q, first, last, attributing)) {
      return true;
    }
    Tokens t = ctx.tokens;
    for (int i = first; i < last; i++) {
      if (remarkAt(text, t.start[i])) {
        Context.Sentence s = ctx.sentenceOf(i);
        if (phraseAt(t, i, s.lastToken, true) || attributionAt(t, i, s.firstToken, s.lastToken)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * «"Ассамблея … призывает …". В документе речь идет также о …»: a quote that is a whole sentence of its own, with no
   * speaker, right before a sentence that attributes words to the document, is the document's words, as one right
   * after such a sentence is.
   */
  private boolean isAttributedByTheNextSentence(Context ctx, String text, int[] quotes, int q, int first, int last,
      Map<Context.Sentence, Boolean> attributing) {
    Context.Sentence opens = ctx.sentenceOf(first);
    if (opens == null || opens != ctx.sentenceOf(last - 1) || ctx.tokens.start[opens.firstToken] < quotes[q] - 1
        || opens.lastToken > last || opens.lastToken >= ctx.tokens.size || spokenBySomeone(ctx, text, first, last, opens)) {
      return false;
    }
    Context.Sentence next = ctx.sentenceOf(opens.lastToken);
    return next != null && next != opens && attributesOnce(ctx.tokens, quotes, next, attributing);
  }

  /** The most characters from the dash that opens an author's remark inside a quote to a word of it. */
  private static final int REMARK_CHARS = 60;

  /**
   * Whether {@code at} lies outside {@code quotes} or in an author's remark inside one ({@link #remarkAt}).
   */
  private static boolean outsideQuotes(String text, int[] quotes, int at) {
    return !inside(quotes, at) || remarkAt(text, at);
  }

  /**
   * Whether {@code at} lies in an author's remark that breaks a quote («"Безопасность одних не должна обеспечиваться
   * в ущерб другим, — говорится в тексте. — Конфликты должны …"»): after a comma, «!» or «?» and a dash (the
   * normaliser writes every one {@code -}; a plain-text page types two), or a full stop and a dash before a word in
   * lower case («…партнерство. — говорится в заявлении. — …»), on its line, within {@value #REMARK_CHARS} characters, with no quotation mark or
   * full stop between. The remark is the reporter's words, though the quote's marks stand around it.
   */
  static boolean remarkAt(String text, int at) {
    for (int i = at - 1, stop = Math.max(0, at - REMARK_CHARS); i >= stop; i--) {
      char c = text.charAt(i);
      if (c == '"' || c == '.' || c == '\n' || c == ':') {
        return false;
      }
      if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        int dash = i;
        while (dash > 0 && text.charAt(dash - 1) == '-') {
          dash--;
        }
        int k = dash - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
          k--;
        }
        if (k < dash - 1 && k >= 0 && (",!?".indexOf(text.charAt(k)) >= 0
            || text.charAt(k) == '.' && i + 2 < text.length() && Character.isLowerCase(text.charAt(i + 2)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether sentence {@code s} says the sides made the document, outside quotes: ending in a colon
   * («подписали совместное заявление следующего содержания:»), it hands the text over.
   */
  private boolean made(Tokens t, int[] quotes, Context.Sentence s) {
    for (int i = s.firstToken; i < s.lastToken; i++) {
      if (!inside(quotes, t.start[i]) && madeAt(t, i, s.lastToken)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #attributes} of sentence {@code s}, asked once a sentence: {@code attributing} keeps each answer. */
  private boolean attributesOnce(Tokens t, int[] quotes, Context.Sentence s, Map<Context.Sentence, Boolean> attributing) {
    return attributing.computeIfAbsent(s, k -> attributes(t, quotes, k));
  }

  /** Whether sentence {@code s} attributes words to the document outside quotes. */
  private boolean attributes(Tokens t, int[] quotes, Context.Sentence s) {
    return attributesWithin(t, quotes, s.firstToken, s.lastToken);
  }

  /** Whether tokens {@code [from, to)} attribute words to the document outside quotes. */
  private boolean attributesWithin(Tokens t, int[] quotes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!inside(quotes, t.start[i]) && (phraseAt(t, i, to, true) || attributionAt(t, i, from, to))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quote at tokens {@code [first, last)} has a speaker: an author's remark inside it, or a verb of
   * {@link #said} after it in its closing sentence {@code closes} («"…", — сказал министр»).
   */
  private boolean spokenBySomeone(Context ctx, String text, int first, int last, Context.Sentence closes) {
    Tokens t = ctx.tokens;
    for (int i = first; i < last; i++) {
      if (remarkAt(text, t.start[i])) {
        return true;
      }
    }
    int end = closes == null ? last : closes.lastToken;
    for (int i = last; i < end; i++) {
      if (saidAt(text, t, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words right before the colon that opens the quote at token {@code first} are a preposition of
   * {@link #takenFrom} and the document's noun in lower case, perhaps after an adjective («Из совместного заявления:
   * "…"»): the report gives the quote as the document's words. A title of excerpts («Из коммюнике о визите …») has no
   * colon there.
   */
  private boolean takenFromTheDocument(Tokens t, int first) {
    int noun = first - 1;
    if (noun < 1 || !namesADocument(t.key[noun]) || t.isCapitalized(noun)) {
      return false;
    }
    for (int k = noun - 1; k >= Math.max(0, noun - 2); k--) {
      if (takenFrom.contains(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line that ends in the colon at {@code colon}, standing above the body's sentences (a page's lead:
   * «Руководители … выступили с заявлением, в котором говорится: ⏎ "…"»), says the sides made the document or
   * attributes the quote below it to the document.
   */
  private boolean leadInAttributes(Context ctx, int[] quotes, int colon) {
    Tokens t = ctx.tokens;
    int from = t.firstAtOrAfter(ctx.text.text().lastIndexOf('\n', colon) + 1);
    int to = t.firstAtOrAfter(colon);
    if (from >= to || ctx.sentenceOf(from) != null) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (madeAt(t, i, to)) {
        return true;
      }
    }
    return attributesWithin(t, quotes, from, to);
  }

  /**
   * Whether words stand before {@code at} on its line: a title that starts there is the end of a
   * headline («Путин и Байден приняли совместное заявление»), not a line of its own («Vision
   * Statement-ASEAN-India Commemorative Summit»).
   */
  private static boolean wordsBefore(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the mentions whose first token {@code keep} refuses, and the items left without one; an
   * event that pointed at a dropped mechanism points at none.
   */
  private static void drop(Context ctx, List<PersonRecognizer.Person> persons, List<Concept> concepts, IntPredicate keep) {
    for (Iterator<Map.Entry<String, List<Context.Found<PartyInfo>>>> it = ctx.partyMentions.entrySet().iterator(); it.hasNext(); ) {
      List<Context.Found<PartyInfo>> mentions = it.next().getValue();
      mentions.removeIf(m -> !keep.test(m.first));
      if (mentions.isEmpty()) {
        it.remove();
      }
    }
    ctx.mentionsInOrder.removeIf(m -> !keep.test(m.first));
    for (PersonRecognizer.Person person : persons) {
      person.mentions.removeIf(m -> !keep.test(m.start()));
    }
    // A person of the quoted words whose party only the report names loses it in PersonRecognizer.keepNamedParties,
    // the pipeline's next step.
    persons.removeIf(person -> person.mentions.isEmpty());
    concepts.removeIf(c -> c.mentions.stream().noneMatch(m -> keep.test(m.start())) && !keep.test(c.first));
    Set<Concept> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    left.addAll(concepts);
    for (Concept c : concepts) {
      // An event of a series (mechanism) that only the report names belongs to none of the document's.
      if (c.series != null && !left.contains(c.series)) {
        c.series = null;
      }
    }
  }

  /**
   * Whether {@code at} lies inside one of {@code spans} (pairs of start, end, in text order, apart: the
   * quotes' chars or the kept quotes' tokens): a binary search.
   */
  static boolean inside(int[] spans, int at) {
    int lo = 0;
    int hi = spans.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (at < spans[2 * mid]) {
        hi = mid - 1;
      } else if (at >= spans[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * The outermost quotes of {@code text[from, to)}, as pairs of where the words after the opening
   * mark start and where the closing mark stands. The normaliser writes every quotation mark
   * {@code "}: one after a space, a line break, a bracket or a dash (or at {@code from}) that a word
   * follows opens a quote, any other closes one (also one a stray space stands before: «… информационную
   * ", - рассказал»); a quote left open ends at {@code to}.
   */
  static int[] quotes(String text, int from, int to) {
    List<Integer> pairs = new ArrayList<>();
    int depth = 0;
    for (int i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) {
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      boolean opens = (i == from || Character.isWhitespace(before) || before == '(' || before == '-' || before == ':')
          && !Character.isWhitespace(after) && ",.;:!?)".indexOf(after) < 0;
      if (opens) {
        if (depth++ == 0) {
          pairs.add(i + 1);
        }
      } else if (depth > 0 && --depth == 0) {
        pairs.add(i);
      }
    }
    if (depth > 0) {
      pairs.add(to);
    }
    addDashSpeech(text, from, to, pairs);
    int[] out = new int[pairs.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = pairs.get(k);
    }
    return out;
  }

  /**
   * Adds to {@code pairs} (the quotes by their marks, in text order) the direct speech that the dash sets off on
   * a line of its own, as a Russian page quotes without marks: «— Стороны договорились о продолжении консультаций,
   * — говорится в совместном заявлении.» — a line of {@code text[from, to)} that opens with a dash (the normaliser
   * writes every one {@code -}) and a space, whose words run to a comma, full stop, «!» or «?», a space, a dash, a
   * space and a word in lower case (the author's remark), with no quotation mark between; the words up to the
   * punctuation are the quote. A list's line that opens with a dash runs on with no remark.
   */
  private static void addDashSpeech(String text, int from, int to, List<Integer> pairs) {
    List<Integer> speech = null;
    for (int lineStart = from; lineStart < to; ) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      int i = lineStart;
      while (i < lineEnd && text.charAt(i) == ' ') {
        i++;
      }
      if (i + 2 < lineEnd && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
        int close = remarkAfterSpeech(text, i + 2, lineEnd);
        if (close >= 0) {
          if (speech == null) {
            speech = new ArrayList<>();
          }
          speech.add(i + 2);
          speech.add(close);
        }
      }
      lineStart = lineEnd + 1;
    }
    if (speech == null) {
      return;
    }
    List<Integer> merged = new ArrayList<>(pairs.size() + speech.size());
    int a = 0;
    int b = 0;
    while (a < pairs.size() || b < speech.size()) {
      if (b >= speech.size() || a < pairs.size() && pairs.get(a) < speech.get(b)) {
        merged.add(pairs.get(a++));
        merged.add(pairs.get(a++));
      } else {
        merged.add(speech.get(b++));
        merged.add(speech.get(b++));
      }
    }
    pairs.clear();
    pairs.addAll(merged);
  }

  /**
   * Where the direct speech that starts at {@code start} ends: the comma, full stop, «!» or «?» before «, - говорится»,
   * «. - сказал» (a space, a dash, a space and a word in lower case) on the line that ends at {@code lineEnd}; -1
   * where no such remark follows or a quotation mark stands before it.
   */
  private static int remarkAfterSpeech(String text, int start, int lineEnd) {
    for (int j = start; j + 4 < lineEnd; j++) {
      char c = text.charAt(j);
      if (c == '"') {
        return -1;
      }
      if (",.!?".indexOf(c) >= 0 && text.charAt(j + 1) == ' ' && text.charAt(j + 2) == '-' && text.charAt(j + 3) == ' '
          && Character.isLowerCase(text.charAt(j + 4))) {
        return j;
      }
    }
    return -1;
  }
}
