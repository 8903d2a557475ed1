package dev.entente.parser;

import dev.entente.model.DocumentKind;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A legal database's heading over the text it prints: the page's first line opens with the document's kind and dates
 * it by a day in figures («Соглашение от 15.11.1999 года, Бишкек, … "СОГЛАШЕНИЕ МЕЖДУ …"», «СОГЛАШЕНИЕ от 24.06.94
 * "О …"», «Заявление глав … от 13.12.1991»). That line is the database's register entry, not the document's own
 * heading: a state or organisation that only it names is wrapper's, not the document's (the sides it names stay the
 * signatories, read before this stage).
 */
final class DatabaseHeading {
  /** A day in figures as a database writes it after «от»: «15.11.1999», «24.06.94». */
  private static final Pattern DAY_IN_FIGURES = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}");

  private DatabaseHeading() {}

  /** Drops every party mention that stands in the page's database heading ({@link #headingEnd}), if it has one. */
  static void dropPartiesNamedOnlyThere(Context ctx, LanguageData data) {
    int end = headingEnd(ctx, data);
    if (end < 0) {
      return;
    }
    int firstKept = ctx.tokens.firstAtOrAfter(end);
    for (Iterator<Map.Entry<String, List<Context.Found<PartyInfo>>>> it = ctx.partyMentions.entrySet().iterator(); it.hasNext(); ) {
      List<Context.Found<PartyInfo>> mentions = it.next().getValue();
      mentions.removeIf(m -> m.first < firstKept);
      if (mentions.isEmpty()) {
        it.remove();
      }
    }
    ctx.mentionsInOrder.removeIf(m -> m.first < firstKept);
  }

  /**
   * Where the page's first line ends when it is a database's heading: its first word opens a document's kind
   * ({@link LanguageData#documentKinds}) and a word of {@link WordClass#DOCUMENT_DATE_PREPOSITION} on it stands before a
   * day in figures ({@link #DAY_IN_FIGURES}); else -1. A document's own heading dates itself in words, on a line of its
   * own, if at all.
   */
  static int headingEnd(Context ctx, LanguageData data) {
    String text = ctx.text.text();
    Tokens t = ctx.tokens;
    if (t.size == 0) {
      return -1;
    }
    int lineEnd = text.indexOf('\n', t.start[0]);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    int to = t.firstAtOrAfter(end);
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, 0, to);
    if (kind == null) {
      return -1;
    }
    return datedInFigures(ctx, data, kind.last, to, end) ? end : -1;
  }

  /**
   * Whether a word of {@link WordClass#DOCUMENT_DATE_PREPOSITION} among tokens {@code [from, to)} stands before a day
   * in figures ({@link #DAY_IN_FIGURES}) that ends by char {@code end}: «от 25.02.2000», as a register dates what it holds.
   */
  static boolean datedInFigures(Context ctx, LanguageData data, int from, int to, int end) {
    Tokens t = ctx.tokens;
    for (int k = from; k + 1 < to; k++) {
      if (data.words.is(WordClass.DOCUMENT_DATE_PREPOSITION, t.key[k])
          && DAY_IN_FIGURES.matcher(ctx.text.text()).region(t.start[k + 1], end).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
