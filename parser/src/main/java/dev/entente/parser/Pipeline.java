package dev.entente.parser;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.Statement;
import java.util.List;
import java.util.Map;

/**
 * The stages of a parse, in order, each reading what the ones before it left: normalise, tokenise,
 * segment, split sentences, date, recognise parties and people, resolve signatories, give people
 * the parties the text leaves out from the directory of office holders ({@link Leaders}), recognise
 * and merge initiatives, mechanisms and events, make one event of an occasion named twice, give them ids, settle the document's date, keep of a
 * news report only what the document's quoted words name ({@link Retelling}), read statements, assemble. Stateless: every parse gets its own {@link Context}.
 */
final class Pipeline {
  private final LanguageData data;
  private final Segmenter segmenter;
  private final SentenceSplitter splitter;
  private final DocumentDater dater;
  private final PartyRecognizer parties;
  private final PersonRecognizer people;
  private final SignatoryResolver signatories;
  private final ConceptRecognizer concepts;
  private final StatementRecognizer statements;
  private final ConceptFilter conceptFilter;
  private final PersonMerger personMerger;
  private final Leaders leaders;
  private final Retelling retelling;
  private final Assembler assembler = new Assembler();

  Pipeline(LanguageData data) {
    this.data = data;
    this.segmenter = new Segmenter(data);
    this.splitter = new SentenceSplitter(data.sentenceAbbreviations);
    DateRecognizer dates = new DateRecognizer(data);
    this.dater = new DocumentDater(data, dates);
    this.parties = new PartyRecognizer(data);
    this.leaders = new Leaders(data);
    this.people = new PersonRecognizer(data, leaders);
    this.retelling = new Retelling(data);
    this.signatories = new SignatoryResolver(data, leaders, retelling);
    this.conceptFilter = new ConceptFilter(data);
    this.personMerger = new PersonMerger(data);
    this.concepts = new ConceptRecognizer(data, dates);
    this.statements = new StatementRecognizer(data);
  }

  Document run(String id, String original) {
    return run(id, original, new long[STAGES]);
  }

  /**
   * Runs the stages on a text whose language a detecting parser has already judged: {@code
   * notTheLanguage} is its diagnostic when the text is in none of its languages, else null.
   */
  Document run(String id, String original, Diagnostic notTheLanguage) {
    return run(id, original, new long[STAGES], true, notTheLanguage);
  }

  static final int STAGES = 8;

  /** Runs the stages, adding each one's nanoseconds to {@code times} (for profiling). */
  Document run(String id, String original, long[] times) {
    return run(id, original, times, false, null);
  }

  private Document run(String id, String original, long[] times, boolean languageChecked, Diagnostic notTheLanguage) {
    long t = System.nanoTime();
    NormalizedText text = data.normalizer.normalize(original);
    t = lap(times, 0, t);
    Tokens tokens = data.tokenizer.tokenize(text);
    t = lap(times, 1, t);
    Layout layout = segmenter.segment(text, tokens);
    Context ctx = new Context(data, text, tokens, layout);
    inspect(ctx, languageChecked ? notTheLanguage : LanguageGuess.check(text, tokens, data));
    splitSentences(ctx);
    t = lap(times, 2, t);
    dater.date(ctx);
    t = lap(times, 3, t);
    parties.recognize(ctx);
    t = lap(times, 4, t);
    List<PersonRecognizer.Person> persons = personMerger.merge(people.recognize(ctx));
    PersonRecognizer.welcomes(ctx, persons);
    PersonRecognizer.speakersByLabel(ctx, persons);
    leaders.assignHeads(ctx, persons);
    signatories.resolve(ctx, persons);
    PersonRecognizer.settleParties(ctx, persons);
    leaders.assign(ctx, persons);
    PersonRecognizer.hostsTheRest(ctx, persons);
    t = lap(times, 5, t);
    List<Concept> found = concepts.recognize(ctx);
    conceptFilter.filter(ctx, found);
    EventRecognizer.sameOccasions(ctx, found);
    EventRecognizer.narratedByAReport(ctx, found);
    EventRecognizer.bareGenericEvents(ctx, found);
    EventRecognizer.occasionNamedOnlyByPointing(ctx, found);
    IdAssigner.assign(found);
    dater.settle(ctx, found);
    retelling.keepQuoted(ctx, persons, found);
    DatabaseHeading.dropPartiesNamedOnlyThere(ctx, data);
    PersonRecognizer.keepNamedParties(ctx, persons);
    t = lap(times, 6, t);
    Map<Layout.Block, List<Statement>> read = statements.read(ctx, found);
    Document document = assembler.assemble(id, ctx, persons, found, read);
    lap(times, 7, t);
    return document;
  }

  private static long lap(long[] times, int stage, long since) {
    long now = System.nanoTime();
    times[stage] += now - since;
    return now;
  }

  private void splitSentences(Context ctx) {
    String text = ctx.text.text();
    Tokens t = ctx.tokens;
    if (ctx.layout.titleStart >= 0) {
      ctx.titleFirstToken = t.firstAtOrAfter(ctx.layout.titleStart);
      ctx.titleLastToken = t.firstAtOrAfter(ctx.layout.titleEnd);
    }
    for (List<Layout.Block> blocks : List.of(ctx.layout.preamble, ctx.layout.clauses)) {
      for (Layout.Block block : blocks) {
        for (Range paragraph : block.paragraphs) {
          int from = paragraph.start() < block.textStart && block.textStart <= paragraph.end()
              ? block.textStart : paragraph.start();
          addSentences(ctx, text, t, block, from, paragraph.end(), false);
        }
        for (Range item : block.items) {
          int from = item.start();
          if (item.end() - from > 2 && Character.isLowerCase(text.charAt(from)) && text.charAt(from + 1) == ')') {
            from += 2;
          }
          while (from < item.end() && (Segmenter.isBullet(text.charAt(from)) || text.charAt(from) == ' ')) {
            from++;
          }
          addSentences(ctx, text, t, block, from, item.end(), true);
        }
      }
    }
    ctx.sentences.sort((a, b) -> Integer.compare(a.start, b.start));
  }

  private void addSentences(Context ctx, String text, Tokens t, Layout.Block block, int from, int to, boolean item) {
    for (Range s : splitter.split(ctx.text.chars(), from, to)) {
      ctx.sentences.add(new Context.Sentence(s.start(), s.end(), t.firstAtOrAfter(s.start()), t.firstAtOrAfter(s.end()),
          block, item));
    }
  }

  /** Warnings about the input as a whole: empty, markup, not the language, no numbered clauses. */
  private void inspect(Context ctx, Diagnostic notTheLanguage) {
    String text = ctx.text.text();
    if (text.isBlank()) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.EMPTY_INPUT, "the input has no text"));
      return;
    }
    if (notTheLanguage != null) {
      ctx.diagnostics.add(notTheLanguage);
    }
    // indexOf, not a loop over every char: it is vectorised, and a text of Latin letters only
    // (stored a byte a char) cannot hold U+FFFD at all.
    int replacement = 0;
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      replacement++;
    }
    int tags = 0;
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      if (i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
        tags++;
      }
    }
    if (replacement > 0) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.REPLACEMENT_CHARACTERS, replacement
          + " characters could not be decoded (U+FFFD): the input's encoding may be wrong"));
    }
    if (tags > 20) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.MARKUP, tags
          + " markup tags in the text: pass the page's text, not its HTML"));
    }
    if (ctx.layout.clauses.isEmpty()) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.NO_NUMBERED_CLAUSES,
          "no numbered points (\u00AB1.\u00BB, \u00ABI.\u00BB, \u00AB1)\u00BB) found; the body is read as preamble"));
    }
    if (ctx.layout.title.isEmpty()) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.NO_TITLE,
          "no title naming a kind of document (" + data.language.documentKindExamples() + "\u2026) found"));
    }
    if (ctx.layout.numberingGap) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.NUMBERING_GAP,
          "the numbered points skip a number"));
    }
  }
}
