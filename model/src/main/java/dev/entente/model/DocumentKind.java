package dev.entente.model;

/** What a document calls itself, from its title. */
public enum DocumentKind {
  /** A communiqué («коммюнике»), also an information communiqué. */
  COMMUNIQUE,
  /** A joint statement («совместное заявление»). */
  JOINT_STATEMENT,
  /** A declaration («декларация»). */
  DECLARATION,
  /** A memorandum («меморандум»). */
  MEMORANDUM,
  /** An agreement or treaty («соглашение», «договор»). */
  AGREEMENT,
  /** A press release or a news report of the event («пресс-релиз»). */
  PRESS_RELEASE,
  /** Any other kind, or a title that names none. */
  OTHER
}
