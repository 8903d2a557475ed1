package dev.entente.parser;

import dev.entente.model.PartyKind;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A directory of office holders (the language folder's {@code leaders.tsv}: heads of state and of
 * government, foreign ministers, heads of international organisations, with their terms) that gives
 * a participant the party the text leaves out: «President Biden» in a trilateral statement, «Ursula
 * von der Leyen» with no title. The text's own party wins, except an organisation found for a person
 * who heads a state at the document's date («… of Italy and G7 presidency», a head of state chairing a
 * regional body): the state is the party then. A directory entry counts only when it is the one match
 * for the person's surname (and given names, where written) in office at the document's date and of
 * a kind the written title allows, and only for a party the document names: a participant's party is
 * one of the document's parties (the model checks it; GUIDELINES: the party is null where the text
 * does not say it). A language without the file has an empty directory.
 */
final class Leaders {
  /** The kinds of office in the directory. */
  enum Office {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    FOREIGN_MINISTER,
    ORGANISATION_HEAD
  }

  /** One term of office: the party served, the office, the name as written in its variants, the days. */
  record Entry(String party, Office office, List<String[]> names, List<String[]> surnames,
      LocalDate from, LocalDate to) {}

  /** A part of a written title and the offices it names ({@code offices.tsv}). */
  private record TitlePart(String part, boolean whole, Set<Office> offices) {}

  private final Map<String, List<Entry>> bySurnameWord = new HashMap<>();
  private final Map<String, PartyInfo> parties;
  /** The language whose case forms a found name word may take, or null: words compare as written. */
  private final Language language;
  private final List<TitlePart> titleParts = new ArrayList<>();
  /**
   * The state each ruling party of a party state serves ({@code ruling-parties.tsv}): the party's
   * leader represents that state where the language's gold says so; empty for a language without the file.
   */
  private final Map<String, String> stateOfRulingParty = new HashMap<>();
  private int size;
  /**
   * The surname words of {@link #bySurnameWord} of at least {@link #MISSPELT_LENGTH} letters, in the
   * map's order, and their places in it by length: a misspelt surname is compared only with the
   * words a letter longer or shorter, not with the whole directory, and its candidates keep the
   * order a walk over the map gives.
   */
  private List<Map.Entry<String, List<Entry>>> longSurnames = List.of();
  private int[][] longSurnamesByLength = new int[0][];
  /**
   * The first and the last char of each of {@link #longSurnames}, side by side: a word one letter off another shares
   * its first char or its last, and the others are passed over without a read of their strings.
   */
  private char[] longSurnameFirsts = new char[0];
  private char[] longSurnameLasts = new char[0];

  Leaders(LanguageData data) {
    this(data.language.folder(), data.partiesById, data.language);
  }

  /** {@link #Leaders(String, Map, Language)} with words compared as written. */
  Leaders(String folder, Map<String, PartyInfo> parties) {
    this(folder, parties, null);
  }

  /**
   * Reads {@code leaders.tsv} and {@code offices.tsv} of the language folder {@code folder} if the
   * class path has them; an unknown party id or office fails at load time. A found name's words other
   * than its surname count in a case form of {@code language} when it is not null.
   */
  Leaders(String folder, Map<String, PartyInfo> parties, Language language) {
    this.parties = parties;
    this.language = language;
    readRulingParties(folder + "ruling-parties.tsv");
    String resource = folder + "leaders.tsv";
    if (Leaders.class.getResource(resource) == null) {
      return;
    }
    for (Tsv.Row row : Tsv.read(folder + "offices.tsv", 2)) {
      EnumSet<Office> offices = EnumSet.noneOf(Office.class);
      for (String office : row.values(0)) {
        offices.add(Tsv.enumValue(row, office, Office.class));
      }
      String part = row.get(1);
      boolean whole = part.startsWith("=");
      titleParts.add(new TitlePart((whole ? " " + part.substring(1) + " " : part).replace('_', ' '), whole,
          Set.copyOf(offices)));
    }
    for (Tsv.Row row : Tsv.read(resource, 6)) {
      String party = row.get(0);
      if (!parties.containsKey(party)) {
        throw row.error("unknown party id \u00AB" + party + "\u00BB");
      }
      Office office = Tsv.enumValue(row, 1, Office.class);
      List<String[]> names = new ArrayList<>();
      for (String name : row.values(2)) {
        names.add(words(name));
      }
      List<String[]> surnames = new ArrayList<>();
      for (String surname : row.values(3)) {
        surnames.add(words(surname));
      }
      if (names.isEmpty() || surnames.isEmpty()) {
        throw row.error("a name and a surname expected");
      }
      LocalDate from = day(row, row.get(4), false);
      LocalDate to = day(row, row.get(5), true);
      Entry entry = new Entry(party, office, names, surnames, from, to);
      size++;
      for (String[] surname : surnames) {
        bySurnameWord.computeIfAbsent(surname[surname.length - 1], k -> new ArrayList<>()).add(entry);
      }
    }
    indexLongSurnames();
  }

  /** Reads the ruling parties and their states if the class path has the file; an unknown id fails at load time. */
  private void readRulingParties(String resource) {
    if (Leaders.class.getResource(resource) == null) {
      return;
    }
    for (Tsv.Row row : Tsv.read(resource, 2)) {
      PartyInfo party = parties.get(row.get(0));
      PartyInfo state = parties.get(row.get(1));
      if (party == null || party.kind != PartyKind.POLITICAL_PARTY) {
        throw row.error("unknown political party id \u00AB" + row.get(0) + "\u00BB");
      }
      if (state == null || state.kind != PartyKind.STATE) {
        throw row.error("unknown state id \u00AB" + row.get(1) + "\u00BB");
      }
      stateOfRulingParty.put(party.id, state.id);
    }
  }

  /**
   * «Генеральный секретарь ЦК КПСС Л. И. Брежнев»: a person the text gives a ruling party of a party
   * state serves that state, where the document names it.
   */
  private void rulingPartiesToStates(Context ctx, List<PersonRecognizer.Person> people) {
    if (stateOfRulingParty.isEmpty()) {
      return;
    }
    for (PersonRecognizer.Person person : people) {
      String state = person.party == null ? null : stateOfRulingParty.get(person.party);
      if (state != null && ctx.partyMentions.containsKey(state)) {
        person.party = state;
      }
    }
  }

  private void indexLongSurnames() {
    List<Map.Entry<String, List<Entry>>> ordered = new ArrayList<>();
    int longest = 0;
    for (Map.Entry<String, List<Entry>> known : bySurnameWord.entrySet()) {
      if (known.getKey().length() >= MISSPELT_LENGTH) {
        ordered.add(known);
        longest = Math.max(longest, known.getKey().length());
      }
    }
    int[] counts = new int[longest + 1];
    for (Map.Entry<String, List<Entry>> known : ordered) {
      counts[known.getKey().length()]++;
    }
    int[][] byLength = new int[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      byLength[length] = new int[counts[length]];
      counts[length] = 0;
    }
    for (int k = 0; k < ordered.size(); k++) {
      int length = ordered.get(k).getKey().length();
      byLength[length][counts[length]++] = k;
    }
    char[] firsts = new char[ordered.size()];
    char[] lasts = new char[ordered.size()];
    for (int k = 0; k < ordered.size(); k++) {
      String surname = ordered.get(k).getKey();
      firsts[k] = surname.charAt(0);
      lasts[k] = surname.charAt(surname.length() - 1);
    }
    longSurnames = ordered;
    longSurnamesByLength = byLength;
    longSurnameFirsts = firsts;
    longSurnameLasts = lasts;
  }

  /** The number of terms in the directory. */
  int size() {
    return size;
  }

  private static LocalDate day(Tsv.Row row, String cell, boolean end) {
    if (cell.equals("-")) {
      return end ? LocalDate.MAX : LocalDate.MIN;
    }
    try {
      if (cell.length() == 4) {
        int year = Integer.parseInt(cell);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      return LocalDate.parse(cell);
    } catch (RuntimeException e) {
      throw row.error("a date (YYYY-MM-DD, YYYY or -) expected, found \u00AB" + cell + "\u00BB");
    }
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern JOINERS = Pattern.compile("[-'\u2019\u2010\u2011]");
  private static final Pattern SPACES = Pattern.compile("[\\s,]+");

  /**
   * Lower case, without accents, hyphens and apostrophes as spaces: «Jean-Claude» is «jean claude»,
   * «В.В.Путин» is «путин».
   */
  static String[] words(String name) {
    String plain = name;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7F) {
        plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    plain = JOINERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    List<String> kept = new ArrayList<>();
    for (String word : SPACES.split(plain)) {
      // initials («J.», «D.») say nothing the directory could check; glued to the surname
      // («в.в.путин», «дж.р.байден») they are left out and the surname kept
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      int glued = bare.lastIndexOf('.');
      if (glued >= 0 && glued + 1 < bare.length()) {
        bare = bare.substring(glued + 1);
      }
      if (bare.length() >= 2 && !bare.contains(".")) {
        kept.add(bare);
      }
    }
    return kept.toArray(new String[0]);
  }

  /**
   * Before the sides are resolved: gives a head of state or government the text names in his office
   * but with no party («Prime Ministers A and B met …») the directory's party, where the text names it,
   * so that the heads in the opening speak for both states; where it does not, marks him as serving
   * an unnamed party, so that no side is guessed for him.
   */
  void assignHeads(Context ctx, List<PersonRecognizer.Person> people) {
    if (bySurnameWord.isEmpty()) {
      return;
    }
    LocalDate[] days = null;
    for (PersonRecognizer.Person person : people) {
      if (person.party != null || person.role == null || person.servesAnUnnamedParty) {
        continue;
      }
      if (days == null) {
        days = possibleDays(ctx);
      }
      Entry entry = match(person.name, person.role, days[0], days[1]);
      if (entry == null || entry.office != Office.HEAD_OF_STATE && entry.office != Office.HEAD_OF_GOVERNMENT) {
        continue;
      }
      if (ctx.partyMentions.containsKey(entry.party)) {
        person.party = entry.party;
      } else {
        // «President Yoon met President Xi» where the text names no China: Xi serves neither side.
        person.servesAnUnnamedParty = true;
      }
    }
  }

  /**
   * «Путин и Си Цзиньпин подписали совместное заявление», «… в совместном заявлении министров
   * иностранных дел Сергея A и Сергея B»: adds to {@code states} the state each person named in
   * tokens {@code [from, to)} serves ({@link #stateServed}), where one is known.
   */
  void addStatesServed(Context ctx, List<PersonRecognizer.Person> people, int from, int to, Set<String> states) {
    for (PersonRecognizer.Person person : people) {
      for (Range mention : person.mentions) {
        if (mention.start() >= from && mention.end() <= to) {
          String state = stateServed(ctx, person);
          if (state != null) {
            states.add(state);
          }
          break;
        }
      }
    }
  }

  /**
   * The state {@code person} serves: the party the text gave him where that is a state, else the
   * directory's state for his name (and office, where the text gives one) at the days the document
   * may be of, named in the text or not («Путин и Си Цзиньпин подписали …» in a headline); null where
   * neither tells one state.
   */
  String stateServed(Context ctx, PersonRecognizer.Person person) {
    PartyInfo given = person.party == null ? null : parties.get(person.party);
    if (given != null) {
      return given.kind == PartyKind.STATE ? given.id : null;
    }
    return directoryState(ctx, person.name, person.role);
  }

  /**
   * The state whose office holder the directory names by the single word {@code written} at the days
   * the document may be of («Путин», «Токаев» in a headline the person recogniser reads no name in);
   * null where it names none or several parties.
   */
  String stateOfSurname(Context ctx, String written) {
    return directoryState(ctx, written, null);
  }

  /**
   * Whether some word of {@code written} is a surname of an office holder the directory knows at any
   * day («Путин», «Раси-заде»).
   */
  boolean knowsSurname(String written) {
    for (String word : words(written)) {
      if (bySurnameWord.containsKey(word)) {
        return true;
      }
    }
    return false;
  }

  /** The state of the office holder the directory names by {@code written} (and {@code role}) at the document's possible days, or null. */
  private String directoryState(Context ctx, String written, String role) {
    if (bySurnameWord.isEmpty()) {
      return null;
    }
    LocalDate[] days = possibleDays(ctx);
    Entry entry = match(written, role, days[0], days[1]);
    PartyInfo party = entry == null ? null : parties.get(entry.party);
    return party != null && party.kind == PartyKind.STATE ? party.id : null;
  }

  /** The days the document may be of: its date, else the day or year it refers to, else any. */
  private static LocalDate[] possibleDays(Context ctx) {
    if (ctx.date != null) {
      return new LocalDate[] {ctx.date.earliest(), ctx.date.latest()};
    } else if (ctx.referenceDay != null) {
      return new LocalDate[] {ctx.referenceDay, ctx.referenceDay};
    } else if (ctx.referenceYear > 0) {
      return new LocalDate[] {LocalDate.of(ctx.referenceYear, 1, 1), LocalDate.of(ctx.referenceYear, 12, 31)};
    }
    return new LocalDate[] {LocalDate.MIN, LocalDate.MAX};
  }

  /** Gives each person the directory's party where the text gave none, or gave an organisation for a head of a state. */
  void assign(Context ctx, List<PersonRecognizer.Person> people) {
    rulingPartiesToStates(ctx, people);
    if (bySurnameWord.isEmpty()) {
      return;
    }
    LocalDate[] days = possibleDays(ctx);
    LocalDate from = days[0];
    LocalDate to = days[1];
    for (PersonRecognizer.Person person : people) {
      PartyInfo found = person.party == null ? null : parties.get(person.party);
      boolean organisation = found != null && found.kind == PartyKind.ORGANIZATION;
      if (person.party != null && !organisation || person.party == null && person.servesAnUnnamedParty) {
        continue;
      }
      Entry entry = match(person.name, person.role, from, to);
      if (entry == null) {
        continue;
      }
      if (!ctx.partyMentions.containsKey(entry.party)) {
        person.servesAnUnnamedParty = person.party == null;
        continue;
      }
      if (person.party == null) {
        person.party = entry.party;
      } else if (entry.office == Office.HEAD_OF_STATE || entry.office == Office.HEAD_OF_GOVERNMENT) {
        person.party = entry.party;
      }
    }
  }

  /**
   * The one entry for {@code name} in office at some day of {@code [from, to]} whose office {@code
   * role} allows (any, when null), or null when none or several parties fit.
   */
  Entry match(String name, String role, LocalDate from, LocalDate to) {
    String[] written = words(name);
    if (written.length == 0) {
      return null;
    }
    Set<Office> allowed = role == null ? Set.of(Office.values()) : offices(role);
    if (allowed.isEmpty()) {
      return null;
    }
    List<Entry> candidates = new ArrayList<>();
    for (String word : written) {
      candidates.addAll(bySurnameWord.getOrDefault(word, List.of()));
    }
    boolean misspelt = candidates.isEmpty() && written.length >= 2;
    if (misspelt) {
      // «Angela Merkell»: a surname one letter off counts when a given name is written too
      oneEditFromLong(written[written.length - 1], candidates);
    }
    Entry one = null;
    Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Entry entry : candidates) {
      if (!seen.add(entry)
          || !allowed.contains(entry.office) || entry.from.isAfter(to) || entry.to.isBefore(from)
          || !(misspelt ? misspelt(entry, written) : names(entry, written))) {
        continue;
      }
      if (one != null && !one.party.equals(entry.party)) {
        return null;
      }
      if (one == null) {
        one = entry;
      }
    }
    return one;
  }

  /**
   * The written name holds one of the entry's surnames, and its other words are in one of its
   * variants, in the nominative or (where the language inflects names) a case form of it.
   */
  private boolean names(Entry entry, String[] written) {
    for (String[] surname : entry.surnames) {
      int at = indexOf(written, surname);
      if (at < 0) {
        continue;
      }
      for (String[] variant : entry.names) {
        boolean all = true;
        for (int k = 0; k < written.length && all; k++) {
          all = k >= at && k < at + surname.length || inVariant(variant, written[k]);
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean inVariant(String[] variant, String word) {
    for (String known : variant) {
      if (language == null ? known.equals(word) : language.nameWordForm(word, known)) {
        return true;
      }
    }
    return false;
  }

  /** Shortest surname a one-letter slip is forgiven in: shorter ones are too easily another name. */
  private static final int MISSPELT_LENGTH = 6;

  /**
   * The written name's last word is one letter off one of the entry's one-word surnames, and every
   * other word is in one of its variants.
   */
  private static boolean misspelt(Entry entry, String[] written) {
    String last = written[written.length - 1];
    for (String[] surname : entry.surnames) {
      if (surname.length != 1 || surname[0].length() < MISSPELT_LENGTH || !oneEditFrom(surname[0], last)) {
        continue;
      }
      for (String[] variant : entry.names) {
        boolean all = true;
        for (int k = 0; k < written.length - 1 && all; k++) {
          all = Arrays.asList(variant).contains(written[k]);
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Adds the entries of the surname words of at least {@link #MISSPELT_LENGTH} letters one letter off
   * {@code word}, in the order of {@link #bySurnameWord}.
   */
  private void oneEditFromLong(String word, List<Entry> candidates) {
    if (word.isEmpty()) {
      return;
    }
    char first = word.charAt(0);
    char last = word.charAt(word.length() - 1);
    int[] found = new int[4];
    int count = 0;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      if (length < 0 || length >= longSurnamesByLength.length) {
        continue;
      }
      for (int k : longSurnamesByLength[length]) {
        if ((longSurnameFirsts[k] == first || longSurnameLasts[k] == last) && oneEditFrom(longSurnames.get(k).getKey(), word)) {
          if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
          }
          found[count++] = k;
        }
      }
    }
    Arrays.sort(found, 0, count);
    for (int i = 0; i < count; i++) {
      candidates.addAll(longSurnames.get(found[i]).getValue());
    }
  }

  /** One letter added, dropped or replaced turns {@code a} into {@code b}. */
  static boolean oneEditFrom(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    // Compared in place: asked of many words of the directory for each misspelt surname.
    if (a.length() == b.length()) {
      return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
    }
    return a.length() > b.length() ? a.regionMatches(i + 1, b, i, b.length() - i) : b.regionMatches(i + 1, a, i, a.length() - i);
  }

  private static int indexOf(String[] words, String[] part) {
    for (int i = 0; i + part.length <= words.length; i++) {
      boolean same = true;
      for (int k = 0; k < part.length && same; k++) {
        same = words[i + k].equals(part[k]);
      }
      if (same) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The offices a written title may name, by the language's {@code offices.tsv}: in English
   * «President» a head of state, of government or of an organisation, «Prime Minister» a head of
   * government, a bare «Minister» a foreign minister; a deputy, an envoy or a title the file does
   * not know names none.
   */
  Set<Office> offices(String role) {
    String title = " " + role.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    for (TitlePart part : titleParts) {
      if (part.whole ? title.equals(part.part) : title.contains(part.part)) {
        return part.offices;
      }
    }
    return Set.of();
  }
}
