package dev.entente.parser;

import dev.entente.model.Clause;
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

/** Builds the immutable {@link Document} from a parse's {@link Context}, mapping every range back to the original text. */
final class Assembler {
  Document assemble(String id, Context ctx, List<PersonRecognizer.Person> people) {
    String original = ctx.text.original();
    Document.Builder doc = Document.builder()
        .id(id)
        .title(ctx.layout.title)
        .kind(ctx.layout.kind)
        .language(ctx.data.language)
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
      person.mentions.forEach(m -> participant.addMention(mention(ctx, m[0], m[1])));
      doc.addParticipant(participant.build());
    }
    for (Layout.Block block : ctx.layout.preamble) {
      doc.addPreamble(clause(ctx, block));
    }
    for (Layout.Block block : ctx.layout.clauses) {
      doc.addClause(clause(ctx, block));
    }
    return doc.build();
  }

  /** The mention of tokens {@code [first, last)} in the original text. */
  static Mention mention(Context ctx, int first, int last) {
    int start = ctx.originalStart(ctx.tokens.start[first]);
    int end = ctx.originalEnd(ctx.tokens.start[first], ctx.tokens.end[last - 1]);
    return Mention.in(ctx.text.original(), start, end);
  }

  static Span span(Context ctx, int start, int end) {
    return Span.of(ctx.originalStart(start), ctx.originalEnd(start, end));
  }

  private static Clause clause(Context ctx, Layout.Block block) {
    Clause.Builder clause = Clause.builder()
        .number(Optional.ofNullable(block.number))
        .start(ctx.originalStart(block.start()))
        .end(ctx.originalEnd(block.start(), block.end()));
    block.paragraphs.forEach(p -> clause.addParagraph(span(ctx, p[0], p[1])));
    block.items.forEach(p -> clause.addItem(span(ctx, p[0], p[1])));
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
