package dev.entente.parser;

import dev.entente.model.Act;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The lexicons of meaning: acts, topics, roles, name shapes, initiatives, head words, cues. */
final class Lexicons {
  /** What an act pattern gives a statement. */
  static final class ActSense {
    final Act act;
    final Strength strength;
    final String cameo;

    ActSense(Act act, Strength strength, String cameo) {
      this.act = act;
      this.strength = strength;
      this.cameo = cameo;
    }
  }

  /**
   * A well-known initiative from {@code initiatives.tsv}, under one of its names: the canonical one
   * or a variant. The id is the same for every name; the name is the form a text used, so an
   * initiative is named as the document names it («Хартия ШОС», not a longer canonical form).
   * Equal by id: a variant that only inflects an earlier name («Мастерские Лу Баня») reaches the
   * same phrase-matcher entry, which keeps the earlier name and does not count as a second meaning.
   */
  static final class KnownInitiative {
    final String id;
    final InitiativeKind kind;
    final String proposer;
    final String name;

    KnownInitiative(String id, InitiativeKind kind, String proposer, String name) {
      this.id = id;
      this.kind = kind;
      this.proposer = proposer;
      this.name = name;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KnownInitiative && ((KnownInitiative) o).id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /** The concept a head word opens. */
  enum Concept { INITIATIVE, MECHANISM, EVENT }

  /** A head word and the kind it gives in each concept. */
  static final class Head {
    final Concept concept;
    /** An {@link InitiativeKind}, {@link MechanismKind} or {@link EventKind}, as {@link #concept} says. */
    final Enum<?> kind;

    Head(Concept concept, Enum<?> kind) {
      this.concept = concept;
      this.kind = kind;
    }
  }

  /**
   * Where a status cue stands relative to the name it qualifies; {@code ADJACENT}: right before it,
   * nothing between («a new Dialogue», not «new groupings, such as the Forum»).
   */
  enum Scope { BEFORE, AFTER, EITHER, ADJACENT }

  /** A status cue: a mechanism status or an event status. */
  static final class Cue {
    final MechanismStatus mechanismStatus;
    final EventStatus eventStatus;
    final Scope scope;

    Cue(MechanismStatus mechanismStatus, EventStatus eventStatus, Scope scope) {
      this.mechanismStatus = mechanismStatus;
      this.eventStatus = eventStatus;
      this.scope = scope;
    }
  }

  /**
   * A longer pattern keeps the readings of the shorter ones it extends or contains: «встреч
   * министров» (a mechanism) is still an event as «встреч» is, «межрегиональн форум» as «форум» is,
   * so context can choose.
   */
  private static void inheritShorterHeads(Map<String, List<Head>> headsByPattern) {
    Map<String, String[]> wordsOf = new java.util.HashMap<>();
    headsByPattern.keySet().forEach(pattern -> wordsOf.put(pattern, pattern.split(" ")));
    for (Map.Entry<String, List<Head>> longer : headsByPattern.entrySet()) {
      String[] words = wordsOf.get(longer.getKey());
      for (Map.Entry<String, List<Head>> shorter : headsByPattern.entrySet()) {
        String[] prefix = wordsOf.get(shorter.getKey());
        if (prefix.length >= words.length || prefix[prefix.length - 1].endsWith(".")) {
          continue;
        }
        boolean extendsIt = true;
        for (int i = 0; i < prefix.length && extendsIt; i++) {
          extendsIt = words[i].startsWith(prefix[i]);
        }
        if (!extendsIt && prefix.length == 1) {
          for (String word : words) {
            extendsIt |= word.startsWith(prefix[0]);
          }
        }
        if (!extendsIt) {
          continue;
        }
        for (Head head : shorter.getValue()) {
          if (longer.getValue().stream().noneMatch(h -> h.concept == head.concept)) {
            longer.getValue().add(head);
          }
        }
      }
    }
  }

  final PrefixLexicon<ActSense> acts = new PrefixLexicon<>();
  final PrefixLexicon<Topic> topics = new PrefixLexicon<>();
  final PrefixLexicon<String> roles = new PrefixLexicon<>();
  /** Bodies and seats of one state whose names do not name it («Lok Sabha», «Кремль»), with that state's id. */
  final PrefixLexicon<String> institutions = new PrefixLexicon<>();
  final Set<String> givenNames = new HashSet<>();
  final Set<String> chineseSurnames = new HashSet<>();
  /** Surnames written before a given name of two syllables («Yoon Suk Yeol», «Moon Jae-in»). */
  final Set<String> surnamesBeforeSyllables = new HashSet<>();
  final Set<String> patronymicSuffixes = new HashSet<>();
  /** Nouns of bodies, offices and documents that no person's name holds («government», «statement»). */
  final Set<String> notNames = new HashSet<>();
  /** Words that open a line crediting a page's author, reporter or photographer («Photo:», «Reporting by», «Фото:»). */
  final Set<String> creditWords = new HashSet<>();
  final PhraseMatcher<KnownInitiative> knownInitiatives;
  /** Every head a pattern stands for: «форум» opens both a mechanism and an event. */
  final PrefixLexicon<List<Head>> heads = new PrefixLexicon<>();
  final PrefixLexicon<Cue> cues = new PrefixLexicon<>();
  final PrefixLexicon<Boolean> eponyms = new PrefixLexicon<>();
  final PrefixLexicon<Level> levels = new PrefixLexicon<>();

  /**
   * How a name of {@code initiatives.tsv} is matched: an abbreviation («ДНЯО», "NPT") as written, since its
   * stem is often a common word's («Дня»); any other name by stems, in whatever case form the text uses.
   */
  private static PhraseMatcher.Mode initiativeMode(String name) {
    int capitals = 0;
    for (int k = 0; k < name.length(); k++) {
      char ch = name.charAt(k);
      if (Character.isLowerCase(ch)) {
        return PhraseMatcher.Mode.STEMS;
      }
      capitals += Character.isUpperCase(ch) ? 1 : 0;
    }
    return capitals > 1 ? PhraseMatcher.Mode.CASED : PhraseMatcher.Mode.STEMS;
  }

  Lexicons(String dir, Tokenizer tokenizer) {
    for (Tsv.Row row : Tsv.read(dir + "acts.tsv", 4)) {
      acts.add(row.get(3), new ActSense(Tsv.enumValue(row, 0, Act.class),
          Tsv.enumValue(row, 1, Strength.class), row.get(2)), row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "topics.tsv", 2)) {
      topics.add(row.get(1), Tsv.enumValue(row, 0, Topic.class), row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "roles.tsv", 2)) {
      roles.add(row.get(0), row.get(1), row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "institutions.tsv", 2)) {
      institutions.add(row.get(0), row.get(1), row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "person-names.tsv", 2)) {
      String name = Tokenizer.keyOf(row.get(1));
      switch (row.get(0)) {
        case "GIVEN": givenNames.add(name); break;
        case "SURNAME_CN": chineseSurnames.add(name); break;
        case "SURNAME_FIRST": surnamesBeforeSyllables.add(name); break;
        case "PATRONYMIC_SUFFIX": patronymicSuffixes.add(name); break;
        case "NOT_A_NAME": notNames.add(name); break;
        case "CREDIT": creditWords.add(name); break;
        default: throw row.error("unknown kind of name '" + row.get(0) + "'");
      }
    }
    knownInitiatives = new PhraseMatcher<>(tokenizer);
    for (Tsv.Row row : Tsv.read(dir + "initiatives.tsv", 5)) {
      String proposer = row.get(2).equals("-") ? null : row.get(2);
      InitiativeKind kind = Tsv.enumValue(row, 1, InitiativeKind.class);
      knownInitiatives.add(row.get(3), new KnownInitiative(row.get(0), kind, proposer, row.get(3)),
          initiativeMode(row.get(3)), false);
      // Each variant names the initiative as a text writes it («Устав Организации Объединенных Наций»).
      for (String variant : row.values(4)) {
        knownInitiatives.add(variant, new KnownInitiative(row.get(0), kind, proposer, variant),
            initiativeMode(variant), false);
      }
    }
    Map<String, List<Head>> headsByPattern = new LinkedHashMap<>();
    Map<String, String> headWhere = new HashMap<>();
    for (Tsv.Row row : Tsv.read(dir + "heads.tsv", 3)) {
      Concept concept = Tsv.enumValue(row, 0, Concept.class);
      Head head;
      try {
        switch (concept) {
          case INITIATIVE: head = new Head(concept, InitiativeKind.valueOf(row.get(1))); break;
          case MECHANISM: head = new Head(concept, MechanismKind.valueOf(row.get(1))); break;
          default: head = new Head(concept, EventKind.valueOf(row.get(1)));
        }
      } catch (IllegalArgumentException e) {
        throw row.error("'" + row.get(1) + "' is not a kind of " + concept);
      }
      headsByPattern.computeIfAbsent(Tokenizer.keyOf(row.get(2)), k -> new ArrayList<>()).add(head);
      headWhere.putIfAbsent(Tokenizer.keyOf(row.get(2)), row.where());
    }
    inheritShorterHeads(headsByPattern);
    headsByPattern.forEach((pattern, list) -> heads.add(pattern, List.copyOf(list), headWhere.get(pattern)));
    for (Tsv.Row row : Tsv.read(dir + "levels.tsv", 2)) {
      levels.add(row.get(1), Tsv.enumValue(row, 0, Level.class), row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "eponyms.tsv", 1)) {
      eponyms.add(row.get(0), Boolean.TRUE, row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "cues.tsv", 4)) {
      Scope scope = Tsv.enumValue(row, 3, Scope.class);
      Cue cue;
      switch (row.get(0)) {
        case "MECHANISM_STATUS":
          cue = new Cue(Tsv.enumValue(row, 1, MechanismStatus.class), null, scope);
          break;
        case "EVENT_STATUS":
          cue = new Cue(null, Tsv.enumValue(row, 1, EventStatus.class), scope);
          break;
        default:
          throw row.error("unknown cue '" + row.get(0) + "'");
      }
      cues.add(row.get(2), cue, row.where());
    }
  }
}
