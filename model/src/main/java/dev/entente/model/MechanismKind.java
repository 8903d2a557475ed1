package dev.entente.model;

/** The sort of standing arrangement a {@link Mechanism} is. */
public enum MechanismKind {
  /** A format of cooperation («формат»). */
  FORMAT,
  /** A recurring summit («саммит»). */
  SUMMIT,
  /** A recurring meeting of ministers («встреча министров»). */
  MINISTERIAL_MEETING,
  /** A recurring meeting of agency heads. */
  AGENCY_MEETING,
  /** A commission or committee («комиссия», «комитет»). */
  COMMISSION,
  /** A working group («рабочая группа»). */
  WORKING_GROUP,
  /** A secretariat («секретариат»). */
  SECRETARIAT,
  /** A council («совет»). */
  COUNCIL,
  /** A recurring forum («форум»). */
  FORUM,
  /** Regular consultations («консультации»). */
  CONSULTATIONS,
  /** A process («процесс»). */
  PROCESS,
  /** A centre («центр»). */
  CENTRE,
  /** A group of friends («группа друзей»). */
  GROUP_OF_FRIENDS,
  /** A dialogue («диалог»). */
  DIALOGUE
}
