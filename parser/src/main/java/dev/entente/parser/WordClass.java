package dev.entente.parser;

/**
 * The closed word classes a language lists in its {@code words.tsv}, one row each. The
 * language-neutral stages ask only through these constants, so a class a language forgot or
 * misspelt fails when its data loads, not at first use.
 *
 * <p>How a class is matched follows its name: {@code _PREFIX} classes match the start of a word,
 * {@code _ENDING} classes its end, {@code _PART} classes any part of it, the rest whole words;
 * {@link #ORGAN_HEAD}, {@link #EXAMPLES_MARKER}, {@link #INCLUDING_MARKER}, {@link #DURING_PHRASE}, {@link #OUTCOME_PHRASE} and {@link #IN_FORCE_PHRASE} list phrases whose
 * words, separated by spaces, are matched token by token. The classes
 * {@linkplain #neutral() used by the neutral stages} must be listed by every language ({@code -}
 * when it has no such words); the others serve a language's own morphology and are required only
 * by the language whose constructor asks for them.
 */
enum WordClass {
  // Used by the language-neutral stages.
  /** Words that end an item's name: conjunctions, pronouns, the prepositions not in NAME_PREPOSITION. */
  FUNCTION_WORD,
  /** Prepositions a name runs on over («Рабочая группа по …»). */
  NAME_PREPOSITION,
  /** Lower-case particles inside a person's name («von der» of «Ursula von der Leyen»); {@code -} where none. */
  NAME_PARTICLE,
  /** «этой встречи»: refers back to something named before. */
  DEMONSTRATIVE,
  /** Adjectives that describe rather than name: never the start of a name. */
  STOP_ADJECTIVE,
  /** «Визит Ваш проходит …», "your visit": possessive pronouns, which point to an occasion and name none. */
  POSSESSIVE_PRONOUN,
  /** Adjectives that are status cues, kept out of names («предстоящей встречи»). */
  CUE_ADJECTIVE_PREFIX,
  /** Words before a cue of creation that put it in the past («successful launch», «since the establishment»). */
  ACCOMPLISHED_PREFIX,
  /** Words that start like a head word but are none («советский» for «совет»); {@code -} where none. */
  NOT_A_HEAD_PREFIX,
  /** A generic word for an initiative that adds nothing to a name it ends («the X Plan initiative»). */
  GENERIC_INITIATIVE_PREFIX,
  /**
   * Prepositions before a lower-case generic initiative word that make it an agent's idiom («по
   * инициативе Президента Франции»: at his initiative), not an initiative's name; {@code -} where none.
   */
  AGENT_IDIOM_PREPOSITION,
  /**
   * Prepositions that open a ministry's or a press office's heading about an event («О совместном
   * заседании коллегий …», «Об итогах визита …»): the event is the release's occasion; {@code -} where none.
   */
  TOPIC_PREPOSITION,
  /** Words that tie an initiative to its proposer («выдвинутой Китаем»). */
  PROPOSER_CUE_PREFIX,
  /** Words that make an initiative several sides' own («их совместную инициативу», "their joint initiative"). */
  JOINT_PREFIX,
  /**
   * Head words of a legal instrument: treaty, convention, agreement, memorandum, protocol, an organisation's
   * statute («Договор о дружбе», «Минские соглашения», «Устав ООН», "the Lombok Treaty"); declarations, charters
   * and pacts are not among them.
   */
  LEGAL_INSTRUMENT_PREFIX,
  /** Words that make an instrument a draft someone puts forward («проект Договора», "a draft treaty"). */
  DRAFT_PREFIX,
  /**
   * Head words of a text that a document recalls rather than puts forward («Римская декларация», «Заключительный акт»):
   * at best an agreement, which GUIDELINES make optional, unless the document adopts, drafts or proposes it; {@code -}
   * where a language reads its declarations as programmes.
   */
  RECALLED_TEXT_PREFIX,
  /** Verbs that adopt or sign a text now, in the forms {@link #ADOPTION_VERB_PREFIX} leaves out («принимаем»); {@code -} where none. */
  ADOPTING_NOW_PREFIX,
  /**
   * Heads of acts that a number names («рекомендация 1693», «постановление № 12»): such a head
   * names an initiative only with its number; alone it is a common noun («рекомендации экспертов»).
   */
  NUMBERED_ONLY_HEAD_PREFIX,
  /**
   * The head of an agenda, which right before a meeting's head is that meeting's business («повестка дня саммита»,
   * "agenda").
   */
  AGENDA_PREFIX,
  /** Verbs of the sentence that adopts or signs the document. */
  ADOPTION_VERB_PREFIX,
  /**
   * The word that opens a line of a signature block before the party that signs («За Российскую
   * Федерацию»); {@code -} where none.
   */
  SIGNING_FOR,
  /** Titles of heads of state or government. */
  HEAD_ROLE_PREFIX,
  /** Parts of a role that make it no head of state («глава МИД»). */
  NOT_HEAD_ROLE_PART,
  /** A council named inside an organisation's own name is its organ (word prefixes, space-separated). */
  ORGAN_HEAD,
  /**
   * Organs of the UN system, of the organisations' own conferences and the EU's executive («Совет по правам
   * человека», "the Peacebuilding Commission", "the Main Committee"): a body that counts as its organisation,
   * no arrangement of cooperation between parties (word prefixes, space-separated; a name is one only whole).
   */
  SYSTEM_ORGAN,
  /** After a comma, these introduce the named examples of a generic noun («в частности»). */
  EXAMPLES_MARKER,
  /** Verbs of attending: a collective subject right after one only attends («was attended by the Heads of …»); {@code -} where none. */
  ATTENDANCE_VERB_PREFIX,
  /** The conjunction «и». */
  AND,
  /**
   * Prepositions of purpose before a signing's noun («открыт для подписания», «представили к принятию и подписанию»,
   * "opened for signature"): what a text is for, no signing that happens; {@code -} where none.
   */
  PURPOSE_PREPOSITION,
  /** Words that coordinate two names («а», «также», «и»). */
  COORDINATOR,
  /** «между»: a name or title «between» two parties. */
  BETWEEN,
  /**
   * The noun of signing or adopting a document, in any case («подписание», «принятия»): its agents stand between it
   * and the document («подписание президентами A и B декларации»); {@code -} where none.
   */
  SIGNING_NOUN,
  /** «друг друга», "each other": a reciprocal pronoun's first word, the subject acting on itself. */
  RECIPROCAL,
  /** The negating particle before a verb («не»). */
  NEGATION,
  /** «далее» of «далее — Стороны». */
  HEREINAFTER,
  /** Nouns a «далее» names the signatories by («Стороны», «участники»). */
  SIGNATORY_NOUN_PREFIX,
  /** The noun «сторона» after a party («казахстанская сторона»). */
  SIDE_NOUN_PREFIX,
  /** The noun of a group of states an organisation owns («Минской группы ОБСЕ», "OSCE Minsk Group"); whole words. */
  OWNED_GROUP,
  /** «в том числе»: what follows only attends (matched ending at a word). */
  INCLUDING_MARKER,
  /** Envoys' titles: a state right after one only attends («посол Туркменистана»). */
  ENVOY_PREFIX,
  /** Prepositions between a role and the party it is accredited to («посол в …», «при ООН»). */
  ROLE_PARTY_PREPOSITION,
  /** Nouns of one's peer in another state's same office, in every case («коллега», "counterpart"). */
  COLLEAGUE_NOUN,
  /**
   * The preposition of whom a meeting or talks are held with («встреча с Президентом …»), a part of their name where
   * names run on past their head; {@code -} where none.
   */
  COUNTERPART_PREPOSITION,
  /**
   * Prepositions that lead from a person's name to where the person goes or is, not to the party
   * served («welcomed Prime Minister Gillard to Japan»); {@code -} where none.
   */
  PLACE_AFTER_NAME_PREPOSITION,
  /** The label of a title in a scraper's front matter («title: U.S.-Mexico Joint Declaration»). */
  TITLE_FIELD,
  /** The preposition of place («в», «во»). */
  LOCATIVE_PREPOSITION,
  /** The preposition of a sitting («на московской сессии»), before a city's adjective that places it. */
  OCCASION_PREPOSITION,
  /** The abbreviation of «город» («г.»). */
  CITY_ABBREVIATION,
  /** The word «город». */
  CITY_WORD_PREFIX,
  /** Verbs whose object is a place («посетил», «проведенный»). */
  PLACE_CUE_PREFIX,
  /** «формат» opening a quoted name («формата "Центральная Азия + Китай"»). */
  FORMAT_PREFIX,
  /** Generic mechanism words left out of a series' name and key («механизм», «формат»). */
  GENERIC_MECHANISM_PREFIX,
  /** Words before a head that make it an event («проведение», «участие»). */
  EVENT_EVIDENCE_PREFIX,
  /**
   * Adjectives in a name that make its head a one-off event, never a standing arrangement («an
   * Extraordinary Summit», «an emergency session»); {@code -} where none.
   */
  ONE_OFF_PREFIX,
  /**
   * «Международный центр …», "International Centre for …": the word that opens the name of an international
   * institution of its own, no arrangement between the text's sides; {@code -} where none.
   */
  INTERNATIONAL_PREFIX,
  /**
   * «переговорный процесс», "dialogue process", "peace process": words that make a process one of talks between the
   * sides, a mechanism though named in lower case; {@code -} where none.
   */
  TALKS_PROCESS_PREFIX,
  /**
   * «подготовка», «реализация»: nouns of an action that do not end as the language's verbal nouns do, so that a
   * process of one («процесс подготовки …») is that action under way; {@code -} where none.
   */
  ACTION_NOUN_PREFIX,
  /**
   * «межправительственная», «смешанная», «исполнительный»: adjectives of a body's kind, which a text drops or adds when
   * it names the same body again; {@code -} where none.
   */
  BODY_KIND_PREFIX,
  /**
   * «Направить текст Заявления в …», «Обращение … к …», "transmit this Declaration to …": verbs that send a text and
   * nouns of a text addressed to someone; {@code -} where none.
   */
  ADDRESSING_PREFIX,
  /** «в», «к», "to": the preposition that opens the list of those a text is sent or addressed to; {@code -} where none. */
  RECIPIENT_PREPOSITION,
  /** «проведение»: after a past-tense act, the event was held. */
  HOLDING_PREFIX,
  /** «следующая», «предстоящая»: an upcoming one, keyed apart from the one held. */
  UPCOMING_PREFIX,
  /** «следующая», «очередная»: the next of a numbered series. */
  NEXT_PREFIX,
  /** Parts of an event's name that make it a meeting of a series («встреч», «заседан»). */
  MEETING_PART,
  /** Prepositions that open an initiative's period («до 2030 года», «на 2025-2027 годы»). */
  PERIOD_PREPOSITION,
  /** A date after this is another document's («от 5 мая»). */
  DOCUMENT_DATE_PREPOSITION,
  /** Verbs of invitation («пригласил»). */
  INVITATION_PREFIX,
  /** The verb of a visit, any form («посет»). */
  VISIT_VERB_PREFIX,
  /** The infinitive of a visit («посетить»). */
  VISIT_INFINITIVE_PREFIX,
  /** The auxiliary of a passive («было принято»). */
  PASSIVE_AUXILIARY_PREFIX,
  /** «с» of «с 22 по 24 апреля». */
  DATE_RANGE_FROM,
  /** «по» of «с 22 по 24 апреля». */
  DATE_RANGE_TO,
  /**
   * Words that may stand between a day and its month or after a day written with digits: ordinal
   * suffixes and «of» («7th August», «the 25th of November», «January 25th»); {@code -} where none.
   */
  DAY_FILLER,
  /** Prepositions that make a bare year range a date («в 2018-2028»). */
  YEAR_PREPOSITION,
  /** «до» before a year: a period's end. */
  UNTIL_PREPOSITION,
  /** «since», «с» before a lone year: a period's start («since 2013», «с 2013 года»). */
  SINCE_PREPOSITION,
  /** The year nouns after a relative year word («текущего года»). */
  RELATIVE_YEAR_NOUN,
  /** The first-person plural pronoun that opens an adopting subject («Мы, главы государств …»). */
  WE,
  /** Cardinal words that count the states of an adopting subject («Мы, восемь арктических государств»). */
  STATE_COUNT,
  /** Nouns for states that a counted subject ends in («государств», «стран»). */
  STATE_NOUN_PREFIX,
  /** Nouns that head an adopting subject («главы», «руководители», «члены», «министры»). */
  SUBJECT_NOUN_PREFIX,
  /** A body that heads an adopting subject at a sentence's start («Совет глав …»); a word prefix. */
  SUBJECT_BODY_PREFIX,
  /**
   * Nouns of the relations between states that take the states in the genitive, as a document's topic names its
   * sides («соглашение о принципах сотрудничества A и B», «декларация о переходе отношений A и B»); word prefixes.
   */
  RELATIONS_OF_PREFIX,
  /** Verbs, participles and gerunds that end an adopting subject («заявляем», «собравшиеся», «подтверждая»). */
  SUBJECT_END_PREFIX,
  /** Endings of finite verbs («председательствовал», «участвовали», «собрался»): no name holds one. */
  FINITE_VERB_ENDING,
  /** Pairs of a Latin letter and the letter of the language's script it looks like («aа»), typed by mistake in names. */
  LOOKALIKE_PAIR,
  /** Forms of address before a name, never part of it («господин», «Mr», «Shri», «H.E.»). */
  HONORIFIC,
  /**
   * The word by which a newspaper's masthead names its owner («Орган Липецкого обкома КПСС», "Organ of the Central
   * Committee"): a party named after it owns the page, it is no mention in the document; {@code -} where none.
   */
  PRESS_ORGAN,
  /**
   * Forms that close a name and never open one («Jr.», «MP»): after «Hermogenes C. Esperon, Jr.,» the
   * next capitalised words are no name; {@code -} where none.
   */
  NAME_SUFFIX,
  /**
   * Nouns that close a military rank written before a name («генерал армии», «маршал авиации»), read with the
   * rank as one form of address; {@code -} where none.
   */
  RANK_COMPLEMENT,
  /** Initials of two letters or more, written with a stop like one-letter ones («Дж. Буш»); {@code -} where none. */
  MULTI_LETTER_INITIAL,
  /** Past-tense verbs of a gathering, followed by where it was («met», «собрались»): a meeting took place; {@code -} where none. */
  GATHERING_VERB,
  /**
   * Beginnings of finite verbs that say an occasion is or was taking place («проходит», «состоялся», «открылся»,
   * «стартовала»), before or after «в <город>»: the city is the meeting's; {@code -} where none.
   */
  TAKING_PLACE_VERB_PREFIX,
  /**
   * Beginnings of nouns of a meeting of the sides («встреч», «переговор», «совещани»): a city right after one, in a
   * sentence that names a document, is where the meeting that made it sat; {@code -} where none.
   */
  MEETING_NOUN_PREFIX,
  /**
   * Phrases of a time within an event, right before its name («во время», «в ходе», "in the course of his"); matched
   * whole, token by token.
   */
  DURING_PHRASE,
  /**
   * Phrases that tie a text to the occasion it came out of, right before the occasion («по итогам», «по результатам»,
   * "following the"); matched whole, token by token; {@code -} where none.
   */
  OUTCOME_PHRASE,
  /** Verbs that hold an event still to come, in the forms that govern its name («hold», «провести»); {@code -} where none. */
  HOLDING_VERB,
  /**
   * Finite forms of the future of making a document, whole («подпишут», «примут»): a page whose opening says so of a
   * document announces one not yet made; {@code -} where none.
   */
  FUTURE_MAKING,
  /**
   * Beginnings of the words of ratifying («ратифицирован», "ratification"): a page that opens with one is dated by the
   * act, the document by the day it was signed; {@code -} where none.
   */
  RATIFICATION_PREFIX,
  /** Beginnings of the past participle of signing («подписанный», «подписан», "signed"), after which a day is the signing's. */
  SIGNED_PREFIX,
  /**
   * Phrases of taking force right before a day («вступило в силу», «вступило в силу с», "entered into force on"),
   * matched whole, token by token: a legal database's note of the day a text took force, not the day it was made;
   * {@code -} where none.
   */
  IN_FORCE_PHRASE,
  /**
   * Phrases of a legal database's field that names where a text was published («Источник публикации», «Официальная
   * публикация», "source of publication"), matched whole, token by token: a day a few words after one is the issue's
   * of a newspaper or bulletin, not the day the text was made; {@code -} where none.
   */
  PUBLICATION_SOURCE_PHRASE,
  /**
   * Phrases that open the heading of a state's act about a document still to be made, the document's kind right after
   * them («О подписании Соглашения …», «Об одобрении проекта Протокола …», "On the signing of the Agreement …"), matched
   * by the starts of words: the page is the act (a decree, an order), not the document; {@code -} where none.
   */
  ACT_ON_MAKING_PHRASE,
  /**
   * Finite past forms of signing, concluding or ratifying a document, whole («подписали», «заключили», «ратифицировала»): a
   * news lead's «подписали Декларацию о …» (a place between them at most) names the document it reports, though its kind
   * is capitalised; {@code -} where none.
   */
  SIGNING_VERB,
  /**
   * Finite forms of making a document that {@link #ADOPTION_VERB_PREFIX} and {@link #SIGNING_VERB} leave out, whole: the
   * future and present of signing and adopting («подпишут», «примут»), the short passive of ratifying and concluding
   * («Ратифицирован Договор …»), initialling, and making a statement («сделали совместное заявление»). A news lead's
   * such verb before a kind of document names the document it reports, as a verb of signing does; {@code -} where none.
   */
  MAKING_VERB,
  /**
   * Finite forms of one body's decree right before a colon («постановляет:», «ПОСТАНОВЛЯЮ:», «решил:»): with a
   * subject that names one state, the act that ratifies or approves a document, not the document ({@link OneSidedAct});
   * {@code -} where none.
   */
  DECREE_VERB,
  /**
   * Beginnings of the words after a city's adjective that make it a city's body, its council or government
   * («Гродненский городской исполнительный комитет», «горисполком», «мэрия»): the body signs for the city's state.
   */
  MUNICIPAL_BODY_PREFIX,
  /**
   * Beginnings of the adjectives of a province, city, district or village before a council's or committee's head
   * («областной Совет», «городского Совета»): the body is a local authority, no arrangement of cooperation; {@code -}
   * where none.
   */
  LOCAL_BODY_PREFIX,
  /** The auxiliary of the future («будет», "will") before a word of {@link #PLANNED_MAKING_PREFIX} («будет подписана», "will sign"). */
  FUTURE_AUXILIARY,
  /** Beginnings of the verbs and participles of making a document after {@link #FUTURE_AUXILIARY} («подписан», "sign"). */
  PLANNED_MAKING_PREFIX,
  /**
   * Past forms of making a document, whole («подписали», «подписана», "signed"): a page that says so of a document in
   * its opening reports one made, whatever it adds of others to come.
   */
  PAST_MAKING,
  /**
   * Finite verbs by which a report tells an occasion opening or closing, whole words («завершился», «открывается»,
   * «открывая»): the narrator's account of a meeting, not a document's; {@code -} where none.
   */
  OCCASION_COURSE_VERB,
  /**
   * Beginnings of a generic noun of an occasion («мероприят»): an event only with what names it after it (a
   * preposition, a capital, quotes), not bare or before another word of the sentence; {@code -} where none.
   */
  GENERIC_EVENT_PREFIX,
  /**
   * Beginnings that join a state's adjective into one word which still names the state («внутриукраинского
   * урегулирования»: Ukraine's internal settlement); {@code -} where none.
   */
  STATE_ADJECTIVE_PREFIX,

  // Russian morphology (asked for by Russian).
  /** Endings of adjectives. */
  ADJECTIVE_ENDING,
  /** Marks of active participles («ющ», «вш»). */
  PARTICIPLE_MARK,
  /** Prefixes of passive participles. */
  PASSIVE_PARTICIPLE_PREFIX,
  /** Parts that mark a passive participle anywhere in a word. */
  PASSIVE_PARTICIPLE_PART,
  /** Endings of infinitives. */
  INFINITIVE_ENDING,
  /** Nouns that end like infinitives («печать»). */
  NOUN_LIKE_INFINITIVE,
  /** Nouns of action that end like adjectives («создание»). */
  VERBAL_NOUN_ENDING,
  /** Endings of ordinal words on hard stems («перв»). */
  ORDINAL_HARD_ENDING,
  /** Endings of ordinal words on soft stems («треть»). */
  ORDINAL_SOFT_ENDING,
  /** Head nouns of events and mechanisms in the nominative («саммит», «встреча», «переговоры»). */
  HEAD_NOUN_NOMINATIVE,
  /** Adjective stems whose masculine nominative ends in a stressed «ой» («втор», «миров»). */
  STRESSED_ADJECTIVE_STEM,

  // English (asked for by English).
  /**
   * Heads that name a relationship when only adjectives qualify them («Comprehensive Strategic
   * Partnership») and a programme when a noun does («Forest Carbon Partnership»); word prefixes.
   */
  RELATIONSHIP_HEAD_PREFIX,
  /** Words before a head that make it no arrangement of cooperation («terrorist group»); word prefixes. */
  NON_COOPERATION_PREFIX,
  /** Capitalised words after a head that still belong to its name («… Ministers' Meeting Plus»). */
  NAME_TAIL,
  /** Words before a relationship's head that make it a label with any complement («Strategic Partnership for …»). */
  RELATIONSHIP_LABEL_PREFIX,
  /**
   * Initiative heads that, in lower case after a proper name, describe it rather than name a thing
   * of its own («the Pacific Islands vision», «the community concept»); whole words.
   */
  DESCRIBING_HEAD,
  /** Words that open the name of a nation's own body («National Security Council»); word prefixes. */
  NATIONS_BODY_PREFIX,
  /**
   * Words between two events that make the second the first's host («on the sidelines of», «on the
   * occasion of»): the date and place named after the second are the first's too.
   */
  HOST_EVENT_PREFIX,
  /** An ordinal and the word after it that are one noun numbering nothing («third party»), each pair one entry with a space. */
  ORDINAL_COMPOUND,
  /**
   * Words that, before «policy», name the field of one side's own conduct («Foreign Policy», «Fiscal Policy»),
   * as fields of cooperation do: no initiative.
   */
  POLICY_FIELD,
  /** A government's portfolio after «of» in a body's name («Secretariat of Foreign Relations»): one state's ministry; phrases. */
  PORTFOLIO,
  /** Nouns whose «in <place>» says what is spoken of, not where («the situation in Sudan»). */
  SUBJECT_OF_PLACE,
  /** Common nouns of a body's function or members («Core», «Task», «Officials») that keep a «… Group» a mechanism; word prefixes. */
  FUNCTION_NOUN_PREFIX,
  /** Endings of common nouns («Coordination», «Development», «Planning»): such a word names no owner. */
  NOUN_ENDING,
  /** Words of infrastructure («Transport», «Railway», «Power»): a network of them is lines and cables; word prefixes. */
  INFRASTRUCTURE_PREFIX,
  /**
   * Names of armed groups and movements that a text may follow with «group» («the Islamic State group»,
   * «the Al-Shabaab group»): no arrangement of cooperation; phrases, words separated by spaces.
   */
  ARMED_GROUP,
  /**
   * Nouns of a part of a year that «of» joins to the year («the first half of 2025», «the end of 2024», «the
   * autumn of this year»): the year is a date's though no preposition of a year stands before it; whole words.
   */
  YEAR_PART,
  /**
   * Words right before a process's head that make it a course of events in one place rather than a standing
   * format of cooperation («peace process», «electoral process»); word prefixes.
   */
  PROCESS_SUBJECT_PREFIX,
  /** Words right before a centre's head that make it a building («Convention Centre», «Exhibition Center»); word prefixes. */
  VENUE_PREFIX,
  /** Words right before a commission's or council's head that make it one state's regulator («Regulatory», «Election»); word prefixes. */
  REGULATOR_PREFIX,
  /** Verbs by which a host receives a guest into the host's country («welcomed … to India»); - when none. */
  WELCOME_VERB,
  /** Verbs by which a party is represented by the people named after them («was represented by», «was led by»); - when none. */
  REPRESENTATION_VERB,
  /** Words that make the noun phrase after them say what something is («the G20 as the premier forum»); - when none. */
  PREDICATE_MARKER,
  /** Words that open a kind whose examples a predicate's marker then names («such mechanisms as», «такие форматы, как»); - when none. */
  EXAMPLES_KIND,
  /** Nouns for the body that speaks for a party, which a list of parties may name before each («the Government of A and the Government of B»); - when none. */
  PARTY_BODY,
  /** Names of an organisation's organs that may open its text bare, without the organisation («The General Assembly,»); word prefixes, space-separated. */
  ADOPTING_ORGAN,
  /** Nouns for the members of a body, before its name in a subject («The members of the Security Council»). */
  ORGAN_MEMBER;

  /**
   * Whether every language must list this class: the neutral stages ask for it. The neutral classes
   * are the constants before the first of Russian's morphology, {@link #ADJECTIVE_ENDING}.
   */
  boolean neutral() {
    return compareTo(ADJECTIVE_ENDING) < 0;
  }
}
