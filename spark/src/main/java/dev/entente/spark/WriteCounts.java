package dev.entente.spark;

/** What {@link ParsedTables#writeParquet} wrote: how many input rows gave a document, how many failed. */
public final class WriteCounts {
  private final long documents;
  private final long failures;

  WriteCounts(long documents, long failures) {
    this.documents = documents;
    this.failures = failures;
  }

  /** Input rows that gave a document. */
  public long documents() {
    return documents;
  }

  /** Input rows that gave a row of the failures table instead. */
  public long failures() {
    return failures;
  }

  @Override
  public String toString() {
    return documents + " documents, " + failures + " failures";
  }
}
