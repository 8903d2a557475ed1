package dev.entente.parser;

import dev.entente.model.PartyKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds people by title and name shape: a role from the lexicon («министр иностранных дел»), the
 * party it serves («Республики Казахстан»), then a name — given name and surname («Мурат
 * Нуртлеу»), Chinese surname first («Ван И», «Си Цзиньпина»), or initials («К.К.Токаев»). Without
 * a role, only the strong shapes count, and never inside quotes or after an eponym head («Фонд
 * Гейдара Алиева»). Mentions of one person are merged; the name is given in the nominative.
 */
final class PersonRecognizer {
  /** A person found: nominative name, party, role, token ranges of the name. */
  static final class Person {
    final String name;
    String party;
    String role;
    final List<Range> mentions = new ArrayList<>();
    String rule;
    /** Named alone on a line with the role and party on the next: a signature. */
    boolean signed;
    /** The state a host welcomed this person to («… welcomed President B to India»), or null. */
    String guestOf;
    /**
     * The directory of office holders knows this person as serving a party the document does not
     * name: the party stays null, and the person is no host's either.
     */
    boolean servesAnUnnamedParty;

    Person(String name) {
      this.name = name;
    }
  }

  /** The rule of a person named after a role and its party («President of A B»). */
  private static final String ROLE_BEFORE_NAME = "person:role+name";

  private final LanguageData data;
  private final Language language;
  private final Words words;
  private final Lexicons lex;
  /** The office holders, for a surname a text names alone («Putin's Russia»). */
  private final Leaders directory;
  /** The acts of one state's body printed with a document, whose signer and officials are no participants. */
  private final OneSidedAct oneSidedActs;

  PersonRecognizer(LanguageData data, Leaders directory) {
    this.data = data;
    this.language = data.language;
    this.words = data.words;
    this.lex = data.lexicons;
    this.directory = directory;
    this.oneSidedActs = new OneSidedAct(data);
  }

  /** The mentions of all {@code people}. */
  private static List<Range> allMentions(List<Person> people) {
    List<Range> mentions = new ArrayList<>();
    for (Person person : people) {
      mentions.addAll(person.mentions);
    }
    return mentions;
  }

  List<Person> recognize(Context ctx) {
    Map<String, Person> people = new LinkedHashMap<>();
    int scanned = 0;
    for (Context.Sentence sentence : ctx.sentences) {
      scanned = scan(ctx, sentence, people, scanned);
    }
    signatureLines(ctx, people);
    titleRoles(ctx, people);
    List<Person> merged = mergeSurnames(new ArrayList<>(people.values()));
    foldCutNames(ctx, merged);
    merged.removeIf(this::namesAThing);
    merged.removeIf(this::unknownLoneWord);
    merged.removeIf(PersonRecognizer::letterSpaced);
    merged.removeIf(person -> credited(ctx, person));
    List<Range> acts = oneSidedActs.acts(ctx.tokens, allMentions(merged));
    merged.removeIf(person -> OneSidedAct.insideAnAct(acts, person.mentions));
    for (Person person : merged) {
      signature(ctx, person);
    }
    return merged;
  }

  /** What stands between the words of a name: spaces and hyphens. */
  private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s\u00a0-]+");

  /**
   * «His Government», «… of the United States, Department of State», «National Security Advisors' Press
   * Statement»: a name that holds a noun of a body, an office or a document (person-names.tsv NOT_A_NAME)
   * names a thing, whatever shape or title found it.
   */
  private boolean namesAThing(Person person) {
    if (lex.notNames.isEmpty()) {
      return false;
    }
    for (String word : NAME_WORD_BREAK.split(person.name)) {
      if (lex.notNames.contains(Tokenizer.keyOf(word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Министр Земледелия и Лесоводства Коно Ициро», «Пред седатель Президиума»: where the language names
   * a person by a lone surname only when he is well known ({@link Language#loneWordNamesAreKnownSurnames}),
   * a person named by one word alone, no initial, given name or signature with it, whom the directory
   * of office holders does not know, is a word the title or a line break left, not a person.
   */
  private boolean unknownLoneWord(Person person) {
    if (person.signed || !language.loneWordNamesAreKnownSurnames() || directory.size() == 0) {
      return false;
    }
    String name = person.name;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c == '.' || Character.isWhitespace(c) || c == '\u00a0') {
        return false;
      }
    }
    return !directory.knowsSurname(name);
  }

  /**
   * «Д Р У Ж Б Ы  И  Е», «Н.А.Б у л г а н и н», «РЕШЕНИЙ N 41 И N 42»: a name of two or more words each one
   * letter long with no dot after it, or one that holds a lower-case word of one letter, is a run of a
   * letter-spaced heading or a masthead (newspaper print and its OCR), not a person. A name of one-letter
   * initials before a surname («A J Nicholson») or with one short word («Ван И», «Ро Дэ У») still counts.
   */
  static boolean letterSpaced(Person person) {
    String name = person.name;
    int words = 0;
    int singles = 0;
    int k = 0;
    int n = name.length();
    while (k < n) {
      while (k < n && nameBreak(name.charAt(k))) {
        k++;
      }
      if (k >= n) {
        break;
      }
      int start = k;
      while (k < n && !nameBreak(name.charAt(k))) {
        k++;
      }
      words++;
      if (k - start == 1 && Character.isLetter(name.charAt(start))) {
        if (Character.isLowerCase(name.charAt(start))) {
          return true;
        }
        singles++;
      }
    }
    return words >= 2 && singles == words;
  }

  /** Whether a character parts the words of a name for {@link #letterSpaced}: a space; a dot stays with its letter. */
  private static boolean nameBreak(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** Fewest letters a surname cut by a line's or a page's end keeps for {@link #foldCutNames} to know it. */
  private static final int CUT_SURNAME_LETTERS = 4;

  /**
   * «Президент Александр Лукаше» at a page's end, «М. С. Горбаче- вым» broken by a line, beside «Александр
   * Лукашенко», «М. С. Горбачев»: a name whose words but the last are another person's, and whose last is
   * the start of that person's surname ({@value #CUT_SURNAME_LETTERS} letters or more), at each mention
   * cut by the text's end, a line break or a hyphen, or going on in the next word as written
   * («Горбаче вым»), is that person's name cut by the layout: its mentions are that person's. A surname
   * the directory of office holders knows is whole («Назарбаев» beside a slip «Назарбаевап»).
   */
  private void foldCutNames(Context ctx, List<Person> people) {
    Tokens t = ctx.tokens;
    List<String[]> keys = new ArrayList<>(people.size());
    for (Person person : people) {
      keys.add(nameKeys(person.name));
    }
    for (int i = people.size() - 1; i >= 0; i--) {
      Person cut = people.get(i);
      String[] words = keys.get(i);
      String last = words[words.length - 1];
      if (words.length < 2 || last.length() < CUT_SURNAME_LETTERS || directory.knowsSurname(last)) {
        continue;
      }
      for (int k = 0; k < people.size(); k++) {
        String[] other = k == i ? null : keys.get(k);
        if (other == null || other.length != words.length || !other[other.length - 1].startsWith(last)
            || other[other.length - 1].length() == last.length() || !sameLeadingWords(words, other)
            || !cutAtEveryMention(t, cut, other[other.length - 1])) {
          continue;
        }
        Person whole = people.get(k);
        whole.mentions.addAll(cut.mentions);
        whole.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (whole.party == null) {
          whole.party = cut.party;
        }
        if (whole.role == null) {
          whole.role = cut.role;
        }
        people.remove(i);
        keys.remove(i);
        break;
      }
    }
  }

  /** The folded words and initials of a name, split at spaces, dots and hyphens. */
  private static String[] nameKeys(String name) {
    String[] parts = CUT_NAME_BREAK.split(Tokenizer.keyOf(name).trim());
    return parts.length == 0 ? new String[] {""} : parts;
  }

  /** What parts the words and initials of a name for {@link #nameKeys}. */
  private static final Pattern CUT_NAME_BREAK = Pattern.compile("[\\s\u00a0.-]+");

  /** Whether the words of two names agree but for the last. */
  private static boolean sameLeadingWords(String[] a, String[] b) {
    for (int w = 0; w < a.length - 1; w++) {
      if (!a[w].equals(b[w])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether each mention of a person ends where the layout cuts a word: the text's end, a line break
   * or a hyphen after it, or a next word that goes on the surname («горбаче» + «вым» begins «горбачев»).
   */
  private static boolean cutAtEveryMention(Tokens t, Person cut, String wholeSurname) {
    for (Range mention : cut.mentions) {
      int end = mention.end();
      if (end >= t.size || t.gapHas(end, '\n') || t.hyphenAfter[end - 1]) {
        continue;
      }
      String joined = t.key[end - 1] + t.key[end];
      if (!(joined.startsWith(wholeSurname) || wholeSurname.startsWith(joined))) {
        return false;
      }
    }
    return true;
  }

  /** Most words of a line that credits a page's author or photographer, its credit words included. */
  private static final int CREDIT_LINE_WORDS = 12;

  /**
   * «By Jane Doe and John Roe», «Photo: Jane Doe/AP», «(Reporting by A; Editing by B)», «Фото: Иван
   * Петров, ТАСС», «Автор: Мария Сидорова»: a person found by name shape alone whose every mention stands
   * in a part of a line (from its start, a bracket or a semicolon, to its end, a bracket or a semicolon)
   * that opens with a credit word (person-names.tsv CREDIT) and holds nothing but credit words, «and»,
   * capitalised words and punctuation is the page's author, reporter or photographer, not a participant.
   */
  private boolean credited(Context ctx, Person person) {
    if (person.role != null || person.signed || lex.creditWords.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range mention : person.mentions) {
      int first = mention.start();
      while (first > 0 && !creditPartBreak(t, first) && mention.end() - first < CREDIT_LINE_WORDS && creditLineWord(t, first - 1)) {
        first--;
      }
      if (!creditPartBreak(t, first) || !lex.creditWords.contains(t.key[first]) || first == mention.start()) {
        return false;
      }
      int last = mention.end();
      while (last < t.size && !creditPartBreak(t, last) && last - first < CREDIT_LINE_WORDS && creditLineWord(t, last)) {
        last++;
      }
      if (last < t.size && !creditPartBreak(t, last)) {
        return false;
      }
    }
    return !person.mentions.isEmpty();
  }

  /** Whether a part of a credit line ends before token {@code k}: a line break, a bracket or a semicolon. */
  private static boolean creditPartBreak(Tokens t, int k) {
    return k == 0 || t.gapHas(k, '\n') || t.gapHas(k, ';') || t.gapHas(k, '(') || t.gapHas(k, ')');
  }

  /** A word a credit line may hold: a credit word, «and», or a capitalised word (a name, an agency). */
  private boolean creditLineWord(Tokens t, int k) {
    return t.isCapitalized(k) || lex.creditWords.contains(t.key[k]) || words.is(WordClass.AND, t.key[k]);
  }

  /**
   * «Joint Statement on the State Visit of the President of Indonesia to Australia»: the roles the
   * title names with their parties and no name, for {@link Context#partyOfUnnamedRole}; and «… Meeting
   * of President A and His Majesty King B of Jordan»: the party the title gives a person the text
   * names without one; the people the title names by role and name take part, unless the title is a
   * site's headline.
   */
  private void titleRoles(Context ctx, Map<String, Person> people) {
    if (ctx.titleFirstToken < 0) {
      return;
    }
    Map<String, Person> inTitle = new HashMap<>();
    int i = ctx.titleFirstToken;
    while (i < ctx.titleLastToken) {
      PrefixLexicon.Hit<String> role = lex.roles.longestAt(ctx.tokens, i, ctx.titleLastToken);
      i = role != null && !notARole(ctx.tokens, role) ? withRole(ctx, role, i, ctx.titleLastToken, inTitle) : i + 1;
    }
    for (Map.Entry<String, Person> named : inTitle.entrySet()) {
      Person person = people.get(named.getKey());
      if (person != null && person.party == null) {
        person.party = named.getValue().party;
      } else if (person == null && !ctx.layout.titleInHeadline && !namesAKind(ctx, named.getValue())) {
        // «Joint Statement by President A of B and President C of D»: the document's own title names
        // its authors, who take part though the text may name them no more; a site's headline is
        // the site's words, not the document's.
        people.put(named.getKey(), named.getValue());
      }
    }
  }

  /** «… Side Event Co-Chair Statement»: a name that opens with a kind of document is the title's kind, no one's name. */
  private boolean namesAKind(Context ctx, Person person) {
    Range first = person.mentions.get(0);
    return data.documentKinds.longestAt(ctx.tokens, first.start(), first.end()) != null;
  }

  /** Most words of a line that holds only a signer's name. */
  private static final int SIGNATURE_WORDS = 6;

  /** Most words of a name after forms of address on a line of a list of those present («Mohammed bin Salman bin Abdulaziz Al Saud»). */
  private static final int ADDRESSED_NAME_WORDS = 8;

  /**
   * «**Abdel Fattah El-Sisi** ⏎⏎ President of the Arab Republic of Egypt»: a name alone on its line,
   * the next line a role and its party and nothing else, is a signature; the person takes that role
   * and party where the text gave none, and is marked {@link Person#signed}.
   */
  private void signature(Context ctx, Person person) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    for (Range mention : person.mentions) {
      int lineStart = text.lastIndexOf('\n', t.start[mention.start()] - 1) + 1;
      int opens = t.firstAtOrAfter(lineStart);
      // «His Highness Shaikh A ⏎ President of B» in a list of those present: forms of address and a
      // title before the name on its line make it an item of the list, not a signature.
      boolean addressed = opens != mention.start() && addressedOnly(t, opens, mention.start());
      if (opens != mention.start() && !addressed) {
        continue;
      }
      if (addressed && Columns.isCell(ctx.text, lineStart)) {
        continue;
      }
      if (Columns.isCell(ctx.text, lineStart)) {
        if (signedInColumn(ctx, person, mention, lineStart)) {
          return;
        }
        continue;
      }
      int lineEnd = text.indexOf('\n', t.end[mention.end() - 1]);
      if (lineEnd < 0) {
        continue;
      }
      int first = mention.start();
      int last = t.firstAtOrAfter(lineEnd);
      if (last - first > (addressed ? ADDRESSED_NAME_WORDS : SIGNATURE_WORDS)) {
        continue;
      }
      boolean nameOnly = true;
      for (int k = mention.end(); k < last && nameOnly; k++) {
        nameOnly = t.isCapitalized(k) || words.is(WordClass.NAME_PARTICLE, t.key[k]);
      }
      if (!nameOnly || last >= t.size) {
        continue;
      }
      // The next line with words: a role right at its start, then the party it serves, then the line's end.
      int next = text.indexOf('\n', t.start[last]);
      int to = next < 0 ? t.size : t.firstAtOrAfter(next);
      PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, last, to);
      if (role == null || text.substring(lineEnd, t.start[last]).strip().length() > 0) {
        continue;
      }
      int q = role.last;
      while (q < to && q < role.last + 3 && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[q])) {
        q++;
      }
      PhraseMatcher.Match<PartyInfo> party = q < to && t.isCapitalized(q) ? data.parties.longestAt(t, q, to) : null;
      if ((party == null || party.last != to) && addressed) {
        party = partyEndingTheLine(t, q, to);
      }
      if (party == null || party.last != to) {
        continue;
      }
      // «Президент A ⏎ Н.Назарбаев ⏎ Президент B ⏎ В.Путин»: a role both above and below, and a name
      // under the one below, make the block one of roles over names.
      // «A ⏎ President of B ⏎⏎ C ⏎ Minister of D»: a role above set off by a blank line, the one below
      // not, is the previous item's; the name goes with the role below.
      boolean itemBelow = blankLineBefore(text, lineStart) && text.indexOf('\n', lineEnd + 1) >= t.start[last];
      if (to < t.size && nameAt(t, to, Math.min(t.size, to + SIGNATURE_WORDS), false) > to
          && !itemBelow && roleAbove(ctx, mention) != null) {
        break;
      }
      person.signed = !addressed;
      if (person.party == null) {
        person.party = party.value.id;
      }
      if (person.role == null) {
        person.role = roleName(ctx, role);
      }
      return;
    }
    roleOverName(ctx, person);
  }

  /** Most words of a role's line before the party that ends it in a list of those present. */
  private static final int LISTED_ROLE_WORDS = 16;

  /**
   * «His Highness Sayyid A ⏎ Deputy Prime Minister for Council of Ministers of Sultanate of B», «…
   * Crown Prince and Prime Minister of the Kingdom of C»: in a list of those present, the party after
   * a preposition of belonging or a word in lower case that ends the role's line (tokens {@code from} to {@code to}), or null.
   */
  private PhraseMatcher.Match<PartyInfo> partyEndingTheLine(Tokens t, int from, int to) {
    for (int k = Math.max(from + 1, to - LISTED_ROLE_WORDS); k < to; k++) {
      if (t.isCapitalized(k) && (words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k - 1]) || !t.isCapitalized(k - 1))) {
        PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, k, to);
        if (party != null && party.last == to) {
          return party;
        }
      }
    }
    return null;
  }

  /** Fewest and most words of the name on a line of a signature block. */
  private static final int SIGNER_MIN_WORDS = 2;
  private static final int SIGNER_MAX_WORDS = 6;

  /**
   * «Raul S. Manglapus ⏎ SECRETARY OF FOREIGN AFFAIRS ⏎ REPUBLIC OF THE PHILIPPINES», «Wong Kan Seng ⏎
   * Minister for Foreign Affairs of Singapore»: a line of capitalised words alone (after forms of
   * address and a title), under which a line holds a role and nothing else but the party it serves, or
   * a role alone with the party alone on the line after, is a signer's whole name, though the name
   * shapes read only a part of it («S. Manglapus») or none. The signer takes that role and party; a
   * block whose signers mostly go without forms of address is signed (one where each is addressed
   * lists those present, {@link #signature}).
   */
  private void signatureLines(Context ctx, Map<String, Person> people) {
    Tokens t = ctx.tokens;
    List<int[]> block = new ArrayList<>();
    List<PrefixLexicon.Hit<String>> roles = new ArrayList<>();
    List<String> parties = new ArrayList<>();
    int blockEnd = -1;
    int a = 0;
    while (a < t.size) {
      int b = lineEnd(t, a);
      int c = b < t.size ? lineEnd(t, b) : b;
      PrefixLexicon.Hit<String> role = b < c ? lex.roles.longestAt(t, b, c) : null;
      if (role == null || role.first != b || notARole(t, role)) {
        a = b;
        continue;
      }
      int q = role.last;
      while (q < c && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[q])) {
        q++;
      }
      int partyLineEnd = c;
      PhraseMatcher.Match<PartyInfo> party = null;
      if (q < c && t.isCapitalized(q)) {
        party = data.parties.longestAt(t, q, c);
      } else if (role.last == c && c < t.size) {
        partyLineEnd = lineEnd(t, c);
        party = data.parties.longestAt(t, c, partyLineEnd);
      }
      int named = signerNameStart(t, a, b);
      if (party == null || party.last != partyLineEnd || named < 0) {
        a = b;
        continue;
      }
      if (a != blockEnd) {
        signBlock(ctx, people, block, roles, parties);
      }
      block.add(new int[] {a, named, b});
      roles.add(role);
      parties.add(party.value.id);
      blockEnd = partyLineEnd;
      a = partyLineEnd;
    }
    signBlock(ctx, people, block, roles, parties);
  }

  /**
   * Adds the signers of one block of signature lines ({line start, name start, line end} each, with
   * their roles and parties) and clears it. A block of one signer counts only when the name opens with
   * a given name the lexicon knows or an initial: a heading over a role is no name. The signers are
   * marked signed unless most of them are addressed (a list of those present).
   */
  private void signBlock(Context ctx, Map<String, Person> people, List<int[]> block,
      List<PrefixLexicon.Hit<String>> roles, List<String> parties) {
    Tokens t = ctx.tokens;
    int first = block.isEmpty() ? -1 : block.get(0)[1];
    if (block.size() == 1 && !(lex.givenNames.contains(t.key[first]) || t.key[first].length() == 1)) {
      block.clear();
    }
    int addressed = 0;
    List<Person> signers = new ArrayList<>();
    for (int n = 0; n < block.size(); n++) {
      int lineStart = block.get(n)[0];
      int named = block.get(n)[1];
      int nameEnd = block.get(n)[2];
      // «Wong Kan Seng» where the name shapes read «Wong Kan»: mentions inside the line give way.
      for (Iterator<Person> it = people.values().iterator(); it.hasNext(); ) {
        Person other = it.next();
        other.mentions.removeIf(m -> m.start() >= lineStart && m.end() <= nameEnd);
        if (other.mentions.isEmpty()) {
          it.remove();
        }
      }
      add(ctx, people, named, nameEnd, false, parties.get(n), roleName(ctx, roles.get(n)), "person:signature");
      for (Person person : people.values()) {
        if (person.mentions.stream().anyMatch(m -> m.start() == named && m.end() == nameEnd)) {
          signers.add(person);
        }
      }
      addressed += named > lineStart ? 1 : 0;
    }
    if (!signers.isEmpty() && 2 * addressed <= signers.size()) {
      signers.forEach(person -> person.signed = true);
    }
    block.clear();
    roles.clear();
    parties.clear();
  }

  /** The first token of the line after the one holding token {@code a} (the text's size at its end). */
  private static int lineEnd(Tokens t, int a) {
    int k = a + 1;
    while (k < t.size && !t.gapHas(k, '\n')) {
      k++;
    }
    return k;
  }

  /**
   * Where the name starts on the line of tokens {@code from} to {@code to} that holds a signer's name
   * alone, after its forms of address and a title («HRH Prince»): {@value #SIGNER_MIN_WORDS} to
   * {@value #SIGNER_MAX_WORDS} capitalised words, initials and name particles, none a word the
   * gazetteers know, joined by spaces, stops and hyphens only; else -1.
   */
  private int signerNameStart(Tokens t, int from, int to) {
    int k = from;
    boolean titled = false;
    for (int n = 0; n < 3 && k < to; n++) {
      PrefixLexicon.Hit<String> title = !titled ? lex.roles.longestAt(t, k, to) : null;
      if (title != null && title.last < to) {
        titled = true;
        k = title.last;
      }
      k = afterHonorifics(t, k, to, false);
    }
    if (k < to && data.documentKinds.longestAt(t, k, to) != null) {
      return -1;
    }
    int count = 0;
    for (int i = k; i < to; i++) {
      boolean particle = i > k && words.is(WordClass.NAME_PARTICLE, t.key[i]);
      if (t.isNumber(i) || !particle && (!t.isCapitalized(i) || isKnownWord(t, i, to) && !isRegnalNumber(t, i))
          || lex.roles.longestAt(t, i, to) != null) {
        return -1;
      }
      if (i > k && !t.gapText(i).chars().allMatch(ch -> ch == ' ' || ch == '.' || ch == '-')) {
        return -1;
      }
      count += t.key[i].length() > 1 || i + 1 == to || !t.gapHas(i + 1, '.') ? 1 : 0;
    }
    return count >= SIGNER_MIN_WORDS && count <= SIGNER_MAX_WORDS ? k : -1;
  }

  /** Whether the line that starts at {@code lineStart} follows a line with nothing but spaces. */
  private static boolean blankLineBefore(String text, int lineStart) {
    for (int k = lineStart - 2; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the tokens from {@code from} to {@code name} are forms of address and a title, or two titles in a row. */
  private boolean addressedOnly(Tokens t, int from, int name) {
    int k = from;
    boolean titled = false;
    int titleEnd = -1;
    for (int n = 0; n < 3 && k < name; n++) {
      // «His Royal Highness Prince A»: a title may follow the title that addresses the person.
      PrefixLexicon.Hit<String> title = !titled || k == titleEnd ? lex.roles.longestAt(t, k, name) : null;
      if (title != null) {
        titled = true;
        k = title.last;
        titleEnd = k;
      }
      k = afterHonorifics(t, k, name, true);
    }
    return k == name && !t.gapHas(name, '\n');
  }

  /** Most words between a host's name and the verb of welcome, and between the guest's name and the country. */
  private static final int WELCOME_GAP = 5;

  /**
   * «Prime Minister A warmly welcomed President B and his delegation to Australia»: the host serves
   * the country the guest is welcomed to (a state, or a city's state), where the text gives no
   * other party; the guest is marked {@link Person#guestOf} that country, to serve the other side
   * once the sides are known.
   */
  static void welcomes(Context ctx, List<Person> people) {
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    representedBy(ctx, people);
    for (Person host : people) {
      for (Range mention : host.mentions) {
        int k = mention.end();
        int limit = Math.min(t.size, k + WELCOME_GAP);
        while (k < limit && !words.is(WordClass.WELCOME_VERB, t.key[k]) && t.gapBefore[k] != Tokens.GAP_HARD) {
          k++;
        }
        if (k >= limit || !words.is(WordClass.WELCOME_VERB, t.key[k]) || t.gapBefore[k] == Tokens.GAP_HARD) {
          continue;
        }
        Person guest = null;
        Range guestMention = null;
        for (Person other : people) {
          for (Range m : other.mentions) {
            if (other != host && m.start() > k && m.start() <= k + WELCOME_GAP
                && (guestMention == null || m.start() < guestMention.start())) {
              guest = other;
              guestMention = m;
            }
          }
        }
        String country = guestMention == null ? null : countryAfter(ctx, guestMention.end());
        if (country != null && !country.equals(guest.party)) {
          if (host.party == null) {
            host.party = country;
          }
          if (guest.guestOf == null && country.equals(host.party)) {
            guest.guestOf = country;
          }
        }
      }
    }
  }

  /** Most words between a verb of representation and the name it introduces («… by President Xi Jinping», «Accompanying Prime Minister A were Minister for Foreign Affairs B»). */
  private static final int REPRESENTED_REACH = 12;

  /** Most words between a verb of representation and an item of the list of names and offices it opens. */
  private static final int LIST_REACH = 80;

  /**
   * «China was represented by President Xi Jinping and Premier Li Qiang», «The delegation of Ghana
   * was led by …»: a person named after a verb of representation serves the party named in the
   * three words before that verb, where the text gives no other party.
   */
  private static void representedBy(Context ctx, List<Person> people) {
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    for (Person person : people) {
      if (person.party != null) {
        continue;
      }
      for (Range mention : person.mentions) {
        Context.Sentence s = ctx.sentenceOf(mention.start());
        if (s == null) {
          continue;
        }
        // «… was represented by A, Secretary of State; B, Ambassador to C; and D, …»: an item of a list
        // the verb opens, after a semicolon, reaches back to it.
        int nameStart = mention.start();
        boolean listItem = nameStart > s.firstToken
            && (t.gapHas(nameStart, ';') || words.is(WordClass.AND, t.key[nameStart - 1]) && t.gapHas(nameStart - 1, ';')
                || titledItem(ctx, nameStart, s.firstToken));
        int reach = listItem ? LIST_REACH : REPRESENTED_REACH;
        for (int k = nameStart - 1; k >= s.firstToken && k >= nameStart - reach && person.party == null; k--) {
          if (words.is(WordClass.REPRESENTATION_VERB, t.key[k])) {
            person.party = partyEndingBefore(ctx, k, s.firstToken);
            String subject = t.gapHas(k, ',') ? partyOfSubject(people, person, s.firstToken, k) : null;
            // «…, at the invitation of D, Prime Minister of C, accompanied by E»: the party before the
            // comma is another person's, named after the subject.
            if (subject != null && (person.party == null || servedByANameAfter(people, person, person.party, s.firstToken + SUBJECT_REACH, k))) {
              person.party = subject;
            }
            if (person.party == null) {
              person.party = partyOfPersonEndingBefore(people, person, k, nameStart);
            }
            break;
          }
        }
        if (person.party != null) {
          break;
        }
      }
    }
  }

  /** Most words of forms of address and title before the name that opens a sentence as its subject. */
  private static final int SUBJECT_REACH = 6;

  /**
   * «Prime Minister A of B visited C at the invitation of D, accompanied by E, Minister …»: a verb of
   * representation after a comma speaks of the sentence's subject, not of the name right before it;
   * the party of the person named within a title's reach of the sentence's start, before the verb at
   * token {@code k}, or null.
   */
  private static String partyOfSubject(List<Person> people, Person person, int from, int k) {
    for (Person other : people) {
      if (other == person || other.party == null) {
        continue;
      }
      for (Range m : other.mentions) {
        if (m.start() >= from && m.start() <= from + SUBJECT_REACH && m.end() < k) {
          return other.party;
        }
      }
    }
    return null;
  }

  /** Whether a person other than {@code person} who serves {@code party} is named between tokens {@code from} and {@code k}. */
  private static boolean servedByANameAfter(List<Person> people, Person person, String party, int from, int k) {
    for (Person other : people) {
      if (other != person && party.equals(other.party)) {
        for (Range m : other.mentions) {
          if (m.start() > from && m.end() < k) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * «President A was accompanied by B, Secretary of …»: the party of another person whose name
   * ends one or two words before the verb at token {@code k}; failing that, «Accompanying Prime
   * Minister A were B and C»: the party of the first person named after the verb, before {@code
   * person}'s mention at {@code at}; or null.
   */
  private static String partyOfPersonEndingBefore(List<Person> people, Person person, int k, int at) {
    Range firstAfter = null;
    String partyAfter = null;
    for (Person other : people) {
      for (Range m : other.mentions) {
        if (other == person || other.party == null) {
          continue;
        }
        if (m.end() < k && m.end() >= k - 2) {
          return other.party;
        }
        if (m.start() > k && m.end() <= at && (firstAfter == null || m.start() < firstAfter.start())) {
          firstAfter = m;
          partyAfter = other.party;
        }
      }
    }
    return partyAfter;
  }

  /** Most capitalised words of a title between a list's comma and the name it gives («House Speaker»). */
  private static final int ITEM_TITLE_WORDS = 7;

  /**
   * «… consisted of House Speaker A, Department of Foreign Affairs Secretary B, …»: whether the
   * name at {@code name} opens, after the capitalised words of its title, an item of a list, a
   * comma before them.
   */
  private static boolean titledItem(Context ctx, int name, int from) {
    Tokens t = ctx.tokens;
    for (int k = name - 1; k > from && k >= name - ITEM_TITLE_WORDS; k--) {
      if (!t.isCapitalized(k) && !ctx.data.words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])) {
        return false;
      }
      if (t.gapHas(k, ',') || t.gapHas(k, ';')) {
        return k < name;
      }
    }
    return false;
  }

  /** The party whose name ends one to three words before token {@code k}, not before {@code from}; or null. */
  private static String partyEndingBefore(Context ctx, int k, int from) {
    Tokens t = ctx.tokens;
    for (int end = k; end >= Math.max(from + 1, k - 2); end--) {
      for (int start = end - 1; start >= Math.max(from, end - 5); start--) {
        PhraseMatcher.Match<PartyInfo> p = ctx.data.parties.longestAt(t, start, end);
        if (p != null && p.last == end && t.isCapitalized(start)) {
          return p.value.id;
        }
      }
    }
    return null;
  }

  /**
   * The state named, or whose city is named, after a preposition of place a few words after token
   * {@code from} within its sentence («… and his delegation to Australia»); null when none is.
   */
  private static String countryAfter(Context ctx, int from) {
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    int limit = Math.min(t.size - 1, from + WELCOME_GAP);
    for (int k = from; k < limit; k++) {
      if (t.gapBefore[k + 1] == Tokens.GAP_HARD && k + 1 > from) {
        return null;
      }
      if (words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[k])) {
        int q = k + 1;
        while (q < limit + 1 && ctx.data.language.isArticle(t.key[q])) {
          q++;
        }
        PhraseMatcher.Match<PartyInfo> state = ctx.data.parties.longestAt(t, q, t.size);
        if (state != null && t.isCapitalized(q)) {
          return state.value.kind == PartyKind.STATE ? state.value.id : null;
        }
        PhraseMatcher.Match<City> city = ctx.data.cities.longestAt(t, q, t.size);
        return city != null && t.isCapitalized(q) ? city.value.country : null;
      }
    }
    return null;
  }

  /**
   * The parties the text leaves to its sides, settled once the signatories are known. Between two
   * states, a person in the role that another person of one side holds in the same sentence serves
   * the other side («Prime Minister Kan welcomed Prime Minister Gillard»: counterparts). Then, with
   * any sides, the party of the others in the same role when they all serve one.
   */
  static void settleParties(Context ctx, List<Person> people) {
    List<String> sides = stateSides(ctx);
    boolean twoStates = sides.size() == 2;
    Map<Person, Set<Context.Sentence>> sentencesOf = new IdentityHashMap<>();
    unnamedRoles(ctx, people);
    if (twoStates) {
      for (Person person : people) {
        if (person.party == null && !person.servesAnUnnamedParty && person.guestOf != null && sides.contains(person.guestOf)) {
          person.party = sides.get(0).equals(person.guestOf) ? sides.get(1) : sides.get(0);
        }
      }
      List<Person> counterparts = new ArrayList<>();
      for (Person person : people) {
        Person other = person.party == null && !person.servesAnUnnamedParty && person.role != null
            ? counterpart(ctx, person, people, sides, sentencesOf) : null;
        if (other != null) {
          counterparts.add(person);
          counterparts.add(other);
        }
      }
      for (int k = 0; k < counterparts.size(); k += 2) {
        String side = counterparts.get(k + 1).party;
        counterparts.get(k).party = sides.get(0).equals(side) ? sides.get(1) : sides.get(0);
      }
      otherSidesHead(ctx, people, sides);
    }
    partiesByRole(ctx, people, sentencesOf);
  }

  /**
   * The last step for people, once every stage that drops parties has run (a news page keeps only its quoted
   * document's): a party the document no longer names is no participant's party, so that every participant's
   * party is one of the document's parties, as the model requires.
   */
  static void keepNamedParties(Context ctx, List<Person> people) {
    for (Person person : people) {
      if (person.party != null && !ctx.partyMentions.containsKey(person.party)) {
        person.party = null;
      }
    }
  }

  /**
   * «В.Путин: Уважаемый господин Президент! …», "OBAMA: Thank you.": a person named as a speaker's label (the name
   * opens a line and a colon follows it) in a transcript of statements to the press, and given neither party nor
   * role by the text (a role, «премьер-министр Грузии A» above his words, names his party later), serves a party the
   * text does not say (GUIDELINES: null then): neither the directory of office holders nor a guess gives him one.
   */
  static void speakersByLabel(Context ctx, List<Person> people) {
    String text = ctx.text.text();
    Tokens t = ctx.tokens;
    for (Person person : people) {
      if (person.party != null || person.role != null) {
        continue;
      }
      for (Range mention : person.mentions) {
        if (mention.end() > mention.start() && labelAt(text, t.start[mention.start()], t.end[mention.end() - 1])) {
          person.servesAnUnnamedParty = true;
          break;
        }
      }
    }
  }

  /** Whether chars {@code [from, to)} open a line (after spaces only) and a colon follows them (after spaces only). */
  private static boolean labelAt(String text, int from, int to) {
    for (int i = from - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = to; i < text.length() && text.charAt(i) != '\n'; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The last guess, after the text and the directory of office-holders have had their say:
   * between two states, who is still without a party serves the side whose country hosts the
   * document, as a host's officials go unnamed by country where a guest's are named so
   * («Australian Prime Minister Howard met Vice President Hamzah Haz» in Jakarta).
   */
  static void hostsTheRest(Context ctx, List<Person> people) {
    List<String> sides = stateSides(ctx);
    String host = ctx.place == null ? null : ctx.place.country().orElse(null);
    if (sides.size() != 2 || host == null || !sides.contains(host)) {
      return;
    }
    for (Person person : people) {
      if (person.party == null && !person.servesAnUnnamedParty) {
        person.party = host;
      }
    }
  }

  /** The signatories that are states or territories: the sides a person may serve. */
  private static List<String> stateSides(Context ctx) {
    List<String> sides = new ArrayList<>();
    for (String id : ctx.signatories) {
      PartyInfo info = ctx.data.partiesById.get(id);
      if (info != null && (info.kind == PartyKind.STATE || info.kind == PartyKind.TERRITORY)) {
        sides.add(id);
      }
    }
    return sides;
  }

  /**
   * «Президент A ⇥ Председатель B ⏎ В.Путин ⇥ Си Цзиньпин»: a name alone in its cell of a block of
   * columns signs with the role and party its column gives above it — one cell of role and party,
   * or a role's cell over a party's — or else below it; the person takes them where the text gave
   * none. Whether it did.
   */
  private boolean signedInColumn(Context ctx, Person person, Range mention, int cellStart) {
    Tokens t = ctx.tokens;
    int cellEnd = ctx.text.text().indexOf('\n', cellStart);
    if (t.firstAtOrAfter(cellStart) != mention.start()
        || t.firstAtOrAfter(cellEnd < 0 ? ctx.text.length() : cellEnd) != mention.end()) {
      return false;
    }
    RoleAndParty signs = null;
    for (int direction = -1; direction <= 1 && signs == null; direction += 2) {
      int[] next = Columns.cellBeside(ctx.text, cellStart, direction);
      if (next == null) {
        continue;
      }
      signs = roleInCells(ctx, next, null);
      int[] further = signs == null ? Columns.cellBeside(ctx.text, next[0], direction) : null;
      if (further != null) {
        signs = direction < 0 ? roleInCells(ctx, further, next) : roleInCells(ctx, next, further);
      }
      // «За Российскую Федерацию ⏎ Президент ⏎ В.Путин»: the party the column signs for, over the role.
      if (signs == null && further != null && direction < 0) {
        signs = roleInCells(ctx, next, further);
      }
    }
    if (signs == null) {
      return false;
    }
    person.signed = true;
    if (person.party == null) {
      person.party = signs.party.value.id;
    }
    if (person.role == null) {
      person.role = roleName(ctx, signs.role);
    }
    return true;
  }

  /**
   * The role that opens cell {@code roleCell} and the party that ends it, or, when the role fills
   * that cell, the party that fills {@code partyCell} (a cell's start and end; may be null), after
   * the word of signing for it when that cell stands above («За Российскую Федерацию»); null when
   * the cells hold more than these.
   */
  private RoleAndParty roleInCells(Context ctx, int[] roleCell, int[] partyCell) {
    Tokens t = ctx.tokens;
    int from = t.firstAtOrAfter(roleCell[0]);
    int to = t.firstAtOrAfter(roleCell[1]);
    PrefixLexicon.Hit<String> role = from < to ? lex.roles.longestAt(t, from, to) : null;
    if (role == null || role.first != from) {
      return null;
    }
    int q = role.last;
    if (q == to) {
      if (partyCell == null) {
        return null;
      }
      q = t.firstAtOrAfter(partyCell[0]);
      to = t.firstAtOrAfter(partyCell[1]);
      if (q < to && partyCell[1] <= roleCell[0] && words.is(WordClass.SIGNING_FOR, t.key[q])) {
        q++;
      }
    } else if (partyCell != null) {
      return null;
    }
    while (q < to && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[q])) {
      q++;
    }
    PhraseMatcher.Match<PartyInfo> party = q < to && t.isCapitalized(q) ? data.parties.longestAt(t, q, to) : null;
    return party != null && party.last == to ? new RoleAndParty(role, party) : null;
  }

  /** Most tokens a signature may leave after it to the end of the text (the other signatures, a dateline). */
  private static final int SIGNATURE_TAIL = 40;
  /** Most tokens of a role and its party before a signer's name. */
  private static final int SIGNATURE_ROLE_WORDS = 8;

  /**
   * «Президент Российской Федерации В.Путин», «Президент Российской Федерации ⏎ В.Путин», «Президент ⏎
   * Российской Федерации ⏎ В.Путин» near the end of the text: a name that ends its line, right after
   * a role that opens a line and the party it serves, and nothing else, is a signature.
   */
  private void roleOverName(Context ctx, Person person) {
    for (Range mention : person.mentions) {
      RoleAndParty above = roleAbove(ctx, mention);
      if (above != null) {
        person.signed = true;
        if (person.party == null) {
          person.party = above.party.value.id;
        }
        if (person.role == null) {
          person.role = roleName(ctx, above.role);
        }
        return;
      }
    }
  }

  /** A role and the party it serves. */
  private static final class RoleAndParty {
    final PrefixLexicon.Hit<String> role;
    final PhraseMatcher.Match<PartyInfo> party;

    RoleAndParty(PrefixLexicon.Hit<String> role, PhraseMatcher.Match<PartyInfo> party) {
      this.role = role;
      this.party = party;
    }
  }

  /** The role and party that stand before a signer's name near the end of the text (roleOverName), or null. */
  private RoleAndParty roleAbove(Context ctx, Range mention) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    int name = mention.start();
    if (t.size - mention.end() > SIGNATURE_TAIL || name == 0 || t.gapHas(name, ',') || t.gapHas(name, '.')
        || Columns.isCell(ctx.text, text.lastIndexOf('\n', t.start[name] - 1) + 1)) {
      return null;
    }
    int end = t.end[mention.end() - 1];
    int lineEnd = text.indexOf('\n', end);
    if (!text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
      return null;
    }
    for (int r = name - 1; r >= Math.max(0, name - SIGNATURE_ROLE_WORDS); r--) {
      if (r > 0 && !t.gapHas(r, '\n')) {
        continue;
      }
      PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, r, name);
      if (role == null) {
        continue;
      }
      int q = role.last;
      while (q < name && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[q])) {
        q++;
      }
      PhraseMatcher.Match<PartyInfo> party = q < name && t.isCapitalized(q) ? data.parties.longestAt(t, q, name) : null;
      return party != null && party.last == name ? new RoleAndParty(role, party) : null;
    }
    return null;
  }


  /**
   * «President Joseph R. Biden, Jr. and His Majesty King Abdullah II met …» between two states: where
   * one head of state or government has no party and every other head serves one side, he serves
   * the other.
   */
  private static void otherSidesHead(Context ctx, List<Person> people, List<String> sides) {
    Person without = null;
    String known = null;
    for (Person person : people) {
      if (person.role == null || !ctx.data.words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, Tokenizer.keyOf(person.role))) {
        continue;
      }
      if (person.party == null) {
        if (without != null || person.servesAnUnnamedParty) {
          return;
        }
        without = person;
      } else if (!sides.contains(person.party) || known != null && !known.equals(person.party)) {
        return;
      } else {
        known = person.party;
      }
    }
    if (without != null && known != null) {
      without.party = sides.get(0).equals(known) ? sides.get(1) : sides.get(0);
    }
  }

  /**
   * «President Ali … the visit, the first by a President of Gabon»: a person without a party takes
   * the one party the text gives his role where it names no one in it, when no other person holds
   * that role and the party is among the signatories (any, when none are known).
   */
  private static void unnamedRoles(Context ctx, List<Person> people) {
    if (ctx.partyOfUnnamedRole.isEmpty()) {
      return;
    }
    for (Person person : people) {
      String party = person.party == null && person.role != null ? ctx.partyOfUnnamedRole.get(person.role) : null;
      if (party == null || party.isEmpty() || !ctx.signatories.isEmpty() && !ctx.signatories.contains(party)) {
        continue;
      }
      boolean alone = true;
      for (Person other : people) {
        alone &= other == person || !person.role.equals(other.role);
      }
      if (alone) {
        person.party = party;
      }
    }
  }

  /**
   * Another person in {@code person}'s role, serving one of the two {@code sides}, named in a
   * sentence that names {@code person} too; or null.
   */
  private static Person counterpart(Context ctx, Person person, List<Person> people, List<String> sides,
      Map<Person, Set<Context.Sentence>> sentencesOf) {
    for (Person other : people) {
      if (other != person && other.party != null && sides.contains(other.party) && person.role.equals(other.role)
          && shareASentence(ctx, person, other, sentencesOf)) {
        return other;
      }
    }
    return null;
  }

  /** Whether some sentence names both {@code one} and {@code other}. */
  private static boolean shareASentence(Context ctx, Person one, Person other, Map<Person, Set<Context.Sentence>> sentencesOf) {
    Set<Context.Sentence> mine = sentencesOf(ctx, one, sentencesOf);
    Set<Context.Sentence> theirs = sentencesOf(ctx, other, sentencesOf);
    Set<Context.Sentence> fewer = mine.size() < theirs.size() ? mine : theirs;
    Set<Context.Sentence> more = fewer == mine ? theirs : mine;
    for (Context.Sentence sentence : fewer) {
      if (more.contains(sentence)) {
        return true;
      }
    }
    return false;
  }

  /** The sentences that name a person, found once per person. */
  private static Set<Context.Sentence> sentencesOf(Context ctx, Person person,
      Map<Person, Set<Context.Sentence>> known) {
    return known.computeIfAbsent(person, p -> {
      Set<Context.Sentence> sentences = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Range mention : p.mentions) {
        Context.Sentence sentence = ctx.sentenceOf(mention.start());
        if (sentence != null) {
          sentences.add(sentence);
        }
      }
      return sentences;
    });
  }

  /**
   * «Prime Minister Kevin Rudd» where the text names no party for him: the party of the others in
   * the same role, when they all serve one («Australian Prime Minister …» elsewhere); nothing when
   * two parties hold that role in the text («Prime Minister Kan», «Prime Minister Gillard»).
   */
  private static void partiesByRole(Context ctx, List<Person> people, Map<Person, Set<Context.Sentence>> sentencesOf) {
    Map<String, String> partyOfRole = new HashMap<>();
    for (Person person : people) {
      if (person.role != null && person.party != null) {
        String before = partyOfRole.putIfAbsent(person.role, person.party);
        if (before != null && !before.equals(person.party)) {
          partyOfRole.put(person.role, "");
        }
      }
    }
    for (Person person : people) {
      if (person.party == null && person.role != null) {
        String party = partyOfRole.get(person.role);
        if (party != null && !party.isEmpty() && !heldInOneSentence(ctx, person, people, sentencesOf)) {
          person.party = party;
        }
      }
    }
  }

  /**
   * Whether another person named in a sentence with {@code person} holds the same role: two
   * presidents in one sentence («President Biden hosted Mexican President López Obrador») are
   * counterparts, not colleagues.
   */
  private static boolean heldInOneSentence(Context ctx, Person person, List<Person> people,
      Map<Person, Set<Context.Sentence>> sentencesOf) {
    for (Person other : people) {
      if (other != person && person.role.equals(other.role) && shareASentence(ctx, person, other, sentencesOf)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Howard» after «John Howard»: a one-word name that ends another person's name is that person;
   * so is a surname of two words that ends a longer name («López Obrador» after «Andrés Manuel
   * López Obrador»).
   */
  private List<Person> mergeSurnames(List<Person> people) {
    List<Person> kept = new ArrayList<>();
    for (Person person : people) {
      Person full = null;
      if (person.name.indexOf('.') < 0) {
        boolean oneWord = person.name.indexOf(' ') < 0;
        // A longer name may end in a father's («Mohammed bin Salman bin Abdulaziz Al Saud»): only a
        // surname of two words is read as the end of another's name.
        boolean twoWords = wordCount(person.name) == 2;
        for (Person other : people) {
          if (other != person && (other.name.endsWith(" " + person.name) && (oneWord || twoWords && wordCount(other.name) > 2)
              || oneWord && (other.name.endsWith("." + person.name) || other.name.startsWith(person.name + " ")))) {
            full = other;
            break;
          }
        }
        if (full == null && oneWord) {
          full = innerSurnameOf(person, people);
        }
        if (full == null && wordCount(person.name) == 2) {
          full = givenNameOf(person, people);
        }
      } else {
        full = initialledInnerSurnameOf(person, people);
      }
      if (full == null) {
        kept.add(person);
        continue;
      }
      full.mentions.addAll(person.mentions);
      if (full.party == null) {
        full.party = person.party;
      }
      if (full.role == null) {
        full.role = person.role;
      }
    }
    return kept;
  }

  /**
   * «Secretary Videgaray» after «Luis Videgaray Caso», «Presidente Lula» after «Luiz Inácio Lula da Silva»:
   * the one other person whose name of three words or more holds this one-word name inside it, not after
   * a particle of descent («Mohammed bin Salman» holds no «Salman» who is someone else), or null.
   */
  private Person innerSurnameOf(Person person, List<Person> people) {
    return onlyNameHolding(person.name, person, people, other -> true);
  }

  /**
   * «И.Броз» beside «Иосип Броз Тито»: initials and one surname name the one other person, written without
   * initials, whose name of three words or more opens with the first initial and holds that surname inside
   * it, not after a particle of descent; or null.
   */
  private Person initialledInnerSurnameOf(Person person, List<Person> people) {
    String surname = person.name.substring(person.name.lastIndexOf('.') + 1).trim();
    if (surname.isEmpty() || surname.indexOf(' ') >= 0) {
      return null;
    }
    char initial = person.name.charAt(0);
    return onlyNameHolding(surname, person, people, other -> other.name.charAt(0) == initial && other.name.indexOf('.') < 0);
  }

  /**
   * The one person but {@code person}, of those {@code eligible}, whose name of three words or more holds the word
   * {@code surname} inside it, not after a particle of descent; null when none or several do.
   */
  private Person onlyNameHolding(String surname, Person person, List<Person> people, Predicate<Person> eligible) {
    Person found = null;
    for (Person other : people) {
      if (other == person || wordCount(other.name) < 3 || !eligible.test(other)) {
        continue;
      }
      String[] parts = other.name.split(" ");
      for (int k = 1; k + 1 < parts.length; k++) {
        if (parts[k].equals(surname) && !words.is(WordClass.NAME_PARTICLE, parts[k - 1].toLowerCase(java.util.Locale.ROOT))) {
          if (found != null && found != other) {
            return null;
          }
          found = other;
        }
      }
    }
    return found;
  }

  /**
   * «г-на Шавката Миромоновича» after «Шавкат Мирзиёев»: a given name and a patronymic, as one addresses a
   * person politely, with no role or party of their own, name the one other person of that given name, or null.
   */
  private Person givenNameOf(Person person, List<Person> people) {
    int space = person.name.indexOf(' ');
    String patronymic = person.name.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    // «посол Александр Лукашевич»: a surname may end as a patronymic does; one given a role or a party is a surname.
    if (person.role != null || person.party != null || !isPatronymic(patronymic)) {
      return null;
    }
    String given = person.name.substring(0, space + 1);
    Person found = null;
    for (Person other : people) {
      // Forms of one surname in two cases («Мирзиёев», «Мирзиёева») before they are merged are one person.
      if (other != person && other.name.startsWith(given) && !other.name.equals(person.name)
          && !isPatronymic(other.name.substring(other.name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))) {
        if (found != null && !sameSurnameStem(found.name, other.name)) {
          return null;
        }
        found = found == null ? other : found;
      }
    }
    return found;
  }

  /** Letters two forms of one surname share at least («Мирзиёев», «Мирзиёева»). */
  private static final int SURNAME_STEM = 5;

  private static boolean sameSurnameStem(String one, String other) {
    String a = one.substring(one.lastIndexOf(' ') + 1);
    String b = other.substring(other.lastIndexOf(' ') + 1);
    return a.length() >= SURNAME_STEM && b.length() >= SURNAME_STEM && a.regionMatches(0, b, 0, SURNAME_STEM);
  }

  private static int wordCount(String name) {
    int n = 1;
    for (int k = 0; k < name.length(); k++) {
      n += name.charAt(k) == ' ' ? 1 : 0;
    }
    return n;
  }

  private int scan(Context ctx, Context.Sentence sentence, Map<String, Person> people, int scanned) {
    Tokens t = ctx.tokens;
    int i = Math.max(sentence.firstToken, scanned);
    int to = sentence.lastToken;
    while (i < to) {
      PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, i, to);
      if (role != null && !notARole(t, role)) {
        i = withRole(ctx, role, i, to, people);
        continue;
      }
      PhraseMatcher.Match<PartyInfo> party = t.isCapitalized(i) ? data.parties.longestAt(t, i, to) : null;
      if (party != null) {
        i = party.last;
        continue;
      }
      int named = afterHonorifics(t, i, to);
      // «H.E. Sheikh Khalid …», «The Right Honourable Prime Minister …»: a role after the forms of address.
      PrefixLexicon.Hit<String> addressedRole = named > i && named < to ? lex.roles.longestAt(t, named, to) : null;
      if (addressedRole != null && !notARole(t, addressedRole)) {
        i = withRole(ctx, addressedRole, named, to, people);
        continue;
      }
      int end = named > i ? runsOnToItsRole(ctx, named, nameAt(t, named, to, true), to) : nameAt(t, named, to, false);
      if (end > named && (slashBeside(ctx, named, end) || named == i && placeInAState(t, named, end, to))) {
        i = end;
        continue;
      }
      if (end > named && !insideQuotes(ctx, sentence, named) && !afterEponym(t, named, sentence.firstToken)) {
        String[] after = partyAfterName(ctx, end, to);
        if (named > i && after[1] == null) {
          String[] spaced = roleSpacedAfterName(ctx, end, to);
          after = spaced == null ? after : spaced;
        }
        // «Его Превосходительства доктора Ахмеда Карими»: the form of address gives the name's case.
        boolean oblique = named > i && language.obliqueAddress(t.key[named - 1]);
        add(ctx, people, named, end, oblique, after[0], after[1], named > i ? "person:honorific+name" : "person:name-shape");
        i = end;
        continue;
      }
      // The rules below all read a name that opens at token i.
      if (!isNameWord(t, i)) {
        i++;
        continue;
      }
      int listEnd = insideQuotes(ctx, sentence, i) ? i : surnamesFirst(ctx, people, i);
      if (listEnd > i) {
        i = listEnd;
        continue;
      }
      // «accompanied by Alicia Pérez Ibarra, Secretary of …»: after a word in lower case or a list's
      // comma, a third unknown capitalised word before the two opens the name.
      int given = i + 3 < to && i > sentence.firstToken && t.gapBefore[i + 1] == Tokens.GAP_SPACE
          && (!t.isCapitalized(i - 1) || t.gapHas(i, ',') || t.gapHas(i, ';')) && !language.isAdjective(t.key[i])
          && apposedRole(t, i + 1, to) != null && !isKnownWord(t, i, to) ? 1 : 0;
      PrefixLexicon.Hit<String> apposed = i + 2 < to ? apposedRole(t, i + given, to) : null;
      if (apposed != null && !insideQuotes(ctx, sentence, i)) {
        int apposedEnd = i + given + 2;
        String[] after = partyAfterName(ctx, apposedEnd, to);
        addAfterRole(ctx, people, i, apposedEnd, roleHead(t, apposed.first, apposed.last), after[0], after[1],
            "person:name+apposed-role");
        i = apposedEnd;
        continue;
      }
      int[] ofState = i + 4 < to ? apposedState(t, i, to) : null;
      if (ofState != null && !insideQuotes(ctx, sentence, i)) {
        add(ctx, people, i, ofState[0], false, stateAt(t, ofState[1], to), null, "person:name+of-state");
        i = ofState[0];
        continue;
      }
      // «sanctions against Putin's Russia»: a surname alone in the possessive names the office holder the
      // directory knows by it at the document's days.
      if (i + 1 < to && isPossessive(t, i + 1) && !isKnownWord(t, i, to) && !insideQuotes(ctx, sentence, i)
          && directory.stateOfSurname(ctx, t.surface(i)) != null) {
        add(ctx, people, i, i + 1, false, null, null, "person:possessive-surname");
      }
      i++;
    }
    return i;
  }

  /**
   * «министров иностранных дел России, Азербайджана и Армении – С.В.Лаврова, Э.М.Мамедъярова,
   * З.Г.Мнацаканяна»: a role, two parties or more joined by commas and «и», then as many names so
   * joined: each name holds the role for the party in the same place. Returns the end of the last
   * name, or the role's end where the role is not so followed.
   */
  private int partiesThenTheirNames(Context ctx, Map<String, Person> people, PrefixLexicon.Hit<String> role, int i, int to) {
    Tokens t = ctx.tokens;
    List<String> parties = new ArrayList<>();
    int j = role.last;
    while (j < to && t.isCapitalized(j)) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, j, to);
      if (party == null || party.last >= to) {
        return role.last;
      }
      parties.add(party.value.id);
      j = party.last;
      if (words.is(WordClass.AND, t.key[j]) && !t.gapHas(j, ',') && j + 1 < to) {
        j++;
      } else if (!t.gapIs(j, ',')) {
        break;
      }
    }
    if (parties.size() < 2 || parties.stream().distinct().count() < parties.size()) {
      return role.last;
    }
    List<int[]> names = new ArrayList<>();
    int k = j;
    while (k < to && names.size() < parties.size()) {
      int end = nameAt(t, k, to, true);
      if (end <= k) {
        return role.last;
      }
      names.add(new int[] {k, end});
      k = end;
      if (names.size() < parties.size()) {
        if (k < to && words.is(WordClass.AND, t.key[k]) && !t.gapHas(k, ',')) {
          k++;
        } else if (k >= to || !t.gapIs(k, ',')) {
          return role.last;
        }
      }
    }
    boolean moreNames = k < to && (t.gapIs(k, ',') || words.is(WordClass.AND, t.key[k]))
        && nameAt(t, words.is(WordClass.AND, t.key[k]) ? k + 1 : k, to, true) > k + 1;
    if (names.size() < parties.size() || moreNames) {
      return role.last;
    }
    // The role is in the plural, each name in the singular: the names take the role's case, not its endings.
    boolean oblique = !language.isNominative(roleHead(t, i, role.last));
    for (int n = 0; n < names.size(); n++) {
      add(ctx, people, names.get(n)[0], names.get(n)[1], oblique, null, parties.get(n), roleName(ctx, role), ROLE_BEFORE_NAME);
    }
    return k;
  }

  /**
   * «сопредседатели (И.В.Попов от России, Э.Шефер от США)»: the state a person speaks for, named
   * right after the name and the language's word for it, the state closing the item (a comma, a
   * semicolon, a bracket, «и», the sentence's end); null otherwise. It outranks the party of a
   * role before the name: the body's member comes from that state.
   */
  private String stateRepresented(Tokens t, int end, int to) {
    if (end + 1 >= to || t.gapBefore[end] != Tokens.GAP_SPACE || !language.introducesRepresentedState(t.key[end])
        || !t.isCapitalized(end + 1)) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, end + 1, to);
    if (state == null || state.value.kind != PartyKind.STATE) {
      return null;
    }
    boolean closes = state.last >= to || t.gapHas(state.last, ',') || t.gapHas(state.last, ';')
        || t.gapHas(state.last, ')') || words.is(WordClass.AND, t.key[state.last]);
    return closes ? state.value.id : null;
  }

  /** Most initials after a surname written first («Шойгу С. К.»). */
  private static final int INITIALS_AFTER_SURNAME = 2;

  /**
   * «в составе: Шойгу С. К., Ковалева Ф. Н., … Сабанадзе Э.»: a run of surnames each followed by its
   * initials, the item closed by a comma, a semicolon, a line's end or the sentence's end. An item
   * with two initials is a name alone; one with a single initial only in a run of two items or more
   * («Приложение А.» is none). The names are given in the nominative: where no surname of the run is
   * in the nominative and some is in another case («в составе Ковалева Ф. Н., Куликова А. Н.»), the
   * case is taken off each surname that declines. The run may go on past the sentence («Соколов А. Б.;⏎
   * Морозова Е. Д.»). Returns the run's end, or {@code i} when no run opens there.
   */
  private int surnamesFirst(Context ctx, Map<String, Person> people, int i) {
    Tokens t = ctx.tokens;
    int to = t.size;
    List<int[]> items = new ArrayList<>();
    boolean twoInitials = false;
    int k = i;
    while (k < to) {
      int end = initialsAfterSurnameEnd(t, k, to, !items.isEmpty());
      if (end == k) {
        break;
      }
      twoInitials |= end - k > 2;
      items.add(new int[] {k, end});
      k = end;
    }
    if (items.isEmpty() || items.size() == 1 && !twoInitials) {
      return i;
    }
    boolean nominativeSeen = false;
    boolean obliqueSeen = false;
    for (int[] item : items) {
      String base = language.decliningSurnameBase(t.key[item[0]]);
      nominativeSeen |= base != null && base.equals(t.key[item[0]]);
      obliqueSeen |= base != null && !base.equals(t.key[item[0]]);
    }
    for (int[] item : items) {
      addSurnameFirst(ctx, people, item[0], item[1], obliqueSeen && !nominativeSeen);
    }
    return k;
  }

  /**
   * The end of «Ковалева Ф. Н.,» at token {@code k}: a capitalised word no gazetteer knows, nothing but
   * spaces or a line break after it, then one or two capital initials each with its stop, the last
   * followed by a comma, a semicolon, a line break or the sentence's end; else {@code k}. The last item
   * of a run ({@code inRun}: items before it) with two initials may end where the sentence goes on in
   * lower case («…, Соколов А. Б., Морозов Е. Д. в ходе встречи …»).
   */
  private int initialsAfterSurnameEnd(Tokens t, int k, int to, boolean inRun) {
    if (k + 1 >= to || t.key[k + 1].length() != 1 || !isNameWord(t, k) || !whitespaceOnly(t, k + 1)
        || isKnownWord(t, k, to)) {
      return k;
    }
    int j = k + 1;
    while (j < to && j < k + 1 + INITIALS_AFTER_SURNAME && t.key[j].length() == 1 && t.isUpperCase(j)
        && !t.isNumber(j) && (j == k + 1 || t.gapHas(j, '.')) && stopAfter(t, j)) {
      j++;
    }
    if (j == k + 1) {
      return k;
    }
    if (inRun && j == k + 1 + INITIALS_AFTER_SURNAME && j < to && !t.isCapitalized(j) && !t.isNumber(j)
        && whitespaceOnlyAfterStop(t, j)) {
      return j;
    }
    return j >= to || t.gapHas(j, ',') || t.gapHas(j, ';') || t.gapHas(j, '\n') ? j : k;
  }

  /** Whether the gap before token {@code k} is a stop and one space or more («Д. в»). */
  private static boolean whitespaceOnlyAfterStop(Tokens t, int k) {
    int afterStop = t.end[k - 1] + 1;
    return afterStop < t.start[k] && stopAfter(t, k - 1) && blank(t.source, afterStop, t.start[k]);
  }

  /** Whether a stop follows token {@code k} right after it. */
  private static boolean stopAfter(Tokens t, int k) {
    return t.end[k] < t.source.length() && t.source.charAt(t.end[k]) == '.';
  }

  /** Whether the gap before token {@code k} holds only spaces and line breaks. */
  private static boolean whitespaceOnly(Tokens t, int k) {
    return blank(t.source, t.end[k - 1], t.start[k]);
  }

  /** Whether characters {@code [from, to)} of {@code text} are all white space (none is). */
  private static boolean blank(NormalizedText text, int from, int to) {
    for (int c = from; c < to; c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds «Ковалев Ф. Н.» for the surname at {@code from} and the initials after it up to {@code to}:
   * the surname in the nominative where {@code oblique}, the initials with their stops.
   */
  private void addSurnameFirst(Context ctx, Map<String, Person> people, int from, int to, boolean oblique) {
    Tokens t = ctx.tokens;
    String surname = t.surface(from);
    String base = oblique ? language.decliningSurnameBase(t.key[from]) : null;
    if (base != null) {
      surname = likeWritten(surname, t.key[from], base);
    }
    StringBuilder name = new StringBuilder(surname);
    StringBuilder key = new StringBuilder(base != null ? base : t.key[from]).append(' ');
    for (int k = from + 1; k < to; k++) {
      name.append(k == from + 1 || t.gapHas(k, ' ') ? " " : "").append(t.surface(k)).append('.');
      key.append(t.key[k]).append(' ');
    }
    // «Китовани Т. К., … Китовани Т.»: the surname with fewer initials is the one named before.
    String fuller = people.keySet().stream().filter(k -> k.startsWith(key.toString())).findFirst().orElse(key.toString());
    Person person = people.computeIfAbsent(fuller, x -> new Person(name.toString()));
    person.mentions.add(new Range(from, to));
    if (person.party == null) {
      person.party = listItemParty(t, from);
    }
    if (person.rule == null) {
      person.rule = "person:surname+initials";
    }
  }

  /**
   * «Григорий Сысоев/РИА Новости», «Baku, May 2 / Trend E. Huseynov /»: a name a slash joins on its
   * line to the word before or after it is a photographer's credit or a reporter's byline, not a
   * person the document names.
   */
  private static boolean slashBeside(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    int before = from == 0 ? 0 : t.end[from - 1];
    for (int k = t.start[from] - 1; k >= before && text.charAt(k) != '\n'; k--) {
      if (text.charAt(k) == '/') {
        return true;
      }
    }
    int after = to < t.size ? t.start[to] : text.length();
    for (int k = t.end[to - 1]; k < after && text.charAt(k) != '\n'; k++) {
      if (text.charAt(k) == '/') {
        return true;
      }
    }
    return false;
  }

  /** Most words that name the organ of a role's party between the party and a comma before the name. */
  private static final int ORGAN_WORDS = 2;

  /** Most words of a body, its party among them, between a role and the name after it. */
  private static final int BODY_REACH = 12;

  /**
   * «Директор Исполнительного комитета Региональной антитеррористической структуры (РАТС) ШОС Чжан
   * Синьфэн», «Director of the Executive Committee of the SCO Regional Structure (RATS) A.B.Ivanov»:
   * the body a role serves, named by words that open with a capital or a preposition of belonging,
   * never three in lower case in a row nor a punctuation break nor another role, with a party among
   * them (or known before them, when {@code partyKnown}) and a name of two words or more right after
   * the party or the body's bracketed short name. Returns {the last party's first token or -1, the
   * name's first token}, or null.
   */
  private int[] partyAcrossBody(Tokens t, int from, int to, boolean partyKnown) {
    if (!t.isCapitalized(from) && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[from])
        || t.gapBefore[from] != Tokens.GAP_SPACE) {
      return null;
    }
    int party = -1;
    int partyEnd = -1;
    int lower = 0;
    int k = from;
    while (k < to && k < from + BODY_REACH) {
      if (k > from && (t.gapHas(k, ',') || t.gapHas(k, ';') || t.gapHas(k, ':') || t.gapHas(k, '.')
          || t.gapHas(k, '\n') || lex.roles.longestAt(t, k, to) != null)) {
        return null;
      }
      if (k == partyEnd && namedAfterHonorifics(t, k, to)) {
        return new int[] {party, k};
      }
      int name = nameAt(t, k, to, true);
      if (name > k + 1) {
        // The name right after the party or a bracketed short name of the body; a name before them is the role's own.
        return (party >= 0 || partyKnown) && (k == partyEnd || t.gapHas(k, ')') || closesABody(t, k, name, to))
            ? new int[] {party, k} : null;
      }
      PhraseMatcher.Match<PartyInfo> p = t.isCapitalized(k) ? data.parties.longestAt(t, k, to) : null;
      if (p != null) {
        party = k;
        k = p.last;
        partyEnd = k;
        lower = 0;
        continue;
      }
      lower = t.isCapitalized(k) ? 0 : lower + 1;
      if (lower > 2) {
        return null;
      }
      k++;
    }
    return null;
  }

  /**
   * «… Российской Федерации генерал армии A B»: whether forms of address or a rank open at token
   * {@code k} and a name of two words or more follows them.
   */
  private boolean namedAfterHonorifics(Tokens t, int k, int to) {
    int named = afterHonorifics(t, k, to, true);
    return named > k && nameAt(t, named, to, true) > named + 1;
  }

  /**
   * «Director of the A Executive Committee B C»: whether the capitalised word before the name at
   * tokens {@code k} to {@code name} is the head word of a body's name (a committee, a commission),
   * which ends the body before the name. The name must open with a given name the lexicon knows or
   * an initial: other capitalised words there, or a word of them the lexicons know, name a second
   * body («… Centre Executive Office»).
   */
  private boolean closesABody(Tokens t, int k, int name, int to) {
    if (k < 1 || !t.isCapitalized(k - 1) || t.gapBefore[k] != Tokens.GAP_SPACE
        || !lex.givenNames.contains(t.key[k]) && t.key[k].length() > 1) {
      return false;
    }
    for (int w = k; w < name; w++) {
      if (isKnownWord(t, w, to)) {
        return false;
      }
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> head = lex.heads.longestAt(t, k - 1, to);
    return head != null && head.first == k - 1 && head.last == k;
  }

  /** Whether token {@code k} can be an initial: one letter, or one of the language's initials of more («Дж.»). */
  private boolean isInitial(Tokens t, int k) {
    return t.key[k].length() == 1 || words.is(WordClass.MULTI_LETTER_INITIAL, t.key[k]);
  }

  /** Most words of a name that a list gives with its state after a comma («Mario Rossi, of the Italian Republic;»). */
  private static final int APPOSED_STATE_NAME_WORDS = 3;

  /**
   * «The Presidents of the Member States, Ana Lima, of the Federative Republic of Brazil; Juan Pérez,
   * of …»: two or three capitalised words the gazetteers and lexicons do not know, none an adjective,
   * between list breaks, then a comma, «of», and a state that ends at a list break. Returns {the
   * name's end, the state's first token}, or null.
   */
  private int[] apposedState(Tokens t, int i, int to) {
    if (!isNameWord(t, i) || !ofAfterComma(t, i + 2, to) && !ofAfterComma(t, i + 3, to)) {
      return null;
    }
    if (i > 0 && !t.gapHas(i, ',') && !t.gapHas(i, ';') && !t.gapHas(i, '\n') && !words.is(WordClass.AND, t.key[i - 1])) {
      return null;
    }
    for (int end = i + 2; end <= i + APPOSED_STATE_NAME_WORDS && end + 2 < to; end++) {
      int k = end - 1;
      if (!isNameWord(t, k) || k > i && t.gapBefore[k] != Tokens.GAP_SPACE || language.isAdjective(t.key[k])
          || isKnownWord(t, k, to)) {
        return null;
      }
      if (!commaOnly(t, end) || !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[end])
          || language.isArticle(t.key[end])) {
        continue;
      }
      int q = end + 1;
      while (q < to && language.isArticle(t.key[q])) {
        q++;
      }
      PhraseMatcher.Match<PartyInfo> state = q < to && t.isCapitalized(q) ? data.parties.longestAt(t, q, to) : null;
      if (state != null && state.value.kind == PartyKind.STATE && !isKnownWord(t, i, to)
          && (state.last >= to || t.gapHas(state.last, ';') || t.gapHas(state.last, ',')
              || words.is(WordClass.AND, t.key[state.last]))) {
        return new int[] {end, q};
      }
      return null;
    }
    return null;
  }

  /** Whether token {@code end}, before {@code to} by two at least, is «of» after a comma alone, where {@link #apposedState} reads a state. */
  private boolean ofAfterComma(Tokens t, int end, int to) {
    return end + 2 < to && commaOnly(t, end) && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[end])
        && !language.isArticle(t.key[end]);
  }

  /** The id of the party named at token {@code q}, or null. */
  private String stateAt(Tokens t, int q, int to) {
    PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, q, to);
    return p == null ? null : p.value.id;
  }

  /**
   * A role at token {@code i} and what follows it: more roles, the parties they serve, then a name.
   * Returns the token to read on from.
   */
  private int withRole(Context ctx, PrefixLexicon.Hit<String> role, int i, int to, Map<String, Person> people) {
    Tokens t = ctx.tokens;
    int distributed = partiesThenTheirNames(ctx, people, role, i, to);
    if (distributed > role.last) {
      return distributed;
    }
    int roleStart = i;
    int roleEnd = role.last;
    List<String> roleNames = new ArrayList<>();
    roleNames.add(roleName(ctx, role));
    int j = role.last;
    String party = partyBefore(t, i);
    PhraseMatcher.Match<PartyInfo> inRole = party == null ? partyOpeningInRole(t, role, to) : null;
    if (inRole != null) {
      party = inRole.value.id;
      j = inRole.last;
    }
    boolean stateAfterLastRole = false;
    boolean glossed = false;
    while (j < to) {
      int glossEnd = j == roleEnd ? afterBracketedGloss(t, j, to) : j;
      if (glossEnd > j) {
        glossed = true;
        roleEnd = glossEnd;
        j = glossEnd;
        continue;
      }
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, j, to);
      if (p != null && t.isCapitalized(j)) {
        boolean isState = p.value.kind == PartyKind.STATE || p.value.kind == PartyKind.TERRITORY;
        if (party == null || (isState && !stateAfterLastRole)) {
          party = p.value.id;
          stateAfterLastRole = isState;
        }
        j = p.last;
        continue;
      }
      boolean and = words.is(WordClass.AND, t.key[j]);
      if (t.gapIs(j, ',') || and) {
        int k = and ? j + 1 : j;
        PrefixLexicon.Hit<String> more = k < to ? lex.roles.longestAt(t, k, to) : null;
        if (more != null) {
          roleNames.add(roleName(ctx, more));
          roleEnd = more.last;
          j = more.last;
          stateAfterLastRole = false;
          continue;
        }
      }
      // «Minister for Trade and Tourism Don Farrell»: a second portfolio joined by «and» to a role that
      // ends in its own is part of that role when a name of two words or more follows it («Minister of
      // Foreign Affairs and Foreign Trade;», «Minister of Health and Child Care of …» name no one).
      if (and && j == roleEnd && party == null && roleEnd - roleStart >= 3 && t.isCapitalized(roleEnd - 1)
          && j + 2 < to && t.isCapitalized(j + 1) && t.gapBefore[j + 1] == Tokens.GAP_SPACE
          && !isKnownWord(t, j + 1, to) && t.gapBefore[j + 2] == Tokens.GAP_SPACE && nameAt(t, j + 2, to, true) > j + 3) {
        roleEnd = j + 2;
        j = roleEnd;
        continue;
      }
      // «Australian Minister for Industry, Tourism and Resources, Mr A B», «Minister for Foreign Affairs, Trade &
      // Immigration of C, Hon. A B»: a portfolio that lists its fields runs on to the party or the name's
      // forms of address after it.
      int listEnd = j == roleEnd ? portfolioListEnd(t, roleStart, j, to) : j;
      if (listEnd > j) {
        roleEnd = listEnd;
        j = listEnd;
        continue;
      }
      // «Minister for Foreign Affairs & International Cooperation of A, B»: a portfolio joined by an ampersand
      // runs on to the preposition before the party; it names no one. A portfolio in lower case may follow the
      // role's party too («Комиссар Европейской комиссии по международному сотрудничеству A B»).
      int portfolioEnd = j == roleEnd && t.gapHas(j, '&') ? ampersandPortfolioEnd(t, j, to)
          : (j == roleEnd && party == null) || (j > roleEnd && party != null) ? lowerCasePortfolioBeforeName(t, j, to)
          : j;
      if (portfolioEnd == j && and && j == roleEnd && party == null) {
        portfolioEnd = joinedFieldsBeforeParty(t, j, to);
      }
      if (portfolioEnd > j) {
        roleEnd = portfolioEnd;
        j = portfolioEnd;
        continue;
      }
      int k = j;
      while (k < to && k < j + 2 && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])) {
        k++;
      }
      if (k > j && k < to) {
        PhraseMatcher.Match<PartyInfo> p2 = data.parties.longestAt(t, k, to);
        if (p2 != null) {
          if (party == null) {
            party = p2.value.id;
          }
          j = p2.last;
          continue;
        }
      }
      // «Speaker of the Lok Sabha A», «Председатель Государственной Думы A»: a body of one state that does
      // not name it, right after the role or its preposition, gives the role that state; a state named
      // after the body still wins («… Федерального собрания Швейцарии»).
      PrefixLexicon.Hit<String> seat = party == null && (k > j || j == roleEnd) && k < to && t.isCapitalized(k)
          ? lex.institutions.longestAt(t, k, to) : null;
      if (seat != null) {
        party = seat.entry.value;
        stateAfterLastRole = false;
        // «представитель Лок Сабха (Нижней палаты) Парламента Республики Индии», «депутат Государственной
        // Думы Федерального Собрания Российской Федерации»: the body's gloss and the body it belongs to,
        // named after it, are no one's name.
        j = afterBracketedGloss(t, seat.last, to);
        PhraseMatcher.Match<PartyInfo> within = j < to ? partyOfBody(t, j, to, true) : null;
        if (within != null) {
          party = within.value.id;
          stateAfterLastRole = within.value.kind == PartyKind.STATE;
          j = within.last;
        }
        continue;
      }
      // «Vice Premier of the State Council of China Li», «Председатель Меджлиса Туркменистана Сахат
      // Мурадов»; with no preposition before the body, none after it either, or the body would be
      // a name («Prime Minister Josaia Bainimarama of the Republic of Fiji»).
      // Only right after the role: after its party, capitalised words are the name.
      PhraseMatcher.Match<PartyInfo> ofBody = party == null && j == roleEnd && k < to ? partyOfBody(t, k, to, k > j) : null;
      if (ofBody != null && (k > j || t.gapBefore[j] == Tokens.GAP_SPACE || glossed)) {
        party = ofBody.value.id;
        stateAfterLastRole = ofBody.value.kind == PartyKind.STATE;
        j = ofBody.last;
        continue;
      }
      break;
    }
    if (party == null && j == roleEnd && j < to) {
      int[] across = partyAcrossBody(t, j, to, false);
      if (across != null) {
        party = stateAt(t, across[0], to);
        j = across[1];
      }
    }
    int afterParty = j;
    // «Executive Director of the Shanghai Cooperation Organisation Secretariat Daniyar Sultanov»: the
    // organ of the role's party, named right after it, stands between the party and the name.
    if (party != null && j > roleEnd && j < to && t.isCapitalized(j) && t.gapBefore[j] == Tokens.GAP_SPACE) {
      PrefixLexicon.Hit<List<Lexicons.Head>> organ = lex.heads.longestAt(t, j, to);
      if (organ != null && organ.first == j && organ.last < to && t.isCapitalized(organ.last - 1)
          && nameAt(t, organ.last, to, true) > organ.last) {
        j = organ.last;
      }
    }
    // «the Director General of the A Secretariat, Mr B C»: a word or two in capitals after the party
    // name its organ where a comma and a form of address open a name after them.
    if (party != null && j == afterParty && j > roleEnd) {
      int organEnd = j;
      while (organEnd < to && organEnd < j + ORGAN_WORDS && t.isCapitalized(organEnd)
          && t.gapBefore[organEnd] == Tokens.GAP_SPACE && !isHonorific(t, organEnd)
          && data.parties.longestAt(t, organEnd, to) == null && lex.roles.longestAt(t, organEnd, to) == null) {
        organEnd++;
      }
      if (organEnd > j && organEnd < to && t.gapIs(organEnd, ',') && isHonorific(t, organEnd)) {
        int named = afterHonorifics(t, organEnd, to, true);
        if (nameAt(t, named, to, true) >= named + 2) {
          j = organEnd;
        }
      }
    }
    // «the Prime Minister of Australia, the Hon Anthony Albanese»: an article before the forms of address.
    if (j + 1 < to && (t.gapHas(j, ',') || t.isCapitalized(j + 1)) && language.isArticle(t.key[j]) && isHonorific(t, j + 1)) {
      j++;
    }
    int addressed = j;
    j = afterHonorifics(t, j, to, true);
    // «Г-н A B Министр Республики Турция ⏎ Г-н C D Министр …»: in a list of one person a line, each name before its
    // role, a form of address that opens the next line, with no comma before it, opens the next person. Where the
    // role opens its own line («PRIME MINISTER OF AUSTRALIA ⏎ Mr R. J. L. Hawke», a signature block) or prose runs
    // on over the line's end («the Prime Minister of Ireland, ⏎ Mr Charles T. Haughey») the name is the role's.
    if (j > addressed && addressed > roleEnd && t.opensLine(addressed) && !t.gapHas(addressed, ',')
        && !t.opensLine(roleStart)) {
      return addressed;
    }
    if (j < to && j > 0 && t.gapHas(j, '/')) {
      return Math.max(i + 1, roleEnd);  // «Heads of State/Government»: a second role, no name
    }
    int nameEnd = runsOnToItsRole(ctx, j, nameAt(t, j, to, true), to);
    // «Director of the Executive Committee of the SCO Regional Structure (RATS) A.B.Ivanov»: the rest
    // of the body after its party, then the name.
    if (nameEnd <= j && party != null && j == afterParty && j < to && t.isCapitalized(j)) {
      int[] across = partyAcrossBody(t, j, to, true);
      if (across != null) {
        j = across[1];
        nameEnd = runsOnToItsRole(ctx, j, nameAt(t, j, to, true), to);
      }
    }
    // «…, министр иностранных дел Республики Казахстан; Игорь Кравец, …»: a semicolon closes the item, and
    // the name after it opens the next one.
    if (nameEnd > j && j > roleEnd && t.gapHas(j, ';')) {
      nameEnd = j;
    }
    // «Президент A ⇥ Председатель B ⏎ А.Иванян ⇥ Ли Минхуа»: in a block of columns the line before a
    // name's is the next column's; its column gives the name its role (signedInColumn).
    if (nameEnd > j && t.gapHas(j, '\n')
        && Columns.isCell(t.source, t.source.text().lastIndexOf('\n', t.start[j] - 1) + 1)) {
      nameEnd = j;
    }
    // «Heads of State, Government»: one word after a comma that closes the role is another noun;
    // «represented at Vice-president Level»: a role after «at» is a level, its next word no name.
    boolean oneWord = nameEnd == j + 1;
    // «… и Председателя Европейско» where the text breaks off: a word cut short, no name.
    if (oneWord && nameEnd == t.size && t.end[j] == ctx.text.length() && !t.gapHas(j, '\n')) {
      return Math.max(i + 1, roleEnd);
    }
    // «Ильхам Алиев, Президент Республики Азербайджан, Алмазбек Атамбаев, Президент …»: a role
    // between commas after a name is that name's; the name after it opens the next item.
    if (nameEnd > j && j > roleEnd - 1 && roleStart > 0 && t.gapHas(roleStart, ',') && t.gapHas(afterParty, ',')
        && isNameWord(t, roleStart - 1)) {
      return Math.max(i + 1, roleEnd);
    }
    if (oneWord && (j == roleEnd && t.gapHas(j, ',')
        || roleStart > 0 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[roleStart - 1]))) {
      return Math.max(i + 1, roleEnd);
    }
    // «обращаются к главам государств Содружества»: one word after a role in the plural is what they
    // head, no one's name; names after it come as a list («Prime Ministers Albanese and Modi»).
    if (oneWord && language.namesAKindInThePlural(roleHead(t, roleStart, roleEnd))
        && !(nameEnd < to && words.is(WordClass.AND, t.key[nameEnd]))) {
      return Math.max(i + 1, roleEnd);
    }
    // «the Chair of Australian Studies»: one word right after a party named by its adjective is the
    // noun that adjective qualifies, not a name.
    if (oneWord && j == afterParty && j > roleEnd && language.isAdjective(t.key[j - 1])) {
      PhraseMatcher.Match<PartyInfo> adjective = data.parties.longestAt(t, j - 1, to);
      if (adjective != null && adjective.last == j) {
        return Math.max(i + 1, roleEnd);
      }
    }
    // «представители Баренцева регионального совета»: one word, then an adjective and a noun in lower
    // case, is the adjective that opens a body's name, not a surname.
    if (oneWord && nameEnd + 1 < to && t.gapBefore[nameEnd] == Tokens.GAP_SPACE && t.gapBefore[nameEnd + 1] == Tokens.GAP_SPACE
        && !t.isCapitalized(nameEnd) && !t.isCapitalized(nameEnd + 1) && language.isAdjective(t.key[nameEnd])
        && !words.is(WordClass.FUNCTION_WORD, t.key[nameEnd + 1])) {
      return Math.max(i + 1, roleEnd);
    }
    // «H.E. Mr A B, President of C ⏎ H.E. Mr D E, President of F»: a role and party apposed to the
    // name before them are that name's when the name after them has its own role and party after a
    // comma (the list's line breaks may be gone); the name after them opens the next item.
    if (nameEnd > j && afterParty > roleEnd && roleStart > 0 && t.gapIs(roleStart, ',') && isNameWord(t, roleStart - 1)
        && roleAfterNameBefore(people, roleStart)) {
      String[] own = partyAfterName(ctx, nameEnd, to);
      // On a line of its own, an item that opens with a name and a comma and a role is one even
      // where no party ends that role («H.E. A B, Senior Minister, Secretary General of …»).
      if (own[1] != null && (own[0] != null || t.gapHas(afterParty, '\n'))) {
        return afterParty;
      }
    }
    // «H.E. A B, Senior Minister, Secretary General of the Presidency of C ⏎ H.E. D E, Ambassador of F»
    // (the list's line breaks may be gone): a role and party a word or two after a name and its comma
    // are that name's; a name after forms of address, with its own role after a comma, opens the
    // next item.
    // («E.Rakhmon»: an initial that is also a form of address opens a name, not an item.)
    if (nameEnd > j && afterParty > roleEnd && j > afterParty + (t.key[afterParty].length() == 1 ? 1 : 0)
        && partyAfterName(ctx, nameEnd, to)[1] != null
        && nameWithCommaBefore(people, t, roleStart)) {
      return afterParty;
    }
    // «встречи министров иностранных дел «Центральная Азия – Китай»», "ministers of the "Central
    // Asia + Japan" Dialogue": a quote opened after the role and not closed before the capitalised
    // words makes them the name of a format or a title, no one's name.
    if (nameEnd > j && quoteOpenBetween(ctx.text.text(), t.end[roleEnd - 1], t.start[j])) {
      return Math.max(i + 1, roleEnd);
    }
    if (nameEnd > j) {
      String represented = stateRepresented(t, nameEnd, to);
      if (represented != null) {
        party = represented;
      }
      if (party == null) {
        party = partyAfterName(ctx, nameEnd, to)[0];
      }
      if (party == null) {
        party = partyWithin(t, roleStart, roleEnd);
      }
      addAfterRole(ctx, people, j, nameEnd, roleHead(t, roleStart, roleEnd), party,
          String.join(", ", roleNames), ROLE_BEFORE_NAME);
      int listed = afterPartiesAndNames(ctx, people, roleStart, roleEnd, nameEnd, to, String.join(", ", roleNames));
      if (listed > nameEnd) {
        return listed;
      }
      // «Prime Ministers Julia Gillard and John Key»: a role in the plural is held by the name after «and» too.
      if (nameEnd + 1 < to && words.is(WordClass.AND, t.key[nameEnd]) && afterParty == roleEnd
          && (language.namesAKindInThePlural(roleHead(t, roleStart, roleEnd)) || language.namesAKindInThePlural(t.key[roleEnd - 1]))) {
        int second = nameAt(t, nameEnd + 1, to, true);
        if (second > nameEnd + 1) {
          addAfterRole(ctx, people, nameEnd + 1, second, roleHead(t, roleStart, roleEnd),
              partyAfterName(ctx, second, to)[0], String.join(", ", roleNames), ROLE_BEFORE_NAME);
          return second;
        }
      }
      return nameEnd;
    }
    if (party != null && roleNames.size() == 1) {
      ctx.partyOfUnnamedRole.merge(roleNames.get(0), party, (a, b) -> a.equals(b) ? a : "");
    }
    return Math.max(i + 1, roleEnd);
  }

  /**
   * «The Presidents of the Federative Republic of Brazil, Ana Lima; of the Republic of Paraguay, Juan
   * Pérez; of …»: after the first name, a role in the plural is held by each name the list gives
   * after a break, a preposition of belonging, the party and a comma. Returns the end of the last
   * name added, or {@code nameEnd} when the list gives none.
   */
  private int afterPartiesAndNames(Context ctx, Map<String, Person> people, int roleStart, int roleEnd, int nameEnd,
      int to, String role) {
    Tokens t = ctx.tokens;
    if (!language.namesAKindInThePlural(roleHead(t, roleStart, roleEnd))) {
      return nameEnd;
    }
    int end = nameEnd;
    while (end + 3 < to && (t.gapHas(end, ';') || t.gapHas(end, ',')) && !t.gapHas(end, '\n')
        && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[end]) && !language.isArticle(t.key[end])) {
      int q = end + 1;
      while (q < to && language.isArticle(t.key[q])) {
        q++;
      }
      PhraseMatcher.Match<PartyInfo> party = q < to && t.isCapitalized(q) ? data.parties.longestAt(t, q, to) : null;
      if (party == null || party.last >= to || !t.gapHas(party.last, ',') || t.gapHas(party.last, '\n')) {
        break;
      }
      int name = afterHonorifics(t, party.last, to);
      int next = nameAt(t, name, to, true);
      if (next <= name) {
        break;
      }
      addAfterRole(ctx, people, name, next, roleHead(t, roleStart, roleEnd), party.value.id, role,
          ROLE_BEFORE_NAME);
      end = next;
    }
    return end;
  }

  /**
   * Whether the text from {@code from} to {@code to} opens a quote it does not close (the Normalizer
   * makes every quote {@code "}): an odd number of quotes, the last one before a word.
   */
  private static boolean quoteOpenBetween(String text, int from, int to) {
    int quotes = 0;
    int last = -1;
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '"') {
        quotes++;
        last = k;
      }
    }
    return quotes % 2 == 1 && last + 1 < text.length() && !Character.isWhitespace(text.charAt(last + 1));
  }

  /** Most words between a list item's party and the name it introduces («Lesotho: The Right Honourable Prime Minister»). */
  private static final int LIST_ITEM_WORDS = 7;

  /**
   * «Zambia: President Rupiah Banda», «* Kenya: H.E. Ms Jane Doe, Minister …»: the party that opens
   * a list item, a colon after it, for the name at token {@code from} a few capitalised words of
   * address and role after it; null when no such item holds the name.
   */
  private String listItemParty(Tokens t, int from) {
    for (int k = from - 1; k >= Math.max(0, from - LIST_ITEM_WORDS); k--) {
      // «Botswana H.E. Sir A B ⏎ Malawi Hon. C D, Minister …»: a party that opens its line, then
      // forms of address and nothing else before the name.
      if (k + 1 < from && afterHonorifics(t, k + 1, from) == from) {
        String opening = partyOpeningLineBefore(t, k + 1);
        if (opening != null) {
          return opening;
        }
      }
      if (t.gapHas(k + 1, ':')) {
        for (int s = k; s >= Math.max(0, k - 4); s--) {
          PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, s, k + 1);
          if (p != null && p.last == k + 1 && t.isCapitalized(s) && (s == 0 || t.gapBefore[s] == Tokens.GAP_HARD)) {
            return p.value.id;
          }
        }
        return null;
      }
      if (k + 1 < from && (t.gapHas(k + 1, '\n') || t.gapHas(k + 1, ',') || t.gapHas(k + 1, ';'))
          || !t.isCapitalized(k) && !isHonorific(t, k)) {
        return null;
      }
    }
    return null;
  }

  /** The id of the party that opens a line and ends right before token {@code end}, or null. */
  private String partyOpeningLineBefore(Tokens t, int end) {
    for (int s = end - 1; s >= Math.max(0, end - 5); s--) {
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, s, end);
      if (p != null && p.last == end && t.isCapitalized(s) && (s == 0 || t.gapHas(s, '\n'))) {
        return p.value.id;
      }
      if (t.gapHas(s, '\n')) {
        return null;
      }
    }
    return null;
  }

  /**
   * The role after «Сапардурди Тоилиев, заместитель Премьер-министра …»: two capitalised words the
   * gazetteers and lexicons do not know, neither an adjective, then a comma and a role. The role
   * vouches for a name whose given name no list holds. Null when the words are not so followed.
   */
  private PrefixLexicon.Hit<String> apposedRole(Tokens t, int i, int to) {
    int surname = i + 1;
    if (!isNameWord(t, i) || !isNameWord(t, surname) || t.gapBefore[surname] != Tokens.GAP_SPACE
        || !t.gapIs(surname + 1, ',') || isKnownWord(t, i, to) || isKnownWord(t, surname, to)
        || language.isAdjective(t.key[i]) || language.isAdjective(t.key[surname])) {
      return null;
    }
    PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, surname + 1, to);
    return role != null && !notARole(t, role) ? role : null;
  }

  /**
   * Whether a role the lexicon finds is no title before a name: its last word a body
   * ({@link #endsInABody}), or its first word the noun of the office («в период председательства
   * Кореи», where «председател» opens «председательства»).
   */
  private boolean notARole(Tokens t, PrefixLexicon.Hit<String> role) {
    return endsInABody(t, role) || language.namesTheOffice(t.key[role.first], bareLength(role.entry.prefixes[0]));
  }

  /**
   * Whether a role's last word is better read as a body the head lexicon names by a longer prefix:
   * «Исполнительный секретариат Содружества» is an organ («секретариат»), not «исполнительный
   * секретарь» followed by a name.
   */
  private boolean endsInABody(Tokens t, PrefixLexicon.Hit<String> role) {
    int k = role.last - 1;
    PrefixLexicon.Hit<java.util.List<Lexicons.Head>> body = lex.heads.longestAt(t, k, k + 1);
    if (body == null || body.first != k) {
      return false;
    }
    String[] roleWords = role.entry.prefixes;
    String[] bodyWords = body.entry.prefixes;
    return bareLength(bodyWords[bodyWords.length - 1]) > bareLength(roleWords[roleWords.length - 1]);
  }

  /** The length of a lexicon's word prefix without the stop that makes it a whole word («commission.»). */
  private static int bareLength(String prefix) {
    return prefix.endsWith(".") ? prefix.length() - 1 : prefix.length();
  }

  /** Most particles a name runs on over after its surname («… bin Saud Al Nahyan»). */
  private static final int TAIL_PARTICLES = 2;
  /** Most capitalised words after the first that a particle's part of a name runs on over («bin Tun Haji Abdul Razak»). */
  private static final int AFTER_PARTICLE_WORDS = 3;

  /**
   * The end of a person's name starting at token {@code i}, or {@code i} when there is none; a name
   * runs on over a particle and the capitalised words after it («Khalid bin Saud Al Nahyan», «Tamim
   * bin Hamad Al-Thani», «Najib bin Tun Haji Abdul Razak», «Antonio de Aguiar Patriota»): the
   * father's names and the family's belong to the name, and name no one else.
   */
  private int nameAt(Tokens t, int i, int to, boolean afterRole) {
    int end = nameCoreAt(t, i, to, afterRole);
    if (end - 2 > i && words.is(WordClass.NAME_PARTICLE, t.key[end - 2])) {
      end = afterParticleWords(t, end, to);
    }
    for (int n = 0; end > i && n < TAIL_PARTICLES && end + 1 < to && words.is(WordClass.NAME_PARTICLE, t.key[end])
        && (t.gapBefore[end] == Tokens.GAP_SPACE) && (t.gapBefore[end + 1] == Tokens.GAP_SPACE || t.hyphenAfter[end])
        && isNameWord(t, end + 1) && !isKnownWord(t, end + 1, to); n++) {
      end = afterParticleWords(t, end + 2, to);
    }
    return end;
  }

  /**
   * The end of the capitalised words, {@value #AFTER_PARTICLE_WORDS} at most, that run on from {@code
   * end} after a particle and the word after it; none known to the gazetteers, none a particle (the
   * next part of the name opens there: «bin Rashid Al-Zayani»), none a word after which a name names
   * a thing («Airport»).
   */
  private int afterParticleWords(Tokens t, int end, int to) {
    for (int w = 0; w < AFTER_PARTICLE_WORDS && end < to && t.gapBefore[end] == Tokens.GAP_SPACE
        && isNameWord(t, end) && !isKnownWord(t, end, to) && !words.is(WordClass.NAME_PARTICLE, t.key[end])
        && lex.eponyms.longestAt(t, end, to) == null; w++) {
      end++;
    }
    return end;
  }

  private int nameCoreAt(Tokens t, int i, int to, boolean afterRole) {
    // «President von der Leyen»: after a role, a surname may open with its lower-case particles.
    if (afterRole && i < to && !t.isCapitalized(i)) {
      int surname = skipParticles(t, i, to);
      return surname > i && isNameWord(t, surname) && !isKnownWord(t, surname, to) ? surname + 1 : i;
    }
    if (i >= to || !t.isCapitalized(i) || t.isNumber(i)) {
      return i;
    }
    // «Mr. MOTEGI Toshimitsu»: after a role or a form of address, a surname in capitals before the given name.
    if (afterRole && t.isUpperCase(i) && t.key[i].length() > 2 && i + 1 < to && t.gapBefore[i + 1] == Tokens.GAP_SPACE
        && isNameWord(t, i + 1) && !isKnownWord(t, i, to) && !isKnownWord(t, i + 1, to)
        && t.key[i].chars().allMatch(Character::isLetter)) {
      return i + 2;
    }
    // «THE PRIME MINISTER, MR HAWKE, AND …»: right after a form of address, a surname alone in capitals
    // that ends the name's item.
    if (afterRole && i > 0 && isHonorific(t, i - 1) && t.isUpperCase(i) && t.key[i].length() > 2
        && t.key[i].chars().allMatch(Character::isLetter) && (i + 1 >= to || t.gapHas(i + 1, ',') || t.gapHas(i + 1, '\n'))
        && !isKnownWord(t, i, to)) {
      return i + 1;
    }
    String key = t.key[i];
    // «Hon A J Nicholson»: after a form of address, initials written without stops before the surname.
    if (afterRole && i > 0 && isHonorific(t, i - 1) && key.length() == 1 && t.isUpperCase(i)
        && t.gapBefore[i] == Tokens.GAP_SPACE) {
      int j = i + 1;
      while (j < to && j < i + 3 && t.key[j].length() == 1 && t.isUpperCase(j) && t.gapBefore[j] == Tokens.GAP_SPACE) {
        j++;
      }
      if (j > i + 1 && j < to && t.gapBefore[j] == Tokens.GAP_SPACE && isNameWord(t, j) && !isKnownWord(t, j, to)) {
        return j + 1;
      }
    }
    if (key.length() == 1 && (i == 0 || t.gapBefore[i] == Tokens.GAP_HARD) && "ivx".indexOf(key.charAt(0)) >= 0
        && i + 1 < to && t.gapHas(i + 1, '.') && skipMiddleInitial(t, i + 1, to) == i + 1) {
      return i;  // «I. Strategic Partnership»: a section's Roman number, no initial («I.M. Otieno» has two)
    }
    if (isInitial(t, i) && i + 1 < to && t.gapHas(i + 1, '.') && data.parties.longestAt(t, i, to) == null) {
      int j = i + 1;
      // «В.В.Путин», «К.-Ж.К.Токаев»: up to two more initials before the surname.
      for (int n = 0; n < 2 && j < to && isInitial(t, j) && t.isCapitalized(j) && j + 1 < to && t.gapHas(j + 1, '.'); n++) {
        j++;
      }
      // «Н. В Подгорный»: the last initial typed without its stop, before a surname the gazetteers do not know.
      if (j + 1 < to && t.key[j].length() == 1 && t.isUpperCase(j) && t.gapBefore[j + 1] == Tokens.GAP_SPACE
          && isNameWord(t, j + 1) && !isKnownWord(t, j + 1, to)) {
        j++;
      }
      // «World War I. On behalf of …»: a letter and a stop before a preposition is no initial.
      // «Шойгу С. К., Ковалева Ф. Н.»: initials a comma closes end the surname before them and open no other.
      if (!(j < to && (isNameWord(t, j) || isSignedInCapitals(t, j, to, afterRole)) && !words.is(WordClass.FUNCTION_WORD, t.key[j])
          && !words.is(WordClass.NAME_PREPOSITION, t.key[j]) && !t.gapHas(j, ',') && !t.gapHas(j, ';'))) {
        return i;
      }
      // «А. Перспективы и задачи …», «Б. Экономическое сотрудничество»: a letter and a stop opening a line
      // before a word the language knows only as a common noun or adjective number a section, no name
      // («В. Путин провёл …» is one).
      if (j == i + 1 && (i == 0 || t.gapHas(i, '\n')) && language.onlyCommonWord(t.key[j])) {
        return i;
      }
      // «А.Ф.Ас-Сиси», «Т.Ф.Аль-Рабиа»: a surname of two parts joined by a hyphen.
      return t.hyphenAfter[j] && j + 1 < to && isNameWord(t, j + 1) ? j + 2 : j + 1;
    }
    if (afterRole && lex.surnamesBeforeSyllables.contains(key) && i + 1 < to
        && t.gapBefore[i + 1] == Tokens.GAP_SPACE && isNameWord(t, i + 1) && !isKnownSyllable(t, i + 1, to)) {
      return syllablesEnd(t, i + 1, to);
    }
    if (lex.chineseSurnames.contains(key) && (key.length() > 1 || afterRole) && i + 1 < to
        && t.gapBefore[i + 1] == Tokens.GAP_SPACE && t.isCapitalized(i + 1)
        && (!t.isUpperCase(i + 1) || t.isUpperCase(i) && isSignedInCapitals(t, i + 1, to, afterRole))
        || lex.chineseSurnames.contains(key) && i + 1 < to && t.key[i + 1].length() == 1
        && t.isCapitalized(i + 1) && t.gapBefore[i + 1] == Tokens.GAP_SPACE) {
      // «Sultan and Yang Di-Pertuan of Brunei»: a word joined by a hyphen to a capitalised word longer
      // than a syllable is a title's, no given name («Kim Dae-Jung» has one).
      if (isKnownSyllable(t, i + 1, to) || t.hyphenAfter[i + 1] && i + 2 < to && t.isCapitalized(i + 2)
          && t.key[i + 2].length() > SYLLABLE_LETTERS) {
        return i;
      }
      return i + 2;
    }
    int firstGiven = givenNameEnd(t, i, to);
    // «HERNANI A. BRAGANZA» signed in capitals: a word in capitals before a middle initial and a surname
    // that ends the line is a given name the lexicon lacks.
    if (firstGiven == i && t.isUpperCase(i) && t.key[i].length() > 1 && t.key[i].chars().allMatch(Character::isLetter)
        && i + 2 < to && t.gapBefore[i + 1] == Tokens.GAP_SPACE && skipMiddleInitial(t, i + 1, to) == i + 2
        && isSignedInCapitals(t, i + 2, to, afterRole) && !isKnownWord(t, i, to)) {
      firstGiven = i + 1;
    }
    int given = skipParticles(t, skipMiddleInitial(t, firstGiven, to), to);
    // «President Andrés Manuel López Obrador»: after a role, two given names, then the surname.
    if (afterRole && given > i && given + 1 < to && givenNameEnd(t, given, to) == given + 1
        && t.gapBefore[given] == Tokens.GAP_SPACE && t.gapBefore[given + 1] == Tokens.GAP_SPACE
        && isNameWord(t, given + 1) && !isKnownWord(t, given + 1, to)) {
      given++;
    }
    // «JOSE MARIA SISON» signed in capitals: two given names, then the surname that ends the line.
    if (t.isUpperCase(i) && given > i && given + 1 < to && t.isUpperCase(given) && givenNameEnd(t, given, to) == given + 1
        && t.gapBefore[given] == Tokens.GAP_SPACE && t.gapBefore[given + 1] == Tokens.GAP_SPACE
        && isSignedInCapitals(t, given + 1, to, afterRole)) {
      given++;
    }
    if (given > i && given < to && (isNameWord(t, given) || t.isUpperCase(i) && isSignedInCapitals(t, given, to, afterRole)
        || capitalSurnameAfterGivenName(t, i, firstGiven, given, to))
        && (t.gapBefore[given] == Tokens.GAP_SPACE || t.gapHas(given, '.'))
        && (!isKnownWord(t, given, to) || citySurname(t, i, given, to))) {
      int end = given + 1;
      if (t.hyphenAfter[given] && end < to && isNameWord(t, end)) {
        end++;
      }
      // «Ильхам Гейдар оглы Алиев», «Артур Таир оглы»: the father's name and the word that makes it a
      // patronymic («оглы», «кызы», «улы»), then the surname where one follows.
      if (end == given + 1 && end < to && isPatronymicWord(t, end)) {
        int after = end + 1;
        return after < to && isNameWord(t, after) && t.gapBefore[after] == Tokens.GAP_SPACE
            && !isKnownWord(t, after, to) ? after + 1 : after;
      }
      // «Владимир Владимирович Путин»: the given name's patronymic, then the surname.
      if (end == given + 1 && end < to && isPatronymic(t.key[given]) && isNameWord(t, end)
          && t.gapBefore[end] == Tokens.GAP_SPACE && !isPatronymic(t.key[end]) && !isKnownWord(t, end, to)) {
        return end + 1;
      }
      if (end < to && isNameWord(t, end) && t.gapBefore[end] == Tokens.GAP_SPACE && isPatronymic(t.key[end])) {
        int swap = end + 1;
        return swap < to && isNameWord(t, swap) && t.gapBefore[swap] == Tokens.GAP_SPACE
            && !isKnownWord(t, swap, to) ? swap + 1 : end + 1;
      }
      // «Dr. Mohamed Ibn Chambas», «Mr. Ahmed Aboul Gheit»: after a role or a form of address, a third
      // capitalised word the gazetteers do not know ends the name, as it does one of unknown given names.
      if (afterRole && end == given + 1 && end < to && isNameWord(t, end) && t.gapBefore[end] == Tokens.GAP_SPACE
          && !isKnownWord(t, end, to) && !words.is(WordClass.NAME_PARTICLE, t.key[end])
          && (end + 1 >= to || !isNameWord(t, end + 1) || t.gapBefore[end + 1] != Tokens.GAP_SPACE)
          || afterRole && end == given + 1 && end < to && isSurnameInCapitals(t, end, to)) {
        return end + 1;
      }
      // «… represented by Esteban Morales Vega, Ambassador to …»: without a role before it, a third
      // capitalised word is the name's when a comma and a role follow it.
      if (!afterRole && end == given + 1 && apposedRole(t, given, to) != null) {
        return end + 1;
      }
      return end;
    }
    if (afterRole && isNameWord(t, i) && !isKnownWord(t, i, to)) {
      int surname = skipMiddleInitial(t, skipParticles(t, i + 1, to), to);
      if (surname < to && isSurnameInCapitals(t, surname, to)) {
        return surname + 1;
      }
      if (surname < to && isNameWord(t, surname) && (spaceInName(t, surname) || surname > i + 1)
          && !isKnownWord(t, surname, to)) {
        int end = surname + 1;
        // «Director of the SCO Regional Anti-Terrorist Structure»: capitalised words that run on
        // over a hyphen to a further capitalised word name a body; «Ngozi Okonjo-Iweala» ends there.
        if (t.hyphenAfter[surname] && end < to && t.isCapitalized(end)) {
          if (end + 1 < to && t.isCapitalized(end + 1) && t.gapBefore[end + 1] == Tokens.GAP_SPACE) {
            return i;
          }
          return isNameWord(t, end) ? end + 1 : end;
        }
        return end < to && (isNameWord(t, end) && spaceInName(t, end) && !isKnownWord(t, end, to)
            && !words.is(WordClass.NAME_PARTICLE, t.key[end]) || isSurnameInCapitals(t, end, to)) ? end + 1 : end;
      }
      // «King Abdullah II», «Король … Абдалла II»: a monarch's one name and his regnal number.
      if (i + 1 < to && isRegnalNumber(t, i + 1)) {
        return i + 2;
      }
      if (i + 1 == to || !t.isCapitalized(i + 1) || t.gapBefore[i + 1] == Tokens.GAP_HARD) {
        return i + 1;
      }
    }
    return i;
  }

  /**
   * «H. E. Mr. Macky SALL, President of …», «Mr. John Dramani MAHAMA⏎»: after a role or a form of
   * address and the given names, a surname in capitals (three letters or more, no word the
   * gazetteers or lexicons know) that ends the name's item, before a comma or a line's end.
   */
  private boolean isSurnameInCapitals(Tokens t, int k, int to) {
    return t.isUpperCase(k) && t.key[k].length() > 2 && !t.isNumber(k) && t.gapBefore[k] == Tokens.GAP_SPACE
        && t.key[k].chars().allMatch(Character::isLetter)
        && (k + 1 >= to || t.gapHas(k + 1, ',') || t.gapHas(k + 1, '\n')) && !isKnownWord(t, k, to);
  }

  /**
   * «Синдзо АБЭ посетил …», «министр Сергей ЛАВРОВ»: a given name the lexicon knows, written in lower case after its
   * capital, right before a word in capitals ({@value #CAPITAL_SURNAME_MIN_LETTERS} letters or more, letters only,
   * no word the gazetteers or lexicons know, as an abbreviation of a body or a state is) that is the surname.
   */
  private boolean capitalSurnameAfterGivenName(Tokens t, int i, int firstGiven, int surname, int to) {
    return firstGiven == i + 1 && surname == firstGiven && !t.isUpperCase(i) && t.isUpperCase(surname)
        && t.gapBefore[surname] == Tokens.GAP_SPACE && t.key[surname].length() >= CAPITAL_SURNAME_MIN_LETTERS
        && !t.isNumber(surname) && lettersOnly(t.key[surname]) && !isKnownWord(t, surname, to);
  }

  /** Fewest letters of a surname written in capitals after a given name («АБЭ»): fewer make an abbreviation. */
  private static final int CAPITAL_SURNAME_MIN_LETTERS = 3;

  /** Whether a person's name ends, with a comma after it, one or two words before the role at {@code roleStart}. */
  private static boolean nameWithCommaBefore(Map<String, Person> people, Tokens t, int roleStart) {
    for (Person person : people.values()) {
      for (Range mention : person.mentions) {
        if (mention.end() <= roleStart && mention.end() >= roleStart - 2 && t.gapHas(mention.end(), ',')) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the name that ends at token {@code end} took its role from after it («H.E. Mr A B,
   * President of C»): a list whose items open with a name, not one whose items open with a role
   * («President of A B, President of C D»).
   */
  private static boolean roleAfterNameBefore(Map<String, Person> people, int end) {
    for (Person person : people.values()) {
      for (Range mention : person.mentions) {
        if (mention.end() == end) {
          return person.role != null && !ROLE_BEFORE_NAME.equals(person.rule);
        }
      }
    }
    return false;
  }

  /** Most capitalised words a name runs on over to the role after it. */
  private static final int RUN_ON_WORDS = 2;

  /**
   * «H.E. Mr Rock Marc Christian Kabore, President of Burkina Faso»: after a role or a form of
   * address, a name of more words than its shape allows runs on over the capitalised words no
   * gazetteer knows to the comma and role that follow it on its line. Returns the name's end,
   * {@code end} when it does not run on so.
   */
  private int runsOnToItsRole(Context ctx, int start, int end, int to) {
    Tokens t = ctx.tokens;
    if (end <= start) {
      return end;
    }
    int k = end;
    while (k < to && k < end + RUN_ON_WORDS && isNameWord(t, k) && t.gapBefore[k] == Tokens.GAP_SPACE
        && !isKnownWord(t, k, to)) {
      // «Akufo-Addo»: a surname of two parts joined by a hyphen is one word.
      k += t.hyphenAfter[k] && k + 1 < to && isNameWord(t, k + 1) ? 2 : 1;
    }
    return k > end && k < to && t.gapIs(k, ',') && partyAfterName(ctx, k, to)[1] != null ? k : end;
  }

  /**
   * What follows a name: {party, role} from «… of the Republic of Kazakhstan» or «…, President of
   * the Republic of Indonesia» (or «…, Президент Республики Казахстан», the party right after the
   * role), after the forms of address that may close a name («Jr.», «MP»); nulls when nothing does.
   */
  private String[] partyAfterName(Context ctx, int end, int to) {
    Tokens t = ctx.tokens;
    String represented = stateRepresented(t, end, to);
    if (represented != null) {
      return new String[] {represented, null};
    }
    int k = afterNameSuffixes(t, end, to);
    boolean comma = k < to && (commaOnly(t, k) || spacedDashOnly(t, k));
    int p = k;
    while (p < to && p < k + 2 && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[p])) {
      p++;
    }
    if (p > k && p < to && !comma && !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[k])) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, p, to);
      if (party == null) {
        party = partyOfBody(t, p, to, true);
      }
      if (party != null && t.isCapitalized(p)) {
        return new String[] {party.value.id, null};
      }
    }
    if (!comma || p >= to) {
      return new String[2];
    }
    PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, p, to);
    if (role == null) {
      // «A B, the IGAD Special Envoy for South Sudan», «A B, the European Union Special Envoy for …»: a
      // party right before the apposed role is the role's
      PhraseMatcher.Match<PartyInfo> owner = t.isCapitalized(p) ? data.parties.longestAt(t, p, to) : null;
      PrefixLexicon.Hit<String> owned = owner != null && owner.last < to && t.gapBefore[owner.last] == Tokens.GAP_SPACE
          ? lex.roles.longestAt(t, owner.last, to) : null;
      // («Prime Minister A B, New Zealand Prime Minister C D»: a name right after the role opens the next item.)
      if (owned != null && !notARole(t, owned) && !opensTheNextItem(t, owned, to)
          && nameAt(t, owned.last, to, true) == owned.last) {
        return new String[] {owner.value.id, roleName(ctx, owned)};
      }
      // «Ana Lima, of the Federative Republic of Brazil; …»: a list's state after the name.
      PhraseMatcher.Match<PartyInfo> state = p > k && t.isCapitalized(p) ? data.parties.longestAt(t, p, to) : null;
      boolean listed = state != null && state.value.kind == PartyKind.STATE && (state.last >= to
          || t.gapHas(state.last, ';') || t.gapHas(state.last, ',') || words.is(WordClass.AND, t.key[state.last]));
      return new String[] {listed ? state.value.id : null, null};
    }
    if (opensTheNextItem(t, role, to)) {
      return new String[2];
    }
    String party = partyOfRole(ctx, p, role, to);
    if (party == null) {
      party = partyOfNextRole(ctx, role.last, to);
    }
    return new String[] {party, roleName(ctx, role)};
  }

  /**
   * «Г-н Ресеп Тайип Эрдоган Премьер-министр Республики Турция»: in a list of those present, where a form of address
   * opens each item, the role may follow the name a space apart, with no comma, capitalised; {party, role} of such a
   * role when it names its party, else null.
   */
  private String[] roleSpacedAfterName(Context ctx, int end, int to) {
    Tokens t = ctx.tokens;
    if (end >= to || t.gapBefore[end] != Tokens.GAP_SPACE || !t.isCapitalized(end)) {
      return null;
    }
    PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, end, to);
    if (role == null || notARole(t, role) || opensTheNextItem(t, role, to)) {
      return null;
    }
    String party = partyOfRole(ctx, end, role, to);
    return party == null ? null : new String[] {party, roleName(ctx, role)};
  }

  /**
   * «Андрей Иванов, Премьер-министр Литвы Пётр Смирнов, Президент Чехии …»: a role after a name's comma
   * whose party a name follows a space apart (no comma, no form of address between) is that name's own;
   * the list's items open with their roles, and the name before the comma takes neither role nor party.
   */
  private boolean opensTheNextItem(Tokens t, PrefixLexicon.Hit<String> role, int to) {
    int q = role.last;
    while (q < to && q < role.last + 2 && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[q])) {
      q++;
    }
    PhraseMatcher.Match<PartyInfo> party = q < to && t.isCapitalized(q) ? data.parties.longestAt(t, q, to) : null;
    if (party == null || party.last >= to || t.gapBefore[party.last] != Tokens.GAP_SPACE || isHonorific(t, party.last)) {
      return false;
    }
    return nameAt(t, party.last, to, true) >= party.last + 2;
  }

  /**
   * «A, член Политбюро ЦК КПК, министр иностранных дел Китайской Народной Республики»: where the
   * first role after a name gives no party, the party of the next role in the apposition, after the
   * comma that closes the first within a body's reach; null when there is none.
   */
  private String partyOfNextRole(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to && k <= from + BODY_REACH; k++) {
      if (t.gapBefore[k] == Tokens.GAP_SPACE) {
        continue;
      }
      if (!commaOnly(t, k)) {
        return null;
      }
      PrefixLexicon.Hit<String> next = lex.roles.longestAt(t, k, to);
      if (next == null) {
        return null;
      }
      return partyOfRole(ctx, k, next, to);
    }
    return null;
  }

  /**
   * The party of a role at token {@code p}: before it («Kazakhstan's Foreign Minister»), right after
   * it or its joint offices («министр … Республики Казахстан»), across the body it heads, or after its
   * portfolio; null when none.
   */
  private String partyOfRole(Context ctx, int p, PrefixLexicon.Hit<String> role, int to) {
    Tokens t = ctx.tokens;
    String party = partyBefore(t, p);
    PhraseMatcher.Match<PartyInfo> inRole = party == null ? partyOpeningInRole(t, role, to) : null;
    if (inRole != null) {
      return inRole.value.id;
    }
    int q = party == null ? afterBracketedGloss(t, jointOfficesEnd(t, role.last, to), to) : role.last;
    int officesEnd = q;
    while (party == null && q < to && q < officesEnd + 2 && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[q])) {
      q++;
    }
    if (party == null && q < to && (q > officesEnd || t.isCapitalized(q)) && !sentTo(t, p, officesEnd, q)) {
      PhraseMatcher.Match<PartyInfo> after = data.parties.longestAt(t, q, to);
      if (after == null) {
        // «…, Спикер Великого Национального Собрания Турции»: the body the role heads, then its state.
        after = partyOfBody(t, q, to, q > role.last);
      }
      party = after != null ? after.value.id : null;
    }
    if (party == null) {
      party = partyAfterPortfolio(t, role.first, officesEnd, to);
    }
    return party;
  }

  /**
   * «Председателя Комиссии Европейских сообществ Романо Проди»: a party whose name opens with the
   * role's last word, capitalised, and runs on past the role (the role «председатель комиссии» took
   * the head of «Комиссия Европейских сообществ»); null where none does.
   */
  private PhraseMatcher.Match<PartyInfo> partyOpeningInRole(Tokens t, PrefixLexicon.Hit<String> role, int to) {
    int last = role.last - 1;
    if (last <= role.first || !t.isCapitalized(last) || role.last >= to) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, last, to);
    return party != null && party.first == last && party.last > role.last ? party : null;
  }

  /** Most words of a gloss in brackets after a role («(Парламента)», «(нижней палаты)»). */
  private static final int GLOSS_WORDS = 3;

  /**
   * «Председатель Олий Мажлиса (Парламента) Республики Узбекистан», «председатель Сената Олий Мажлиса
   * /Верховное собрание/ Республики Узбекистан»: where a bracket or a slash opens at token {@code k} and
   * closes within {@link #GLOSS_WORDS} words, the token after it, where the role's party may stand; else
   * {@code k}.
   */
  private static int afterBracketedGloss(Tokens t, int k, int to) {
    char closes = k >= to ? 0 : t.gapHas(k, '(') ? ')' : t.gapHas(k, '/') ? '/' : 0;
    if (closes == 0) {
      return k;
    }
    for (int w = k + 1; w < to && w <= k + GLOSS_WORDS; w++) {
      if (t.gapHas(w, closes)) {
        return t.gapHas(w, '(') ? k : w;
      }
      if (t.gapBefore[w] != Tokens.GAP_SPACE) {
        return k;
      }
    }
    return k;
  }

  /** Most words of a portfolio (capitalised words and the «and» that join them) between an office and its party. */
  private static final int PORTFOLIO_RUN_WORDS = 8;

  /**
   * «…, Minister of Economy, Trade and Industry of Japan», «…, Cabinet Secretary for Foreign and Diaspora
   * Affairs of the Republic of Kenya»: the party after a portfolio that opens with a preposition at token
   * {@code from}, right after the office, and runs over capitalised words joined by spaces, commas,
   * ampersands and «and» — none a party, role or form of address — to a preposition of belonging and
   * the party; null when the words after the office are not so. An office that holds the opening of its
   * portfolio («Minister of Economy», from token {@code office}) runs on over it from token {@code from}.
   */
  private String partyAfterPortfolio(Tokens t, int office, int from, int to) {
    if (from + 1 >= to) {
      return null;
    }
    boolean openedInOffice = false;
    for (int k = office + 1; k + 1 < from && !openedInOffice; k++) {
      openedInOffice = words.is(WordClass.NAME_PREPOSITION, t.key[k]) && t.isCapitalized(k + 1);
    }
    if (!openedInOffice && (t.gapBefore[from] != Tokens.GAP_SPACE || !words.is(WordClass.NAME_PREPOSITION, t.key[from]))) {
      return null;
    }
    int capitalised = openedInOffice ? 1 : 0;
    int k = openedInOffice ? from : from + 1;
    while (k < to && k <= from + PORTFOLIO_RUN_WORDS) {
      boolean joined = t.gapBefore[k] == Tokens.GAP_SPACE
          || capitalised > 0 && (t.gapIs(k, ',') || t.gapIs(k, '&'));
      if (!joined) {
        return null;
      }
      boolean belonging = words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])
          && !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[k]);
      if (capitalised > 0 && belonging) {
        break;
      }
      if (capitalised > 0 && words.is(WordClass.AND, t.key[k])) {
        k++;
        continue;
      }
      if (!t.isCapitalized(k) || t.isNumber(k) || data.parties.longestAt(t, k, to) != null
          || words.is(WordClass.HONORIFIC, t.key[k]) || lex.roles.longestAt(t, k, to) != null) {
        return null;
      }
      capitalised++;
      k++;
    }
    int p = k;
    while (p < to && p < k + 2 && t.gapBefore[p] == Tokens.GAP_SPACE && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[p])
        && !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[p])) {
      p++;
    }
    PhraseMatcher.Match<PartyInfo> party = p > k && p < to && t.isCapitalized(p) ? data.parties.longestAt(t, p, to) : null;
    return party != null ? party.value.id : null;
  }

  /**
   * Whether the words from {@code officesEnd} to {@code q} lead from an envoy's title (opening at
   * {@code role}) to the state the envoy is sent to, not the one served: «High Commissioner in
   * Australia», «Ambassador to France».
   */
  private boolean sentTo(Tokens t, int role, int officesEnd, int q) {
    if (q == officesEnd || !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[officesEnd])) {
      return false;
    }
    for (int k = role; k < officesEnd; k++) {
      if (words.startsWithAny(WordClass.ENVOY_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the capitalised words of a portfolio, {@link #JOINED_PORTFOLIO_WORDS} at most, that open at
   * token {@code j} after an ampersand and stand right before a preposition of belonging; else {@code j}.
   */
  private int ampersandPortfolioEnd(Tokens t, int j, int to) {
    int w = j;
    while (w < to && w < j + JOINED_PORTFOLIO_WORDS && t.isCapitalized(w) && (w == j || t.gapBefore[w] == Tokens.GAP_SPACE)
        && data.parties.longestAt(t, w, to) == null) {
      w++;
    }
    return w > j && w < to && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[w]) ? w : j;
  }

  /** Most fields a portfolio lists after its role («Industry, Tourism and Resources»). */
  private static final int PORTFOLIO_FIELDS = 5;

  /**
   * «Minister for Industry, Tourism and Resources», «Minister for Foreign Affairs, Trade & Immigration»: the
   * end of the fields a portfolio lists from token {@code j}, right after a role opening at {@code role} —
   * after «for»/«of» or, where the role ends in a field of its own, after a comma, «and» or «&» — each of one or two
   * capitalised words that no gazetteer knows, the last joined by «and» or «&». The list counts only
   * where the role's party follows it after a preposition, or a comma and the forms of address of a
   * name; else {@code j}.
   */
  private int portfolioListEnd(Tokens t, int role, int j, int to) {
    int k;
    boolean last;
    if (words.is(WordClass.NAME_PREPOSITION, t.key[j]) && t.gapBefore[j] == Tokens.GAP_SPACE) {
      k = j + 1;
      last = false;
    } else if (j - 1 > role && t.isCapitalized(j - 1) && (t.gapIs(j, ',') || t.gapHas(j, '&') && !t.gapHas(j, '\n'))) {
      k = j;
      last = t.gapHas(j, '&');
    } else if (j - 1 > role && t.isCapitalized(j - 1) && words.is(WordClass.AND, t.key[j]) && t.gapBefore[j] == Tokens.GAP_SPACE) {
      k = j + 1;
      last = true;
    } else {
      return j;
    }
    for (int n = 0; n < PORTFOLIO_FIELDS && k < to; n++) {
      int e = k;
      while (e < to && e < k + 2 && isPortfolioWord(t, e, to) && (e == k || t.gapBefore[e] == Tokens.GAP_SPACE)) {
        e++;
      }
      if (e == k || e >= to) {
        return j;
      }
      if (last) {
        return fieldsEndTheRole(t, e, to) ? e : j;
      }
      if (t.gapHas(e, '&') && !t.gapHas(e, '\n')) {
        k = e;
        last = true;
      } else if (words.is(WordClass.AND, t.key[e]) && t.gapBefore[e] == Tokens.GAP_SPACE) {
        k = e + 1;
        last = true;
      } else if (t.gapIs(e, ',')) {
        k = e;
      } else {
        return j;
      }
    }
    return j;
  }

  /** A capitalised word of a portfolio's field: no party, role, form of address, given name or number. */
  private boolean isPortfolioWord(Tokens t, int e, int to) {
    return t.isCapitalized(e) && !t.isNumber(e) && data.parties.longestAt(t, e, to) == null
        && lex.roles.longestAt(t, e, to) == null && !isHonorific(t, e) && !lex.givenNames.contains(t.key[e]);
  }

  /**
   * Whether the fields of a portfolio that end at token {@code e} end its role: a preposition of
   * belonging and a party follow, or a comma and forms of address (after an article: «, the Hon A B»).
   */
  private boolean fieldsEndTheRole(Tokens t, int e, int to) {
    if (e + 1 < to && t.gapBefore[e] == Tokens.GAP_SPACE && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[e])
        && !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[e])) {
      int p = language.isArticle(t.key[e + 1]) ? e + 2 : e + 1;
      return p < to && t.isCapitalized(p) && data.parties.longestAt(t, p, to) != null;
    }
    if (!t.gapIs(e, ',')) {
      return false;
    }
    int h = language.isArticle(t.key[e]) && e + 1 < to ? e + 1 : e;
    return isHonorific(t, h);
  }

  /** Most offices joined by «and» after the first that a role runs on over to its party. */
  private static final int JOINT_OFFICES = 2;
  /** Most capitalised words of a portfolio joined by «and» to an office («… Foreign Affairs and International Cooperation»). */
  private static final int JOINED_PORTFOLIO_WORDS = 2;

  /**
   * «…, Deputy Prime Minister and Minister for Foreign Affairs of A», «…, Senior Minister and Minister of
   * Foreign Affairs and Cooperation of A»: where the role ending at token {@code end} is joined by «and» to
   * another office, or to the rest of its portfolio (capitalised words, then a preposition of belonging),
   * the end of the last of them, whose party is the person's; else {@code end}. An office after a spaced
   * dash is joined so too («Государственный секретарь – министр иностранных дел A»).
   */
  private int jointOfficesEnd(Tokens t, int end, int to) {
    int k = end;
    if (k < to && spacedDashOnly(t, k)) {
      PrefixLexicon.Hit<String> joined = lex.roles.longestAt(t, k, to);
      if (joined != null && joined.first == k) {
        k = joined.last;
      }
    }
    for (int n = 0; n < JOINT_OFFICES && k + 1 < to && words.is(WordClass.AND, t.key[k]) && t.isCapitalized(k + 1); n++) {
      PrefixLexicon.Hit<String> next = lex.roles.longestAt(t, k + 1, to);
      if (next != null && next.first == k + 1) {
        k = next.last;
        continue;
      }
      int w = k + 1;
      while (w < to && w < k + 1 + JOINED_PORTFOLIO_WORDS && t.isCapitalized(w) && t.gapBefore[w] == Tokens.GAP_SPACE
          && data.parties.longestAt(t, w, to) == null) {
        w++;
      }
      if (w >= to || w == k + 1 || !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[w])) {
        break;
      }
      k = w;
    }
    return k;
  }

  /**
   * «Ursula von der Leyen»: the token after the lower-case particles between a given name and the
   * surname, when a capitalised word follows them; else {@code i}.
   */
  private int skipParticles(Tokens t, int i, int to) {
    int k = i;
    while (k < to && k < i + 3 && !t.isCapitalized(k) && (t.gapBefore[k] == Tokens.GAP_SPACE || k == i && afterAnInitial(t, k))
        && words.is(WordClass.NAME_PARTICLE, t.key[k])) {
      k++;
    }
    return k > i && k < to && t.isCapitalized(k) && t.gapBefore[k] == Tokens.GAP_SPACE ? k : i;
  }

  /** The most capitalised words of a body between a role or name and the party it belongs to. */
  private static final int BODY_WORDS = 3;

  /**
   * The party of a body named at token {@code i}: «Меджлиса Туркменистана», «Олий Мажлиса Республики
   * Узбекистан», «State Council of the People's Republic of China», «Government of French
   * Polynesia» — up to {@link #BODY_WORDS} capitalised words that are no party, role or part of a
   * name the lexicons know, then the party,
   * directly or, when {@code prepositions}, after a preposition of belonging; null when the words
   * are not so followed (then they may be the name itself).
   */
  private PhraseMatcher.Match<PartyInfo> partyOfBody(Tokens t, int i, int to, boolean prepositions) {
    int k = bodyWordsEnd(t, i, to, false);
    // «Председателем Государственного Совета и Совета Министров Республики Куба»: two bodies joined by
    // «и»; inside the second, a title's word («Министров») is part of its name.
    if (k > i && k + 1 < to && words.is(WordClass.AND, t.key[k]) && t.gapBefore[k] == Tokens.GAP_SPACE
        && t.gapBefore[k + 1] == Tokens.GAP_SPACE) {
      int second = bodyWordsEnd(t, k + 1, to, true);
      if (second > k + 1) {
        k = second;
      }
    }
    if (k == i || k >= to || t.gapBefore[k] != Tokens.GAP_SPACE) {
      return null;
    }
    int p = k;
    while (prepositions && p < to && p < k + 2 && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[p])
        && !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[p])) {
      p++;
    }
    PhraseMatcher.Match<PartyInfo> party = p < to ? data.parties.longestAt(t, p, to) : null;
    return party != null && t.isCapitalized(p) ? party : null;
  }

  /**
   * The end of the capitalised words of a body from token {@code i}: at most {@link #BODY_WORDS},
   * none a party, honorific or known name, nor a role (after the first word too unless {@code
   * rolesInside}).
   */
  private int bodyWordsEnd(Tokens t, int i, int to, boolean rolesInside) {
    int k = i;
    while (k < to && k < i + BODY_WORDS && t.isCapitalized(k) && !t.isNumber(k)
        && (k == i || t.gapBefore[k] == Tokens.GAP_SPACE) && data.parties.longestAt(t, k, to) == null
        && !words.is(WordClass.HONORIFIC, t.key[k]) && !words.is(WordClass.NAME_SUFFIX, t.key[k])
        && (rolesInside && k > i || lex.roles.longestAt(t, k, to) == null)
        && !lex.givenNames.contains(t.key[k]) && !lex.givenNames.contains(deinflect(t.key[k]))
        && !lex.chineseSurnames.contains(t.key[k])) {
      k++;
    }
    return k;
  }

  /** Whether token {@code k} is a regnal number after a name: a Roman numeral in capitals («II», «IV»). */
  private static boolean isRegnalNumber(Tokens t, int k) {
    return t.gapBefore[k] == Tokens.GAP_SPACE && t.isUpperCase(k) && NameExtent.romanValue(t.surface(k)) > 0;
  }

  /** Whether the gap before token {@code k} is one comma and white space («Bainimarama,⏎Prime Minister»). */
  private static boolean commaOnly(Tokens t, int k) {
    if (t.gapBefore[k] == Tokens.GAP_SPACE) {
      return false;
    }
    int commas = 0;
    for (int c = t.end[k - 1]; c < t.start[k]; c++) {
      char ch = t.source.charAt(c);
      if (ch == ',') {
        commas++;
      } else if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return commas == 1;
  }

  /**
   * Whether the gap before token {@code k} is one dash with white space on both sides, which sets a
   * role after a name as a comma does in a list of those present («А. Б. Петров — министр …»).
   */
  private static boolean spacedDashOnly(Tokens t, int k) {
    if (t.gapBefore[k] == Tokens.GAP_SPACE) {
      return false;
    }
    int from = t.end[k - 1];
    int to = t.start[k];
    if (to - from < 3 || !Character.isWhitespace(t.source.charAt(from)) || !Character.isWhitespace(t.source.charAt(to - 1))) {
      return false;
    }
    int dashes = 0;
    for (int c = from; c < to; c++) {
      char ch = t.source.charAt(c);
      if (Character.getType(ch) == Character.DASH_PUNCTUATION) {
        dashes++;
      } else if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return dashes == 1;
  }

  /**
   * Whether only a space, or a space and an apostrophe written onto the word, comes before token
   * {@code k}: «Siaosi ‘Ofakivahafolau Sovaleni» spells a glottal stop so.
   */
  private static boolean spaceInName(Tokens t, int k) {
    if (t.gapBefore[k] == Tokens.GAP_SPACE) {
      return true;
    }
    int from = t.end[k - 1];
    return t.start[k] - from == 2 && t.source.charAt(from) == ' ' && t.source.charAt(from + 1) == '\'';
  }

  /** Most syllables of a given name written apart after its surname («Nguyen Thi Kim Ngan»). */
  private static final int GIVEN_SYLLABLES = 3;
  /** Most letters of one syllable of a given name written apart («Loong», «Yeol»). */
  private static final int SYLLABLE_LETTERS = 5;

  /**
   * The end of a given name of syllables that starts at token {@code first}, after a surname that
   * comes first: the syllables joined by a hyphen («Moon Jae-in», «Tsai Ing-wen») or written apart,
   * each capitalised and short («Yoon Suk Yeol», «Lee Hsien Loong», «Nguyen Xuan Phuc»).
   */
  private int syllablesEnd(Tokens t, int first, int to) {
    int end = first + 1;
    if (t.hyphenAfter[first] && end < to && !t.isNumber(end)) {
      return end + 1;
    }
    while (end - first < GIVEN_SYLLABLES && end < to && t.gapBefore[end] == Tokens.GAP_SPACE
        && isNameWord(t, end) && t.key[end].length() <= language.syllableLetters() && !isKnownSyllable(t, end, to)) {
      end++;
    }
    return end;
  }

  /** «Albert F. del Rosario»: whether token {@code k} follows a capital initial and its stop. */
  private static boolean afterAnInitial(Tokens t, int k) {
    return k > 0 && t.key[k - 1].length() == 1 && t.isCapitalized(k - 1) && t.gapHas(k, '.');
  }

  /** «Joseph R. Biden»: the token after a middle initial, else {@code i}. */

  private static int skipMiddleInitial(Tokens t, int i, int to) {
    return i + 1 < to && t.key[i].length() == 1 && t.isCapitalized(i) && t.gapHas(i + 1, '.') ? i + 1 : i;
  }

  /** The token after the honorifics at {@code i} («Mr», «H.E. Dr.», «Shri»), else {@code i}. */
  private int afterHonorifics(Tokens t, int i, int to) {
    return afterHonorifics(t, i, to, false);
  }

  /** The token after the forms that may close a name at {@code end} («Jr.», «MP», «H.E.» of a signature), else {@code end}. */
  private int afterNameSuffixes(Tokens t, int end, int to) {
    int k = end;
    while (k < to && k < end + 4 && t.isCapitalized(k)
        && (words.is(WordClass.HONORIFIC, t.key[k]) || words.is(WordClass.NAME_SUFFIX, t.key[k]))) {
      k++;
    }
    return k;
  }

  /**
   * The token after the honorifics at {@code i}; after a role they may be in lower case, as Russian
   * writes them («Президента Азербайджанской Республики господина Ильхама Алиева»). Without a role
   * only a capitalised one opens them, so that «his» or «her» never opens a name; the ones after it
   * may be in lower case («Его Превосходительства доктора Ахмеда …»).
   */
  private int afterHonorifics(Tokens t, int i, int to, boolean afterRole) {
    int k = i;
    // «г-н», «г-жа»: a contracted form of address opens a name in lower case too.
    k = language.contractedAddressEnd(t, k, to);
    while (k < to && k < i + 4 && (afterRole || k > i || t.isCapitalized(k)) && isHonorific(t, k)) {
      // «Mr. E. R. Smith»: a form of address of one letter counts only beside another («H.E.»); alone
      // it is the name's initial.
      boolean pairOpens = t.key[k].length() == 1 && k + 1 < to && t.key[k + 1].length() == 1 && isHonorific(t, k + 1);
      if (t.key[k].length() == 1 && !pairOpens && !(k > 0 && t.key[k - 1].length() == 1 && isHonorific(t, k - 1))) {
        break;
      }
      k += pairOpens ? 2 : 1;
      // «Rt. Hon'ble Ram …»: a form of address contracted with an apostrophe ends in its lower-case tail.
      if (k + 1 < to && !t.isCapitalized(k) && t.key[k].length() <= CONTRACTED_TAIL
          && (t.gapHas(k, '\'') || t.gapHas(k, '\u2019')) && t.isCapitalized(k + 1)) {
        k++;
      }
      // «Dr. the Rt. Honourable Keith …»: an article between two forms of address.
      if (k + 1 < to && language.isArticle(t.key[k]) && t.isCapitalized(k + 1) && isHonorific(t, k + 1)) {
        k++;
      }
    }
    return k;
  }

  /** Longest lower-case tail of a form of address contracted with an apostrophe («ble» of «Hon'ble»). */
  private static final int CONTRACTED_TAIL = 3;

  /** Longest form of address written as its initials run together («HE» for «H.E.»). */
  private static final int JOINED_INITIALS = 3;

  /**
   * Whether token {@code k} is a form of address: one the lexicon lists, or its initials written in
   * capitals without stops («HE Dr Hassan …» for «H.E.»), each initial an honorific of one letter.
   */
  private boolean isHonorific(Tokens t, int k) {
    String key = t.key[k];
    if (words.is(WordClass.HONORIFIC, t, k)) {
      return true;
    }
    // «генерал армии»: the noun that closes a rank is part of it.
    if (k > 0 && words.is(WordClass.RANK_COMPLEMENT, key) && words.is(WordClass.HONORIFIC, t.key[k - 1])) {
      return true;
    }
    if (key.length() < 2 || key.length() > JOINED_INITIALS || !t.isUpperCase(k)) {
      return false;
    }
    for (int c = 0; c < key.length(); c++) {
      if (!words.is(WordClass.HONORIFIC, key.substring(c, c + 1))) {
        return false;
      }
    }
    return true;
  }

  /** The party a role names inside itself («President of the European Council»), or the state of a body of one state it names («Speaker of the Lok Sabha»), or null. */
  private String partyWithin(Tokens t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!t.isCapitalized(k)) {
        continue;
      }
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, to);
      if (p != null) {
        return p.value.id;
      }
      // «председатель Великого государственного хурала», «Председатель Мажилиса»: a role the lexicon
      // writes with the body of one state it heads serves that state.
      PrefixLexicon.Hit<String> seat = lex.institutions.longestAt(t, k, to);
      if (seat != null) {
        return seat.entry.value;
      }
    }
    return null;
  }

  /** The party named right before a role («Australian Minister for Trade», «Indian Prime Minister»), or null. */
  private String partyBefore(Tokens t, int role) {
    // «India's Prime Minister»: a party's possessive before the role.
    if (role >= 2 && t.key[role - 1].equals("s") && t.gapIs(role - 1, '\'')) {
      for (int k = role - 2; k >= Math.max(0, role - 5); k--) {
        PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, role - 1);
        if (p != null && p.last == role - 1 && t.isCapitalized(k)) {
          return p.value.id;
        }
        if (t.gapBefore[k] == Tokens.GAP_HARD) {
          break;
        }
      }
    }
    for (int k = role - 1; k >= Math.max(0, role - 3); k--) {
      // «U.S. Secretary of State»: the stop after a letter of an abbreviation is no break before the role.
      if (t.gapBefore[k + 1] == Tokens.GAP_HARD && !(t.gapIs(k + 1, '.') && t.key[k].length() == 1)) {
        return null;
      }
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, role);
      if (p != null && p.last == role && t.isCapitalized(k)) {
        // «President Mark Brown of Cook Islands Prime Minister Josaia …» (a signature block run
        // together): a party after «of» completes the name before it, not the role after it.
        // «The Malaysian Prime Minister»: an article alone before the party is no «of»; «of the Kyrgyz
        // Republic President …» is.
        int of = k > 1 && language.isArticle(t.key[k - 1]) && t.gapBefore[k - 1] != Tokens.GAP_HARD ? k - 2 : k - 1;
        boolean ofTheNameBefore = of >= 0 && t.gapBefore[k] != Tokens.GAP_HARD
            && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[of]) && !language.isArticle(t.key[of]);
        return ofTheNameBefore ? null : p.value.id;
      }
    }
    String seat = seatBefore(t, role);
    return seat != null ? seat : partyBeforePortfolio(t, role);
  }

  /**
   * «White House Senior Advisor A», «Kremlin spokesman A»: the state of a body or seat of one state
   * (institutions.tsv) whose name ends right before the role, in the same sentence; or null.
   */
  private String seatBefore(Tokens t, int role) {
    for (int k = role - 1; k >= Math.max(0, role - 3); k--) {
      if (t.gapBefore[k + 1] == Tokens.GAP_HARD) {
        return null;
      }
      PrefixLexicon.Hit<String> seat = t.isCapitalized(k) ? lex.institutions.longestAt(t, k, role) : null;
      if (seat != null && seat.last == role) {
        return seat.entry.value;
      }
    }
    return null;
  }

  /** Most capitalised words of a portfolio between a party's adjective and the role («Chilean Mining Minister»). */
  private static final int PORTFOLIO_WORDS = 2;

  /**
   * «the Chilean Mining Minister», «the Indian Commerce Minister»: a state's adjective, then one or two
   * capitalised words that name the portfolio, then the role; the adjective gives the role its party.
   */
  private String partyBeforePortfolio(Tokens t, int role) {
    int end = role;
    while (end > 1 && role - end < PORTFOLIO_WORDS && t.gapBefore[end] == Tokens.GAP_SPACE && isNameWord(t, end - 1)
        && !language.isAdjective(t.key[end - 1]) && data.parties.longestAt(t, end - 1, role) == null) {
      end--;
    }
    if (end == role || t.gapBefore[end] != Tokens.GAP_SPACE) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, end - 1, end);
    return p != null && p.value.kind == PartyKind.STATE && t.isCapitalized(end - 1) && language.isAdjective(t.key[end - 1])
        ? p.value.id : null;
  }

  private int givenNameEnd(Tokens t, int i, int to) {
    if (t.hyphenAfter[i] && i + 1 < to) {
      String joined = t.key[i] + "-" + t.key[i + 1];
      if (lex.givenNames.contains(joined) || lex.givenNames.contains(deinflect(joined))) {
        return i + 2;
      }
    }
    String key = t.key[i];
    return lex.givenNames.contains(key) || lex.givenNames.contains(deinflect(key)) ? i + 1 : i;
  }

  /** Whether token {@code k} is a word of its own, in lower case, that marks a Turkic patronymic («оглы», «кызы»). */
  private boolean isPatronymicWord(Tokens t, int k) {
    return t.gapBefore[k] == Tokens.GAP_SPACE && !t.isCapitalized(k) && lex.patronymicSuffixes.contains(t.key[k]);
  }

  private boolean isPatronymic(String key) {
    for (String suffix : lex.patronymicSuffixes) {
      if (language.endsWithNameForm(key, suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «В.ПУТИН», «СИ ЦЗИНЬПИН», «ВЛАДИМИР ПУТИН» under a signature: a surname in capitals (three
   * letters or more, no word the gazetteers or lexicons know) that ends its line, after a role, on a
   * line a role opens («Председатель Совета Ассамблеи Е.С.СТРОЕВ»), or with a role beside it among the
   * last words of the text or in the block of short lines that closes it. Elsewhere a word in capitals
   * is a heading's («А. ОБЩИЕ ПОЛОЖЕНИЯ») or an acronym.
   */
  private boolean isSignedInCapitals(Tokens t, int i, int to, boolean afterRole) {
    return t.isUpperCase(i) && t.key[i].length() > 2 && !t.isNumber(i)
        && (i + 1 >= t.size || t.opensLine(i + 1))
        && !isKnownWord(t, i, to) && (afterRole || roleOpensTheLine(t, i)
            || roleBeside(t, i) && (t.size - i <= SIGNATURE_TAIL || inClosingLines(t, i)));
  }

  /** Whether a role opens the line of token {@code i}, before it («Председатель Совета Ассамблеи Е.С.СТРОЕВ»). */
  private boolean roleOpensTheLine(Tokens t, int i) {
    String s = t.source.text();
    int first = t.firstAtOrAfter(s.lastIndexOf('\n', t.start[i] - 1) + 1);
    PrefixLexicon.Hit<String> role = first < i ? lex.roles.longestAt(t, first, i) : null;
    return role != null && role.first == first;
  }

  /** Most words of a line beside a signature whose role follows other words («GPH Panel Chairperson»). */
  private static final int ROLE_LINE_WORDS = 5;
  /** Most lines of the block of signatures that closes a text. */
  private static final int CLOSING_LINES = 24;
  /** Most words of a line of a signature block: a name, a role and its party. */
  private static final int CLOSING_LINE_WORDS = 12;

  /**
   * Whether the line of token {@code i} opens a block of signatures that closes the text: at most
   * {@value #CLOSING_LINES} lines to its end, each of {@value #CLOSING_LINE_WORDS} words at most and none a
   * sentence that ends in a stop (names, roles, «Witnessed by:»).
   */
  private boolean inClosingLines(Tokens t, int i) {
    int lines = 0;
    int lineWords = 0;
    for (int k = i; k < t.size; k++) {
      if (k > i && t.gapHas(k, '\n')) {
        if (++lines > CLOSING_LINES || t.gapHas(k, '.')) {
          return false;
        }
        lineWords = 0;
      }
      if (++lineWords > CLOSING_LINE_WORDS) {
        return false;
      }
    }
    String s = t.source.text();
    for (int c = t.end[t.size - 1]; c < s.length(); c++) {
      if (s.charAt(c) == '.') {
        return false;
      }
    }
    return true;
  }


  /**
   * Whether a role opens one of the two lines above the line of token {@code i} or the line below
   * it (blank lines left out), or stands anywhere on such a line of {@value #ROLE_LINE_WORDS} words at
   * most, or, in a block of columns, one of those cells of its column: the shape of a signature
   * («Президент ⏎ Республики Армения ⏎ А.ИВАНЯН», "LUIS JALANDONI ⏎ NDFP Panel Chairperson").
   */
  private boolean roleBeside(Tokens t, int i) {
    String s = t.source.text();
    int lineStart = s.lastIndexOf('\n', t.start[i] - 1) + 1;
    boolean cell = Columns.isCell(t.source, lineStart);
    for (int direction = -1; direction <= 1; direction += 2) {
      int at = lineStart;
      for (int n = 0; n < (direction < 0 ? 2 : 1); n++) {
        int[] line = cell ? Columns.cellBeside(t.source, at, direction) : lineBeside(s, at, direction);
        if (line == null) {
          break;
        }
        int first = t.firstAtOrAfter(line[0]);
        int last = t.firstAtOrAfter(line[1]);
        // «NDFP Panel Chairperson», «Incoming Presidential Adviser»: on a short line the role may follow its body's words.
        for (int k = first; k < last && (k == first || last - first <= ROLE_LINE_WORDS); k++) {
          PrefixLexicon.Hit<String> role = lex.roles.longestAt(t, k, last);
          if (role != null && role.first == k) {
            return true;
          }
        }
        at = line[0];
      }
    }
    return false;
  }

  /** The line above ({@code -1}) or below ({@code +1}) the line that starts at {@code lineStart}, blank lines left out: {start, end}, or null. */
  private static int[] lineBeside(String s, int lineStart, int direction) {
    int start = lineStart;
    while (true) {
      if (direction < 0) {
        if (start == 0) {
          return null;
        }
        start = s.lastIndexOf('\n', start - 2) + 1;
      } else {
        int end = s.indexOf('\n', start);
        if (end < 0) {
          return null;
        }
        start = end + 1;
      }
      int end = s.indexOf('\n', start);
      end = end < 0 ? s.length() : end;
      if (!s.substring(start, end).isBlank()) {
        return new int[] {start, end};
      }
      if (direction > 0 && end == s.length()) {
        return null;
      }
    }
  }

  private static boolean isNameWord(Tokens t, int i) {
    return t.isCapitalized(i) && !t.isUpperCase(i) && !t.isNumber(i) && t.key[i].length() > 1 && !isGlued(t, i);
  }

  /** Fewest lower-case letters before a capital inside a word that make it two words run together. */
  private static final int GLUED_LOWER_RUN = 4;

  /**
   * «МакронаСовместное», where a site ran a name into the heading after it: a capital inside a word
   * after {@value #GLUED_LOWER_RUN} lower-case letters or more in a row. The capitals inside names
   * follow one to three letters («McDonald», «MacArthur», «DeSantis»).
   */
  private static boolean isGlued(Tokens t, int i) {
    int lower = 0;
    for (int k = t.start[i] + 1; k < t.end[i]; k++) {
      char c = t.source.charAt(k);
      if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isUpperCase(c) && lower >= GLUED_LOWER_RUN) {
        return true;
      } else {
        lower = 0;
      }
    }
    return false;
  }

  /** A word the gazetteers know as a party, a group of parties («Member States»), a body of one state («Lok Sabha»), a city or a month is no name. */
  private boolean isKnownWord(Tokens t, int i, int to) {
    return isKnownWordButACity(t, i, to) || data.cities.longestAt(t, i, to) != null;
  }

  /**
   * «President Ricardo Lagos Escobar»: a surname that a city also bears, right after a given name the
   * lexicon knows (a space between, no stop: «… John Smith. Lagos, 3 May» ends the name), where no
   * other gazetteer or lexicon knows the word.
   */
  private boolean citySurname(Tokens t, int i, int surname, int to) {
    return givenNameEnd(t, i, to) == surname && t.gapBefore[surname] == Tokens.GAP_SPACE
        && data.cities.longestAt(t, surname, to) != null && !isKnownWordButACity(t, surname, to);
  }

  /** {@link #isKnownWord} with the cities left out. */
  private boolean isKnownWordButACity(Tokens t, int i, int to) {
    return words.is(WordClass.FUNCTION_WORD, t.key[i]) || data.months.containsKey(t.key[i])
        || words.is(WordClass.NAME_SUFFIX, t.key[i]) || words.is(WordClass.NAME_PREPOSITION, t.key[i])
        || data.parties.longestAt(t, i, to) != null || data.groups.longestAt(t, i, to) != null
        || lex.roles.longestAt(t, i, to) != null || lex.heads.longestAt(t, i, to) != null || isHonorific(t, i)
        || lex.institutions.longestAt(t, i, to) != null;
  }

  /**
   * {@link #isKnownWord} for a syllable of a given name after a surname that comes first: a city's
   * name reached only by its stem is none («Кан Гён Хва», not Genoa's «Генуя»), as a syllable is
   * shorter than the stems the gazetteer is read by.
   */
  private boolean isKnownSyllable(Tokens t, int i, int to) {
    if (!isKnownWord(t, i, to)) {
      return false;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, i, to);
    if (city == null || city.mode != PhraseMatcher.Mode.STEMS || t.key[i].length() > language.syllableLetters()) {
      return true;
    }
    return isKnownWordButACity(t, i, to);
  }

  /**
   * «Фонд Гейдара Алиева», «the Order of Jawaharlal Nehru»: whether the name at token {@code i} follows
   * the head of an eponymous thing, right after it or after «of» (a preposition both of a name and of
   * a role's party) and a capitalised head. Initials the name was not read with are stepped over
   * («университет имени А. А. Кулешова», where the name starts at the second initial).
   */
  private boolean afterEponym(Tokens t, int i, int sentenceStart) {
    for (int n = 0; n < 2 && i - 1 > sentenceStart && afterAnInitial(t, i); n++) {
      i--;
    }
    if (i > sentenceStart && lex.eponyms.longestAt(t, i - 1, i) != null) {
      return true;
    }
    return i - 1 > sentenceStart && words.is(WordClass.NAME_PREPOSITION, t.key[i - 1])
        && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[i - 1]) && t.isCapitalized(i - 2)
        && lex.eponyms.longestAt(t, i - 2, i - 1) != null;
  }

  /** Whether token {@code k} is the «s» of a possessive joined by an apostrophe to the word before it. */
  private static boolean isPossessive(Tokens t, int k) {
    return "s".equals(t.key[k]) && (t.gapIs(k, '\'') || t.gapIs(k, '\u2019'));
  }

  /** Most capitalised words between a name found by shape alone and the eponymous head they qualify with it. */
  private static final int EPONYM_QUALIFIERS = 2;

  /**
   * «the Nelson Mandela Foundation», «King Prajadhipok's Institute», «the Indira Gandhi International Airport»,
   * «the Nelson Mandela Children's Fund»: a name right before a capitalised head of an eponymous body, past a
   * possessive «'s» and up to {@code qualifiers} capitalised words (each joined by a space, none in capitals),
   * names the body, no one taking part.
   */
  private boolean eponymAfter(Tokens t, int to, int qualifiers) {
    int k = to;
    for (int n = 0; n <= qualifiers && k < t.size; n++) {
      if (k + 1 < t.size && isPossessive(t, k)) {
        k++;
      }
      if (k >= t.size || t.gapBefore[k] != Tokens.GAP_SPACE || !t.isCapitalized(k) || t.isUpperCase(k)) {
        return false;
      }
      if (lex.eponyms.longestAt(t, k, k + 1) != null) {
        return true;
      }
      k++;
    }
    return false;
  }

  /**
   * «… hosted the meeting in Victoria Falls, Zimbabwe»: capitalised words after «in» and before a comma
   * and a state name a place in that state.
   */
  private boolean placeInAState(Tokens t, int from, int to, int sentenceEnd) {
    if (from == 0 || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[from - 1]) || to >= sentenceEnd || !t.gapIs(to, ',')) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, to, sentenceEnd);
    return state != null && (state.value.kind == PartyKind.STATE || state.value.kind == PartyKind.TERRITORY);
  }

  private static boolean insideQuotes(Context ctx, Context.Sentence sentence, int token) {
    String text = ctx.text.text();
    int quotes = 0;
    for (int k = sentence.start; k < ctx.tokens.start[token]; k++) {
      if (text.charAt(k) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /**
   * A role as written when it is in the nominative («член Политбюро ЦК КПК»), else the lexicon's
   * nominative («Председателя» gives «председатель»).
   */
  private String roleName(Context ctx, PrefixLexicon.Hit<String> role) {
    Tokens t = ctx.tokens;
    if (!language.isNominative(roleHead(t, role.first, role.last))) {
      return role.entry.value;
    }
    String written = ctx.text.text().substring(t.start[role.first], t.end[role.last - 1]);
    return language.rolesAreLowerCase() && t.isCapitalized(role.first) && !t.isUpperCase(role.first)
        ? Character.toLowerCase(written.charAt(0)) + written.substring(1) : written;
  }

  /** The word that carries a role's case: the first, or the second of «премьер-министра». */
  private static String roleHead(Tokens t, int roleStart, int roleEnd) {
    return t.hyphenAfter[roleStart] && roleStart + 1 < roleEnd ? t.key[roleStart + 1] : t.key[roleStart];
  }

  /** «Мурата» → «мурат»: the likely nominative of an oblique name word. */
  private String deinflect(String key) {
    return language.nominativeOf(key);
  }

  /**
   * Token {@code k} as written, or «Путин» for «ПУТИН»: a name signed all in capitals is given as
   * names are written (where a name mixes them, «KISHIDA Fumio», the capitals are the text's style).
   */
  private static String inTitleCase(Tokens t, int k) {
    String written = t.surface(k);
    if (written.length() < 2 || !t.isUpperCase(k) || t.isNumber(k) || NameExtent.romanValue(written) > 0) {
      return written;
    }
    return written.charAt(0) + written.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code base} with the letters it shares with {@code key} as {@code written} has them (capitals, «ё»). */
  private static String likeWritten(String written, String key, String base) {
    int common = 0;
    while (common < key.length() && common < base.length() && key.charAt(common) == base.charAt(common)) {
      common++;
    }
    return written.substring(0, common) + base.substring(common);
  }

  private void add(Context ctx, Map<String, Person> people, int from, int to, boolean oblique,
      String party, String role, String rule) {
    add(ctx, people, from, to, oblique, null, party, role, rule);
  }

  /**
   * «Президента Ясламской Республики» (a state misspelt): two words, an adjective of relation («-ской») that is
   * no given name, then a word the language knows only as a common noun or adjective, name a body or a state, no
   * person.
   */
  private boolean relationalAdjectiveAndCommonWord(Tokens t, int from, int to) {
    return to - from == 2 && language.isRelationalAdjective(t.key[from]) && !lex.givenNames.contains(t.key[from])
        && language.onlyCommonWord(t.key[from + 1]);
  }

  /**
   * «Председатель Президиума Верховного Совета», «по вопросам Восточной Азии»: two words or more, each one the
   * language knows only as a common noun or adjective and none a given name, name a body or a region that a
   * role's name search ran onto, no person.
   */
  private boolean commonWordsOnly(Tokens t, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (lex.givenNames.contains(t.key[k]) || !language.onlyCommonWord(t.key[k])) {
        return false;
      }
    }
    return true;
  }

  /** Most letters of the lower-case end of a word a scan's line break has parted from it. */
  private static final int BROKEN_TAIL_LETTERS = 3;

  /**
   * «король Афганиста на имел …»: a name's last word and the short lower-case word after it make a
   * word the language knows only as a common one, which a scanned page broke at a line's end; no name.
   */
  private boolean endsInABrokenWord(Tokens t, int to) {
    if (to >= t.size || t.gapBefore[to] != Tokens.GAP_SPACE || t.isCapitalized(to)
        || t.key[to].length() > BROKEN_TAIL_LETTERS || !lettersOnly(t.key[to])) {
      return false;
    }
    return language.onlyCommonWord(t.key[to - 1] + t.key[to]) && !language.onlyCommonWord(t.key[to - 1]);
  }

  /** Fewest and most letters of a name word's lower-case part after a hyphen («En-lai», «Tse-tung», «Раси-заде»). */
  private static final int NAME_TAIL_MIN = 3;
  private static final int NAME_TAIL_MAX = 4;

  /**
   * The end of a name whose last word goes on after a hyphen in a short lower-case part («Chou En-lai»,
   * «Mao Tse-tung», «Артур Раси-заде»): the part is the name's (a syllable of a romanised name, a
   * patronymic suffix), so the name ends after it; {@code to} where no such part follows.
   */
  private static int withLowerCaseTail(Tokens t, int from, int to) {
    if (to >= t.size || to <= from || !t.hyphenAfter[to - 1] || !t.isCapitalized(to - 1) || t.isCapitalized(to)
        || t.gapHas(to, ' ')) {
      return to;
    }
    int letters = t.key[to].length();
    return letters >= NAME_TAIL_MIN && letters <= NAME_TAIL_MAX && lettersOnly(t.key[to])
        && (to + 1 >= t.size || !t.hyphenAfter[to]) ? to + 1 : to;
  }

  /** Whether every char of {@code key} is a letter: asked of each name found, so a loop, not a stream. */
  private static boolean lettersOnly(String key) {
    for (int k = 0; k < key.length(); k++) {
      if (!Character.isLetter(key.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * «представителя по вопросам разоружения Исуми Накамицу», «министр по делам молодежи и спорта Турецкой
   * Республики»: a role's portfolio in lower case, where a name of two words or more or a party follows it
   * (after «по вопросам Европы и Евразии» a region does).
   */
  private int lowerCasePortfolioBeforeName(Tokens t, int k, int to) {
    int end = language.lowerCasePortfolioEnd(t, k, to);
    return end > k && (nameAt(t, end, to, true) >= end + 2 || data.parties.longestAt(t, end, to) != null) ? end : k;
  }

  /** Most lower-case words of a field joined by «and» to a role's portfolio («водных ресурсов»). */
  private static final int JOINED_FIELD_WORDS = 3;

  /**
   * «министр культуры и информации Республики Казахстан», «министра энергетики и водных ресурсов
   * Таджикистана», «министр энергетики и природных ресурсов A B»: where the lexicon's role ends in its
   * field and «and» at token {@code and} joins a second field in lower case, the end of that field when
   * the role's party or a name of two words or more follows it right away; else {@code and}. Without
   * either after it, the words joined are anything.
   */
  private int joinedFieldsBeforeParty(Tokens t, int and, int to) {
    int k = and + 1;
    while (k < to && k <= and + JOINED_FIELD_WORDS && t.gapBefore[k] == Tokens.GAP_SPACE && !t.isCapitalized(k)
        && !t.isNumber(k) && !words.is(WordClass.FUNCTION_WORD, t.key[k]) && !words.is(WordClass.AND, t.key[k])
        && !language.isArticle(t.key[k]) && lex.roles.longestAt(t, k, to) == null) {
      k++;
    }
    if (k == and + 1 || k >= to || t.gapBefore[k] != Tokens.GAP_SPACE || !t.isCapitalized(k)) {
      return and;
    }
    return data.parties.longestAt(t, k, to) != null || nameAt(t, k, to, true) >= k + 2 ? k : and;
  }

  /** A name after a role whose head word is {@code roleHead}: the role's case is the name's. */
  private void addAfterRole(Context ctx, Map<String, Person> people, int from, int to, String roleHead,
      String party, String role, String rule) {
    add(ctx, people, from, to, !language.isNominative(roleHead), roleHead, party, role, rule);
  }

  private void add(Context ctx, Map<String, Person> people, int from, int to, boolean oblique, String roleHead,
      String party, String role, String rule) {
    Tokens t = ctx.tokens;
    if (eponymAfter(t, to, role == null ? EPONYM_QUALIFIERS : 0) || endsInABrokenWord(t, to)
        || relationalAdjectiveAndCommonWord(t, from, to) || commonWordsOnly(t, from, to)) {
      return;
    }
    to = withLowerCaseTail(t, from, to);
    String[] written = new String[to - from];
    boolean capitals = true;
    for (int k = from; k < to && capitals; k++) {
      capitals = t.isUpperCase(k);
    }
    for (int k = from; k < to; k++) {
      written[k - from] = capitals ? inTitleCase(t, k) : t.surface(k);
    }
    // The language's dictionary decides the words it knows as names; the rules below the others.
    String[] known = language.nominativeName(written, oblique);
    boolean obliqueName = oblique;
    for (int k = 0; known != null && k < known.length; k++) {
      obliqueName |= known[k] != null && !known[k].equals(written[k]);
    }
    // Without a role to tell the case, a first word that is a given name only once put in the
    // nominative («Бахтиёра», «Жээнбеком») says the whole name is in an oblique case.
    obliqueName |= lex.givenNames.contains(deinflect(t.key[from])) && !lex.givenNames.contains(t.key[from]);
    // «Вице-президента Джозепа Борелля»: where the surname's case ending is taken off, so is the same case's
    // ending of a given name the lexicon does not know.
    boolean surnameDeclines = obliqueName && to - from == 2 && language.sameCaseEnding(t.key[from], t.key[to - 1])
        && (known != null && known[1] != null ? !known[1].equals(written[1])
            : written[1].length() > 3 && (roleHead == null || !language.endingOutOfCase(roleHead, t.key[to - 1]))
                && !deinflect(t.key[to - 1]).equals(t.key[to - 1]));
    // «Бараком Обамой»: a man's surname the given name's instrumental shows to be of the «-а» declension.
    String surnameInA = obliqueName && to - from == 2
        ? language.mansSurnameOfTheADeclension(t.key[from], t.key[to - 1]) : null;
    StringBuilder name = new StringBuilder();
    StringBuilder key = new StringBuilder();
    for (int k = from; k < to; k++) {
      String word = written[k - from];
      // «Мансура бин Зайда»: in an oblique name a word that is a given name once put in the
      // nominative is one, though the dictionary knows it otherwise (a town's name); so is the
      // father's name after a particle, short ones too («Хамада бин Исы»).
      if (obliqueName && (word.length() > 3 && lex.givenNames.contains(deinflect(t.key[k]))
          && !lex.givenNames.contains(t.key[k]) || word.length() > 2 && k > from && t.isCapitalized(k) && !t.isCapitalized(k - 1)
          && words.is(WordClass.NAME_PARTICLE, t.key[k - 1]))) {
        word = likeWritten(word, t.key[k], deinflect(t.key[k]));
      } else if (known != null && known[k - from] != null) {
        word = known[k - from];
      } else if (k == to - 1 && surnameInA != null) {
        word = likeWritten(word, t.key[k], surnameInA);
      } else if (obliqueName && k == to - 1 && word.length() > 3
          && (roleHead == null || !language.endingOutOfCase(roleHead, t.key[k]))) {
        // «Высокого представителя Исуми Накамицу»: an ending the role's case cannot give is the name's own.
        word = likeWritten(word, t.key[k], deinflect(t.key[k]));
      } else if (obliqueName && lex.givenNames.contains(deinflect(t.key[k])) && !lex.givenNames.contains(t.key[k])) {
        word = likeWritten(word, t.key[k], deinflect(t.key[k]));
      } else if (obliqueName && k == from && to - from == 2 && word.length() > 3 && !t.hyphenAfter[k]
          && deinflect(t.key[to - 1]).equals(t.key[to - 1])) {
        // «Давлатшохом Гулмахмадзода»: where the surname does not decline, the given name carries the case;
        // «Джасиндой Ардерн»: a woman's, whose surname never declines.
        String feminine = language.feminineNominativeOf(t.key[k]);
        word = likeWritten(word, t.key[k], feminine.equals(t.key[k]) ? deinflect(t.key[k]) : feminine);
      } else if (surnameDeclines && k == from && !t.hyphenAfter[k] && (known == null || known[0] == null)) {
        word = likeWritten(word, t.key[k], deinflect(t.key[k]));
      }
      if (name.length() > 0) {
        name.append(t.gapHas(k, '.') ? (t.gapHas(k, ' ') && language.spaceAfterInitial() ? ". " : t.gapHas(k, '-') ? ".-" : ".")
            : t.hyphenAfter[k - 1] ? "-" : t.gapBefore[k] != Tokens.GAP_SPACE && spaceInName(t, k) ? " '" : " ");
      }
      name.append(word);
      key.append(t.stem[k]).append(' ');
    }
    Person person = people.computeIfAbsent(key.toString(), k -> new Person(name.toString()));
    person.mentions.add(new Range(from, to));
    if (party == null && person.party == null) {
      party = listItemParty(t, from);
    }
    if (person.party == null && party != null) {
      person.party = party;
    }
    if (person.role == null && role != null) {
      person.role = role;
    }
    if (person.rule == null || role != null) {
      person.rule = rule;
    }
  }
}
