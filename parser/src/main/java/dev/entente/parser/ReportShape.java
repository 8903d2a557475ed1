package dev.entente.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of a news page that reports a document, for {@link Retelling} where none of its cues stands: in the
 * page's first paragraphs, outside quotes, the journalist says the document was made — a finite verb of making or
 * the noun of signing with a document's noun within {@value #REACH} words, in either order, any case, capital or
 * not («лидеры приняли Сочинскую декларацию», «Соглашения подписали президенты», «состоялась церемония подписания
 * Договора», «Ратифицирован Договор …»); but not a count of documents («подписан ряд соглашений», «принято 11
 * документов»: a meeting's report or a joint statement lists them), a noun in capitals (a database's heading), one
 * after a word by which the document names what follows («приняли следующее Заявление»), or a sentence that ends in
 * a colon (it hands the text over). The paragraphs are those {@link Retelling#bodyWindow} reads. Held back where the
 * page shows itself as the document: it names itself («настоящее Соглашение»), its sides («далее именуемые
 * Сторонами», «Стороны» with a capital inside a sentence, or opening one with a verb in the present tense), or a
 * paragraph opens with a preamble's gerund («Подтверждая …», «Руководствуясь …»); and where a line hands the
 * document over or its heading stands on a line of its own. Numbered points, the first person plural and a row of
 * stars that divides a lead from the text below it hold a page back in {@link Retelling} already. So is a page whose
 * first lines give an agency's dateline («АНКАРА, 4 апреля. /ТАСС/.», "LIMA, March 9 (Reuters) -") and whose first
 * sentences narrate a meeting held («состоялось заседание», "took place"): neither alone. The words are the language's:
 * {@code report-shape.tsv} in its data folder (none: no page is found so).
 */
final class ReportShape {
  /** Words between a verb of making and a document's noun, either way («подписали новый Договор»). */
  private static final int REACH = 4;
  /** Sentences of body text, from its start, searched for a sentence of making (a page may be one long line). */
  private static final int SENTENCES = 5;
  /** Words of a dateline, from its city, within which the agency's name stands («СОЧИ, Россия, 12 сентября 2025 (WAM)»). */
  private static final int DATELINE = 10;
  /** Most words of a page's first line read as a news headline («Президент A позвонил Президенту B»). */
  private static final int HEADLINE = 25;
  /** Words of prose after a dateline's agency, in its paragraph, by which the dateline opens the agency's report. */
  private static final int RUN_ON = 12;

  /** Finite verbs of making a document and the noun of signing («подписали», «ратифицирован», «подписания»). */
  private final Set<String> make = new HashSet<>();
  /** The forms of the noun of signing («подписания»), also in {@link #make}. */
  private final Set<String> signing = new HashSet<>();
  /** Words of time before the noun of signing by which a document recalls a past one («со времени», «после»). */
  private final Set<String> signedSince = new HashSet<>();
  /** Endings of the nouns of an anniversary before the noun of signing («двадцатилетию»). */
  private final List<String> anniversary = new ArrayList<>();
  /** Beginnings of the nouns of a document («договор», «деклараци»). */
  private final List<String> documentNouns = new ArrayList<>();
  /** Beginnings of words that begin like a document's noun and are none («договорились»). */
  private final List<String> notDocument = new ArrayList<>();
  /** Beginnings of the nouns of a document besides {@link #documentNouns}, by which a page names one it prints («нотами», «Обращение»). */
  private final List<String> alsoDocument = new ArrayList<>();
  /** Beginnings of the words by which a document names itself or the text that follows («настоящ», «следующ»). */
  private final List<String> self = new ArrayList<>();
  /** Words after which a noun is the topic of another word, not what was made («о»). */
  private final Set<String> stop = new HashSet<>();
  /** Beginnings of the words by which a document names itself anywhere («настоящ»). */
  private final List<String> selfName = new ArrayList<>();
  /** Words that count the documents a noun names («ряд», «пакет»). */
  private final Set<String> count = new HashSet<>();
  /** Beginnings of the noun of the sides («сторон»). */
  private final List<String> sides = new ArrayList<>();
  /** Endings of a verb in the third person plural of the present («ют», «ят»). */
  private final List<String> present = new ArrayList<>();
  /** Words before which a document names its sides («далее»). */
  private final Set<String> hereinafter = new HashSet<>();
  /** Words that open a paragraph of a document's preamble («подтверждая», «руководствуясь»). */
  private final Set<String> preamble = new HashSet<>();
  /** Names of news agencies as a dateline gives them («тасс», «риа», «wam», «reuters»). */
  private final Set<String> agencies = new HashSet<>();
  /** Verbs by which a journalist narrates a meeting that was held («состоялось», «прошли», «возглавил»). */
  private final Set<String> narration = new HashSet<>();
  /** Verbs by which a page tells that people held or ended a meeting («провели», «завершился»), beside {@link #narration}. */
  private final Set<String> held = new HashSet<>();
  /** Beginnings of the nouns of a meeting («встреч», «переговор», «заседани», «саммит»). */
  private final List<String> meetings = new ArrayList<>();
  /** Words after a verb of making by which it tells taking part, not making («приняли участие»). */
  private final Set<String> partake = new HashSet<>();
  /** Phrases, each split into its words, that open a joint text's account of its visit («по приглашению»). */
  private final List<String[]> invitations = new ArrayList<>();
  /** Phrases, each split into its words, by which a news site marks its page («по материалам», «читайте также»). */
  private final List<String[]> newsSigns = new ArrayList<>();
  /** The first words of {@link #newsSigns}, so that most tokens are passed over with one look-up. */
  private final Set<String> newsSignStarts = new HashSet<>();
  /** Verbs by which a page credits an agency for its news («сообщает ТАСС», «как сообщили АЗЕРТАДЖ»). */
  private final Set<String> credits = new HashSet<>();

  /** The language, for its reading of a headline's verb ({@link Language#isPastSingularAct}). */
  private final Language language;

  ReportShape(LanguageData data) {
    language = data.language;
    for (Tsv.Row row : Tsv.read(data.language.folder() + "report-shape.tsv", 2)) {
      List<String> values = row.values(1);
      switch (row.get(0)) {
        case "MAKE" -> make.addAll(values);
        case "SIGNING" -> {
          make.addAll(values);
          signing.addAll(values);
        }
        case "SIGNED_SINCE" -> signedSince.addAll(values);
        case "ANNIVERSARY" -> anniversary.addAll(values);
        case "DOCUMENT" -> documentNouns.addAll(values);
        case "NOT_DOCUMENT" -> notDocument.addAll(values);
        case "ALSO_DOCUMENT" -> alsoDocument.addAll(values);
        case "SELF" -> self.addAll(values);
        case "SELF_NAME" -> selfName.addAll(values);
        case "STOP" -> stop.addAll(values);
        case "COUNT" -> count.addAll(values);
        case "SIDES" -> sides.addAll(values);
        case "PRESENT" -> present.addAll(values);
        case "HEREINAFTER" -> hereinafter.addAll(values);
        case "PREAMBLE" -> preamble.addAll(values);
        case "AGENCY" -> agencies.addAll(values);
        case "NARRATION" -> narration.addAll(values);
        case "HELD" -> held.addAll(values);
        case "MEETING" -> meetings.addAll(values);
        case "PARTAKE" -> partake.addAll(values);
        case "INVITATION" -> values.forEach(phrase -> invitations.add(phrase.split(" ")));
        case "CREDIT" -> credits.addAll(values);
        case "NEWS_SIGN" -> values.forEach(phrase -> {
          String[] words = phrase.split(" ");
          newsSigns.add(words);
          newsSignStarts.add(words[0]);
        });
        default -> throw row.error("unknown kind of report shape: " + row.get(0));
      }
    }
  }

  /**
   * Whether the page has a report's shape: a sentence of making in its first paragraphs and {@value #SENTENCES}
   * sentences (or a lead line above them), outside {@code quotes} (pairs of char offsets, as {@link
   * Retelling#quotes}), and nothing on the page speaks as the document.
   */
  boolean isReport(Context ctx, int[] quotes) {
    if (make.isEmpty() && agencies.isEmpty() || ctx.layout.leadIn || ctx.layout.titleOnItsLine || ctx.sentences.isEmpty()) {
      return false;
    }
    String text = ctx.text.text();
    Tokens t = ctx.tokens;
    boolean shape = false;
    for (Range line : ctx.layout.leadLines) {
      if (makes(t, text, quotes, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()))) {
        shape = true;
        break;
      }
    }
    List<Layout.Block> blocks = ctx.layout.preamble;
    int window = Math.min(blocks.size(), Retelling.bodyWindow(text, blocks));
    for (int s = 0, n = openingSentences(ctx, window); !shape && s < n; s++) {
      Context.Sentence sentence = ctx.sentences.get(s);
      if (sentence.block.preambleIndex < 0) {
        continue;
      }
      shape = makes(t, text, quotes, sentence.firstToken, sentence.lastToken);
    }
    return (shape || datelined(ctx, quotes, window)) && !speaksAsDocument(ctx, quotes);
  }

  /**
   * Whether the page reports a meeting and no text adopted at it: one of its first {@value #SENTENCES} sentences
   * narrates a meeting held («состоялось заседание …», «… провели встречу», «саммит завершился»: a verb of {@link
   * #narration} or {@link #held} and a noun of {@link #meetings}, outside {@code quotes}), and the page names no
   * document, in quotes or not (a noun of one that is not counted, «подписан пакет документов», nor part of a party's name,
   * «Организации Договора о коллективной безопасности»), no verb of making stands but one of taking part («приняли
   * участие»), it has no numbered points, it does not speak as a document ({@link #speaksAsDocument}, nor a sentence
   * that opens with the noun of the sides, «Стороны отметили …»), and no sentence opens with a party's name («Соединенные
   * Штаты поддержали …»), nor does the first open with a joint text's formula of a visit ({@link
   * #opensWithAnInvitation}): a joint text speaks of its sides so; a report of talks or of a summit tells of people.
   */
  boolean reportsAnEventOnly(Context ctx, int[] quotes) {
    if (meetings.isEmpty() || ctx.sentences.isEmpty() || !ctx.layout.clauses.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    if (opensWithAnInvitation(t, ctx.sentences.get(0))) {
      return false;
    }
    if (!narratesAMeeting(ctx, quotes) || speaksAsDocument(ctx, quotes)) {
      return false;
    }
    for (Context.Sentence s : ctx.sentences) {
      Context.Found<PartyInfo> opening = ctx.mentionFrom(s.firstToken);
      if (opening != null && opening.first == s.firstToken) {
        return false;
      }
      if (s.firstToken < s.lastToken && t.isCapitalized(s.firstToken)
          && LanguageData.startsWithAny(t.key[s.firstToken], sides)) {
        return false;
      }
    }
    // The whole page, its heading and lead lines too («Между A и B подписана «Совместная декларация …»»).
    for (int i = 0; i < t.size; i++) {
      if (isDocument(t.key[i]) && !countedJustBefore(t, i) && !ctx.insideAMention(i)) {
        return false;
      }
      if (make.contains(t.key[i]) && !(i + 1 < t.size && partake.contains(t.key[i + 1]))
          && !countedDocumentAfter(t, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a news site's page names no document at all: it shows a news site's signs ({@link #onNewsSite}), no noun of
   * a document stands on it ({@code DOCUMENT} or {@code ALSO_DOCUMENT}: «нотами», «Обращение»), heading, lead and body
   * alike, in quotes or not (but for a party's name, «Организации Договора о коллективной безопасности»), nor a verb of
   * making one («подписали», «принят»), it has no numbered points, does not speak as a document ({@link
   * #speaksAsDocument}) and does not open with a joint text's formula of a visit ({@link #opensWithAnInvitation}): the
   * journalist's report of a visit, a meeting or an understanding reached («Главы МИД договорились …», «Китай, Россия
   * и Лаос обязались …», «… посетил с визитом»), which no one signs. A page that adopts a text names it somewhere, or
   * speaks as it; an official site's headless joint text tells of its talks with none of a news site's signs.
   */
  boolean namesNoDocument(Context ctx, int[] quotes) {
    if (make.isEmpty() || ctx.sentences.isEmpty() || !ctx.layout.clauses.isEmpty()
        || opensWithAnInvitation(ctx.tokens, ctx.sentences.get(0))) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (int i = 0; i < t.size; i++) {
      if (make.contains(t.key[i]) || (isDocument(t.key[i]) || LanguageData.startsWithAny(t.key[i], alsoDocument)
          && !LanguageData.startsWithAny(t.key[i], notDocument)) && !ctx.insideAMention(i)) {
        return false;
      }
    }
    return (onNewsSite(ctx, quotes) || headedByOnesAct(ctx)) && !speaksAsDocument(ctx, quotes);
  }

  /**
   * Whether the page's first line is a headline that tells one actor's act: at most {@value #HEADLINE} words, no full
   * stop at its end, and a verb in the past singular in lower case ({@link Language#isPastSingularAct}: «Президент A
   * позвонил Президенту B», «Председатель КНР встретился с …», «Китай пообещал …»). A joint text is headed by its
   * name, never by what one of its sides did.
   */
  private boolean headedByOnesAct(Context ctx) {
    String text = ctx.text.text();
    int lineEnd = text.indexOf('\n');
    if (lineEnd < 0 || Retelling.endsSentence(text, lineEnd)) {
      return false;
    }
    Tokens t = ctx.tokens;
    int to = t.firstAtOrAfter(lineEnd);
    if (to == 0 || to > HEADLINE) {
      return false;
    }
    for (int i = 1; i < to; i++) {
      if (!t.isCapitalized(i) && language.isPastSingularAct(t.key[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the page shows a news site's signs: a phrase of {@code NEWS_SIGN} anywhere on it outside {@code quotes}
   * («По материалам …», «Фото:», «ОБНОВЛЕНО», «Читайте также», «сообщает корреспондент», a view counter), an agency
   * credited by a verb of {@code CREDIT} («сообщает ТАСС», «как сообщили АЗЕРТАДЖ»), an agency's
   * dateline in its lead lines or first paragraphs («АНКАРА, 4 апреля. /ТАСС/.»). An official site prints a meeting's
   * report with none of them; a site's time stamp («6.06.13 16:36») is no sign, as a ministry's site prints one too.
   */
  private boolean onNewsSite(Context ctx, int[] quotes) {
    if (newsSigns.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (int i = 0; i < t.size; i++) {
      if (agencies.contains(t.key[i]) && credited(t, i) && !Retelling.inside(quotes, t.start[i])) {
        return true;
      }
      if (!newsSignStarts.contains(t.key[i]) || Retelling.inside(quotes, t.start[i])) {
        continue;
      }
      for (String[] phrase : newsSigns) {
        if (i + phrase.length <= t.size && Words.matches(phrase, t, i, false)) {
          return true;
        }
      }
    }
    return opensWithADateline(ctx, 3);
  }

  /**
   * Whether a news site's furniture frames the page: a phrase of {@code NEWS_SIGN} on a line that ends in a word, no
   * sentence («Время чтения ~2 минуты», «Подписывайтесь на наш канал»), the site's own line, not a sentence that
   * credits a source.
   */
  boolean framedAsNewsSite(Context ctx) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    for (int i = 0; i < t.size; i++) {
      if (!newsSignStarts.contains(t.key[i])) {
        continue;
      }
      for (String[] phrase : newsSigns) {
        if (i + phrase.length <= t.size && Words.matches(phrase, t, i, false) && onALineEndingInAWord(text, t.start[i])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the line {@code at} stands on ends in a letter or a digit ({@link Retelling#endsInAWord}). */
  private static boolean onALineEndingInAWord(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return Retelling.endsInAWord(text, start, end < 0 ? text.length() : end);
  }

  /** Whether a verb of {@link #credits} stands within two words before the agency's name at {@code i} («сообщает ТАСС»). */
  private boolean credited(Tokens t, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (credits.contains(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the first {@value #SENTENCES} sentences narrates a meeting held («состоялось заседание …», «…
   * провели встречу», «саммит завершился»): a verb of {@link #narration} or {@link #held} and a noun of {@link
   * #meetings}, outside {@code quotes}.
   */
  private boolean narratesAMeeting(Context ctx, int[] quotes) {
    Tokens t = ctx.tokens;
    for (int s = 0, n = Math.min(ctx.sentences.size(), SENTENCES); s < n; s++) {
      Context.Sentence sentence = ctx.sentences.get(s);
      boolean verb = false;
      boolean noun = false;
      for (int i = sentence.firstToken; i < sentence.lastToken; i++) {
        if (Retelling.inside(quotes, t.start[i])) {
          continue;
        }
        verb = verb || narration.contains(t.key[i]) || held.contains(t.key[i]);
        noun = noun || LanguageData.startsWithAny(t.key[i], meetings);
      }
      if (verb && noun) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the page is a news site's report of a meeting: it shows a news site's signs ({@link #onNewsSite}), one
   * of its first sentences narrates a meeting held ({@link #narratesAMeeting}), and it prints no document: no
   * document's heading stands on a line of its own, it has no numbered points, does not speak as a document ({@link
   * #speaksAsDocument}) and does not open with a joint text's formula of a visit (a line that hands a text over is
   * left to {@link Retelling}, which keeps what follows it). The same report on an official site (a ministry's press
   * release, an organisation's information message) shows none of the signs.
   */
  boolean reportsAMeetingOnNewsSite(Context ctx, int[] quotes) {
    if (newsSigns.isEmpty() || meetings.isEmpty() || ctx.sentences.isEmpty() || !ctx.layout.clauses.isEmpty()
        || ctx.layout.titleOnItsLine || opensWithAnInvitation(ctx.tokens, ctx.sentences.get(0))) {
      return false;
    }
    return narratesAMeeting(ctx, quotes) && onNewsSite(ctx, quotes) && !speaksAsDocument(ctx, quotes);
  }

  /**
   * Whether {@code sentence} opens with the formula by which a joint communiqué or statement opens its account of a
   * visit («По приглашению Президента A Президент B посетил …»): such a page, even cut short before its sides speak,
   * is the joint text, not a report of the talks.
   */
  private boolean opensWithAnInvitation(Tokens t, Context.Sentence sentence) {
    for (String[] phrase : invitations) {
      if (sentence.firstToken + phrase.length <= sentence.lastToken && Words.matches(phrase, t, sentence.firstToken, false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a counted noun of a document follows token {@code i} within {@value #REACH} words («подписан пакет документов»). */
  private boolean countedDocumentAfter(Tokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size, i + REACH + 2); k++) {
      if (isDocument(t.key[k])) {
        return countedJustBefore(t, k);
      }
    }
    return false;
  }

  /**
   * Whether the noun of a document at {@code k} is counted: a word of {@link #count} within two words before it
   * («ряд межправительственных соглашений»), or a number just before it («11 документов»; not a year on the line
   * above: «2017 ⏎ Совместное заявление»).
   */
  private boolean countedJustBefore(Tokens t, int k) {
    for (int j = Math.max(0, k - 2); j < k; j++) {
      if (count.contains(t.key[j])) {
        return true;
      }
    }
    return k > 0 && t.isNumber(k - 1);
  }

  /**
   * How many sentences, from the body's start, the shape is looked for in: at most {@value #SENTENCES}, and none
   * past the first {@code window} paragraphs.
   */
  private static int openingSentences(Context ctx, int window) {
    int n = Math.min(ctx.sentences.size(), SENTENCES);
    for (int s = 0; s < n; s++) {
      if (ctx.sentences.get(s).block.preambleIndex >= window) {
        return s;
      }
    }
    return n;
  }

  /**
   * «АНКАРА, 4 апреля. /ТАСС/.», «СОЧИ, Россия, 12 сентября 2025 (WAM) --», "WASHINGTON, May 3 (Reuters) -": whether
   * a lead line or one of the first {@code window} paragraphs opens with an agency's dateline (a word in capitals, a
   * number and an agency's name within {@value #DATELINE} words) and one of the first {@value #SENTENCES} sentences
   * narrates, outside quotes, a meeting that was held («состоялось заседание», «переговоры прошли»), or the dateline
   * runs on into the journalist's prose in its own paragraph ({@link #datelineRunsOn}). A dateline on a line of its own
   * is no report: an agency prints a document under it, and a communiqué narrates its meeting.
   */
  private boolean datelined(Context ctx, int[] quotes, int window) {
    if (agencies.isEmpty()) {
      return false;
    }
    if (!opensWithADateline(ctx, window)) {
      return false;
    }
    if (datelineRunsOn(ctx, window)) {
      return true;
    }
    Tokens t = ctx.tokens;
    for (int s = 0, n = openingSentences(ctx, window); s < n; s++) {
      Context.Sentence sentence = ctx.sentences.get(s);
      for (int i = sentence.firstToken; i < sentence.lastToken; i++) {
        if (narration.contains(t.key[i]) && !Retelling.inside(quotes, t.start[i])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a lead line or one of the first {@code window} paragraphs opens with an agency's dateline ({@link #datelineAt}). */
  private boolean opensWithADateline(Context ctx, int window) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.layout.leadLines) {
      if (datelineAt(t, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()))) {
        return true;
      }
    }
    List<Layout.Block> blocks = ctx.layout.preamble;
    for (int b = 0, n = Math.min(blocks.size(), window); b < n; b++) {
      if (datelineAt(t, t.firstAtOrAfter(blocks.get(b).start()), t.firstAtOrAfter(blocks.get(b).end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «МОСКВА, 5 окт — РИА Новости. Первый в истории визит короля …»: whether one of the first {@code window}
   * paragraphs opens with an agency's dateline and goes on, in the same paragraph, for at least {@value #RUN_ON}
   * words of the journalist's own prose: the agency's report itself. An agency that prints a document sets its
   * heading or a line that hands it over under the dateline, which {@link #isReport} leaves alone.
   */
  private boolean datelineRunsOn(Context ctx, int window) {
    Tokens t = ctx.tokens;
    List<Layout.Block> blocks = ctx.layout.preamble;
    for (int b = 0, n = Math.min(blocks.size(), window); b < n; b++) {
      int to = t.firstAtOrAfter(blocks.get(b).end());
      int agency = datelineEnd(t, t.firstAtOrAfter(blocks.get(b).start()), to);
      if (agency >= 0 && to - agency > RUN_ON) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [from, to)} open with a dateline: a word in capitals, then a number and an agency's name. */
  private boolean datelineAt(Tokens t, int from, int to) {
    return datelineEnd(t, from, to) >= 0;
  }

  /**
   * Where the agency's name of a dateline that opens tokens {@code [from, to)} stands (a word in capitals, then a
   * number and the name within {@value #DATELINE} words), or -1.
   */
  private int datelineEnd(Tokens t, int from, int to) {
    if (to - from < 3 || !t.isUpperCase(from) || t.isNumber(from) || t.key[from].length() < 3) {
      return -1;
    }
    boolean number = false;
    for (int k = from + 1; k < Math.min(to, from + DATELINE); k++) {
      if (t.isNumber(k)) {
        number = true;
      } else if (number && agencies.contains(t.key[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether tokens {@code [from, to)}, a sentence or a line not ending in a colon, hold a verb of making with a
   * document's noun within {@value #REACH} words, either way, both outside quotes, and no word of {@link #self}
   * or {@link #stop} between them (nor one of {@link #self} just before the noun).
   */
  private boolean makes(Tokens t, String text, int[] quotes, int from, int to) {
    if (to <= from || endsInColon(text, t.end[to - 1])) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!make.contains(t.key[i]) || Retelling.inside(quotes, t.start[i]) || signingRecalled(t, i, from)) {
        continue;
      }
      for (int k = Math.max(from, i - REACH - 1); k < Math.min(to, i + REACH + 2); k++) {
        if (k != i && isDocument(t.key[k]) && !t.isUpperCase(k) && !Retelling.inside(quotes, t.start[k])
            && !selfBetween(t, Math.max(from, Math.min(i, k - 3)), Math.max(i, k), i < k) && !counted(t, k, from)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a number or a word of {@link #count} stands within two words before the noun at {@code k}
   * («ряд соглашений»).
   */
  private boolean counted(Tokens t, int k, int from) {
    for (int j = Math.max(from, k - 2); j < k; j++) {
      if (t.isNumber(j) || count.contains(t.key[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is the noun of signing after a word of time or an anniversary («со времени подписания»,
   * «к двадцатилетию подписания»): a document recalls a signing of the past.
   */
  private boolean signingRecalled(Tokens t, int i, int from) {
    return i > from && signing.contains(t.key[i])
        && (signedSince.contains(t.key[i - 1]) || LanguageData.endsWithAny(t.key[i - 1], anniversary));
  }

  /** Whether the text after {@code end} (a sentence's or line's last word) closes it with a colon. */
  private static boolean endsInColon(String text, int end) {
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '"' && c != ')') {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@link #self}, or of {@link #stop} where the verb comes first ({@code verbFirst}: «одобрил закон
   * о ратификации договора», not «Декларацию о партнерстве подписали»), stands between tokens {@code a} and {@code b},
   * both apart.
   */
  private boolean selfBetween(Tokens t, int a, int b, boolean verbFirst) {
    for (int k = a + 1; k < b; k++) {
      if (LanguageData.startsWithAny(t.key[k], self) || verbFirst && stop.contains(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code key} is a noun of a document («договора», «Декларацию»), not a word only like one. */
  private boolean isDocument(String key) {
    return LanguageData.startsWithAny(key, documentNouns) && !LanguageData.startsWithAny(key, notDocument);
  }

  /**
   * Whether the page, outside quotes, speaks as the document: it names itself («настоящее Соглашение»), names its
   * sides («далее именуемые Сторонами», «Стороны» with a capital inside a sentence, or opening one with a verb in
   * the present tense: «Стороны подтверждают»), or a paragraph opens with a word of a preamble («Подтверждая …»).
   */
  private boolean speaksAsDocument(Context ctx, int[] quotes) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : ctx.sentences) {
      for (int i = s.firstToken; i < s.lastToken; i++) {
        String key = t.key[i];
        if (Retelling.inside(quotes, t.start[i])) {
          continue;
        }
        if (i + 1 < s.lastToken && LanguageData.startsWithAny(key, selfName) && isDocument(t.key[i + 1])) {
          return true;
        }
        if (hereinafter.contains(key) && sidesWithin(t, i + 1, Math.min(s.lastToken, i + 4))) {
          return true;
        }
        if (t.isCapitalized(i) && LanguageData.startsWithAny(key, sides)
            && (i > s.firstToken && !t.isUpperCase(i)
                || i + 1 < s.lastToken && LanguageData.endsWithAny(t.key[i + 1], present))) {
          return true;
        }
        if (i == s.firstToken && s.block.start() == t.start[i] && preamble.contains(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of tokens {@code [from, to)} is the noun of the sides. */
  private boolean sidesWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (LanguageData.startsWithAny(t.key[k], sides)) {
        return true;
      }
    }
    return false;
  }
}
