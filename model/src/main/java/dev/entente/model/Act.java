package dev.entente.model;

/** What a statement does: the diplomatic act of its main verb. */
public enum Act {
  AGREE, COMMIT, READY, SUPPORT, WELCOME, APPRECIATE, NOTE, REAFFIRM, EMPHASIZE, OPPOSE, CALL,
  RECOGNIZE, CONGRATULATE, THANK, INVITE, DISCUSS, DECIDE, CONDEMN, CONCERN, CONSIDER, INTEREST,
  SIGN, VISIT, ADOPT
}
