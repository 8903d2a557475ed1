package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.event;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static dev.entente.parser.OwnSentences.parseOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.Place;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events on sentences written for issue 4: every event head, ordinals in digits and in words, the
 * date and place of the same sentence, the status from the date against the document date
 * (15 March 2024) and from wording, repeated mentions, series mechanisms, «следующая встреча» and
 * invitations. Columns: sentence | name | kind | ordinal | date (EDTF) | place | status; «-» is «none».
 */
final class EventRecognizerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны договорились провести 7-ю встречу министров транспорта в 2025 году в г. Самарканде. | 7-ю встречу министров транспорта | MEETING | 7 | 2025 | Самарканд | PLANNED
      Стороны договорились провести первый саммит в 2025 году. | первый саммит | SUMMIT | 1 | 2025 | - | PLANNED
      Стороны приветствовали проведение второго Форума межрегионального сотрудничества в г. Шымкенте. | второго Форума межрегионального сотрудничества | FORUM | 2 | - | Шымкент | HELD
      Стороны отметили успешное проведение Международной конференции по водной безопасности 5 февраля 2024 года в г. Душанбе. | Международной конференции по водной безопасности | CONFERENCE | - | 2024-02-05 | Душанбе | HELD
      Стороны договорились провести очередную сессию Межправительственной комиссии в июне 2024 года. | очередную сессию Межправительственной комиссии | SESSION | - | 2024-06 | - | PLANNED
      Стороны приветствуют проведение выставки "Узбекский текстиль" 1-3 апреля 2024 года в г. Алматы. | выставки "Узбекский текстиль" | EXHIBITION | - | 2024-04-01/2024-04-03 | Алматы | PLANNED
      Президент Республики Казахстан совершил государственный визит в Республику Узбекистан 10-11 марта 2024 года. | государственный визит | VISIT | - | 2024-03-10/2024-03-11 | Узбекистан | HELD
      Переговоры на высшем уровне состоялись 15 марта 2024 года в г. Астане. | Переговоры на высшем уровне | TALKS | - | 2024-03-15 | Астана | HELD
      Стороны договорились провести переговоры на высшем уровне в 2025 году. | переговоры на высшем уровне | TALKS | - | 2025 | - | PLANNED
      """)
  void recognize_eachHead(String sentence, String name, EventKind kind, String ordinal, String date, String place,
      EventStatus status) {
    assertEvent(parse(sentence), name, kind, ordinal, date, place, status);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      7-я встреча министров сельского хозяйства состоится в г. Андижане. | 7-я встреча министров сельского хозяйства | MEETING | 7 | - | Андижан | PLANNED
      Стороны приветствуют проведение 12-го заседания Межправительственной комиссии 20 апреля 2024 года в г. Ташкенте. | 12-го заседания Межправительственной комиссии | SESSION | 12 | 2024-04-20 | Ташкент | PLANNED
      Стороны отметили итоги 3-й встречи министров иностранных дел, состоявшейся 10 января 2024 года в г. Бухаре. | 3-й встречи министров иностранных дел | MEETING | 3 | 2024-01-10 | Бухара | HELD
      Стороны приветствуют 3-й форум "Женщины Центральной Азии". | 3-й форум "Женщины Центральной Азии" | FORUM | 3 | - | - | PLANNED
      Стороны договорились провести второй Форум ректоров университетов в г. Нукусе. | второй Форум ректоров университетов | FORUM | 2 | - | Нукус | PLANNED
      Стороны поддерживают проведение третьего Инвестиционного форума в г. Алматы. | третьего Инвестиционного форума | FORUM | 3 | - | Алматы | PLANNED
      Стороны договорились о проведении первой встречи глав государств в г. Ташкенте. | первой встречи глав государств | SUMMIT | 1 | - | Ташкент | PLANNED
      Стороны примут участие в третьей сессии Совета министров иностранных дел в г. Бишкеке. | третьей сессии Совета министров иностранных дел | SESSION | 3 | - | Бишкек | PLANNED
      """)
  void recognize_ordinalsInDigitsAndWords(String sentence, String name, EventKind kind, String ordinal, String date,
      String place, EventStatus status) {
    assertEvent(parse(sentence), name, kind, ordinal, date, place, status);
  }

  /** Status from wording where the sentence gives no date. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны приветствуют предстоящий Форум регионов, который пройдет в Ташкенте. | Форум регионов | FORUM | - | - | Ташкент | PLANNED
      Стороны договорились, что следующая встреча министров иностранных дел состоится в г. Хиве. | встреча министров иностранных дел | MEETING | - | - | Хива | PLANNED
      Стороны отметили состоявшийся Форум молодежи Центральной Азии. | Форум молодежи Центральной Азии | FORUM | - | - | - | HELD
      Стороны приветствовали проведение Бизнес-форума в г. Астане. | Бизнес-форума | FORUM | - | - | Астана | HELD
      Стороны приветствуют проведение Бизнес-форума в г. Астане. | Бизнес-форума | FORUM | - | - | Астана | PLANNED
      Стороны приветствовали проведение 3-й конференции по водным ресурсам в г. Ташкенте. | 3-й конференции по водным ресурсам | CONFERENCE | 3 | - | Ташкент | HELD
      Стороны приветствуют проведение 3-й конференции по водным ресурсам в г. Ташкенте. | 3-й конференции по водным ресурсам | CONFERENCE | 3 | - | Ташкент | PLANNED
      """)
  void status_fromWording(String sentence, String name, EventKind kind, String ordinal, String date, String place,
      EventStatus status) {
    assertEvent(parse(sentence), name, kind, ordinal, date, place, status);
  }

  /** The same dated sentence is planned before the date and held after it. */
  @ParameterizedTest(name = "[{index}] document of {0}")
  @CsvSource(delimiter = '|', textBlock = """
      15 марта 2024 года | PLANNED
      19 апреля 2024 года | PLANNED
      21 апреля 2024 года | HELD
      1 мая 2024 года | HELD
      """)
  void status_fromDateAgainstDocumentDate(String documentDay, EventStatus status) {
    // GIVEN
    Document doc = parseOn(documentDay,
        "Стороны отметили важность Бизнес-форума 20 апреля 2024 года в г. Ташкенте.");
    // THEN
    assertEvent(doc, "Бизнес-форума", EventKind.FORUM, "-", "2024-04-20", "Ташкент", status);
  }

  @Test
  void status_monthOfVisitBeforeAndAfterDocument() {
    // GIVEN
    Document before = parse("Стороны отметили важность визита Премьер-министра Республики Узбекистан в Казахстан "
        + "в феврале 2024 года.");
    Document after = parse("Стороны отметили важность визита Премьер-министра Республики Узбекистан в Казахстан "
        + "в мае 2024 года.");
    // THEN
    assertEvent(before, "визита Премьер-министра", EventKind.VISIT, "-", "2024-02", "Казахстан", EventStatus.HELD);
    assertEvent(after, "визита Премьер-министра", EventKind.VISIT, "-", "2024-05", "Казахстан", EventStatus.PLANNED);
  }

  @Test
  void merge_sameEventNamedTwiceIsOneEventWithTwoMentions() {
    // GIVEN
    Document doc = parse("Стороны приветствовали проведение 5-й встречи министров энергетики в г. Термезе.",
        "Стороны высоко оценивают итоги 5-й встречи министров энергетики.");
    // THEN
    assertEquals(1, doc.events().size(), dump(doc));
    Event event = doc.events().get(0);
    assertEquals(2, event.mentions().size(), dump(doc));
    assertEquals(Optional.of(5), event.ordinal(), dump(doc));
    assertEquals("Термез", event.place().orElseThrow().name(), dump(doc));
  }

  @Test
  void merge_dateAndPlaceFromTwoMentions() {
    // GIVEN
    Document doc = parse("Стороны договорились о проведении 7-й встречи министров транспорта в 2025 году.",
        "Стороны договорились провести 7-ю встречу министров транспорта в г. Самарканде.");
    // THEN
    assertEquals(1, doc.events().size(), dump(doc));
    assertEvent(doc, "встреч", EventKind.MEETING, "7", "2025", "Самарканд", EventStatus.PLANNED);
  }

  @Test
  void series_numberedMeetingLinksToItsSeriesMechanism() {
    // GIVEN
    Document doc = parse("Стороны договорились провести 7-ю встречу министров транспорта в 2025 году в г. Самарканде.");
    // WHEN
    Event meeting = event(doc, "7-ю встречу").orElseThrow();
    Mechanism series = mechanism(doc, "встречу министров транспорта").orElseThrow();
    // THEN
    assertEquals(Optional.of(series.id()), meeting.mechanism(), dump(doc));
    assertEquals(Optional.of(Level.MINISTERS), series.level(), dump(doc));
  }

  @Test
  void recognize_meetingNamedByItsHeadAndCity() {
    // GIVEN
    Document doc = parse("Стороны приветствуют итоги саммита в Киеве 27 марта 2017 года.");
    // WHEN
    Event summit = event(doc, "саммит в Киеве").orElseThrow();
    // THEN
    assertEquals("Киев", summit.place().orElseThrow().name(), dump(doc));
    assertEquals(EventStatus.HELD, summit.status(), dump(doc));
  }

  @Test
  void gathering_besideAPreviousMeetingElsewhere() {
    // GIVEN
    Document doc = parse("Министры собрались в Ташкенте спустя год после предыдущей встречи глав государств в Бишкеке.");
    // WHEN
    Event previous = event(doc, "Бишкеке").orElseThrow();
    Event gathering = event(doc, "встреча министров в Ташкенте").orElseThrow();
    // THEN
    assertEquals(2, doc.events().size(), dump(doc));
    assertEquals("Бишкек", previous.place().orElseThrow().name(), dump(doc));
    assertEquals(EventStatus.HELD, previous.status(), dump(doc));
    assertEquals(EventStatus.HELD, gathering.status(), dump(doc));
  }

  @Test
  void series_numberedMeetingOfHeadsOfStateIsASummitSeries() {
    // GIVEN
    Document doc = parse("Стороны договорились о проведении первой встречи глав государств в г. Ташкенте.");
    // THEN
    Mechanism series = mechanism(doc, "встречи глав государств").orElseThrow();
    assertEquals(Optional.of(Level.HEADS_OF_STATE), series.level(), dump(doc));
    assertEquals(Optional.of(series.id()), event(doc, "первой").orElseThrow().mechanism(), dump(doc));
  }

  @Test
  void series_nextMeetingGetsTheNextOrdinal() {
    // GIVEN
    Document doc = parse("Стороны с удовлетворением отметили итоги 5-й встречи министров энергетики, "
        + "состоявшейся в г. Термезе.",
        "Стороны договорились провести следующую встречу министров энергетики в 2025 году.");
    // WHEN
    Event fifth = event(doc, "5-й встречи").orElseThrow();
    Event next = event(doc, "встречу министров энергетики").orElseThrow();
    // THEN
    assertEquals(EventStatus.HELD, fifth.status(), dump(doc));
    assertEquals(Optional.of(6), next.ordinal(), dump(doc));
    assertEquals(EventStatus.PLANNED, next.status(), dump(doc));
    assertEquals("2025", next.date().orElseThrow().toString(), dump(doc));
    assertEquals(fifth.mechanism(), next.mechanism(), "both meetings are of one series" + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Президент Республики Узбекистан пригласил Президента Республики Казахстан посетить Узбекистан с государственным визитом. | визит Президента Республики Казахстан в Узбекистан | Узбекистан
      Президент Республики Казахстан пригласил Президента Республики Узбекистан посетить Казахстан в удобное время. | визит Президента Республики Узбекистан в Казахстан | Казахстан
      """)
  void invitation_isAPlannedVisit(String sentence, String name, String country) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    Event visit = event(doc, name).orElseThrow(() -> new AssertionError("no visit" + dump(doc)));
    assertEquals(EventKind.VISIT, visit.kind(), dump(doc));
    assertEquals(EventStatus.PLANNED, visit.status(), dump(doc));
    assertEquals(country, visit.place().orElseThrow().name(), dump(doc));
    assertTrue(visit.date().isEmpty(), dump(doc));
  }

  // --- Bugs found by these tests

  /** extendLeft stops at «Казахстанско-»: the ordinal before the compound adjective is lost with it. */
  @Test
  void ordinal_beforeCompoundAdjective() {
    Document doc = parse("Стороны поддерживают проведение третьего Казахстанско-узбекского инвестиционного форума "
        + "в мае 2024 года.");
    assertEvent(doc, "третьего Казахстанско-узбекского инвестиционного форума", EventKind.FORUM, "3", "2024-05", "-",
        EventStatus.PLANNED);
  }

  /** candidate() names a dated one-word head only for VISIT; bare «переговоры» with a date is dropped. */
  @Test
  void recognize_bareTalksWithDate() {
    Document doc = parse("Стороны провели переговоры 14 марта 2024 года в г. Астане.");
    assertEvent(doc, "переговоры", EventKind.TALKS, "-", "2024-03-14", "Астана", EventStatus.HELD);
  }

  /**
   * isPastTense looks only at the first word of the act pattern («высоко» of «высоко оценили»), and
   * «итоги» is not a HELD cue, so a past meeting whose results are praised is taken as planned.
   */
  @Test
  void status_pastActOfSeveralWords() {
    Document doc = parse("Стороны высоко оценили итоги первой Конференции по зеленой энергетике в г. Самарканде.");
    assertEvent(doc, "первой Конференции по зеленой энергетике", EventKind.CONFERENCE, "1", "-", "Самарканд",
        EventStatus.HELD);
  }

  /** cities.tsv has no Navoi, a regional capital of Uzbekistan. */
  @Test
  void place_navoi() {
    Document doc = parse("Стороны приветствовали проведение Форума молодежи в г. Навои.");
    assertEvent(doc, "Форума молодежи", EventKind.FORUM, "-", "-", "Навои", EventStatus.HELD);
  }

  /**
   * A numbered session of a named body (commission, council) swallows the body's name: the body is
   * no mechanism, and the session links to no series.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны приветствуют проведение 12-го заседания Межправительственной комиссии 20 апреля 2024 года в г. Ташкенте. | 12-го заседания | Межправительственной комиссии
      Стороны приветствуют 12-ю сессию Совета министров иностранных дел. | 12-ю сессию | Совета министров иностранных дел
      """)
  void series_sessionOfANamedBody(String sentence, String eventName, String body) {
    Document doc = parse(sentence);
    Mechanism mechanism = mechanism(doc, body).orElseThrow(() -> new AssertionError("no «" + body + "»" + dump(doc)));
    assertEquals(Optional.of(mechanism.id()), event(doc, eventName).orElseThrow().mechanism(), dump(doc));
  }

  private static void assertEvent(Document doc, String name, EventKind kind, String ordinal, String date,
      String place, EventStatus status) {
    // WHEN
    Optional<Event> found = doc.events().stream().filter(e -> e.name().equals(name)).findFirst()
        .or(() -> event(doc, name));
    // THEN
    assertTrue(found.isPresent(), "no event «" + name + "»" + dump(doc));
    Event event = found.get();
    assertEquals(kind, event.kind(), "kind" + dump(doc));
    assertEquals(ordinal.equals("-") ? Optional.empty() : Optional.of(Integer.valueOf(ordinal)), event.ordinal(),
        "ordinal" + dump(doc));
    assertEquals(InitiativeRecognizerTest.optional(date), event.date().map(Object::toString), "date" + dump(doc));
    assertEquals(InitiativeRecognizerTest.optional(place), event.place().map(Place::name), "place" + dump(doc));
    assertEquals(status, event.status(), "status" + dump(doc));
  }
}
