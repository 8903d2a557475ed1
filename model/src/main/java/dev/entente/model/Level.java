package dev.entente.model;

/** Who meets in a mechanism. */
public enum Level {
  /** Heads of state («главы государств»). */
  HEADS_OF_STATE,
  /** Heads of government («главы правительств»). */
  HEADS_OF_GOVERNMENT,
  /** Ministers («министры»). */
  MINISTERS,
  /** Deputy ministers («заместители министров»). */
  DEPUTY_MINISTERS,
  /** Heads of agencies and services («ведомства»). */
  AGENCIES,
  /** Parliaments («парламенты»). */
  PARLIAMENTS,
  /** Business people («деловые круги»). */
  BUSINESS,
  /** Experts and scholars («эксперты»). */
  EXPERTS
}
