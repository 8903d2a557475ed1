package dev.entente.query;

import dev.entente.model.Act;
import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.util.List;

/** Two small hand-made documents whose every item is known, and a republication of the first. */
final class Fixtures {
  static final String TEXT_A = "Совместное заявление\n"
      + "1. Казахстан и Китай поддерживают инициативу «Пояс и путь» в области энергетики.\n"
      + "2. Азербайджан приветствует инициативу «Пояс и путь» и участие Китая.\n"
      + "3. Стороны договорились провести 6-ю встречу Совета министров в Астане в ноябре 2025 года.\n"
      + "4. Казахстан отметил сотрудничество с Китаем в сфере водных ресурсов.\n";

  static final String TEXT_B = "Коммюнике\n"
      + "1. Казахстан поддерживает Глобальную инициативу развития в торговле.\n"
      + "2. Узбекистан не поддерживает инициативу «Пояс и путь» в области энергетики.\n"
      + "3. 10 марта 2026 года в Ташкенте состоялась 6-я встреча Совета министров.\n"
      + "4. Стороны решили провести 8-ю встречу Совета министров в Астане.\n";

  private Fixtures() {}

  /** a-2025: KZ, CN and AZ support BRI; a council of ministers is created; its 6th meeting planned. */
  static Document a() {
    String t = TEXT_A;
    return Document.builder()
        .id("a-2025").title("Совместное заявление").kind(DocumentKind.JOINT_STATEMENT)
        .language("ru").text(t)
        .date(EdtfDate.ofDay(2025, 4, 26)).place(Place.of("Алматы", "KZ"))
        .addSignatories("KZ", "CN", "AZ")
        .addParty(party(t, "KZ", "Казахстан", "Казахстан"))
        .addParty(party(t, "CN", "Китай", "Китай", "Китая", "Китаем"))
        .addParty(party(t, "AZ", "Азербайджан", "Азербайджан"))
        .addParticipant(Participant.builder().name("Ван И").party("CN")
            .role("министр иностранных дел").rule("person:title").build())
        .addClause(clause(t, "1", statement(t, "1. Казахстан", Act.SUPPORT, List.of("KZ", "CN"))
            .addTopic(Topic.ENERGY).addParties("KZ", "CN").addInitiative("BRI").build()))
        .addClause(clause(t, "2", statement(t, "2. Азербайджан", Act.WELCOME, List.of("AZ"))
            .addParties("AZ", "CN").addInitiative("BRI").build()))
        .addClause(clause(t, "3", statement(t, "3. Стороны", Act.AGREE, List.of("KZ", "CN", "AZ"))
            .addMechanism("council").addEvent("council-6").build()))
        .addClause(clause(t, "4", statement(t, "4. Казахстан", Act.NOTE, List.of("KZ"))
            .addTopic(Topic.WATER).addParties("KZ", "CN").build()))
        .addInitiative(Initiative.builder().id("BRI").name("Пояс и путь")
            .kind(InitiativeKind.INITIATIVE).proposer("CN")
            .addMention(mention(t, "Пояс и путь", 0)).addMention(mention(t, "Пояс и путь", 1))
            .rule("initiatives.tsv:1").build())
        .addMechanism(Mechanism.builder().id("council").name("Совет министров")
            .kind(MechanismKind.COUNCIL).level(Level.MINISTERS).status(MechanismStatus.NEW)
            .addMention(mention(t, "Совета министров", 0)).rule("mechanisms.tsv:4").build())
        .addEvent(Event.builder().id("council-6").name("6-я встреча Совета министров")
            .kind(EventKind.MEETING).ordinal(6).date(EdtfDate.ofMonth(2025, 11))
            .place(Place.of("Астана", "KZ")).status(EventStatus.PLANNED).mechanism("council")
            .addMention(mention(t, "6-ю встречу Совета министров", 0)).rule("events:ordinal")
            .build())
        .build();
  }

  /** b-2026: KZ supports GDI, UZ does not support BRI; 6th council meeting held, 8th planned. */
  static Document b() {
    String t = TEXT_B;
    return Document.builder()
        .id("b-2026").title("Коммюнике").kind(DocumentKind.COMMUNIQUE).language("ru").text(t)
        .date(EdtfDate.ofDay(2026, 5, 1)).place(Place.of("Астана", "KZ"))
        .addSignatories("KZ", "UZ")
        .addParty(party(t, "KZ", "Казахстан", "Казахстан"))
        .addParty(party(t, "UZ", "Узбекистан", "Узбекистан"))
        .addClause(clause(t, "1", statement(t, "1. Казахстан", Act.SUPPORT, List.of("KZ"))
            .addTopic(Topic.TRADE).addParties("KZ").addInitiative("GDI").build()))
        .addClause(clause(t, "2", statement(t, "2. Узбекистан", Act.SUPPORT, List.of("UZ"))
            .negated(true).addTopic(Topic.ENERGY).addParties("UZ").addInitiative("BRI").build()))
        .addClause(clause(t, "3", Statement.builder().start(start(t, "3. 10 марта"))
            .end(end(t, "3. 10 марта")).addMechanism("council").addEvent("council-6b").build()))
        .addClause(clause(t, "4", statement(t, "4. Стороны", Act.DECIDE, List.of("KZ", "UZ"))
            .addMechanism("council").addEvent("council-8").build()))
        .addInitiative(Initiative.builder().id("GDI").name("Глобальная инициатива развития")
            .kind(InitiativeKind.INITIATIVE).proposer("CN")
            .addMention(mention(t, "Глобальную инициативу развития", 0)).build())
        .addInitiative(Initiative.builder().id("BRI").name("Пояс и путь")
            .kind(InitiativeKind.INITIATIVE).proposer("CN")
            .addMention(mention(t, "Пояс и путь", 0)).build())
        .addMechanism(Mechanism.builder().id("council").name("Совет министров")
            .kind(MechanismKind.COUNCIL).level(Level.MINISTERS).status(MechanismStatus.EXISTING)
            .addMention(mention(t, "Совета министров", 0)).build())
        .addEvent(Event.builder().id("council-6b").name("6-я встреча Совета министров")
            .kind(EventKind.MEETING).ordinal(6).date(EdtfDate.ofDay(2026, 3, 10))
            .place(Place.of("Ташкент", "UZ")).status(EventStatus.HELD).mechanism("council")
            .addMention(mention(t, "6-я встреча Совета министров", 0)).build())
        .addEvent(Event.builder().id("council-8").name("8-я встреча Совета министров")
            .kind(EventKind.MEETING).ordinal(8).place(Place.of("Астана", "KZ"))
            .status(EventStatus.PLANNED).mechanism("council")
            .addMention(mention(t, "8-ю встречу Совета министров", 0)).build())
        .build();
  }

  /**
   * a-2025 as another site carried it: its own menu and lead-in around the text, «ёлочки» replaced
   * by straight quotes, one word changed, and none of the parsed items (only the clauses count).
   */
  static Document aRepublished() {
    String t = "АЗЕРТАДЖ | Главная | Политика\nБаку, 27 апреля. Публикуем текст заявления.\n"
        + TEXT_A.replace('«', '"').replace('»', '"').replace("отметил", "подчеркнул");
    Document.Builder doc = Document.builder().id("a-azertag").title("Совместное заявление")
        .kind(DocumentKind.JOINT_STATEMENT).language("ru").text(t).source("АЗЕРТАДЖ");
    for (String number : new String[] {"1.", "2.", "3.", "4."}) {
      int start = t.indexOf("\n" + number) + 1;
      int end = t.indexOf('\n', start);
      doc.addClause(Clause.builder().number(number.substring(0, 1)).start(start).end(end).build());
    }
    return doc.build();
  }

  static Party party(String text, String id, String name, String... forms) {
    Party.Builder party = Party.builder().id(id).kind(PartyKind.STATE).name(name);
    int from = 0;
    for (String form : forms) {
      int at = text.indexOf(form, from);
      party.addMention(Mention.in(text, at, at + form.length()));
      from = at + form.length();
    }
    return party.build();
  }

  static Statement.Builder statement(String text, String opening, Act act, List<String> actors) {
    return Statement.builder().start(start(text, opening)).end(end(text, opening)).act(act)
        .actors(actors).rule("acts.tsv:" + act.ordinal());
  }

  static Clause clause(String text, String number, Statement statement) {
    return Clause.builder().number(number).start(statement.start()).end(statement.end())
        .addStatement(statement).build();
  }

  /** The {@code n}-th (from 0) mention of {@code part} in {@code text}. */
  static Mention mention(String text, String part, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(part, at + 1);
    }
    return Mention.in(text, at, at + part.length());
  }

  private static int start(String text, String opening) {
    return text.indexOf(opening);
  }

  private static int end(String text, String opening) {
    return text.indexOf('\n', start(text, opening));
  }
}
