package dev.entente.parser;

import dev.entente.model.Clause;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Statement;
import dev.entente.model.Document;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the immutable {@link Document} from what the stages found, mapping every range back to the
 * original text. It decides nothing: every value it maps was settled by a stage before it.
 */
final class Assembler {
  /** A hyphen after a letter, a line break and a letter: a word broken at the line's end, or a compound's hyphen. */
  private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-[ \\t]*\\R[ \\t]*(\\p{L}+)");

  /** A line break and the spaces around it, read as one space on a title's line. */
  private static final Pattern BREAK = Pattern.compile("\\s*\\R\\s*");

  /**
   * The title as written from its start to {@code end}, its lines one line: each line of the normalised text
   * mapped back to the original, joined by a space, or by nothing after a hyphen that ends a line after a
   * letter («бизнес-⏎форума»). Inside a line of the normalised text, a break is a space, and a word broken by a
   * hyphen that the normaliser closed up («Европей-⏎ским», read as «Европейским») is written whole.
   */
  private static String heading(Context ctx, int end) {
    String text = ctx.text.text();
    String original = ctx.text.original();
    StringBuilder out = new StringBuilder(end - ctx.layout.titleStart);
    for (int from = ctx.layout.titleStart; from < end; ) {
      int lineEnd = text.indexOf('\n', from);
      lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
      String line = original.substring(ctx.originalStart(from), ctx.originalEnd(from, lineEnd)).strip();
      if (!line.isEmpty()) {
        int last = out.length() - 1;
        if (last >= 0 && !(out.charAt(last) == '-' && last > 0 && Character.isLetter(out.charAt(last - 1)))) {
          out.append(' ');
        }
        out.append(oneLine(line, text.substring(from, lineEnd)));
      }
      from = lineEnd + 1;
    }
    return out.toString();
  }

  /**
   * {@code written}, the original of the normalised line {@code normalised}, on one line: a word broken by a hyphen
   * at a line's end whole where the normalised line has it whole, else with its hyphen; any other break a space.
   */
  private static String oneLine(String written, String normalised) {
    Matcher broken = BROKEN_WORD.matcher(written);
    StringBuilder out = new StringBuilder(written.length());
    while (broken.find()) {
      String whole = broken.group(1) + broken.group(2);
      broken.appendReplacement(out, Matcher.quoteReplacement(
          normalised.contains(whole) ? whole : broken.group(1) + "-" + broken.group(2)));
    }
    broken.appendTail(out);
    return BREAK.matcher(out).replaceAll(" ");
  }

  /**
   * The title users read: none where none was found, a front matter's quoted value as the value reads
   * ({@link #quotedTitle}), else the heading as written up to where it ends ({@link Layout#headingEnd}).
   */
  private static String title(Context ctx) {
    Layout layout = ctx.layout;
    if (layout.titleStart < 0) {
      return "";
    }
    if (!layout.titleQuoted) {
      return heading(ctx, layout.headingEnd >= 0 ? layout.headingEnd : layout.titleEnd);
    }
    return quotedTitle(ctx.text.original().substring(
        ctx.originalStart(layout.titleStart), ctx.originalEnd(layout.titleStart, layout.titleEnd)));
  }

  /**
   * A front matter's quoted title, as written, as the value reads: its escapes decoded ({@code \}{@code u2019}
   * is ’, {@code \_} a space, {@code \"} a quote), a line broken after a backslash joined, another line break and
   * the next line's indent one space, and the closing quote left out.
   */
  static String quotedTitle(String written) {
    StringBuilder out = new StringBuilder(written.length());
    int n = written.endsWith("\"") && !written.endsWith("\\\"") ? written.length() - 1 : written.length();
    for (int i = 0; i < n; i++) {
      char c = written.charAt(i);
      if (c == '\n' || c == '\r') {
        i = afterIndent(written, i, n) - 1;
        out.append(' ');
        continue;
      }
      if (c != '\\' || i + 1 >= n) {
        out.append(c);
        continue;
      }
      char next = written.charAt(i + 1);
      int hex = next == 'u' ? 4 : next == 'U' ? 8 : next == 'x' ? 2 : 0;
      if (hex > 0 && i + 2 + hex <= n && isHex(written, i + 2, i + 2 + hex)) {
        out.appendCodePoint(Integer.parseInt(written.substring(i + 2, i + 2 + hex), 16));
        i += 1 + hex;
      } else if (next == '\n' || next == '\r') {
        i = afterIndent(written, i + 1, n) - 1;
      } else if (next == '_' || next == ' ' || next == 't' || next == 'n') {
        out.append(' ');
        i++;
      } else {
        out.append(next);
        i++;
      }
    }
    return out.toString().strip();
  }

  /** The index after the line break at {@code i} and the spaces and tabs that indent the next line. */
  private static int afterIndent(String s, int i, int n) {
    int k = i + 1;
    if (s.charAt(i) == '\r' && k < n && s.charAt(k) == '\n') {
      k++;
    }
    while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  private static boolean isHex(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The document of a finished parse: {@code statements} by block, the items with their ids. */
  Document assemble(String id, Context ctx, List<PersonRecognizer.Person> people, List<Concept> concepts,
      Map<Layout.Block, List<Statement>> statements) {
    String original = ctx.text.original();
    Document.Builder doc = Document.builder()
        .id(id)
        .title(title(ctx))
        .kind(ctx.layout.kind)
        .language(ctx.data.language.code())
        .text(original)
        .segments(segments(ctx))
        .diagnostics(ctx.diagnostics)
        .signatories(ctx.signatories);
    Optional.ofNullable(ctx.date).ifPresent(doc::date);
    Optional.ofNullable(ctx.place).ifPresent(doc::place);
    Optional.ofNullable(ctx.publicationDate).ifPresent(doc::publicationDate);
    Optional.ofNullable(ctx.layout.source).ifPresent(doc::source);
    for (Map.Entry<String, List<Context.Found<PartyInfo>>> entry : ctx.partyMentions.entrySet()) {
      PartyInfo info = entry.getValue().get(0).value;
      Party.Builder party = Party.builder().id(info.id).kind(info.kind).name(info.nameRu);
      if (!info.nameEn.isEmpty()) {
        party.nameEn(info.nameEn);
      }
      for (Context.Found<PartyInfo> found : entry.getValue()) {
        party.addMention(mention(ctx, found.first, found.last));
      }
      doc.addParty(party.build());
    }
    for (PersonRecognizer.Person person : people) {
      Participant.Builder participant = Participant.builder().name(person.name)
          .party(Optional.ofNullable(person.party)).role(Optional.ofNullable(person.role)).rule(person.rule);
      person.mentions.forEach(m -> participant.addMention(mention(ctx, m.start(), m.end())));
      doc.addParticipant(participant.build());
    }
    for (Concept c : concepts) {
      addConcept(ctx, doc, c);
    }
    for (Layout.Block block : ctx.layout.preamble) {
      doc.addPreamble(clause(ctx, block, statements.getOrDefault(block, List.of())));
    }
    for (Layout.Block block : ctx.layout.clauses) {
      doc.addClause(clause(ctx, block, statements.getOrDefault(block, List.of())));
    }
    return doc.build();
  }

  private static void addConcept(Context ctx, Document.Builder doc, Concept c) {
    List<Mention> mentions = new ArrayList<>();
    c.mentions.forEach(m -> mentions.add(nameMention(ctx, m.start(), m.end())));
    String name = canonicalName(c.name);
    switch (c.concept) {
      case INITIATIVE:
        doc.addInitiative(Initiative.builder().id(c.id).name(name)
            .kind((InitiativeKind) c.kind).proposer(Optional.ofNullable(c.proposer))
            .period(Optional.ofNullable(c.period)).mentions(mentions).rule(c.rule).build());
        break;
      case MECHANISM:
        doc.addMechanism(Mechanism.builder().id(c.id).name(name)
            .kind((MechanismKind) c.kind).level(Optional.ofNullable(c.level))
            .status(c.mechanismStatus == null ? MechanismStatus.EXISTING : c.mechanismStatus)
            .mentions(mentions).rule(c.rule).build());
        break;
      default:
        doc.addEvent(Event.builder().id(c.id).name(name).kind((EventKind) c.kind)
            .ordinal(Optional.ofNullable(c.ordinal)).date(Optional.ofNullable(c.date))
            .place(Optional.ofNullable(c.place))
            .status(c.eventStatus == null ? EventStatus.PLANNED : c.eventStatus)
            .mechanism(Optional.ofNullable(c.series).map(s -> s.id))
            .mentions(mentions).rule(c.rule).build());
    }
  }

  /**
   * A concept's name as users read it: each run of whitespace (spaces, tabs, line breaks, no-break
   * spaces) one space, none at either end. Mentions keep the text as written.
   */
  static String canonicalName(String name) {
    return isCanonical(name) ? name : collapsedSpaces(name);
  }

  /**
   * Whether {@link #canonicalName} leaves {@code name} as it is: single spaces between words, none
   * at either end, no other whitespace. Most names are so, and cost no copy to find it.
   */
  private static boolean isCanonical(String name) {
    int n = name.length();
    if (n > 0 && (name.charAt(0) == ' ' || name.charAt(n - 1) == ' ')) {
      return false;
    }
    char before = 0;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == ' ' ? before == ' ' : c < ' ' || c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        return false;
      }
      before = c;
    }
    return true;
  }

  /** {@link #canonicalName} of a name with other whitespace than single spaces between words. */
  private static String collapsedSpaces(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean pending = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pending = out.length() > 0;
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.append(c);
      }
    }
    return name.contentEquals(out) ? name : out.toString();
  }

  /** The mention of tokens {@code [first, last)} in the original text. */
  static Mention mention(Context ctx, int first, int last) {
    int start = ctx.originalStart(ctx.tokens.start[first]);
    int end = ctx.originalEnd(ctx.tokens.start[first], ctx.tokens.end[last - 1]);
    return Mention.in(ctx.text.original(), start, end);
  }

  /** The mention of a name, with the closing quote of a quoted name it ends in («формата "X"»). */
  static Mention nameMention(Context ctx, int first, int last) {
    String text = ctx.text.text();
    int start = ctx.tokens.start[first];
    int end = ctx.tokens.end[last - 1];
    int quotes = 0;
    for (int k = start; k < end; k++) {
      if (text.charAt(k) == '"') {
        quotes++;
      }
    }
    if (quotes % 2 == 1 && end < text.length() && text.charAt(end) == '"') {
      end++;
    }
    int originalStart = ctx.originalStart(start);
    return Mention.in(ctx.text.original(), originalStart, ctx.originalEnd(start, end));
  }

  static Span span(Context ctx, int start, int end) {
    return Span.of(ctx.originalStart(start), ctx.originalEnd(start, end));
  }

  private static Clause clause(Context ctx, Layout.Block block, List<Statement> statements) {
    Clause.Builder clause = Clause.builder()
        .statements(statements)
        .number(Optional.ofNullable(block.number))
        .start(ctx.originalStart(block.start()))
        .end(ctx.originalEnd(block.start(), block.end()));
    block.paragraphs.forEach(p -> clause.addParagraph(span(ctx, p.start(), p.end())));
    block.items.forEach(p -> clause.addItem(span(ctx, p.start(), p.end())));
    return clause.build();
  }

  private static List<Segment> segments(Context ctx) {
    List<Segment> segments = new ArrayList<>();
    int length = ctx.text.original().length();
    List<Layout.Piece> pieces = ctx.layout.pieces;
    for (int k = 0; k < pieces.size(); k++) {
      Layout.Piece piece = pieces.get(k);
      int start = k == 0 ? 0 : ctx.originalStart(piece.start);
      int end = k == pieces.size() - 1 ? length : ctx.originalStart(pieces.get(k + 1).start);
      if (end > start) {
        segments.add(Segment.of(piece.kind, start, end));
      }
    }
    if (segments.isEmpty() && length > 0) {
      segments.add(Segment.of(SegmentKind.BLANK, 0, length));
    }
    return segments;
  }
}
