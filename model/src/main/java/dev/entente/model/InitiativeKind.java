package dev.entente.model;

/** The sort of named undertaking an {@link Initiative} is. */
public enum InitiativeKind {
  /** An initiative («инициатива»). */
  INITIATIVE,
  /** A strategy or concept («стратегия»). */
  STRATEGY,
  /** A programme («программа»). */
  PROGRAMME,
  /** A plan or road map («план», «дорожная карта»). */
  PLAN,
  /** A project («проект»). */
  PROJECT,
  /** A resolution («резолюция»). */
  RESOLUTION,
  /** An agreement or memorandum named as such («соглашение»). */
  AGREEMENT,
  /** A treaty or convention («договор», «конвенция»). */
  TREATY,
  /** An international year or decade («Международный год …»). */
  INTERNATIONAL_PERIOD
}
