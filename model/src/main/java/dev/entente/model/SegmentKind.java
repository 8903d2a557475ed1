package dev.entente.model;

/** What a stretch of the input is; segments of all kinds tile the input. */
public enum SegmentKind {
  /** Site text around the document: menus, link lists, captions, lead-ins. */
  WRAPPER,
  /** A news dateline before the document («Алматы, 27 апреля /Синьхуа/ --»). */
  DATELINE,
  /** The document's title. */
  TITLE,
  /** A paragraph before the first numbered point. */
  PREAMBLE,
  /** A paragraph of a numbered point, including its list items. */
  CLAUSE,
  /** A section heading between numbered points («II. Экономика и энергетика»). */
  HEADING,
  /** Blank lines and other text with nothing to read. */
  BLANK
}
