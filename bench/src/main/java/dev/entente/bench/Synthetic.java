package dev.entente.bench;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Act;
import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Deterministic synthetic documents made by perturbing parsed seeds through the model builders
 * (far faster than parsing 100,000 texts): the seed's states become other states, dates move by
 * whole years, ordinals shift, places follow their country, and one statement in six gets another
 * act and topic. Document {@code i} depends only on {@code i} and the seeds.
 *
 * <p>Perturbed documents share what they do not change with their seed (the text, segments,
 * mentions, mechanisms), so 100,000 of them fit in a few GB of heap, as a real corpus with one text
 * per document would not.
 */
final class Synthetic {
  /** States the seeds' states are mapped onto: id, Russian name, capital. */
  private static final String[][] STATES = {
    {"KZ", "Казахстан", "Астана"}, {"CN", "Китай", "Пекин"}, {"KG", "Кыргызстан", "Бишкек"},
    {"TJ", "Таджикистан", "Душанбе"}, {"UZ", "Узбекистан", "Ташкент"},
    {"TM", "Туркменистан", "Ашхабад"}, {"AF", "Афганистан", "Кабул"}, {"AZ", "Азербайджан", "Баку"},
    {"RU", "Россия", "Москва"}, {"BY", "Беларусь", "Минск"}, {"AM", "Армения", "Ереван"},
    {"GE", "Грузия", "Тбилиси"}, {"MN", "Монголия", "Улан-Батор"}, {"IN", "Индия", "Нью-Дели"},
    {"PK", "Пакистан", "Исламабад"}, {"IR", "Иран", "Тегеран"}, {"TR", "Турция", "Анкара"},
    {"SA", "Саудовская Аравия", "Эр-Рияд"}, {"AE", "ОАЭ", "Абу-Даби"}, {"EG", "Египет", "Каир"},
    {"VN", "Вьетнам", "Ханой"}, {"ID", "Индонезия", "Джакарта"}, {"MY", "Малайзия", "Куала-Лумпур"},
    {"TH", "Таиланд", "Бангкок"}, {"KR", "Республика Корея", "Сеул"}, {"JP", "Япония", "Токио"},
    {"DE", "Германия", "Берлин"}, {"FR", "Франция", "Париж"}, {"IT", "Италия", "Рим"},
    {"BR", "Бразилия", "Бразилиа"}, {"ZA", "ЮАР", "Претория"}, {"QA", "Катар", "Доха"},
  };
  private static final Map<String, String[]> BY_ID = new HashMap<>();

  static {
    for (String[] state : STATES) {
      BY_ID.put(state[0], state);
    }
  }

  private static final Act[] ACTS = {Act.SUPPORT, Act.WELCOME, Act.AGREE, Act.COMMIT, Act.NOTE,
      Act.CALL, Act.REAFFIRM, Act.READY};
  private static final Topic[] TOPICS = Topic.values();

  private final ImmutableList<Document> seeds;

  /** Perturbs {@code seeds}, parsed documents. */
  Synthetic(List<Document> seeds) {
    this.seeds = ImmutableList.copyOf(seeds);
  }

  /** Documents {@code 0 .. count - 1}, made on every core (each depends on its index only). */
  List<Document> documents(int count) {
    return IntStream.range(0, count).parallel().mapToObj(this::document)
        .collect(Collectors.toList());
  }

  /** Document {@code i}: seed {@code i mod seeds}, perturbed with a generator seeded by {@code i}. */
  Document document(int i) {
    Document seed = seeds.get(i % seeds.size());
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
    Map<String, String> states = stateMap(seed, random);
    int years = random.nextInt(-12, 5);
    int ordinals = random.nextInt(0, 10);
    UnaryOperator<String> party = id -> states.getOrDefault(id, id);

    List<Party> parties = new ArrayList<>();
    for (Party p : seed.parties()) {
      String to = states.get(p.id());
      parties.add(to == null ? p : Party.builder().from(p).id(to).name(BY_ID.get(to)[1]).build());
    }
    List<Participant> participants = new ArrayList<>();
    for (Participant p : seed.participants()) {
      participants.add(p.party().filter(states::containsKey).isPresent()
          ? Participant.builder().from(p).party(party.apply(p.party().get())).build()
          : p);
    }
    List<Event> events = new ArrayList<>();
    for (Event e : seed.events()) {
      events.add(Event.builder().from(e)
          .ordinal(e.ordinal().map(n -> n + ordinals))
          .date(e.date().map(d -> shift(d, years)))
          .place(e.place().map(p -> place(p, states)))
          .build());
    }
    List<Initiative> initiatives = new ArrayList<>();
    for (Initiative in : seed.initiatives()) {
      initiatives.add(in.proposer().filter(states::containsKey).isPresent() || in.period().isPresent()
          ? Initiative.builder().from(in)
              .proposer(in.proposer().map(party))
              .period(in.period().map(d -> shift(d, years)))
              .build()
          : in);
    }
    return Document.builder().from(seed)
        .id(String.format("syn-%06d", i))
        .date(seed.date().map(d -> shift(d, years)))
        .publicationDate(seed.publicationDate().map(d -> shift(d, years)))
        .place(seed.place().map(p -> place(p, states)))
        .signatories(map(seed.signatories(), party))
        .parties(parties)
        .participants(participants)
        .preamble(clauses(seed.preamble(), party, random))
        .clauses(clauses(seed.clauses(), party, random))
        .initiatives(initiatives)
        .events(events)
        .build();
  }

  /** The seed's states, each mapped onto a distinct state drawn from {@link #STATES}. */
  private static Map<String, String> stateMap(Document seed, SplittableRandom random) {
    List<String> pool = new ArrayList<>(BY_ID.keySet());
    pool.sort(null);
    Map<String, String> map = new LinkedHashMap<>();
    for (Party p : seed.parties()) {
      if (p.kind() == PartyKind.STATE) {
        map.put(p.id(), pool.remove(random.nextInt(pool.size())));
      }
    }
    return map;
  }

  private static List<Clause> clauses(List<Clause> clauses, UnaryOperator<String> party,
      SplittableRandom random) {
    List<Clause> out = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      List<Statement> statements = new ArrayList<>(c.statements().size());
      for (Statement s : c.statements()) {
        Statement.Builder b = Statement.builder().from(s)
            .actors(map(s.actorIds(), party))
            .parties(map(s.partyIds(), party));
        if (random.nextInt(6) == 0) {
          b.act(ACTS[random.nextInt(ACTS.length)])
              .topics(List.of(TOPICS[random.nextInt(TOPICS.length)]));
        }
        statements.add(b.build());
      }
      out.add(Clause.builder().from(c).statements(statements).build());
    }
    return out;
  }

  private static List<String> map(List<String> ids, UnaryOperator<String> party) {
    List<String> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(party.apply(id)));
    return out;
  }

  /** A place in a mapped country becomes that country (if it was named) or its capital. */
  private static Place place(Place place, Map<String, String> states) {
    Optional<String> country = place.country();
    if (country.isEmpty() || !states.containsKey(country.get())) {
      return place;
    }
    String[] original = BY_ID.get(country.get());
    String[] to = BY_ID.get(states.get(country.get()));
    boolean namedCountry = original != null && original[1].equals(place.name());
    return Place.of(namedCountry ? to[1] : to[2], to[0]);
  }

  /** {@code date} moved by {@code years}, keeping its precision and interval shape. */
  static EdtfDate shift(EdtfDate date, int years) {
    String value = date.toString();
    int slash = value.indexOf('/');
    if (slash >= 0) {
      return EdtfDate.between(shiftSingle(value.substring(0, slash), years),
          shiftSingle(value.substring(slash + 1), years));
    }
    return shiftSingle(value, years);
  }

  private static EdtfDate shiftSingle(String value, int years) {
    switch (value.length()) {
      case 4:
        return EdtfDate.ofYear(Integer.parseInt(value) + years);
      case 7:
        return EdtfDate.ofMonth(Integer.parseInt(value.substring(0, 4)) + years,
            Integer.parseInt(value.substring(5)));
      default:
        LocalDate day = LocalDate.parse(value).plusYears(years);
        return EdtfDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
  }
}
