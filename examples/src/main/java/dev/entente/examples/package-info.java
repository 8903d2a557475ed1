/**
 * Small programs, one per analyst question, over the sample documents or the files named on the
 * command line: {@link dev.entente.examples.WhoSupportsBeltAndRoad} (start here: parse with
 * {@code Parser.russian()}, ask with {@code Query.from(documents)}), {@link
 * dev.entente.examples.EventsTimeline}, {@link dev.entente.examples.PlannedEventsInAstana}, {@link
 * dev.entente.examples.MechanismsCreatedByDocument}, {@link dev.entente.examples.DiffTwoDocuments}
 * and {@link dev.entente.examples.ExportStatementsToCsv}. Each has a {@code main} and is run by
 * {@code ExamplesTest}.
 */
package dev.entente.examples;
