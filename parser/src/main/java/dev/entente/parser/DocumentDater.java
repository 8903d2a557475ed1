package dev.entente.parser;

import dev.entente.model.DiagnosticCode;
import dev.entente.model.Diagnostic;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.SegmentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds when and where the document was adopted: a day given in the title or the short line under
 * it; else the sentence near the start that gives a day and a city, preferably with a verb of adoption («26 апреля 2025 года в г. Алматы состоялась…», «23
 * апреля в Пекине подписано…»). A year the sentence omits comes from the nearest dated context.
 */
final class DocumentDater {
  /** Preamble paragraphs searched for the adoption sentence. */
  private static final int PREAMBLE_WINDOW = 4;
  /** Sentences from the text's start searched for a city's adjective before the document's kind. */
  private static final int OPENING_SENTENCES = 3;
  /** Preamble paragraphs searched for a date line of their own. */
  private static final int DATE_LINE_WINDOW = 8;
  /** A line under the title shorter than this may be its date line («28 июля 2023 года»). */
  private static final int DATE_LINE = 60;
  /** Short lines under the title that may give its day: the date line, and a note before it. */
  private static final int UNDER_TITLE_LINES = 2;
  /** Closing paragraphs searched for «Подписано/Совершено в …». */
  private static final int CLOSING_WINDOW = 2;
  /**
   * A day the body tells with no city, on no line of its own, this much before the page's own is one the
   * text recalls, not the document's.
   */
  private static final int RECALLED_GAP_DAYS = 7;
  /** A day this much before the page's own is one the text recalls, not the document's. */
  private static final int CITED_GAP_DAYS = 31;

  private final LanguageData data;
  private final DateRecognizer dates;

  /**
   * Labels of a register's field that gives the day the document was signed or adopted (DAY_FIELD rows of
   * the wrapper data: «Дата подписания: 09.06.1993», "Date of Adoption January 22nd 1971"), folded.
   */
  private final List<String> dayFields = new ArrayList<>();
  /** Labels of a register's field that gives the place it was signed or adopted (PLACE_FIELD rows: «Место подписания: Киев»). */
  private final List<String> placeFields = new ArrayList<>();

  DocumentDater(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.dates = dates;
    for (Tsv.Row row : data.wrapperMarkers) {
      if (row.get(0).equals("DAY_FIELD")) {
        dayFields.add(row.get(2));
      } else if (row.get(0).equals("PLACE_FIELD")) {
        placeFields.add(row.get(2));
      }
    }
  }

  /**
   * The first piece of the layout (a line of the site's, as a rule) that opens with one of {@code labels},
   * the label excluded: a register's field of the document's day or place; null if none.
   */
  private static Range fieldValue(Context ctx, List<String> labels) {
    if (labels.isEmpty()) {
      return null;
    }
    String text = ctx.text.text();
    for (Layout.Piece piece : ctx.layout.pieces) {
      if (piece.kind == SegmentKind.BLANK) {
        continue;
      }
      int from = piece.start;
      while (from < piece.end && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      for (String label : labels) {
        if (from + label.length() <= piece.end && Segmenter.foldedAt(text, from, label)) {
          return new Range(from + label.length(), piece.end);
        }
      }
    }
    return null;
  }

  /**
   * «2 июня (дата подписания)»: the first piece of the layout that closes with one of {@code labels} in brackets, the
   * value before the bracket: a register's field of the document's day written after its value; null if none.
   */
  private static Range labelledValue(Context ctx, List<String> labels) {
    String text = ctx.text.text();
    for (Layout.Piece piece : ctx.layout.pieces) {
      if (piece.kind == SegmentKind.BLANK) {
        continue;
      }
      int close = piece.end - 1;
      while (close > piece.start && Character.isWhitespace(text.charAt(close))) {
        close--;
      }
      int open = text.charAt(close) == ')' ? text.lastIndexOf('(', close) : -1;
      if (open <= piece.start) {
        continue;
      }
      for (String label : labels) {
        if (open + 1 + label.length() == close && Segmenter.foldedAt(text, open + 1, label)) {
          return new Range(piece.start, open);
        }
      }
    }
    return null;
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
    FiguresDateline figures = figuresDateline(ctx);
    if (ctx.publicationDate == null && figures != null) {
      ctx.publicationDate = figures.day();
    }
    ctx.referenceYear = ctx.publicationDate != null ? ctx.publicationDate.earliest().getYear() : yearOf(ctx);
    if (ctx.publicationDate != null && ctx.publicationDate.precision() == EdtfDate.Precision.DAY) {
      ctx.referenceDay = ctx.publicationDate.earliest();
    }
    List<Range> candidates = new ArrayList<>();
    // «Совместное заявление … 13 марта 2025 года», «Декларация … \n 28 июля 2023 года»: a day that the
    // title or the short line under it gives is the document's own, whatever the body dates.
    // Kept by identity (a sentence of the same extent is not headed) and in the order found, which
    // decides between equal scores below: an identity set's own order changes from run to run.
    Set<Range> headed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Range> headedInOrder = new ArrayList<>();
    // «Дата подписания: 09.06.1993»: a register's field of the day of signing names it outright, before all else.
    Range dayField = fieldValue(ctx, dayFields);
    if (dayField == null) {
      dayField = labelledValue(ctx, dayFields);
    }
    if (dayField != null) {
      headed.add(dayField);
      headedInOrder.add(dayField);
    }
    if (ctx.layout.titleStart >= 0) {
      Range title = new Range(ctx.layout.titleStart, ctx.layout.titleEnd);
      headed.add(title);
      headedInOrder.add(title);
      // «(с сокращениями) ⏎ 21 марта 2023 года»: a short note may stand between the title and its date line.
      int shortLines = 0;
      for (Layout.Block block : ctx.layout.preamble) {
        Range under = block.paragraphs.get(0);
        if (shortLines == UNDER_TITLE_LINES || under.start() < ctx.layout.titleEnd || under.end() - under.start() >= DATE_LINE) {
          break;
        }
        if (headed.add(under)) {
          headedInOrder.add(under);
        }
        shortLines++;
        if (block.paragraphs.size() > 1) {
          break;
        }
      }
    }
    candidates.addAll(headedInOrder);
    ctx.layout.leadLines.forEach(candidates::add);
    // «… 27 августа 2008 года в Душанбе подписали декларацию. Ниже следует её полный текст:»: a line that
    // introduces the text is the site's, but the day and city it tells are the document's.
    ctx.layout.leadInLines.forEach(candidates::add);
    Set<Layout.Block> opening = Collections.newSetFromMap(new IdentityHashMap<>());
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
    // «From Wikisource ⏎ … ⏎ translation source at this link ⏎ September 29, 1972»: a short line further down
    // the opening, past a page's notes, may still be the date line (scored as one only if a date fills it).
    // By identity: a sentence of the opening may span the same characters as such a line and is scored as before.
    Set<Range> linesOnly = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Layout.Block block : ctx.layout.preamble.subList(Math.min(PREAMBLE_WINDOW, ctx.layout.preamble.size()),
        Math.min(DATE_LINE_WINDOW, ctx.layout.preamble.size()))) {
      Range line = block.paragraphs.get(0);
      if (block.paragraphs.size() == 1 && line.end() - line.start() < DATE_LINE) {
        candidates.add(line);
        linesOnly.add(line);
      }
    }
    int bestScore = -1;
    boolean bestBareLine = false;
    boolean bestPlacedOrLined = false;
    int bestCityScore = -1;
    Place bestCity = null;
    EdtfDate bestCityDate = null;
    Place titleCity = titlePlace(ctx);
    Place filedFrom = null;
    for (Range range : candidates) {
      int from = t.firstAtOrAfter(range.start());
      int to = t.firstAtOrAfter(range.end());
      City city = null;
      boolean adopted = false;
      boolean looked = false;
      int upcomingAt = NOT_LOOKED;
      List<DateRecognizer.Found> inRange = dates.find(t, from, to);
      if (headed.contains(range)) {
        inRange = withFiguresAfterACity(t, from, to, inRange);
      }
      for (DateRecognizer.Found found : inRange) {
        if (upcomingAt == NOT_LOOKED) {
          upcomingAt = firstUpcoming(t, from, to);
        }
        // «concluded here Friday», «в субботу»: a weekday is a day, counted back from the page's.
        // «Соглашение вступило в силу 3 октября 1972 г.» under the title, «Дата вступления в силу: 09.02.2011»: the day a
        // text took force is not the day it was made, wherever it stands.
        if (!found.isDay() && found.weekday == 0 || data.words.phraseEndsAt(WordClass.IN_FORCE_PHRASE, t, from, found.first)
            || publicationSourceBefore(t, from, found.first)
            || !headed.contains(range) && (datesAnotherText(t, from, found.first) || upcomingAt < found.first
                || opensWithAnotherKind(ctx, from, to))) {
          continue;
        }
        EdtfDate date = found.resolve(ctx.referenceYear, ctx.referenceDay);
        // «Делийская декларация … (Нью-Дели, 27 ноября 1986 года)» on a page that says it joined a network in
        // 2022: the day the title gives is the document's, however old beside the page's; so is the day of a
        // line of a place and a day alone ("Zhejiang, 27 February, 2019") under a page stamped years later.
        boolean placeLine = date != null && !date.isInterval() && placeAndDayAlone(t, from, to, found);
        if (date == null || !headed.contains(range) && (cited(ctx, date) && !placeLine || periodStart(t, found, date))
            || clockAfter(t, found.last, to)) {
          continue;
        }
        if (!looked) {
          city = firstCity(t, from, to);
          if (city == null) {
            city = datelinePlace(ctx, from, found.first);
          }
          if (city == null) {
            city = datelinePlaceAfter(ctx, found.last, to);
          }
          adopted = hasAdoptionVerb(t, from, to);
          looked = true;
        }
        // «21 марта 2023 года» on a line of its own near the start is a date line, as one under the title is.
        // «Астана, 13 сентября 2024 года» closing the text: a line of a city and a day alone is one too.
        int citiesBefore = found.first == from ? 0 : citiesAlone(t, from, found.first);
        // "Zhejiang, 27 February, 2019": a place the gazetteer lacks before the day makes a date line all the same.
        boolean dateLine = found.last == to && (found.first == from || citiesBefore > 0 || placeLine)
            // «(2 апреля 2015) Мы, министры …»: a day in brackets opening the paragraph is its date line.
            || found.first == from && found.last < to && t.gapHas(from, '(') && t.gapHas(found.last, ')');
        if (!dateLine && linesOnly.contains(range)) {
          continue;
        }
        // «(Буэнос-Айрес, Москва, 11 - 18 марта 2009 года)»: a text signed in two cities has no one place.
        if (dateLine && citiesBefore > 1) {
          city = null;
        }
        // «Port Moresby Declaration» over «As we announced in Canberra on 27 February, …»: a day the body
        // tells with another city than the one the title names as the document's is another occasion's.
        if (titleCity != null && city != null && !headed.contains(range) && !dateLine && !city.name.equals(titleCity.name())) {
          continue;
        }
        // «Singapore ⏎ 12 January 2019» closing the text: a place alone on the line above a date line is its place.
        if (dateLine && city == null && !placeLine) {
          city = placeLineAbove(t, from);
        }
        // «МОСКВА, 25 сентября. /ТАСС/. … по итогам встречи … в Нью-Йорке»: the day counts, the city is where the
        // report was filed, kept only for a text that names no other.
        boolean filed = city != null && agencyDateline(t, from, found);
        int score = (headed.contains(range) || dateLine ? 3 : 0) + (city != null ? 2 : 0) + (adopted ? 1 : 0)
            + (date.isInterval() ? 0 : 1) - (!headed.contains(range) && describesANoun(t, from, found.first) ? 1 : 0);
        if (score > bestScore || score == bestScore && bestBareLine && meetingsOwnDay(range, headed, city, filed, adopted, date, ctx.date)) {
          bestScore = score;
          bestBareLine = (headed.contains(range) || dateLine) && city == null && !adopted;
          bestPlacedOrLined = city != null || dateLine || placeLine || headed.contains(range);
          ctx.date = date;
          ctx.place = city == null || filed ? null : Place.of(city.name, city.country);
        }
        if (filed) {
          if (filedFrom == null) {
            filedFrom = Place.of(city.name, city.country);
          }
          continue;
        }
        if (city != null && score > bestCityScore) {
          bestCityScore = score;
          bestCity = Place.of(city.name, city.country);
          bestCityDate = date;
        }
      }
    }
    // «Recognizing the consensus … expressed on December 19, 2023, …» on a page of 11 January 2024: a day the
    // body tells with no city, on no line of its own, more than a week before the day the page gives, is one
    // the text recalls; the page's day is the document's. (A day or two before it is the meeting's: pages
    // post the next day.)
    EdtfDate pageDay = ctx.publicationDate;
    if (ctx.date != null && !bestPlacedOrLined && pageDay != null && pageDay.precision() == EdtfDate.Precision.DAY
        && ctx.date.latest().plusDays(RECALLED_GAP_DAYS).isBefore(pageDay.earliest())) {
      ctx.date = pageDay;
    }
    // «… the Joint Arab-Islamic Summit in Riyadh on November 11» in a statement of 17 November: a city
    // that a day apart from the document's places is another occasion's.
    if (ctx.place == null && (ctx.date == null || overlaps(bestCityDate, ctx.date))) {
      ctx.place = bestCity;
    }
    // «Место подписания: Киев»: a register's field of the place of signing names it outright.
    Place fieldPlace = fieldCity(ctx);
    if (fieldPlace != null) {
      ctx.place = fieldPlace;
    }
    if (ctx.place == null) {
      ctx.place = meetingCity(ctx, candidates);
    }
    if (ctx.place == null) {
      ctx.place = gatheringPlace(ctx);
    }
    if (ctx.place == null) {
      ctx.place = titlePlace(ctx);
    }
    if (ctx.place == null) {
      ctx.place = titleAdjectivePlace(ctx);
    }
    if (ctx.place == null) {
      ctx.place = headlinePlace(ctx);
    }
    if (ctx.place == null) {
      ctx.place = openingAdjectivePlace(ctx);
    }
    if (ctx.place == null) {
      ctx.place = placeLine(ctx);
    }
    if (ctx.place == null) {
      ctx.place = headerCityLine(ctx);
    }
    if (ctx.place == null && data.language.writesPlacesUninflected()) {
      ctx.place = unknownMeetingCity(ctx, candidates);
    }
    if (ctx.place == null && data.language.writesPlacesUninflected()) {
      ctx.place = unknownTitleCity(ctx);
    }
    if (ctx.place == null) {
      ctx.place = openingCity(ctx);
    }
    if (ctx.place == null) {
      ctx.place = agencyDatelineCity(ctx);
    }
    if (ctx.place == null) {
      ctx.place = openingDatelineCity(ctx);
    }
    if (ctx.place == null) {
      ctx.place = datelineCity(ctx);
    }
    if (ctx.place == null && figures != null) {
      ctx.place = figures.place();
    }
    if (ctx.place == null) {
      ctx.place = ownKindsCity(ctx, candidates);
    }
    if (ctx.place == null) {
      ctx.place = filedFrom;
    }
    ctx.date = dayOfIssue(ctx, ctx.date);
    signedDayOfARatifiedText(ctx);
    // «Декларация … будет подписана во II кв. 2011г» under «10:17 09.12.2010», «МОСКВА, 17 июня. /ТАСС/. Президенты …
    // подпишут декларацию»: a document still to come has no day; the page's and the other days it tells are not its own.
    ctx.planned = announcesAMaking(ctx);
    if (ctx.planned) {
      ctx.date = null;
    }
    if (ctx.date != null) {
      ctx.referenceDay = ctx.date.earliest();
      ctx.referenceYear = ctx.date.earliest().getYear();
    }
  }

  /** Words after a participle of signing searched for the day (and city) it gives («подписанный в г. Минске 6 …»). */
  private static final int SIGNED_REACH = 8;
  /** Words from the text's start searched for the signing a page of ratifying tells. */
  private static final int RATIFIED_WORDS = 200;

  /**
   * «Ратифицирован Договор …, подписанный в Минске 6 декабря 2024 года», «О ратификации Договора … ⏎ Закон … от 10 марта
   * 2004 года», «РАТИФИЦИРОВАН … ФЗ ОТ 09.02.1998»: a page whose first {@value #ANNOUNCING_WORDS} words name a
   * ratification is dated by the act, not by the document it ratifies; the first day within {@value #SIGNED_REACH}
   * words after a participle of signing («подписанный», «был подписан в Сочи 17 октября 2018 года») in its first
   * {@value #RATIFIED_WORDS} words is the document's, with the city between them if one stands there. Nothing changes
   * when no such day is told.
   */
  private void signedDayOfARatifiedText(Context ctx) {
    Tokens t = ctx.tokens;
    boolean ratified = false;
    for (int i = 0; i < Math.min(t.size, ANNOUNCING_WORDS) && !ratified; i++) {
      ratified = data.words.startsWithAny(WordClass.RATIFICATION_PREFIX, t, i);
    }
    if (!ratified) {
      return;
    }
    int end = Math.min(t.size, RATIFIED_WORDS);
    for (int i = 0; i < end; i++) {
      if (!data.words.startsWithAny(WordClass.SIGNED_PREFIX, t, i)) {
        continue;
      }
      int to = Math.min(end, i + 1 + SIGNED_REACH);
      for (DateRecognizer.Found found : dates.find(t, i + 1, to)) {
        EdtfDate date = found.isDay() ? found.resolve(ctx.referenceYear, null) : null;
        if (date != null && date.precision() == EdtfDate.Precision.DAY) {
          ctx.date = date;
          City city = firstCity(t, i + 1, found.first);
          if (city != null) {
            ctx.place = Place.of(city.name, city.country);
          }
          return;
        }
      }
    }
  }

  /** Words from the text's start in which a page announces a document to come: its furniture, headline and lead. */
  private static final int ANNOUNCING_WORDS = 40;
  /** The most words between a verb of making and the document's noun after it («подпишут совместную декларацию»). */
  private static final int MAKING_REACH = 4;
  /**
   * The most words between the document's noun and a verb of making after it: the subject of a passive, its name
   * and all («Декларация о содержании стратегического партнерства между Украиной и РФ будет подписана»).
   */
  private static final int MADE_REACH = 10;

  /**
   * Whether the text's first {@value #ANNOUNCING_WORDS} words say that a document will be made («Россия и Казахстан
   * подпишут декларацию», «Декларация … будет подписана во II квартале», "The leaders will sign a treaty") and none
   * that one was made («подписали декларацию», «Соглашение подписано»): a verb of {@link WordClass#FUTURE_MAKING}, or
   * {@link WordClass#FUTURE_AUXILIARY} before one of {@link WordClass#PLANNED_MAKING_PREFIX} (one word may stand
   * between: "will be signed"), with a document's noun near it ({@link #documentNear}).
   */
  private boolean announcesAMaking(Context ctx) {
    Tokens t = ctx.tokens;
    int to = Math.min(t.size, ANNOUNCING_WORDS);
    boolean future = false;
    for (int i = 0; i < to; i++) {
      boolean aux = i > 0 && data.words.is(WordClass.FUTURE_AUXILIARY, t.key[i - 1])
          || i > 1 && data.words.is(WordClass.FUTURE_AUXILIARY, t.key[i - 2]);
      boolean planned = data.words.is(WordClass.FUTURE_MAKING, t.key[i])
          || aux && data.words.startsWithAny(WordClass.PLANNED_MAKING_PREFIX, t, i);
      boolean made = !aux && data.words.is(WordClass.PAST_MAKING, t.key[i]);
      if ((planned || made) && documentNear(t, i, to)) {
        if (made) {
          return false;
        }
        future = true;
      }
    }
    return future;
  }

  /**
   * Whether a document's noun (a kind's or a legal instrument's) stands within {@value #MADE_REACH} words before token
   * {@code i} or {@value #MAKING_REACH} after it.
   */
  private boolean documentNear(Tokens t, int i, int to) {
    for (int k = Math.max(0, i - MADE_REACH); k < Math.min(to, i + MAKING_REACH + 1); k++) {
      if (k != i && (data.words.startsWithAny(WordClass.LEGAL_INSTRUMENT_PREFIX, t, k)
          || data.documentKinds.longestAt(t, k, to) != null)) {
        return true;
      }
    }
    return false;
  }

  /** The city a register's field of the place of signing gives right after its label («Место подписания: г. Киев»), or null. */
  private Place fieldCity(Context ctx) {
    Range field = fieldValue(ctx, placeFields);
    if (field == null) {
      return null;
    }
    Tokens t = ctx.tokens;
    int from = t.firstAtOrAfter(field.start());
    int to = t.firstAtOrAfter(field.end());
    if (from + 1 < to && cityWordAt(t, from)) {
      from++;
    }
    PhraseMatcher.Match<City> city = cityOpening(t, from, to);
    return city != null && city.first == from ? Place.of(city.value.name, city.value.country) : null;
  }

  /**
   * The day a document dated by a span of days was issued. «met in Fortaleza on 14-15 July»: a meeting's
   * text is adopted as it closes, unless the page gives a day within the meeting («Release Date:
   * 30/10/2009» for a visit of 29 October to 1 November, «Issued on 11 Jul. 2018» for a summit of 11-12
   * July): that is the day it was issued. Any other date is returned as it is.
   */
  private static EdtfDate dayOfIssue(Context ctx, EdtfDate date) {
    if (date == null || !date.isInterval()) {
      return date;
    }
    if (date.precision() == EdtfDate.Precision.DAY) {
      ctx.occasionDays = date;
    }
    java.time.LocalDate last = date.latest();
    EdtfDate page = ctx.publicationDate;
    boolean issuedWithin = page != null && page.precision() == EdtfDate.Precision.DAY
        && !page.earliest().isBefore(date.earliest()) && !page.earliest().isAfter(last);
    return issuedWithin ? page : EdtfDate.ofDay(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
  }

  /**
   * Whether the day {@code found} closes an agency's dateline that opens tokens {@code [from, …)}: a city in
   * capitals, a comma, the day, and the report going on along the same line («МОСКВА, 25 сентября. /ТАСС/.
   * Главы …»). A line of a city and a day alone («МОСКВА, 13 сентября 2024 года» closing a text) is none.
   */
  private boolean agencyDateline(Tokens t, int from, DateRecognizer.Found found) {
    // «CANBERRA, 19 May,. 1970»: the year the recogniser left out still closes the line.
    if (!t.isUpperCase(from) || t.isNumber(from) || found.last >= t.size || t.gapHas(found.last, '\n') || t.isNumber(found.last)) {
      return false;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, from, found.first);
    return city != null && city.first == from && city.last == found.first && t.gapHas(city.last, ',')
        && t.isUpperCase(city.last - 1);
  }

  /**
   * Whether a time of day follows the date that ends before token {@code k} («Jul 17, 2014, 9:55 AM»):
   * the stamp of the page that posted the document, not the day it was adopted.
   */
  private static boolean clockAfter(Tokens t, int k, int to) {
    return k + 1 < to && t.isNumber(k) && t.isNumber(k + 1) && t.gapIs(k + 1, ':');
  }

  /**
   * The document's date and place, final: those of the adoption sentence, else those of the
   * occasion the title names («Коммюнике по итогам 25-го заседания …») when the body dates it; a
   * diagnostic for what neither gives.
   */
  void settle(Context ctx, List<Concept> concepts) {
    if (ctx.date == null && !ctx.planned) {
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
        c.date = EventRecognizer.occasionDate(ctx);
        c.place = c.place != null ? c.place : ctx.place;
      }
    }
    // «Совместное коммюнике о визите … 15–17 ноября»: the occasion's span of days dates the document by its close.
    ctx.date = dayOfIssue(ctx, ctx.date);
    if (ctx.date == null && !ctx.planned && ctx.publicationDate != null && ctx.publicationDate.precision() == EdtfDate.Precision.DAY) {
      // Nothing in the text dates it: the day the page gives («Release Date: 21/04/2011»).
      ctx.date = ctx.publicationDate;
    }
    if (ctx.place == null) {
      ctx.place = cityOfTheDaysMeeting(ctx, concepts);
    }
    placeOfTheDaysMeetings(ctx, concepts);
    if (ctx.place == null) {
      ctx.place = talksCity(ctx);
    }
    if (ctx.place == null) {
      ctx.place = adjectiveNamedPlace(ctx);
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

  /** Words before a city's adjective that make the document it names the object of a preposition or one of a list. */
  private static final java.util.List<WordClass> GOVERNING_WORDS = java.util.List.of(WordClass.LOCATIVE_PREPOSITION,
      WordClass.COUNTERPART_PREPOSITION, WordClass.RECIPIENT_PREPOSITION, WordClass.OCCASION_PREPOSITION,
      WordClass.TOPIC_PREPOSITION, WordClass.NAME_PREPOSITION, WordClass.PURPOSE_PREPOSITION, WordClass.YEAR_PREPOSITION,
      WordClass.AND);

  /**
   * «итогом конференции стала Душанбинская декларация», «приняли Пекинскую декларацию» further down a text that names
   * its place nowhere else: a city's adjective with a capital right before the document's own kind of document (any
   * kind, on a page whose own is not known) names where it was adopted, when a word in lower case stands right before
   * it, none of a preposition's or «и» (a text recalled «в соответствии с Ханойской декларацией», «Кишиневской и Киевской
   * деклараций»). A treaty's kind is never taken: agreements cite others by their city («Венской конвенции»). Null when
   * no sentence names one so.
   */
  private Place adjectiveNamedPlace(Context ctx) {
    Tokens t = ctx.tokens;
    for (Context.Sentence sentence : ctx.sentences) {
      for (int k = sentence.firstToken; k + 1 < sentence.lastToken; k++) {
        if (k == sentence.firstToken || !t.isCapitalized(k) || t.isCapitalized(k - 1) || t.hyphenAfter[k]
            || t.gapBefore[k] != Tokens.GAP_SPACE || t.gapBefore[k + 1] != Tokens.GAP_SPACE || governed(t, k - 1)) {
          continue;
        }
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k + 1, sentence.lastToken);
        if (kind == null || kind.first != k + 1 || kind.entry.value == DocumentKind.OTHER
            || kind.entry.value == DocumentKind.AGREEMENT
            || ctx.layout.kind != DocumentKind.OTHER && kind.entry.value != ctx.layout.kind) {
          continue;
        }
        City city = data.cityOfAdjectiveWord(t.key[k]);
        if (city != null) {
          return Place.of(city.name, city.country);
        }
      }
    }
    return null;
  }

  /** Whether token {@code k} is a preposition or «и» ({@link #GOVERNING_WORDS}). */
  private boolean governed(Tokens t, int k) {
    for (WordClass words : GOVERNING_WORDS) {
      if (data.words.is(words, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «The First East Asia Summit was held … on 14 December 2005 in Kuala Lumpur» in a statement of that day
   * that names its city nowhere else: the city of the meeting held over the document's day (no visit, whose
   * place is the state it goes to, and no state for a place) is where the document was adopted. Null when
   * no meeting fits or two fitting ones sit in different cities.
   */
  private static Place cityOfTheDaysMeeting(Context ctx, List<Concept> concepts) {
    if (ctx.date == null || ctx.date.precision() != EdtfDate.Precision.DAY) {
      return null;
    }
    java.time.LocalDate day = ctx.date.earliest();
    Place found = null;
    for (Concept c : concepts) {
      if (c.concept == Lexicons.Concept.EVENT && c.kind != dev.entente.model.EventKind.VISIT
          && c.eventStatus == dev.entente.model.EventStatus.HELD && c.place != null && c.date != null
          && !c.date.earliest().isAfter(day) && !c.date.latest().isBefore(day) && !isState(ctx, c.place)) {
        if (found != null && !found.name().equals(c.place.name())) {
          return null;
        }
        found = c.place;
      }
    }
    return found;
  }

  /** Characters from the text's start within which a sentence may name the city of the talks that made the document. */
  private static final int TALKS_CITY_CHARS = 1500;

  /** The most words between a noun of a meeting and the «в» of its city («совещания министров в Душанбе»). */
  private static final int TALKS_NOUN_REACH = 4;

  /** The most words after a city to a noun of a meeting or a verb of one taking place («в Москве переговорах»). */
  private static final int TALKS_NOUN_AFTER = 2;

  /**
   * «… говорится в заявлении, подписанном по итогам переговоров в Киеве», «На проходящих в Москве переговорах …
   * подписан меморандум», where nothing else places the document: in a sentence of the text's first
   * {@value #TALKS_CITY_CHARS} characters (a report's lines before the body too) that names a kind of document or its
   * signing or adoption, «в <город>» a few words after a noun of a meeting (or before one, or beside a verb of one
   * taking place) names the city of the meeting that made it. Null when none does, when the meeting is an upcoming
   * or the next one, or when a day after the city is another occasion's.
   */
  private Place talksCity(Context ctx) {
    Tokens t = ctx.tokens;
    for (Layout.Piece piece : ctx.layout.pieces) {
      if (piece.start >= TALKS_CITY_CHARS) {
        break;
      }
      int end = t.firstAtOrAfter(piece.end);
      int from = t.firstAtOrAfter(piece.start);
      for (int k = from + 1; k <= end; k++) {
        if (k == end || opensASentence(t, k)) {
          Place place = talksCityIn(ctx, from, k);
          if (place != null) {
            return place;
          }
          from = k;
        }
      }
    }
    return null;
  }

  /** Whether token {@code k} opens a line, or a sentence after a full stop or a mark of a question or exclamation. */
  private static boolean opensASentence(Tokens t, int k) {
    return t.gapHas(k, '\n') || t.isCapitalized(k) && t.gapHasSentenceStop(k);
  }

  /** The city {@link #talksCity} finds in the sentence of tokens {@code from} to {@code to}, or null. */
  private Place talksCityIn(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    if (!namesADocument(t, from, to)) {
      return null;
    }
    for (int k = from; k + 1 < to; k++) {
      if (!data.words.is(WordClass.LOCATIVE_PREPOSITION, t, k) || !t.isCapitalized(k + 1)) {
        continue;
      }
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, k + 1, to);
      if (city != null && city.first == k + 1 && meetingBeside(t, from, to, k, city.last)
          && !anotherOccasionsDay(ctx, k + 1, to) && !anotherCityFollows(t, city.last, to)) {
        return Place.of(city.value.name, city.value.country);
      }
    }
    return null;
  }

  /**
   * «на саммитах СНГ в Кишиневе и Киеве»: whether «и» and another city follow the city that ends before token
   * {@code k}: meetings in a list of cities are several, recalled, none of them the one that made the document.
   */
  private boolean anotherCityFollows(Tokens t, int k, int to) {
    if (k + 1 >= to || !data.words.is(WordClass.AND, t, k) || !t.isCapitalized(k + 1)) {
      return false;
    }
    PhraseMatcher.Match<City> next = data.cities.longestAt(t, k + 1, to);
    return next != null && next.first == k + 1;
  }

  /** Whether tokens {@code from} to {@code to} name a kind of document («заявлении», «меморандум») or a past verb of making one («подписали»). */
  private boolean namesADocument(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.words.is(WordClass.PAST_MAKING, t, k) || data.words.startsWithAny(WordClass.SIGNED_PREFIX, t, k)
          || data.documentKinds.longestAt(t, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun of a meeting stands at most {@value #TALKS_NOUN_REACH} words before the preposition at token
   * {@code in}, or a noun of a meeting or a verb of one taking place stands at most {@value #TALKS_NOUN_AFTER} words
   * after the city that ends before token {@code after}, or a verb of one taking place before the preposition; a
   * noun of a meeting right after a word of an upcoming or next one («Следующее заседание … пройдет в Душанбе») is
   * another occasion's. Tokens {@code from} to {@code to} are the sentence.
   */
  private boolean meetingBeside(Tokens t, int from, int to, int in, int after) {
    for (int j = in - 1; j >= Math.max(from, in - TALKS_NOUN_REACH); j--) {
      if (data.words.startsWithAny(WordClass.MEETING_NOUN_PREFIX, t, j)) {
        return !upcomingBefore(t, from, j);
      }
      if (takesPlace(t, j)) {
        return true;
      }
    }
    for (int j = after; j < Math.min(to, after + TALKS_NOUN_AFTER); j++) {
      if (data.words.startsWithAny(WordClass.MEETING_NOUN_PREFIX, t, j)) {
        return !upcomingBefore(t, from, in);
      }
      if (takesPlace(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** The most words before a noun of a meeting searched for a word of an upcoming or next one («следующий саммит»). */
  private static final int UPCOMING_REACH = 2;

  /** Whether a word of an upcoming or next occasion stands at most {@value #UPCOMING_REACH} words before token {@code k}. */
  private boolean upcomingBefore(Tokens t, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - UPCOMING_REACH); j--) {
      if (data.words.startsWithAny(WordClass.UPCOMING_PREFIX, t, j) || data.words.startsWithAny(WordClass.NEXT_PREFIX, t, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a verb, in lower case, of an occasion taking place («завершилась»). */
  private boolean takesPlace(Tokens t, int k) {
    return !t.isCapitalized(k) && data.words.startsWithAny(WordClass.TAKING_PLACE_VERB_PREFIX, t, k);
  }

  /** Whether a place is a state (the name the parties' data gives the state of its code), not a city. */
  private static boolean isState(Context ctx, Place place) {
    PartyInfo state = place.country().map(ctx.data.partiesById::get).orElse(null);
    return state != null && (place.name().equals(state.nameRu) || place.name().equals(state.nameEn));
  }

  /**
   * «The 469th meeting … on 25 November 2014» in a communiqué of Addis Ababa of that day: a meeting (no
   * visit, whose place is where it goes) held over the document's day, the text naming no place of its
   * own, sat in the document's city.
   */
  private static void placeOfTheDaysMeetings(Context ctx, List<Concept> concepts) {
    if (ctx.date == null || ctx.place == null || ctx.date.precision() != EdtfDate.Precision.DAY) {
      return;
    }
    java.time.LocalDate day = ctx.date.earliest();
    for (Concept c : concepts) {
      if (c.concept == Lexicons.Concept.EVENT && c.place == null && c.date != null && c.kind != dev.entente.model.EventKind.VISIT
          && !c.date.earliest().isAfter(day) && !c.date.latest().isBefore(day)
          && c.date.precision() == EdtfDate.Precision.DAY) {
        c.place = ctx.place;
      }
    }
  }

  /** The year of the first date that states one: in the document, else in the lines before it. */
  private int yearOf(Context ctx) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : ctx.sentences) {
      for (DateRecognizer.Found found : ctx.dates(dates, s.firstToken, s.lastToken)) {
        if (found.hasYear() && !found.until && !found.since) {
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
    boolean first = true;
    for (Layout.Piece piece : ctx.layout.pieces) {
      // «JOINT COMMUNIQUE BY PRIME MINISTER … ⏎ Release Date: 28/02/2002»: a first paragraph the layout did
      // not take for the title may still stand over the page's lines.
      if ((piece.kind == SegmentKind.PREAMBLE || piece.kind == SegmentKind.CLAUSE) && !(first && piece.kind == SegmentKind.PREAMBLE)) {
        break;
      }
      if (piece.kind != SegmentKind.BLANK) {
        first = false;
      }
      if (piece.kind != SegmentKind.WRAPPER && piece.kind != SegmentKind.DATELINE || updateStamp(ctx.layout, piece)) {
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
   * Whether a sentence of the body that tells the authors' meeting, its city and its day («We the Ministers … met in
   * Perth … on 1 November 2013») dates the document over a bare day under the title as good by score («November 06,
   * 2013», the day the site posted it), where the language's pages stamp their own day there
   * ({@link Language#stampsThePagesDayUnderTheTitle}): the day is the meeting's, on or before the stamp and at most
   * {@link #RECALLED_GAP_DAYS} before it (an older day is another occasion's the text recalls).
   */
  private boolean meetingsOwnDay(Range range, Set<Range> headed, City city, boolean filed, boolean adopted, EdtfDate date,
      EdtfDate stamped) {
    return data.language.stampsThePagesDayUnderTheTitle() && !headed.contains(range) && city != null && !filed && adopted
        && stamped != null && !date.latest().isAfter(stamped.earliest())
        && !date.latest().plusDays(RECALLED_GAP_DAYS).isBefore(stamped.earliest());
  }

  /** Whether the piece is a line that tells when the page was last changed ({@link Layout#updateStamps}). */
  private static boolean updateStamp(Layout layout, Layout.Piece piece) {
    for (Range stamp : layout.updateStamps) {
      if (stamp.start() >= piece.start && stamp.end() <= piece.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code date} lies more than {@link #CITED_GAP_DAYS} before the day the page gives: the
   * day of an earlier document or meeting the text recalls («the Joint Communique … of 21 December
   * 1972»), not its own; or begins more than {@value #PAGE_DAY_SLACK} day after it: a day still to
   * come when the page published the text («The Summit will be held on May 12»), which cannot be
   * the day it was adopted.
   */
  private static boolean cited(Context ctx, EdtfDate date) {
    return ctx.publicationDate != null && ctx.publicationDate.precision() == EdtfDate.Precision.DAY
        && (date.latest().plusDays(CITED_GAP_DAYS).isBefore(ctx.publicationDate.earliest())
            || date.earliest().isAfter(ctx.publicationDate.earliest().plusDays(PAGE_DAY_SLACK)));
  }

  /** Days a document's own day may follow the day its page gives (a page stamped in another time zone). */
  private static final int PAGE_DAY_SLACK = 1;

  /**
   * Where a sentence of the opening with a verb of meeting or adoption says the sides met («held
   * their first official meeting today in Washington, D.C.»): its first city after «in», or null.
   */
  private Place meetingCity(Context ctx, List<Range> candidates) {
    Tokens t = ctx.tokens;
    for (Range range : candidates) {
      int from = t.firstAtOrAfter(range.start());
      int to = t.firstAtOrAfter(range.end());
      if (opensWithAnotherKind(ctx, from, to)) {
        continue;
      }
      boolean adopted = hasAdoptionVerb(t, from, to);
      for (int i = from + 1; i < to; i++) {
        // «принятой сегодня на московской сессии»: after the preposition of a sitting only a city's adjective places it.
        boolean sitting = data.words.is(WordClass.OCCASION_PREPOSITION, t, i - 1);
        if ((data.words.is(WordClass.LOCATIVE_PREPOSITION, t, i - 1) || sitting)
            && (!inAnotherTextsClause(t, from, i, PARTICIPLE_PLACE_REACH) || qualifiesTheDocument(ctx, from, i))
            && (adopted || heldJustBefore(t, from, i - 1) || takesPlaceBeside(t, from, to, i))) {
          if (sitting) {
            City city = cityOfAnAdjective(t, i, to);
            if (city != null && !anotherOccasionsDay(ctx, i, to)) {
              return Place.of(city.name, city.country);
            }
            continue;
          }
          City city = cityAt(t, i, to);
          if (city == null) {
            city = cityAfterTheWordCity(t, i, to);
          }
          if (city == null) {
            city = capitalAt(t, i, to);
          }
          if (city == null) {
            city = cityOfAnAdjective(t, i, to);
          }
          if (city == null) {
            city = cityAfterAVenue(t, i, to);
          }
          if (city == null) {
            city = seatOfPowerAt(t, i, to);
          }
          if (city != null && !anotherOccasionsDay(ctx, i, to)) {
            return Place.of(city.name, city.country);
          }
        }
      }
    }
    return null;
  }

  /** The most words between the document's own kind and the «в <город>» that places it, either way. */
  private static final int OWN_KIND_CITY_REACH = 12;

  /**
   * «Об этом говорится в совместном заявлении, опубликованном в понедельник в Вьентьяне», «… выступили в Женеве с
   * совместным заявлением»: where nothing else places the
   * document, a sentence of the opening (or of a news page's lead) that names a document of its own kind, in any
   * form, and a city after a locative preposition within {@value #OWN_KIND_CITY_REACH} words of it, no sentence's end
   * between, tells where that document was made; null otherwise. A text of another kind the sentence recalls
   * («развивая положения Соглашения … в Кишиневе») places nothing, nor does a kind as loose as OTHER («решений,
   * принятых в Варшаве» in a recommendation).
   */
  private Place ownKindsCity(Context ctx, List<Range> candidates) {
    if (ctx.layout.kind == DocumentKind.OTHER) {
      return null;
    }
    Tokens t = ctx.tokens;
    for (Range range : candidates) {
      int from = t.firstAtOrAfter(range.start());
      int to = t.firstAtOrAfter(range.end());
      for (int k = from; k < to; k++) {
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
        if (kind == null || kind.first != k || kind.entry.value != ctx.layout.kind) {
          continue;
        }
        City city = cityNear(t, Math.max(from, k - OWN_KIND_CITY_REACH), k, kind.last, Math.min(to, kind.last + OWN_KIND_CITY_REACH));
        if (city != null) {
          return Place.of(city.name, city.country);
        }
      }
    }
    return null;
  }

  /**
   * The city after a locative preposition in {@code [from, to)}, outside the kind's own words {@code [kindFirst,
   * kindLast)} and in its sentence (no stop, «!» or «?» between them): the nearest before the kind, else the first after it.
   * A city one of a list («на встречах в Минске и Ереване») or after a word of what is to come («Следующая встреча
   * пройдет в Баку») is another occasion's.
   */
  private City cityNear(Tokens t, int from, int kindFirst, int kindLast, int to) {
    for (int i = kindFirst - 1; i > from && !t.gapHasSentenceStop(i + 1); i--) {
      City city = occasionsCity(t, from, i, kindFirst);
      if (city != null) {
        return city;
      }
    }
    for (int i = kindLast + 1; i < to && !t.gapHasSentenceStop(i - 1); i++) {
      City city = occasionsCity(t, from, i, to);
      if (city != null) {
        return city;
      }
    }
    return null;
  }

  /**
   * The city at token {@code i} after a locative preposition, unless another city follows it after «и» or a word of
   * what is to come stands in {@code [from, i)}; null otherwise.
   */
  private City occasionsCity(Tokens t, int from, int i, int to) {
    City city = data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1]) ? cityAt(t, i, to) : null;
    if (city == null || firstUpcoming(t, from, i) < i) {
      return null;
    }
    PhraseMatcher.Match<City> match = data.cities.longestAt(t, i, to);
    return match != null && anotherCityFollows(t, match.last, to) ? null : city;
  }

  /**
   * «состоялась в российском городе Астрахани», «прошла в г. Казани»: the city after the word for «city» at
   * token {@code i}, or after a state's adjective in lower case and that word; null otherwise.
   */
  private City cityAfterTheWordCity(Tokens t, int i, int to) {
    int k = i;
    if (k + 2 < to && !t.isCapitalized(k)) {
      PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, k, k + 1);
      if (state != null && state.value.kind == PartyKind.STATE) {
        k++;
      }
    }
    if (k + 1 >= to || !cityWordAt(t, k)) {
      return null;
    }
    PhraseMatcher.Match<City> city = t.isCapitalized(k + 1) ? data.cities.longestAt(t, k + 1, to) : null;
    return city != null && city.first == k + 1 ? city.value : null;
  }

  /**
   * «встретился в токийском особняке МИД»: the city whose adjective, in lower case, stands at token
   * {@code i} before the noun of the building or hall it qualifies; null otherwise.
   */
  private City cityOfAnAdjective(Tokens t, int i, int to) {
    // «в китайской провинции Хайнань»: a state's adjective is none of a city's.
    if (i + 1 >= to || t.isCapitalized(i) || t.isCapitalized(i + 1) || data.parties.longestAt(t, i, i + 1) != null) {
      return null;
    }
    return data.cityOfAdjectiveWord(t.key[i]);
  }

  /** The most words of a venue named before its city («NATO Headquarters», «Denarau Island»). */
  private static final int VENUE_WORDS = 3;

  /**
   * «held at NATO Headquarters, Brussels»: the city after a venue of capitalised words (none of them a
   * city) and a comma at token {@code i}, when the city closes the clause; null otherwise.
   */
  private City cityAfterAVenue(Tokens t, int i, int to) {
    for (int k = i; k < to && k - i < VENUE_WORDS; k++) {
      if (!t.isCapitalized(k) || t.isNumber(k) || k > i && t.gapBefore[k] != Tokens.GAP_SPACE) {
        return null;
      }
      if (k + 1 < to && t.gapHas(k + 1, ',') && !t.gapHas(k + 1, '\n')) {
        PhraseMatcher.Match<City> city = t.isCapitalized(k + 1) ? data.cities.longestAt(t, k + 1, to) : null;
        boolean closes = city != null && city.first == k + 1
            && (city.last == to || t.gapBefore[city.last] != Tokens.GAP_SPACE);
        return closes ? city.value : null;
      }
    }
    return null;
  }

  /** Whether two dates share a day (a null one shares none). */
  private static boolean overlaps(EdtfDate a, EdtfDate b) {
    return a != null && b != null && !a.latest().isBefore(b.earliest()) && !a.earliest().isAfter(b.latest());
  }

  /** The most words from a city to a day that dates it («in Perth in 2011», «in Bucharest in April of this year»). */
  private static final int CITY_DAY_REACH = 4;

  /**
   * «attended the Commonwealth Heads of Government Meeting in Perth in 2011», «the NATO Summit in
   * Bucharest in April of this year»: whether a date a few words after the city at token {@code city}
   * shares no day with the document's, or gives a year alone where the document has its day: the city is
   * another occasion's.
   */
  private boolean anotherOccasionsDay(Context ctx, int city, int to) {
    if (ctx.date == null) {
      return false;
    }
    for (DateRecognizer.Found found : dates.find(ctx.tokens, city + 1, Math.min(to, city + 1 + CITY_DAY_REACH))) {
      EdtfDate date = found.resolve(ctx.referenceYear, ctx.referenceDay);
      // «на встречах в Алма-Ате (1990 г.) и в Ташкенте (1991 г.)» in a statement of 13 December 1991: a meeting
      // the text dates by its year alone is an earlier one it recalls.
      return date != null && (!overlaps(date, ctx.date)
          || date.precision() == EdtfDate.Precision.YEAR && ctx.date.precision() == EdtfDate.Precision.DAY);
    }
    return false;
  }

  /** The most words between a word of a meeting held and the «в» of its city («состоявшихся сегодня, 17 мая, переговоров в Москве»). */
  private static final int HELD_REACH = 6;

  /** Whether a word that tells where a meeting was held stands at most {@link #HELD_REACH} words before token {@code k}. */
  private boolean heldJustBefore(Tokens t, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - HELD_REACH); j--) {
      if (data.language.tellsWhereItWasHeld(t.key[j])) {
        return true;
      }
    }
    return false;
  }

  /** The most words between a verb of an occasion taking place and «в <город>» («В Баку сегодня открывается саммит»). */
  private static final int TAKING_PLACE_REACH = 3;

  /**
   * «В Москве проходит заседание», «Сегодня в Астане состоялся саммит», «В Баку сегодня открывается саммит»:
   * whether a finite verb of an occasion taking place stands at most {@value #TAKING_PLACE_REACH} words before
   * the preposition at token {@code i} - 1 or after the word at token {@code i} (the city's first): the city is the
   * meeting's, where the news page's document was adopted.
   */
  private boolean takesPlaceBeside(Tokens t, int from, int to, int i) {
    for (int k = Math.max(from, i - 1 - TAKING_PLACE_REACH); k < Math.min(to, i + 1 + TAKING_PLACE_REACH); k++) {
      if (k != i - 1 && k != i && !t.isCapitalized(k) && data.words.startsWithAny(WordClass.TAKING_PLACE_VERB_PREFIX, t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «в столице Саудовской Аравии Эр-Рияде»: the city after the word for a capital and its state, when it
   * is that state's; «в ходе визита в столицу Белоруссии»: the state's capital, when no city follows its
   * name; null otherwise.
   */
  private City capitalAt(Tokens t, int i, int to) {
    // «в административной столице ЮАР Претории», «в северной столице России»: a word in lower case before the
    // word for a capital makes it a capital of a kind, which only the city named after the state tells.
    int qualified = 0;
    while (qualified < CAPITAL_QUALIFIERS && i + 1 < to && !t.isCapitalized(i) && !t.isNumber(i)
        && !data.language.namesACapital(t.key[i]) && t.gapBefore[i + 1] == Tokens.GAP_SPACE) {
      i++;
      qualified++;
    }
    if (i + 1 >= to || !data.language.namesACapital(t.key[i])) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, i + 1, to);
    if (state == null || state.first != i + 1 || state.value.kind != PartyKind.STATE) {
      return null;
    }
    if (state.last == to || t.gapBefore[state.last] != Tokens.GAP_SPACE || !t.isCapitalized(state.last)) {
      return qualified == 0 ? data.capitalOf(state.value.id) : null;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, state.last, to);
    return city != null && city.first == state.last && city.value.country.equals(state.value.id) ? city.value : null;
  }

  /**
   * «был подписан в Кремле», «переговоры в Елисейском дворце», "signed at the Kremlin": the capital of the
   * state whose seat of power (institutions.tsv) is named at token {@code i} (or after an article); null
   * otherwise.
   */
  private City seatOfPowerAt(Tokens t, int i, int to) {
    int k = i + 1 < to && data.language.isArticle(t.key[i]) ? i + 1 : i;
    PrefixLexicon.Hit<String> seat = t.isCapitalized(k) ? data.lexicons.institutions.longestAt(t, k, to) : null;
    return seat == null || seat.first != k ? null : data.capitalOf(seat.entry.value);
  }

  /** The most words in lower case before the word for a capital («в административной столице»). */
  private static final int CAPITAL_QUALIFIERS = 1;

  /** The most words between a verb of adoption or gathering and the city it names («собрались в Астане»). */
  private static final int GATHERING_REACH = 3;

  /**
   * The city of an opening sentence (the preamble's first paragraphs, short lines not counted, the first point) whose verb of adoption or gathering is followed by «в <город>»
   * («Мы, главы государств …, собрались в Астане, чтобы …», "We … met in Canberra"), where no
   * sentence gives a day with a city: the document is adopted where its authors met.
   */
  private Place gatheringPlace(Context ctx) {
    Tokens t = ctx.tokens;
    // «Принято ⏎ Президентом Республики Казахстан ⏎ 03 марта 1995 года, ⏎ … ⏎ Мы, Президенты …, собравшись в
    // городе …»: short lines of a stamp above the body do not use up the paragraphs searched.
    Set<Layout.Block> opening = Collections.newSetFromMap(new IdentityHashMap<>());
    int paragraphs = 0;
    for (Layout.Block block : ctx.layout.preamble) {
      if (paragraphs == PREAMBLE_WINDOW) {
        break;
      }
      opening.add(block);
      Range first = block.paragraphs.get(0);
      if (first.end() - first.start() >= DATE_LINE) {
        paragraphs++;
      }
    }
    if (!ctx.layout.clauses.isEmpty()) {
      opening.add(ctx.layout.clauses.get(0));
    }
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block)) {
        continue;
      }
      for (int k = s.firstToken; k < s.lastToken; k++) {
        if (!data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k)) {
          continue;
        }
        for (int j = k + 1; j < Math.min(s.lastToken - 1, k + 1 + GATHERING_REACH); j++) {
          if (!data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[j])) {
            continue;
          }
          int c = j + 1;
          if (c + 1 < s.lastToken && cityWordAt(t, c)) {
            c++;
          }
          PhraseMatcher.Match<City> city = data.cities.longestAt(t, c, s.lastToken);
          if (city != null && t.isCapitalized(c)) {
            return Place.of(city.value.name, city.value.country);
          }
        }
      }
    }
    return null;
  }

  /**
   * The city the title names as the document's: right before its kind of document («Fortaleza
   * Declaration»), or closing it, alone or with its state («… on Security Cooperation New Delhi»,
   * «Joint Statement with Prime Minister Modi, New Delhi, India»); null otherwise.
   */
  private Place titlePlace(Context ctx) {
    Tokens t = ctx.tokens;
    int from = ctx.titleFirstToken;
    int to = ctx.titleLastToken;
    if (from < 0) {
      return null;
    }
    for (int i = from; i < to; i++) {
      PhraseMatcher.Match<City> city = t.isCapitalized(i) ? data.cities.longestAt(t, i, to) : null;
      if (city == null) {
        continue;
      }
      boolean beforeKind = city.last < to && data.documentKinds.longestAt(t, city.last, to) != null;
      if (beforeKind || city.last == to || closesWithItsState(t, city, to)) {
        return Place.of(city.value.name, city.value.country);
      }
      i = city.last - 1;
    }
    return null;
  }

  /**
   * «МОСКОВСКАЯ ДЕКЛАРАЦИЯ», «Бакинская декларация»: a title that opens with a city's adjective right
   * before its kind names where the document was adopted; null otherwise.
   */
  private Place titleAdjectivePlace(Context ctx) {
    Tokens t = ctx.tokens;
    int first = ctx.titleFirstToken;
    if (first < 0 || first + 1 >= ctx.titleLastToken || !t.isCapitalized(first) || t.hyphenAfter[first]
        || data.documentKinds.longestAt(t, first + 1, ctx.titleLastToken) == null) {
      return null;
    }
    City city = data.cityOfAdjectiveWord(t.key[first]);
    return city == null ? null : Place.of(city.name, city.country);
  }

  /**
   * «Лидеры приняли Сочинскую декларацию …», «подписаны Самаркандская декларация и ряд документов»: in the first
   * {@value #OPENING_SENTENCES} sentences of the text, a city's adjective with a capital right before the document's
   * own kind of document names where it was adopted; null otherwise (another kind there is another text's).
   */
  private Place openingAdjectivePlace(Context ctx) {
    Tokens t = ctx.tokens;
    for (int s = 0, n = Math.min(ctx.sentences.size(), OPENING_SENTENCES); s < n; s++) {
      Context.Sentence sentence = ctx.sentences.get(s);
      for (int k = sentence.firstToken; k + 1 < sentence.lastToken; k++) {
        if (!t.isCapitalized(k) || t.isUpperCase(k) || t.hyphenAfter[k] || t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
          continue;
        }
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k + 1, sentence.lastToken);
        if (kind == null || kind.entry.value != ctx.layout.kind) {
          continue;
        }
        City city = data.cityOfAdjectiveWord(t.key[k]);
        if (city != null) {
          return Place.of(city.name, city.country);
        }
      }
    }
    return null;
  }

  /**
   * «Форум … | Опубликована Пекинская декларация о …» over a text the layout found no title for: in the
   * site's lines before the body, a city or its adjective right before the document's own kind of
   * document names where it was adopted; null otherwise. Another kind there («Шанхайская конвенция»
   * over a declaration) is another text's.
   */
  private Place headlinePlace(Context ctx) {
    Tokens t = ctx.tokens;
    for (Layout.Piece piece : ctx.layout.pieces) {
      if (piece.kind == SegmentKind.PREAMBLE || piece.kind == SegmentKind.CLAUSE) {
        break;
      }
      if (piece.kind != SegmentKind.WRAPPER && piece.kind != SegmentKind.DATELINE) {
        continue;
      }
      int to = t.firstAtOrAfter(piece.end);
      for (int k = t.firstAtOrAfter(piece.start); k + 1 < to; k++) {
        if (!t.isCapitalized(k)) {
          continue;
        }
        PhraseMatcher.Match<City> named = data.cities.longestAt(t, k, to);
        int kindAt = named != null && named.first == k ? named.last : k + 1;
        PrefixLexicon.Hit<DocumentKind> kind = kindAt < to ? data.documentKinds.longestAt(t, kindAt, to) : null;
        if (kind == null || kind.entry.value != ctx.layout.kind || t.gapBefore[kindAt] != Tokens.GAP_SPACE) {
          continue;
        }
        City city = named != null && named.first == k ? named.value : null;
        if (city == null && !t.hyphenAfter[k]) {
          city = data.cityOfAdjectiveWord(t.key[k]);
        }
        if (city != null) {
          return Place.of(city.name, city.country);
        }
      }
    }
    return null;
  }

  /**
   * «ПОСТАНОВЛЕНИЕ … ⏎ 13 июня 2000 г. № 15-14 ⏎ г. Санкт-Петербург»: a line of the header before the
   * body that is the word for «city» and a city alone names where the act was adopted; null otherwise.
   * Without that word a city alone in the site's lines may be a menu's.
   */
  private Place headerCityLine(Context ctx) {
    Tokens t = ctx.tokens;
    for (Layout.Piece piece : ctx.layout.pieces) {
      if (piece.kind == SegmentKind.PREAMBLE || piece.kind == SegmentKind.CLAUSE) {
        break;
      }
      if (piece.kind == SegmentKind.BLANK) {
        continue;
      }
      int to = t.firstAtOrAfter(piece.end);
      int lineStart = t.firstAtOrAfter(piece.start);
      for (int k = lineStart + 1; k <= to; k++) {
        if (k < to && !t.gapHas(k, '\n')) {
          continue;
        }
        if (k - lineStart >= 2 && data.words.is(WordClass.CITY_ABBREVIATION, t.key[lineStart]) && cityAlone(t, lineStart, k)) {
          City city = data.cities.longestAt(t, lineStart + 1, k).value;
          return Place.of(city.name, city.country);
        }
        lineStart = k;
      }
    }
    return null;
  }

  /** Whether the title goes on after a city only with a comma and the city's state («, India»). */
  private boolean closesWithItsState(Tokens t, PhraseMatcher.Match<City> city, int to) {
    if (!t.gapHas(city.last, ',')) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, city.last, to);
    return state != null && state.last == to && state.value.id.equals(city.value.country);
  }

  /** The most words of a line that is a place alone («Port of Spain, Trinidad and Tobago»). */
  private static final int PLACE_LINE_WORDS = 8;

  /**
   * The city of the line right above token {@code from} when that line is a city alone, with its state
   * or not; null otherwise.
   */
  private City placeLineAbove(Tokens t, int from) {
    if (from == 0 || !t.gapHas(from, '\n')) {
      return null;
    }
    int start = from - 1;
    while (start > 0 && !t.gapHas(start, '\n') && from - start < PLACE_LINE_WORDS) {
      start--;
    }
    if (start > 0 && !t.gapHas(start, '\n') || !t.isCapitalized(start)) {
      return null;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, start, from);
    return city != null && city.first == start && (city.last == from || closesWithItsState(t, city, from)
        || closesWithARegion(t, city, from)) ? city.value : null;
  }

  /** The most words of a region after a city on the line above a date line («California», «New South Wales»). */
  private static final int REGION_WORDS = 3;

  /**
   * «San Francisco, California ⏎ November 16-17, 2023»: whether the line goes on after the city only with a
   * comma and a few capitalised words, the region the city lies in, up to token {@code end}.
   */
  private static boolean closesWithARegion(Tokens t, PhraseMatcher.Match<City> city, int end) {
    if (city.last >= end || !t.gapHas(city.last, ',') || end - city.last > REGION_WORDS) {
      return false;
    }
    for (int k = city.last; k < end; k++) {
      if (!t.isCapitalized(k) || t.isNumber(k) || k > city.last && t.gapBefore[k] != Tokens.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /** The most preamble paragraphs searched for a line that is a place alone. */
  private static final int PLACE_LINE_WINDOW = 3;

  /**
   * A line near the start that is a place alone, with its state or not («Addis Ababa, Ethiopia»
   * under the date of a communiqué), after a field's label or not: where the text was adopted; null if none.
   */
  private Place placeLine(Context ctx) {
    Tokens t = ctx.tokens;
    for (Range line : openingLines(ctx, PLACE_LINE_WINDOW)) {
      int from = t.firstAtOrAfter(line.start());
      int to = t.firstAtOrAfter(line.end());
      // «[Place] Cebu, Philippines», «Место: Ашхабад»: a field's one-word label may open the line.
      if (from + 2 <= to && t.isCapitalized(from) && (t.gapHas(from + 1, ']') || t.gapHas(from + 1, ':'))) {
        from++;
      }
      PhraseMatcher.Match<City> city = cityOpening(t, from, to);
      if (city != null && (city.last == to || closesWithItsState(t, city, to))) {
        return Place.of(city.value.name, city.value.country);
      }
    }
    return null;
  }

  /**
   * «СОГЛАШЕНИЕ … (ЗАКЛЮЧЕНО Г. РИМЕ 10.02.98)»: the dates {@link DateRecognizer#find} gave for a title or a line under
   * it, with a day in figures right after a city, the year in two figures as well, that a register's heading gives; the
   * same list when none stands there.
   */
  private List<DateRecognizer.Found> withFiguresAfterACity(Tokens t, int from, int to, List<DateRecognizer.Found> found) {
    List<DateRecognizer.Found> all = found;
    for (int k = from; k < to; k++) {
      PhraseMatcher.Match<City> city = t.isCapitalized(k) ? data.cities.longestAt(t, k, to) : null;
      if (city == null || city.first != k) {
        continue;
      }
      DateRecognizer.Found figures = dates.figuresDay(t, city.last, to);
      if (figures != null && found.stream().noneMatch(f -> f.first <= figures.first && figures.first < f.last)) {
        all = all == found ? new ArrayList<>(found) : all;
        all.add(figures);
      }
      k = city.last - 1;
    }
    return all;
  }

  /** The longest city's name at token {@code from}, capitalised, within {@code [from, to)}; null when none stands there. */
  private PhraseMatcher.Match<City> cityOpening(Tokens t, int from, int to) {
    return from < to && t.isCapitalized(from) ? data.cities.longestAt(t, from, to) : null;
  }

  /** Where and when an agency's dateline in figures says a report was filed. */
  private record FiguresDateline(Place place, EdtfDate day) {}

  /**
   * «Бишкек,05.11.24./Салтанат Абдраева-Кабар/. «Подписываемая нами сегодня Декларация …»»: a paragraph near the start
   * that opens with a city in the nominative, a comma and a day in figures joined by full stops (the year in two
   * figures or four) is an agency's dateline, whatever the case of the city's letters: the day the report was filed and
   * the city of the occasion it retells; null when no opening paragraph opens so.
   */
  private FiguresDateline figuresDateline(Context ctx) {
    Tokens t = ctx.tokens;
    for (Range first : openingLines(ctx, PREAMBLE_WINDOW)) {
      int from = t.firstAtOrAfter(first.start());
      int to = t.firstAtOrAfter(first.end());
      PhraseMatcher.Match<City> city = cityOpening(t, from, to);
      if (city == null || city.first != from || city.last >= to || !t.gapIs(city.last, ',')
          || !city.value.inTheNominative(ctx.text.text(), t.start[from], t.end[city.last - 1])) {
        continue;
      }
      DateRecognizer.Found figures = dates.figuresDay(t, city.last, to);
      EdtfDate day = figures == null ? null : figures.resolve(figures.year1, null);
      if (day != null) {
        return new FiguresDateline(Place.of(city.value.name, city.value.country), day);
      }
    }
    return null;
  }

  /** The text's lead lines, then the first paragraph of each of its first {@code blocks} preamble blocks. */
  private static List<Range> openingLines(Context ctx, int blocks) {
    List<Range> lines = new ArrayList<>(ctx.layout.leadLines);
    for (Layout.Block block : ctx.layout.preamble.subList(0, Math.min(blocks, ctx.layout.preamble.size()))) {
      lines.add(block.paragraphs.get(0));
    }
    return lines;
  }

  /** The most words of a city the gazetteer lacks, named after «met in» («Queenstown», «Port Vila»). */
  private static final int UNKNOWN_CITY_WORDS = 3;

  /**
   * «met in Queenstown on 9 February 2013», «met today in Harpsund, Sweden»: the capitalised words right
   * after a verb of meeting and «in», up to a word and a day or up to a comma and a state that closes the
   * clause, name a city the gazetteer lacks, as written (for a language that writes place names unchanged
   * after a preposition); null otherwise.
   */
  private Place unknownMeetingCity(Context ctx, List<Range> candidates) {
    Tokens t = ctx.tokens;
    for (Range range : candidates) {
      int from = t.firstAtOrAfter(range.start());
      int to = t.firstAtOrAfter(range.end());
      for (int k = from; k < to; k++) {
        if (t.isCapitalized(k) || !data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k)) {
          continue;
        }
        for (int j = k + 1; j < Math.min(to - 1, k + 1 + GATHERING_REACH); j++) {
          if (!data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[j])) {
            continue;
          }
          Place place = unknownCityAt(ctx, j + 1, to);
          if (place != null) {
            return place;
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * «Communiqué Issued at the Conclusion of the … Meeting …, 16-17 February 2016, Placencia, Belize»: a
   * title that closes with a comma, capitalised words the gazetteer lacks, a comma and a state names the
   * city where the document was adopted, as written; null otherwise.
   */
  private Place unknownTitleCity(Context ctx) {
    Tokens t = ctx.tokens;
    int from = ctx.titleFirstToken;
    int to = ctx.titleLastToken;
    if (from < 0) {
      return null;
    }
    for (int s = Math.max(from + 1, to - UNKNOWN_CITY_WORDS); s < to; s++) {
      if (!t.gapHas(s, ',')) {
        continue;
      }
      PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, s, to);
      if (state == null || state.last != to) {
        continue;
      }
      int c = s - 1;
      while (c - 1 > from && s - c < UNKNOWN_CITY_WORDS && t.isCapitalized(c - 1) && !t.isNumber(c - 1)
          && t.gapBefore[c] == Tokens.GAP_SPACE) {
        c--;
      }
      return c > from && t.gapHas(c, ',') && t.isCapitalized(c) ? unknownCityAt(ctx, c, to) : null;
    }
    return null;
  }

  /** The city the gazetteer lacks named at token {@code c}, as {@link #unknownMeetingCity} reads it, or null. */
  private Place unknownCityAt(Context ctx, int c, int to) {
    Tokens t = ctx.tokens;
    int e = c;
    while (e < to && e - c < UNKNOWN_CITY_WORDS && t.isCapitalized(e) && !t.isNumber(e)
        && (e == c || t.gapBefore[e] == Tokens.GAP_SPACE)) {
      e++;
    }
    if (e == c || e >= to || data.parties.longestAt(t, c, e) != null || data.cities.longestAt(t, c, e) != null) {
      return null;
    }
    String name = ctx.text.text().substring(t.start[c], t.end[e - 1]);
    if (t.gapHas(e, ',')) {
      PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, e, to);
      // «was held at Placencia, Belize on 16-17 February 2016»: the state closes the clause, or a day follows it.
      boolean closes = state != null && state.first == e && state.value.kind == PartyKind.STATE
          && (state.last == to || t.gapBefore[state.last] != Tokens.GAP_SPACE || dayRightAfter(t, state.last, to));
      return closes ? Place.of(name, state.value.id) : null;
    }
    if (t.gapBefore[e] == Tokens.GAP_SPACE && !t.isCapitalized(e)) {
      for (DateRecognizer.Found found : dates.find(t, e + 1, Math.min(to, e + 1 + DATE_AFTER_CITY))) {
        if (found.first == e + 1 && found.isDay()) {
          return Place.of(name, java.util.Optional.empty());
        }
      }
    }
    return null;
  }

  /** Whether a day starts at token {@code k} or after one word in lower case there («on 16-17 February 2016»). */
  private boolean dayRightAfter(Tokens t, int k, int to) {
    if (t.isCapitalized(k) && !t.isNumber(k)) {
      return false;
    }
    for (DateRecognizer.Found found : dates.find(t, k, Math.min(to, k + 1 + DATE_AFTER_CITY))) {
      return found.first <= k + 1 && found.isDay();
    }
    return false;
  }

  /** The most words of a day that follows a city the gazetteer lacks and one word («on 9 February 2013»). */
  private static final int DATE_AFTER_CITY = 6;

  /**
   * «ASTANA, July 3 (Xinhua) --», «МОСКВА, 17 мая. /ТАСС/.»: the city of an agency's dateline, where the
   * text it carries was released, when nothing in the text places it; null otherwise.
   */
  private Place datelineCity(Context ctx) {
    if (ctx.layout.datelineStart < 0) {
      return null;
    }
    Tokens t = ctx.tokens;
    int from = t.firstAtOrAfter(ctx.layout.datelineStart);
    int to = t.firstAtOrAfter(ctx.layout.datelineEnd);
    PhraseMatcher.Match<City> city = from < to ? data.cities.longestAt(t, from, to) : null;
    return city != null && city.first == from && city.last < to && t.gapHas(city.last, ',')
        ? Place.of(city.value.name, city.value.country) : null;
  }

  /**
   * «Москва. Президенты России и Монголии заявили …»: a report whose first line opens with a city in the
   * nominative and a full stop names where it was written, the city of the talks it retells; null otherwise.
   */
  private Place openingCity(Context ctx) {
    Tokens t = ctx.tokens;
    List<Range> firsts = new ArrayList<>(2);
    if (!ctx.layout.leadLines.isEmpty()) {
      firsts.add(ctx.layout.leadLines.get(0));
    }
    if (!ctx.layout.preamble.isEmpty()) {
      firsts.add(ctx.layout.preamble.get(0).paragraphs.get(0));
    }
    for (Range first : firsts) {
      int from = t.firstAtOrAfter(first.start());
      int to = t.firstAtOrAfter(first.end());
      PhraseMatcher.Match<City> city = cityOpening(t, from, to);
      if (city == null || city.last >= to || !t.gapHas(city.last, '.') || !t.isCapitalized(city.last)) {
        continue;
      }
      if (city.value.inTheNominative(ctx.text.text(), t.start[from], t.end[city.last - 1])) {
        return Place.of(city.value.name, city.value.country);
      }
    }
    return null;
  }

  /**
   * «ТЯНЬЦЗИНЬ (Китай), 1 сен – РИА Новости. …», «Страсбург, Франция, 26 июня, 2019, 19:06 — ИА Регнум.»: a paragraph
   * near the start that opens with an agency's dateline, a city in the nominative, its own state in brackets or after a
   * comma, a comma and a day, names where the report was filed, the city of the occasion it retells; null otherwise.
   */
  private Place agencyDatelineCity(Context ctx) {
    Tokens t = ctx.tokens;
    for (Range first : openingLines(ctx, PREAMBLE_WINDOW)) {
      int from = t.firstAtOrAfter(first.start());
      int to = t.firstAtOrAfter(first.end());
      PhraseMatcher.Match<City> city = cityOpening(t, from, to);
      boolean bracketed = city != null && city.last < to && t.gapHas(city.last, '(');
      if (city == null || city.last >= to || !bracketed && !t.gapHas(city.last, ',')) {
        continue;
      }
      PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, city.last, to);
      if (state == null || state.first != city.last || state.last >= to || !state.value.id.equals(city.value.country)
          || bracketed && !t.gapHas(state.last, ')') || !t.gapHas(state.last, ',') || !t.isNumber(state.last)) {
        continue;
      }
      if (city.value.inTheNominative(ctx.text.text(), t.start[from], t.end[city.last - 1])) {
        return Place.of(city.value.name, city.value.country);
      }
    }
    return null;
  }

  /** Words from the text's start searched for a city the text places something in, past a dateline's own. */
  private static final int DATELINE_RIVAL_WORDS = 300;

  /**
   * «МОСКВА, 2 окт — РИА Новости. Россия и Лаос подписали …», «ТАШКЕНТ, 17 ноября — Sputnik. …», «БИШКЕК /Trend/ - По
   * итогам переговоров …»: a paragraph near the start that opens with an agency's dateline, a city in capitals and in
   * the nominative, then a comma and a day or an agency between slashes, names where the report was filed — the city
   * of the occasion it retells unless the text's first {@value #DATELINE_RIVAL_WORDS} words place something in another
   * city («… на совещании министров в Душанбе»); null otherwise.
   */
  private Place openingDatelineCity(Context ctx) {
    Tokens t = ctx.tokens;
    for (Range first : openingLines(ctx, PREAMBLE_WINDOW)) {
      int from = t.firstAtOrAfter(first.start());
      int to = t.firstAtOrAfter(first.end());
      PhraseMatcher.Match<City> city = from < to && t.isUpperCase(from) ? data.cities.longestAt(t, from, to) : null;
      if (city == null || city.last >= to || !t.isUpperCase(city.last - 1)
          || !(t.gapHas(city.last, ',') && t.isNumber(city.last) || t.gapHas(city.last, '/'))
          || !city.value.inTheNominative(ctx.text.text(), t.start[from], t.end[city.last - 1])) {
        continue;
      }
      int end = Math.min(t.size, DATELINE_RIVAL_WORDS);
      for (int k = 0; k + 1 < end; k++) {
        PhraseMatcher.Match<City> other = data.words.is(WordClass.LOCATIVE_PREPOSITION, t, k) && t.isCapitalized(k + 1)
            ? data.cities.longestAt(t, k + 1, end) : null;
        if (other != null && !other.value.name.equals(city.value.name)) {
          return null;
        }
      }
      return Place.of(city.value.name, city.value.country);
    }
    return null;
  }

  /**
   * «Об этом говорится в декларации, принятой сегодня на московской сессии …» on a page about a declaration:
   * whether the participle of adoption before token {@code i} qualifies the document's own kind of document
   * (any, on a page with no title), a common noun in lower case right before its comma — the document itself,
   * where a text it cites is named («Декларацией …, принятой …»).
   */
  private boolean qualifiesTheDocument(Context ctx, int from, int i) {
    Tokens t = ctx.tokens;
    for (int k = i - 1; k >= Math.max(from, i - PARTICIPLE_PLACE_REACH); k--) {
      if (data.words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, t, k)) {
        if (k - 1 <= from || t.isCapitalized(k - 1)) {
          return false;
        }
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k - 1, k);
        return kind != null && kind.first == k - 1 && kind.entry.value != DocumentKind.OTHER
            && (kind.entry.value == ctx.layout.kind || ctx.layout.titleStart < 0);
      }
    }
    return false;
  }

  /**
   * «the territories occupied since June 4, 1967», «с 1 января 2025 года вступает в силу»: a single day right after
   * «since», «с» starts a period the text speaks of; no text is adopted on it.
   */
  private boolean periodStart(Tokens t, DateRecognizer.Found found, EdtfDate date) {
    return !date.isInterval() && found.first > 0 && data.words.is(WordClass.SINCE_PREPOSITION, t.key[found.first - 1]);
  }

  /** The most words between a participle of adoption and the day it gives («подписанный в г. Астане 10 …»). */
  private static final int PARTICIPLE_REACH = 4;
  /** The most words between a participle of adoption and the city it gives («подписанный 10 октября 2000 года в Астане»). */
  private static final int PARTICIPLE_PLACE_REACH = 8;

  /**
   * Whether the day at token {@code date} is another text's: it follows «от» («Договора … от 16
   * июля 2001 года»), or a participle of adoption that opens a clause after a comma («Декларации …, принятой 16 октября 2007», «Договор …,
   * подписанный 10 октября 2000 года в Астане, вступил в силу»). The document's own day stands in
   * its title, the line under it, or a sentence or line that opens with the verb («Принято …»,
   * «Совершено в городе Москве 30 ноября 2001 года»).
   */
  private boolean datesAnotherText(Tokens t, int from, int date) {
    // «Декларация … (принята резолюцией 2734 (XXV) от 16 декабря 1970 г.)»: the act that dates a text in the
    // bracket after its name, «от» and all, is its adoption, the document's own day.
    if (inAdoptionBracket(t, from, date)) {
      return false;
    }
    // «Принята резолюцией 33/73 ⏎ Генеральной Ассамблеи ООН ⏎ от 15 декабря 1978 года»: so does a note of adoption
    // that opens the sentence or the lines above, «от» and all.
    if (date - from <= ADOPTION_BRACKET_REACH && data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, from)
        || date == from + 1 && adoptionLinesAbove(t, from)) {
      return false;
    }
    // «Договором … от 16 июля 2001 года»: outside the title, «от» dates the text named before it; «… СОГЛАШЕНИЕ от 20
    // октября 2000 года О …», a heading in capitals run into the line, is the title all the same.
    if (date > from && data.words.is(WordClass.DOCUMENT_DATE_PREPOSITION, t.key[date - 1])
        && !headingInCapitalsBefore(t, from, date - 1)) {
      return true;
    }
    // «the Points of Agreement of 27 November 1990»: the day of what the sentence names right before it.
    if (date > from + 1 && data.language.datesWhatPrecedes(t.key[date - 1]) && t.isCapitalized(date - 2)) {
      return true;
    }
    // «(Adopted at the first plenary session, held on June 2, 1997)»: a line that opens with the act of adoption
    // dates the text by the sitting it names.
    return !data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, from)
        && inAnotherTextsClause(t, from, date, PARTICIPLE_REACH);
  }

  /**
   * «Соглашение о создании формата было подписано 17 мая в Киеве» on a declaration's page: whether the sentence or line
   * {@code [from, to)} opens with a kind of document other than the page's own, neither of them OTHER; the day and city
   * it gives are that text's. A loose «Заявление «…» президенты приняли …» may still name a joint statement.
   */
  private boolean opensWithAnotherKind(Context ctx, int from, int to) {
    if (ctx.layout.kind == DocumentKind.OTHER || from >= to) {
      return false;
    }
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(ctx.tokens, from, to);
    return kind != null && kind.first == from && kind.entry.value != ctx.layout.kind && kind.entry.value != DocumentKind.OTHER;
  }

  /** The most words of a heading in capitals between its kind of document and the «от» that dates it. */
  private static final int CAPITALS_HEADING_WORDS = 25;

  /**
   * «СОГЛАШЕНИЕ от 20 октября 2000 года», «ПРОТОКОЛ О СОТРУДНИЧЕСТВЕ МЕЖДУ … РЕСПУБЛИКИ" от 22 ноября 2001 года» on a
   * register's page run into one line: whether the words before token {@code to} (the «от»), back to a kind of
   * document, are all in capitals, at most {@value #CAPITALS_HEADING_WORDS} of them: a heading, which names the page's
   * own text, not one a sentence cites («в соответствии с Соглашением от …»).
   */
  private boolean headingInCapitalsBefore(Tokens t, int from, int to) {
    for (int k = to - 1; k >= Math.max(from, to - CAPITALS_HEADING_WORDS); k--) {
      if (!t.isUpperCase(k)) {
        return false;
      }
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null && kind.first == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the day at token {@code date} stands in a bracket opened, within {@value #ADOPTION_BRACKET_REACH}
   * words before it and past {@code from}, by a verb of adoption («(принята резолюцией … от …)», "(adopted
   * by resolution … of …)"); brackets closed in between («2734 (XXV)») are stepped over.
   */
  private boolean inAdoptionBracket(Tokens t, int from, int date) {
    int depth = 0;
    for (int k = date - 1; k > from && k >= date - ADOPTION_BRACKET_REACH; k--) {
      if (t.gapHas(k + 1, ')')) {
        depth++;
      }
      if (t.gapHas(k, '(')) {
        if (depth == 0) {
          return data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k);
        }
        depth--;
      }
    }
    return false;
  }

  /** The most lines above a line «от <день>» that the note of its adoption may take. */
  private static final int ADOPTION_NOTE_LINES = 2;

  /**
   * «Принята резолюцией 33/73 ⏎ Генеральной Ассамблеи ООН ⏎ от 15 декабря 1978 года»: whether a line opening with
   * a verb of adoption stands at most {@value #ADOPTION_NOTE_LINES} lines above the line that opens at token
   * {@code from}, the lines between short: the note of the document's adoption, broken into lines, which the
   * day closes.
   */
  private boolean adoptionLinesAbove(Tokens t, int from) {
    if (!t.gapHas(from, '\n')) {
      return false;
    }
    int lines = 0;
    for (int k = from - 1; k >= 0 && from - k <= ADOPTION_BRACKET_REACH; k--) {
      if (k == 0 || t.gapHas(k, '\n')) {
        if (data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k)) {
          return true;
        }
        if (++lines == ADOPTION_NOTE_LINES) {
          return false;
        }
      }
    }
    return false;
  }

  /** Words between a bracket's verb of adoption and the day it gives («принята резолюцией ГА ООН 2734 (XXV) от»). */
  private static final int ADOPTION_BRACKET_REACH = 12;

  /** A candidate's first word of an upcoming occasion, not yet looked for. */
  private static final int NOT_LOOKED = -2;

  /**
   * «The next meeting will be held in Suva on 5 May 2020»: the first word of an upcoming occasion in
   * tokens {@code [from, to)}, or {@code to}; a day after it is the occasion's, not the document's.
   */
  private int firstUpcoming(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.words.startsWithAny(WordClass.UPCOMING_PREFIX, t, k)) {
        return k;
      }
    }
    return to;
  }

  /**
   * «The Ministers recalled the first Dialogue held in New Delhi on 30 November 2019»: whether the day
   * at token {@code date} follows a participle that describes the noun right before it (no auxiliary
   * between, in a language whose participles follow their nouns): an occasion the sentence names,
   * weighed below one it reports («The second Dialogue was held in Tokyo on …»).
   */
  private boolean describesANoun(Tokens t, int from, int date) {
    if (!data.language.participlesFollowTheirNouns()) {
      return false;
    }
    for (int k = date - 1; k > from && k >= date - PARTICIPLE_PLACE_REACH; k--) {
      if (!t.isCapitalized(k) && data.words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, t, k)) {
        return t.gapBefore[k] == Tokens.GAP_SPACE && !data.words.startsWithAny(WordClass.PASSIVE_AUXILIARY_PREFIX, t, k - 1);
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} stands in a clause that a participle of adoption opens after a comma
   * («Договор …, подписанный 10 октября 2000 года в Астане»): what it dates or places is that text's.
   */
  private boolean inAnotherTextsClause(Tokens t, int from, int i, int reach) {
    for (int k = i - 1; k >= Math.max(from, i - reach); k--) {
      if (data.words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, t, k)) {
        return k > from && t.gapHas(k, ',') && !t.isCapitalized(k);
      }
    }
    return false;
  }

  /** The most words a place of a dateline may have («Сэндтон», «Шарм-эш-Шейх», «Rio de Janeiro»). */
  private static final int DATELINE_PLACE_WORDS = 3;

  /**
   * The place of a dateline the gazetteer lacks: «Сэндтон, Гаутенг, ЮАР, 23 августа 2023 года»,
   * «Vestmannaeyjar, Iceland, 26 June 2023» —
   * capitalised names separated by commas from the start of the line to its date, the last of them
   * a state; the first is the place, as written (a dateline names it in the nominative). Null for
   * anything else, so a sentence never yields one.
   */
  private City datelinePlace(Context ctx, int from, int date) {
    Tokens t = ctx.tokens;
    if (date - from < 2 || !t.gapHas(date, ',')) {
      return null;
    }
    int itemStart = from;
    int items = 0;
    PartyInfo state = null;
    for (int k = from; k < date; k++) {
      if (!t.isCapitalized(k) && !t.isNumber(k) || k - itemStart >= DATELINE_PLACE_WORDS) {
        return null;
      }
      if (k + 1 == date || t.gapHas(k + 1, ',')) {
        PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, itemStart, k + 1);
        state = party != null && party.first == itemStart && party.last == k + 1
            && party.value.kind == PartyKind.STATE ? party.value : null;
        if (items == 0 && state != null) {
          return null;
        }
        items++;
        itemStart = k + 1;
      }
    }
    if (items < 2 || state == null) {
      return null;
    }
    int end = from;
    while (end < date && !t.gapHas(end + 1, ',')) {
      end++;
    }
    String name = ctx.text.text().substring(t.start[from], t.end[end]);
    return new City(name, state.id, false, Set.of());
  }

  /**
   * The place of a dateline that gives the date first, the gazetteer lacking the place: «8 июля 2009
   * года, Италия, Аквила» — after the date, a state and then a capitalised name, each after a comma,
   * to the end of the line; the last is the place, as written. Null for anything else.
   */
  private City datelinePlaceAfter(Context ctx, int dateEnd, int to) {
    Tokens t = ctx.tokens;
    if (dateEnd >= to || !t.gapHas(dateEnd, ',')) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, dateEnd, to);
    if (state == null || state.first != dateEnd || state.value.kind != PartyKind.STATE
        || state.last >= to || !t.gapHas(state.last, ',')) {
      return null;
    }
    int end = state.last;
    while (end < to && !(end > state.last && t.gapHas(end, '\n'))) {
      if (!t.isCapitalized(end) || end - state.last >= DATELINE_PLACE_WORDS || end > state.last && t.gapBefore[end] != Tokens.GAP_SPACE) {
        return null;
      }
      end++;
    }
    if (data.parties.longestAt(t, state.last, end) != null) {
      return null;
    }
    String name = ctx.text.text().substring(t.start[state.last], t.end[end - 1]);
    return new City(name, state.value.id, false, Set.of());
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
   * before it; or closes one («President Lagos is visiting …», «Hotel Astana»): a capitalised word
   * right before it that is no small word («In Astana», «The …»).
   */
  private City cityAt(Tokens t, int i, int to) {
    if (!t.isCapitalized(i)) {
      return null;
    }
    PhraseMatcher.Match<City> match = data.cities.longestAt(t, i, to);
    if (match == null || closesAName(t, i)) {
      return null;
    }
    int next = match.last;
    boolean named = next < to && t.gapBefore[next] == Tokens.GAP_SPACE && t.isCapitalized(next)
        && !(i > 0 && (data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1]) || cityWordAt(t, i - 1)));
    return named ? null : match.value;
  }

  /** Whether a capitalised word other than a small word stands right before token {@code i}, a space between. */
  private boolean closesAName(Tokens t, int i) {
    if (i == 0 || t.gapBefore[i] != Tokens.GAP_SPACE || !t.isCapitalized(i - 1) || t.isNumber(i - 1)) {
      return false;
    }
    String before = t.key[i - 1];
    // «в столице Казахстана Астане»: a state before the city names whose city it is.
    return !data.words.is(WordClass.LOCATIVE_PREPOSITION, before) && !data.words.is(WordClass.FUNCTION_WORD, before)
        && !cityWordAt(t, i - 1)
        && !data.language.isArticle(before) && data.parties.longestAt(t, i - 1, i) == null;
  }

  private boolean hasAdoptionVerb(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, i)) {
        return true;
      }
    }
    return false;
  }

  /** The most words between a field of the publication's source and the day of the issue («"Красный Север", N 221-222,»). */
  private static final int PUBLICATION_SOURCE_REACH = 10;

  /**
   * «Источник публикации "Красный Север", N 221-222, 31.10.2000»: whether a phrase of a legal database's field of
   * the publication's source ({@link WordClass#PUBLICATION_SOURCE_PHRASE}) stands at most {@value
   * #PUBLICATION_SOURCE_REACH} words before the day at token {@code date}: the day is the issue's, not the text's.
   */
  private boolean publicationSourceBefore(Tokens t, int from, int date) {
    for (int k = date - 1; k >= Math.max(from, date - PUBLICATION_SOURCE_REACH); k--) {
      if (data.words.phraseAt(WordClass.PUBLICATION_SOURCE_PHRASE, t, k, date, false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is the word for «city» or its abbreviation («город», «г.»), before a city's name. */
  private boolean cityWordAt(Tokens t, int k) {
    return data.words.is(WordClass.CITY_ABBREVIATION, t.key[k]) || data.words.startsWithAny(WordClass.CITY_WORD_PREFIX, t, k);
  }

  /** Whether tokens {@code [from, to)} are a city's name alone, after the word for «city» if any («г. Астана»). */
  private boolean cityAlone(Tokens t, int from, int to) {
    return citiesAlone(t, from, to) == 1;
  }

  /** Letters a lower-case word of a place's name has at most («de» of «Rio de Janeiro»). */
  private static final int SMALL_WORD_LETTERS = 3;

  /**
   * Whether {@code [from, to)} is a date line of a place and a date alone ("Zhejiang, 27 February, 2019",
   * «Москва, 5 мая»): capitalised words (and the short ones between them, «de»), a comma, and the day
   * {@code found} that ends the range.
   */
  private static boolean placeAndDayAlone(Tokens t, int from, int to, DateRecognizer.Found found) {
    if (found.last != to || found.first <= from || found.first - from > PLACE_LINE_WORDS || !t.gapHas(found.first, ',')
        || !t.isCapitalized(from)) {
      return false;
    }
    for (int k = from; k < found.first; k++) {
      if (!t.isCapitalized(k) && t.key[k].length() > SMALL_WORD_LETTERS) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many cities, and nothing else, fill tokens {@code [from, to)}, one after another with commas between
   * («Москва», «г. Москва», «Буэнос-Айрес, Москва» of a text signed in two capitals); 0 when anything else stands there.
   */
  private int citiesAlone(Tokens t, int from, int to) {
    int k = from < to && data.words.is(WordClass.CITY_ABBREVIATION, t.key[from]) ? from + 1 : from;
    int count = 0;
    while (k < to) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, k, to);
      if (city == null || city.first != k || city.last < to && !t.gapIs(city.last, ',')) {
        return 0;
      }
      count++;
      k = city.last;
    }
    return count;
  }
}
