package dev.entente.model;

/** What a statement does: the diplomatic act of its main verb. */
public enum Act {
  /** They agreed or settled something: «договорились», «условились». */
  AGREE,
  /** They will do something: «будут», «продолжат». */
  COMMIT,
  /** They declare readiness: «готовы». */
  READY,
  /** They support something: «поддерживают». */
  SUPPORT,
  /** They welcome something: «приветствуют». */
  WELCOME,
  /** They value something highly: «высоко оценивают». */
  APPRECIATE,
  /** They note something: «отметили». */
  NOTE,
  /** They reaffirm a position: «подтвердили». */
  REAFFIRM,
  /** They emphasise something: «подчеркнули». */
  EMPHASIZE,
  /** They oppose something: «выступают против». */
  OPPOSE,
  /** They call on someone: «призывают». */
  CALL,
  /** They recognise something: «признают». */
  RECOGNIZE,
  /** They congratulate someone: «поздравили». */
  CONGRATULATE,
  /** They thank someone: «поблагодарили». */
  THANK,
  /** They invite someone: «пригласил». */
  INVITE,
  /** They discussed something: «обсудили». */
  DISCUSS,
  /** They decided something: «решили». */
  DECIDE,
  /** They condemn something: «осуждают». */
  CONDEMN,
  /** They are concerned about something: «озабочены». */
  CONCERN,
  /** They hold an opinion: «считают». */
  CONSIDER,
  /** They are interested in something: «заинтересованы». */
  INTEREST,
  /** They signed something: «подписали». */
  SIGN,
  /** Someone visited a place: «посетил». */
  VISIT,
  /** They adopted something: «приняли». */
  ADOPT
}
