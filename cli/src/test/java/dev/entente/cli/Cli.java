package dev.entente.cli;

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
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.Span;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in process and holds what tests share: the seeds and a hand-built document. */
final class Cli {
  static final Path SAMPLES = Path.of("src/main/resources/dev/entente/cli/sample");
  static final Path SEED_000 = SAMPLES.resolve("000_c8f3a732433e8756.txt");
  static final Path SEED_004 = SAMPLES.resolve("004_cd7b265aefbc5060.txt");
  static final Path GOLD = Path.of("src/test/resources/gold");

  private Cli() {}

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {
    /** The stderr lines other than the closing summary. */
    List<String> errLines() {
      return err.lines().filter(l -> !l.startsWith("parsed ")).toList();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout:\n" + (out.length() > 2000 ? out.substring(0, 2000) + "…" : out)
          + "\n--- stderr:\n" + err;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(List<String> args) {
    return run(args.toArray(new String[0]));
  }

  /**
   * A small document with one of everything: parties, a participant, an initiative, a mechanism
   * inside an event's mention (nested highlights), a numbered clause with list items, a dated
   * planned event, a statement, and markup characters that must be escaped.
   */
  static Document handBuilt() {
    String text = "Совместное заявление <b>&</b>\n"
        + "Казахстан и Китай приветствуют Ван И.\n"
        + "1. Стороны поддерживают инициативу «Пояс и путь» в сфере энергетики:\n"
        + "-- строительство трубопровода;\n"
        + "-- обмен опытом.\n"
        + "2. Следующая встреча министров формата «Китай — Центральная Азия» пройдет в 2026 году.\n";
    int line1 = text.indexOf("Казахстан");
    int c1 = text.indexOf("1. ");
    int i1 = text.indexOf("-- строительство");
    int i2 = text.indexOf("-- обмен");
    int c2 = text.indexOf("2. ");
    int meet = text.indexOf("Следующая встреча");
    int format = text.indexOf("формата");
    Clause clause1 = Clause.builder().number("1").start(c1).end(c2)
        .addParagraph(Span.of(c1, i1 - 1)).addItem(Span.of(i1, i2 - 1)).addItem(Span.of(i2, c2 - 1))
        .addStatement(Statement.builder().start(c1).end(c2).addActors("KZ", "CN").act(Act.SUPPORT)
            .addTopic(Topic.ENERGY).addParties("KZ", "CN").addInitiative("BRI").build())
        .build();
    Clause clause2 = Clause.builder().number("2").start(c2).end(text.length())
        .addParagraph(Span.of(c2, text.length() - 1))
        .addStatement(Statement.builder().start(c2).end(text.length()).addActor("KZ").addTopic(Topic.TRADE)
            .addEvent("e1").addMechanism("m1").build())
        .build();
    return Document.builder()
        .id("hand-built").title("Совместное заявление <b>&</b>").kind(DocumentKind.JOINT_STATEMENT)
        .language("ru").text(text).date(EdtfDate.ofDay(2025, 4, 26)).place(Place.of("Алматы", "KZ"))
        .addSignatories("KZ", "CN")
        .addSegment(Segment.of(SegmentKind.TITLE, 0, line1))
        .addSegment(Segment.of(SegmentKind.PREAMBLE, line1, c1))
        .addSegment(Segment.of(SegmentKind.CLAUSE, c1, c2))
        .addSegment(Segment.of(SegmentKind.CLAUSE, c2, text.length()))
        .addPreamble(Clause.builder().start(line1).end(c1).addParagraph(Span.of(line1, c1 - 1)).build())
        .addClauses(clause1, clause2)
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .addMention(Mention.in(text, line1, line1 + 9)).build())
        .addParty(Party.builder().id("CN").kind(PartyKind.STATE).name("Китай")
            .addMention(Mention.in(text, line1 + 12, line1 + 17))
            .addMention(Mention.in(text, text.indexOf("Китай —"), text.indexOf("Китай —") + 5)).build())
        .addParticipant(Participant.builder().name("Ван И").party("CN")
            .addMention(Mention.in(text, text.indexOf("Ван И"), text.indexOf("Ван И") + 5)).build())
        .addInitiative(Initiative.builder().id("BRI").name("Пояс и путь").kind(InitiativeKind.INITIATIVE)
            .proposer("CN").addMention(Mention.in(text, text.indexOf("«Пояс"), text.indexOf("путь»") + 5)).build())
        .addMechanism(Mechanism.builder().id("m1").name("формат «Китай — Центральная Азия»")
            .kind(MechanismKind.FORMAT).status(MechanismStatus.EXISTING)
            .addMention(Mention.in(text, format, text.indexOf("Азия»") + 5)).build())
        .addEvent(Event.builder().id("e1").name("встреча министров").kind(EventKind.MEETING)
            .date(EdtfDate.ofYear(2026)).status(EventStatus.PLANNED).mechanism("m1")
            .addMention(Mention.in(text, meet, text.indexOf("Азия»") + 5)).build())
        .addEvent(Event.builder().id("e0").name("6-я встреча").kind(EventKind.MEETING)
            .date(EdtfDate.ofDay(2025, 4, 26)).status(EventStatus.HELD).build())
        .build();
  }
}
