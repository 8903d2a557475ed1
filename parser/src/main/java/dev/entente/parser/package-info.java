/**
 * The Entente parser: text of a diplomatic document in, a {@link dev.entente.model.Document} out.
 * Start at {@link dev.entente.parser.Parser}: {@code Parser.russian()}, or
 * {@code Parser.forLanguage(language)} / {@code Parser.builder()} for another {@link
 * dev.entente.parser.Language} or other limits. A parser is immutable and thread-safe; keep one in
 * a {@code static final} field. Input it cannot read at all is refused with an {@link
 * dev.entente.parser.EntenteException} naming its {@link dev.entente.parser.EntenteException.Reason};
 * anything readable gives a document, with diagnostics for what looked wrong.
 *
 * <p>Inside, a parse is a pipeline of package-private stages, each reading what the earlier ones
 * left in a per-parse {@code Context}: {@code Normalizer} (typography folded, offsets kept) →
 * {@code Tokenizer} → {@code Segmenter} (wrapper, title, dateline, preamble, numbered clauses) →
 * {@code SentenceSplitter} → {@code DocumentDater} → {@code PartyRecognizer} → {@code
 * PersonRecognizer} → {@code SignatoryResolver} → {@code ConceptRecognizer} (with {@code
 * NameExtent}, {@code InitiativeRecognizer}, {@code MechanismRecognizer}, {@code EventRecognizer},
 * {@code ConceptMerger}) → {@code IdAssigner} → {@code DocumentDater.settle} → {@code
 * StatementRecognizer} → {@code Assembler}, which only maps to the model. The stages hold no word
 * of any language: they ask the {@link dev.entente.parser.Language} (morphology and a few grammar
 * rules) and its data folder {@code dev/entente/parser/<code>/} (gazetteers, lexicons, the
 * {@code WordClass} rows of {@code words.tsv}), loaded once per language into {@code LanguageData}.
 */
package dev.entente.parser;
