package dev.entente.model;

/** The sort of occasion an {@link Event} is. */
public enum EventKind {
  /** A meeting («встреча», «заседание»). */
  MEETING,
  /** A summit («саммит»). */
  SUMMIT,
  /** A forum («форум»). */
  FORUM,
  /** A conference («конференция»). */
  CONFERENCE,
  /** A session («сессия»). */
  SESSION,
  /** An exhibition or fair («выставка», «ярмарка»). */
  EXHIBITION,
  /** A visit («визит»). */
  VISIT,
  /** A signing ceremony («подписание»). */
  SIGNING,
  /** Talks or negotiations («переговоры»). */
  TALKS,
  /** Any other occasion («мероприятие»). */
  OTHER
}
