package dev.entente.model;

/** The sort of occasion an {@link Event} is. */
public enum EventKind {
  MEETING, SUMMIT, FORUM, CONFERENCE, SESSION, EXHIBITION, VISIT, SIGNING, TALKS, OTHER
}
