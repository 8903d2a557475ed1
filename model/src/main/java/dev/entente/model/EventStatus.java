package dev.entente.model;

/** Whether an event took place before the document (or is its occasion) or lies ahead. */
public enum EventStatus {
  /** It took place before the document, or is the document's occasion. */
  HELD,
  /** It lies ahead of the document. */
  PLANNED
}
