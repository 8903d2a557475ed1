package dev.entente.model;

/** Whether a mechanism already works, is created by the document, or is only called for. */
public enum MechanismStatus {
  /** It already works. */
  EXISTING,
  /** The document creates or launches it. */
  NEW,
  /** The document only calls for it or proposes it. */
  PROPOSED
}
