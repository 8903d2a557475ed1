package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Mention;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.RandomDocuments;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The store's binary form of a document gives back an equal document, or says it is damaged. */
final class DocumentFormTest {
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);

  @Test
  void decodedForm_equalsTheDocument_withTextInsideOrApart() {
    qt().withExamples(TRIES).forAll(RandomDocuments.documents()).checkAssert(doc -> {
      byte[] inside = DocumentForm.encode(doc, false);
      assertEquals(doc, DocumentForm.decode(inside, inside.length, null));
      byte[] apart = DocumentForm.encode(doc, true);
      String text = new String(doc.text().toCharArray());
      Document back = DocumentForm.decode(apart, apart.length, text);
      assertEquals(doc, back);
      assertSame(text, back.text(), "the text given is the document's, not a copy");
      assertEquals(EntenteJson.toJson(doc), EntenteJson.toJson(back));
    });
  }

  @Test
  void decodedWithSharedStrings_equalsTheDocument_andRepeatsNoShortString() {
    SharedStrings shared = new SharedStrings();
    qt().withExamples(TRIES).forAll(RandomDocuments.documents()).checkAssert(doc -> {
      byte[] form = DocumentForm.encode(doc, false);
      Document first = DocumentForm.decode(form, form.length, null, shared);
      Document second = DocumentForm.decode(form, form.length, null, shared);
      assertEquals(doc, first);
      assertEquals(doc, second);
      assertSame(first.id(), second.id(), "a short string read twice is held once");
    });
  }

  @Test
  void equalDocuments_haveEqualForms() {
    qt().withExamples(Math.min(TRIES, 100)).forAll(RandomDocuments.documents()).checkAssert(doc -> {
      Document copy = EntenteJson.fromJson(EntenteJson.toJson(doc));
      assertArrayEquals(DocumentForm.encode(doc, true), DocumentForm.encode(copy, true));
    });
  }

  @Test
  void loneSurrogatesOrdinalAndRepeatedStrings_roundTrip() {
    String text = "Казахстан \uD800 и 😀 Казахстан";
    Document doc = Document.builder().id("doc-1").title("t\uD800").kind(dev.entente.model.DocumentKind.OTHER)
        .language("ru").text(text)
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .addMention(Mention.in(text, 0, 9)).addMention(Mention.in(text, text.length() - 9, text.length())).build())
        .addEvent(Event.builder().id("event-1").name("x").kind(EventKind.MEETING).status(EventStatus.HELD)
            .ordinal(200).build())
        .build();
    byte[] form = DocumentForm.encode(doc, false);
    Document back = DocumentForm.decode(form, form.length, null);
    assertEquals(doc, back);
    assertSame(back.parties().get(0).name(), back.parties().get(0).mentions().get(1).text(),
        "a string that repeats is read once");
  }

  @Test
  void damagedForm_isRefusedWithAMessage() {
    Document doc = RandomDocuments.document(new java.util.Random(7));
    byte[] form = DocumentForm.encode(doc, false);
    IllegalStateException cut = assertThrows(IllegalStateException.class,
        () -> DocumentForm.decode(Arrays.copyOf(form, form.length / 2), form.length / 2, null));
    assertTrue(cut.getMessage().startsWith("stored document is damaged"), cut.getMessage());
    byte[] otherFormat = form.clone();
    otherFormat[0] = 9;
    IllegalStateException format = assertThrows(IllegalStateException.class,
        () -> DocumentForm.decode(otherFormat, otherFormat.length, null));
    assertEquals("stored document has form 9, this Entente reads form 1", format.getMessage());
    byte[] apart = DocumentForm.encode(doc, true);
    IllegalStateException noText = assertThrows(IllegalStateException.class,
        () -> DocumentForm.decode(apart, apart.length, null));
    assertTrue(noText.getMessage().endsWith("keeps its text apart, but none was given"), noText.getMessage());
  }

  @Test
  void storedBytesWithABadChecksum_areRefusedWithAMessage() {
    // GIVEN a document's stored bytes whose last byte (of zlib's checksum) is changed
    Document doc = RandomDocuments.document(new java.util.Random(11));
    DocumentCodec.Encoded encoded = DocumentCodec.encode(doc);
    byte[] stored = encoded.form().clone();
    stored[stored.length - 1] ^= 1;
    // WHEN / THEN
    assertEquals(doc, DocumentCodec.decode(encoded.form(), encoded.formBytes(), doc.text()));
    IllegalStateException damaged = assertThrows(IllegalStateException.class,
        () -> DocumentCodec.decode(stored, encoded.formBytes(), doc.text()));
    assertTrue(damaged.getMessage().startsWith("stored document is damaged"), damaged.getMessage());
  }
}
