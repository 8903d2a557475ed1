/**
 * The Entente model: immutable values for a parsed diplomatic document. Start at {@link Document},
 * the root; {@link EntenteJson} reads and writes it as the JSON of the SPEC.
 *
 * <p>Every extracted item carries {@link Mention}s whose offsets are UTF-16 indices into
 * {@link Document#text()}, the original input, so a user can highlight what was found.
 */
@Value.Style(
    // java.util collections in the generated code: no Guava type reaches a signature or Jackson,
    // which reads them with any 2.x version (issue 14).
    jdkOnly = true,
    // Lists as List.of/List.copyOf make them (one copy at build, 24 bytes for a list of one or two
    // instead of 16-64), and a builder allocates a list only for an attribute given elements: a
    // store load builds millions of statements whose lists are mostly empty (issue 16).
    jdk9Collections = true,
    deferCollectionAllocation = true,
    // Defaults computed in the constructor, in attribute order, instead of through an init shim:
    // the shim was an object per statement (the only type with two defaults) and a volatile field
    // written per statement and read by negated() and rule(); no default here reads another.
    unsafeDefaultAndDerived = true,
    // No @Generated on the generated classes: value-annotations is compile-only, and modules that
    // read these class files would warn that the annotation's class is missing.
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"statement:statements", "party:parties", "diagnostic:diagnostics",
        "signatory:signatories", "initiative:initiatives", "mechanism:mechanisms", "event:events",
        "clause:clauses", "paragraph:paragraphs", "item:items", "topic:topics", "actor:actors",
        "segment:segments", "participant:participants", "mention:mentions"})
package dev.entente.model;

import org.immutables.value.Value;
