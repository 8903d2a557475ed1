package dev.entente.parser;

import dev.entente.model.DocumentKind;
import dev.entente.model.SegmentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the segmenter saw, in normalised offsets: segments tiling the text, the title, the
 * dateline, the lead lines before the document, and the blocks (preamble paragraphs and numbered
 * clauses) of the document itself.
 */
final class Layout {
  /** A stretch of normalised text of one kind. */
  static final class Piece {
    final SegmentKind kind;
    final int start;
    final int end;

    Piece(SegmentKind kind, int start, int end) {
      this.kind = kind;
      this.start = start;
      this.end = end;
    }
  }

  /** A preamble paragraph (number null) or a numbered clause with its paragraphs and items. */
  static final class Block {
    final String number;
    final List<Range> paragraphs = new ArrayList<>();
    final List<Range> items = new ArrayList<>();
    /** Where the text after the number starts. */
    int textStart;
    /** Its place among the preamble's paragraphs, or -1 (a numbered clause). */
    int preambleIndex = -1;

    Block(String number, int textStart) {
      this.number = number;
      this.textStart = textStart;
    }

    int start() {
      return paragraphs.get(0).start();
    }

    int end() {
      int end = paragraphs.get(paragraphs.size() - 1).end();
      return items.isEmpty() ? end : Math.max(end, items.get(items.size() - 1).end());
    }
  }

  final List<Piece> pieces = new ArrayList<>();
  final List<Block> preamble = new ArrayList<>();
  final List<Block> clauses = new ArrayList<>();

  /** Adds {@code block} as the preamble's next paragraph. */
  void addToPreamble(Block block) {
    block.preambleIndex = preamble.size();
    preamble.add(block);
  }

  /** The place of {@code block} among the preamble's paragraphs, or -1: {@code preamble.indexOf} without the scan. */
  static int preambleIndex(Block block) {
    return block.preambleIndex;
  }
  /** Lines before the document that may still tell its date and place («23 апреля в Пекине подписано»). */
  final List<Range> leadLines = new ArrayList<>();
  /**
   * Lines before the document that introduce its text («… 27 августа в Душанбе подписали декларацию. Ниже
   * следует её полный текст:»): wrapper for everything but the day and city they may tell.
   */
  final List<Range> leadInLines = new ArrayList<>();
  /**
   * Where a report's line that hands the text below it over in the passive ends («По итогам консультаций участниками
   * было принято следующее Заявление:»), or -1: the lines above it stay in the body, where the sides and the day may
   * be read, but what only they name is the report's ({@link Retelling#keepQuoted}).
   */
  int handedOverAt = -1;
  /**
   * The site's lines before the document that tell when the page was last changed («Последнее обновление:
   * 23.11.2024 14:59», "Last updated: 01 Jul. 2022"; wrapper.tsv's UPDATED markers): the day they give is no
   * day of the page's publication, nor of the document.
   */
  final List<Range> updateStamps = new ArrayList<>();
  String title = "";
  DocumentKind kind = DocumentKind.OTHER;
  /** Where the title stands, or -1 when it was not found. */
  int titleStart = -1;
  int titleEnd = -1;
  /**
   * Where the title users read ends: past the title where the document's name goes on under it on lines of their
   * own («СОГЛАШЕНИЕ ⏎ МЕЖДУ …»), before it where a footnote's mark or a rule closes it («ГРАНИЦЕ*»); -1 where no line was
   * read as the title (a front matter's quoted value, a title found elsewhere), which ends with the title.
   */
  int headingEnd = -1;
  String source;
  /** Whether the title is a front matter's quoted value, written with its escapes ({@code \}{@code u2019}, {@code \_}). */
  boolean titleQuoted;

  /** Whether the title was taken from a headline that names a kind of document inside it, not one it opens with. */
  boolean titleInHeadline;
  /** Whether a line before the body hands the document over («Полный текст заявления:», "Following is the text"). */
  boolean leadIn;
  /** Whether the title stands as a heading on a line of its own: the document's heading is printed. */
  boolean titleOnItsLine;
  int datelineStart = -1;
  int datelineEnd = -1;
  boolean numberingGap;
}
