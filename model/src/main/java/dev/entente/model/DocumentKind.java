package dev.entente.model;

/** What a document calls itself, from its title. */
public enum DocumentKind {
  COMMUNIQUE, JOINT_STATEMENT, DECLARATION, MEMORANDUM, AGREEMENT, PRESS_RELEASE, OTHER
}
