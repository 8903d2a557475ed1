package dev.entente.parser;

import dev.entente.model.DiagnosticCode;
import dev.entente.model.Diagnostic;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
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
    ctx.referenceYear = yearOf(ctx);
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
    opening.addAll(ctx.layout.preamble.subList(0, Math.min(PREAMBLE_WINDOW, ctx.layout.preamble.size())));
    List<Layout.Block> blocks = new ArrayList<>(ctx.layout.preamble);
    blocks.addAll(ctx.layout.clauses);
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
        if (date == null) {
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

  private City firstCity(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t.isCapitalized(i)) {
        continue;
      }
      PhraseMatcher.Match<City> match = data.cities.longestAt(t, i, to);
      if (match != null) {
        return match.value;
      }
    }
    return null;
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
