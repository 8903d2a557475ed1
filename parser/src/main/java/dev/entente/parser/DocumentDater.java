package dev.entente.parser;

import dev.entente.model.DiagnosticCode;
import dev.entente.model.Diagnostic;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import dev.entente.model.SegmentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds when and where the document was adopted: a day given in the title or the short line under
 * it; else the sentence near the start that gives a day and a city, preferably with a verb of adoption («26 апреля 2025 года в г. Алматы состоялась…», «23
 * апреля в Пекине подписано…»). A year the sentence omits comes from the nearest dated context.
 */
final class DocumentDater {
  /** Preamble paragraphs searched for the adoption sentence. */
  private static final int PREAMBLE_WINDOW = 4;
  /** A line under the title shorter than this may be its date line («28 июля 2023 года»). */
  private static final int DATE_LINE = 60;
  /** Closing paragraphs searched for «Подписано/Совершено в …». */
  private static final int CLOSING_WINDOW = 2;
  /** A day this much before the page's own is one the text recalls, not the document's. */
  private static final int CITED_GAP_DAYS = 31;

  private final LanguageData data;
  private final DateRecognizer dates;

  DocumentDater(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.dates = dates;
  }

  /**
   * Dates and places the document from its adoption sentence and sets the reference day and year
   * that complete the dates written without them; {@link #settle} decides once the items are known.
   */
  void date(Context ctx) {
    Tokens t = ctx.tokens;
    if (ctx.layout.datelineStart >= 0) {
      List<DateRecognizer.Found> inDateline = dates.find(t, t.firstAtOrAfter(ctx.layout.datelineStart),
          t.firstAtOrAfter(ctx.layout.datelineEnd));
      if (!inDateline.isEmpty()) {
        ctx.publicationDate = inDateline.get(0).resolve(yearOf(ctx), null);
      }
    }
    if (ctx.publicationDate == null) {
      ctx.publicationDate = pageDate(ctx);
    }
    ctx.referenceYear = ctx.publicationDate != null ? ctx.publicationDate.earliest().getYear() : yearOf(ctx);
    if (ctx.publicationDate != null && ctx.publicationDate.precision() == EdtfDate.Precision.DAY) {
      ctx.referenceDay = ctx.publicationDate.earliest();
    }
    List<Range> candidates = new ArrayList<>();
    // «Совместное заявление … 13 марта 2025 года», «Декларация … \n 28 июля 2023 года»: a day that the
    // title or the short line under it gives is the document's own, whatever the body dates.
    java.util.Set<Range> headed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (ctx.layout.titleStart >= 0) {
      headed.add(new Range(ctx.layout.titleStart, ctx.layout.titleEnd));
      if (!ctx.layout.preamble.isEmpty()) {
        Range under = ctx.layout.preamble.get(0).paragraphs.get(0);
        if (under.start() >= ctx.layout.titleEnd && under.end() - under.start() < DATE_LINE) {
          headed.add(under);
        }
      }
    }
    candidates.addAll(headed);
    ctx.layout.leadLines.forEach(candidates::add);
    java.util.Set<Layout.Block> opening = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Layout.Block> blocks = new ArrayList<>(ctx.layout.preamble);
    blocks.addAll(ctx.layout.clauses);
    // A text that opens with its points («1. The Prime Minister of Japan … held talks … on 25 January
    // 2014 in Delhi») says where and when in the first of them.
    opening.addAll(blocks.subList(0, Math.min(PREAMBLE_WINDOW, blocks.size())));
    // «Подписано в городе Пекине 16 мая 2024 года…»: the closing formula names the day too.
    opening.addAll(blocks.subList(Math.max(0, blocks.size() - CLOSING_WINDOW), blocks.size()));
    ctx.sentences.stream()
        .filter(s -> opening.contains(s.block))
        .forEach(s -> candidates.add(new Range(s.start, s.end)));
    int bestScore = -1;
    int bestCityScore = -1;
    Place bestCity = null;
    for (Range range : candidates) {
      int from = t.firstAtOrAfter(range.start());
      int to = t.firstAtOrAfter(range.end());
      City city = null;
      boolean adopted = false;
      boolean looked = false;
      for (DateRecognizer.Found found : dates.find(t, from, to)) {
        if (!found.isDay()) {
          continue;
        }
        EdtfDate date = found.resolve(ctx.referenceYear, ctx.referenceDay);
        if (date == null || cited(ctx, date)) {
          continue;
        }
        if (!looked) {
          city = firstCity(t, from, to);
          adopted = hasAdoptionVerb(t, from, to);
          looked = true;
        }
        int score = (headed.contains(range) ? 3 : 0) + (city != null ? 2 : 0) + (adopted ? 1 : 0)
            + (date.isInterval() ? 0 : 1);
        if (score > bestScore) {
          bestScore = score;
          ctx.date = date;
          ctx.place = city == null ? null : Place.of(city.name, city.country);
        }
        if (city != null && score > bestCityScore) {
          bestCityScore = score;
          bestCity = Place.of(city.name, city.country);
        }
      }
    }
    if (ctx.place == null) {
      ctx.place = bestCity;
    }
    if (ctx.place == null) {
      ctx.place = meetingCity(ctx, candidates);
    }
    if (ctx.date != null && ctx.date.isInterval()) {
      // «met in Fortaleza on 14-15 July»: a meeting's text is adopted as it closes.
      java.time.LocalDate last = ctx.date.latest();
      ctx.date = EdtfDate.ofDay(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
    }
    if (ctx.date != null) {
      ctx.referenceDay = ctx.date.earliest();
      ctx.referenceYear = ctx.date.earliest().getYear();
    }
  }

  /**
   * The document's date and place, final: those of the adoption sentence, else those of the
   * occasion the title names («Коммюнике по итогам 25-го заседания …») when the body dates it; a
   * diagnostic for what neither gives.
   */
  void settle(Context ctx, List<Concept> concepts) {
    if (ctx.date == null) {
      for (Concept c : concepts) {
        if (c.concept == Lexicons.Concept.EVENT && c.inTitle && c.date != null) {
          ctx.date = c.date;
          if (ctx.place == null) {
            ctx.place = c.place;
          }
          break;
        }
      }
    }
    for (Concept c : concepts) {
      // The meeting the title names is the one that adopted the document: its day and city unless the text gives others.
      if (c.concept == Lexicons.Concept.EVENT && c.inTitle && c.date == null) {
        c.date = ctx.date;
        c.place = c.place != null ? c.place : ctx.place;
      }
    }
    if (ctx.date == null && ctx.publicationDate != null && ctx.publicationDate.precision() == EdtfDate.Precision.DAY) {
      // Nothing in the text dates it: the day the page gives («Release Date: 21/04/2011»).
      ctx.date = ctx.publicationDate;
    }
    if (ctx.date == null) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.NO_DATE,
          "no sentence near the start gives the day the document was adopted"));
    }
    if (ctx.place == null) {
      ctx.diagnostics.add(Diagnostic.of(DiagnosticCode.NO_PLACE,
          "no sentence near the start names the city where the document was adopted"));
    }
  }

  /** The year of the first date that states one: in the document, else in the lines before it. */
  private int yearOf(Context ctx) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : ctx.sentences) {
      for (DateRecognizer.Found found : ctx.dates(dates, s.firstToken, s.lastToken)) {
        if (found.hasYear() && !found.until) {
          return found.year1 > 0 ? found.year1 : found.year2;
        }
      }
    }
    for (Range line : ctx.layout.leadLines) {
      for (DateRecognizer.Found found : dates.find(t, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()))) {
        if (found.hasYear()) {
          return found.year1 > 0 ? found.year1 : found.year2;
        }
      }
    }
    return 0;
  }

  /**
   * The day the page around the document gives: the first full date in the site's lines before the
   * document (a briefing page's «date: '2021-03-12'», an archive's «Release Date: 21/04/2011»), or null.
   */
  private EdtfDate pageDate(Context ctx) {
    Tokens t = ctx.tokens;
    for (Layout.Piece piece : ctx.layout.pieces) {
      if (piece.kind == SegmentKind.PREAMBLE || piece.kind == SegmentKind.CLAUSE) {
        break;
      }
      if (piece.kind != SegmentKind.WRAPPER && piece.kind != SegmentKind.DATELINE) {
        continue;
      }
      for (DateRecognizer.Found found : dates.find(t, t.firstAtOrAfter(piece.start), t.firstAtOrAfter(piece.end))) {
        if (found.isDay() && found.year1 > 0 && found.day2 == 0) {
          EdtfDate date = found.resolve(found.year1, null);
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code date} lies more than {@link #CITED_GAP_DAYS} before the day the page gives: the
   * day of an earlier document or meeting the text recalls («the Joint Communique … of 21 December
   * 1972»), not its own.
   */
  private static boolean cited(Context ctx, EdtfDate date) {
    return ctx.publicationDate != null && ctx.publicationDate.precision() == EdtfDate.Precision.DAY
        && date.latest().plusDays(CITED_GAP_DAYS).isBefore(ctx.publicationDate.earliest());
  }

  /**
   * Where a sentence of the opening with a verb of meeting or adoption says the sides met («held
   * their first official meeting today in Washington, D.C.»): its first city after «in», or null.
   */
  private Place meetingCity(Context ctx, List<Range> candidates) {
    Tokens t = ctx.tokens;
    for (Range range : candidates) {
      int from = t.firstAtOrAfter(range.start());
      int to = t.firstAtOrAfter(range.end());
      if (!hasAdoptionVerb(t, from, to)) {
        continue;
      }
      for (int i = from + 1; i < to; i++) {
        if (data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1])) {
          City city = cityAt(t, i, to);
          if (city != null) {
            return Place.of(city.name, city.country);
          }
        }
      }
    }
    return null;
  }

  private City firstCity(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      City city = cityAt(t, i, to);
      if (city != null) {
        return city;
      }
    }
    return null;
  }

  /**
   * The city named at token {@code i}, unless it only opens a longer name («Shanghai Cooperation
   * Organisation», «Fortaleza Declaration»): a capitalised word right after it, with no «in»
   * before it.
   */
  private City cityAt(Tokens t, int i, int to) {
    if (!t.isCapitalized(i)) {
      return null;
    }
    PhraseMatcher.Match<City> match = data.cities.longestAt(t, i, to);
    if (match == null) {
      return null;
    }
    int next = match.last;
    boolean named = next < to && t.gapBefore[next] == Tokens.GAP_SPACE && t.isCapitalized(next)
        && !(i > 0 && (data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1])
            || data.words.is(WordClass.CITY_ABBREVIATION, t.key[i - 1])
            || data.words.startsWithAny(WordClass.CITY_WORD_PREFIX, t.key[i - 1])));
    return named ? null : match.value;
  }

  private boolean hasAdoptionVerb(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[i])) {
        return true;
      }
    }
    return false;
  }

}
