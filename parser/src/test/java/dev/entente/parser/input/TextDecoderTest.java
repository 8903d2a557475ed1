package dev.entente.parser.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.parser.EntenteException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 19 items 1, 9 and 13 (decoding) and issue 14 item 2 (decoding in the library). */
final class TextDecoderTest {
  static final String RUSSIAN = "Совместное заявление Республики Казахстан и Китайской Народной Республики\n"
      + "1. Стороны поддерживают сотрудничество в области энергетики, торговли и транспорта.\n"
      + "2. Следующая встреча состоится в городе Астане в 2026 году. Ёлка, щука, эхо, юг.\n";

  static byte[] bytes(String text, Charset charset, int... bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : bom) {
      out.write(b);
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Diagnostic only(DecodedText decoded, DiagnosticCode code) {
    List<Diagnostic> found = decoded.diagnostics().stream().filter(d -> d.code() == code).toList();
    assertEquals(1, found.size(), decoded.diagnostics()::toString);
    return found.get(0);
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", bytes(RUSSIAN, StandardCharsets.UTF_8), "UTF-8"),
        Arguments.of("UTF-8 with BOM", bytes(RUSSIAN, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), "UTF-8"),
        Arguments.of("UTF-16LE with BOM", bytes(RUSSIAN, StandardCharsets.UTF_16LE, 0xFF, 0xFE), "UTF-16LE"),
        Arguments.of("UTF-16BE with BOM", bytes(RUSSIAN, StandardCharsets.UTF_16BE, 0xFE, 0xFF), "UTF-16BE"),
        Arguments.of("UTF-16LE without BOM", bytes(RUSSIAN, StandardCharsets.UTF_16LE), "UTF-16LE"),
        Arguments.of("UTF-16BE without BOM", bytes(RUSSIAN, StandardCharsets.UTF_16BE), "UTF-16BE"),
        Arguments.of("windows-1251", bytes(RUSSIAN, TextDecoder.WINDOWS_1251), "windows-1251"),
        Arguments.of("KOI8-R", bytes(RUSSIAN, TextDecoder.KOI8_R), "KOI8-R"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void decode_encodingAsFoundInArchives_givesTheText(String name, byte[] bytes, String charset) {
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals(RUSSIAN, decoded.text(), name);
    assertEquals(charset, decoded.charset());
    if (charset.equals("UTF-8")) {
      assertTrue(decoded.diagnostics().isEmpty(), decoded.diagnostics()::toString);
    } else {
      assertTrue(only(decoded, DiagnosticCode.DECODED).message().contains(charset), decoded.diagnostics()::toString);
    }
  }

  @Test
  void decode_shortLegacyText_stillPicksTheRightEncoding() {
    String text = "Стороны договорились о дальнейшем развитии сотрудничества.";
    assertEquals(text, TextDecoder.decode(bytes(text, TextDecoder.KOI8_R)).text());
    assertEquals(text, TextDecoder.decode(bytes(text, TextDecoder.WINDOWS_1251)).text());
  }

  @Test
  void item1_oneStrayByteInUtf8_isReplacedWithItsOffset_notTheWholeFileReadAsKoi8() {
    for (int stray : new int[] {0xFF, 0xA0, 0x93}) {
      byte[] bytes = concat(utf8("Совместное заявление\n1. Стороны "), new byte[] {(byte) stray}, utf8(RUSSIAN));
      DecodedText decoded = TextDecoder.decode(bytes);
      assertEquals("UTF-8", decoded.charset());
      assertEquals("Совместное заявление\n1. Стороны \uFFFD" + RUSSIAN, decoded.text());
      Diagnostic d = only(decoded, DiagnosticCode.REPLACEMENT_CHARACTERS);
      int offset = utf8("Совместное заявление\n1. Стороны ").length;
      assertTrue(d.message().contains("1 invalid UTF-8 sequence replaced by U+FFFD, at byte offset " + offset), d::message);
      assertEquals(decoded.text().indexOf('\uFFFD'), d.span().orElseThrow().start());
    }
  }

  @Test
  void item1_cp1252QuotesAndTrailingNbsp_inUtf8_becomeReplacementCharacters() {
    byte[] bytes = concat(utf8(RUSSIAN + "Стороны приветствуют "), new byte[] {(byte) 0x93},
        utf8("Пояс и путь"), new byte[] {(byte) 0x94}, utf8(".\n"), new byte[] {(byte) 0xA0});
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals(RUSSIAN + "Стороны приветствуют \uFFFDПояс и путь\uFFFD.\n\uFFFD", decoded.text());
    assertTrue(only(decoded, DiagnosticCode.REPLACEMENT_CHARACTERS).message().startsWith("3 invalid UTF-8 sequences"));
  }

  @Test
  void item1_oneWindows1251LineInUtf8_isReadAsWindows1251_andTheFileCalledMixed() {
    String line = "Стороны подтвердили приверженность принципам добрососедства.\n";
    byte[] bytes = concat(utf8(RUSSIAN), bytes(line, TextDecoder.WINDOWS_1251), utf8(RUSSIAN));
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals("UTF-8", decoded.charset());
    assertEquals(RUSSIAN + line + RUSSIAN, decoded.text());
    Diagnostic d = only(decoded, DiagnosticCode.DECODED);
    assertTrue(d.message().startsWith("mixed encodings: UTF-8, with runs that read as Russian only in a legacy "
        + "encoding: windows-1251 at bytes " + utf8(RUSSIAN).length + "–"), d::message);
  }

  @Test
  void item1_aKoi8LineInUtf8_isReadAsKoi8() {
    String line = "Стороны подтвердили приверженность принципам добрососедства.\n";
    byte[] bytes = concat(utf8(RUSSIAN), bytes(line, TextDecoder.KOI8_R));
    assertEquals(RUSSIAN + line, TextDecoder.decode(bytes).text());
  }

  @Test
  void item1_aFewUtf8CharactersInAWindows1251File_leaveItWindows1251() {
    byte[] bytes = concat(bytes(RUSSIAN + RUSSIAN + RUSSIAN, TextDecoder.WINDOWS_1251), utf8("№ «"));
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals("windows-1251", decoded.charset());
    assertTrue(decoded.text().startsWith(RUSSIAN));
  }

  @Test
  void item1_truncatedUtf8_keepsItsTextWithATruncatedDiagnostic() {
    byte[] whole = utf8(RUSSIAN + "ж");
    DecodedText decoded = TextDecoder.decode(Arrays.copyOf(whole, whole.length - 1));
    assertEquals(RUSSIAN + "\uFFFD", decoded.text());
    assertTrue(only(decoded, DiagnosticCode.TRUNCATED).message().contains("ends inside a UTF-8 character"));
    assertTrue(decoded.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.REPLACEMENT_CHARACTERS));
  }

  @Test
  void item9_oneNulByte_doesNotMakeAValidFileBinary() {
    byte[] bytes = concat(utf8(RUSSIAN), new byte[] {0}, utf8(RUSSIAN));
    assertEquals(RUSSIAN + "\u0000" + RUSSIAN, TextDecoder.decode(bytes).text());
  }

  @Test
  void item9_utf16WithoutAByteOrderMark_isText_notBinary() {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      DecodedText decoded = TextDecoder.decode(bytes("Joint statement. " + RUSSIAN, utf16));
      assertEquals("Joint statement. " + RUSSIAN, decoded.text());
      assertTrue(only(decoded, DiagnosticCode.DECODED).message().contains("no byte order mark"));
    }
  }

  @Test
  void item9_binaryData_isRefused() {
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, utf8(RUSSIAN));
    EntenteException e = assertThrows(EntenteException.class, () -> TextDecoder.decode(png));
    assertEquals(EntenteException.Reason.BINARY, e.reason());
    byte[] controls = new byte[1000];
    Arrays.fill(controls, (byte) 1);
    assertEquals(EntenteException.Reason.BINARY,
        assertThrows(EntenteException.class, () -> TextDecoder.decode(controls)).reason());
  }

  @Test
  void item13_aStreamOfZeros_isRefusedFromItsFirst64KiB_withoutReadingTheRest() throws IOException {
    long[] read = {0};
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        read[0] += len;
        Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };
    EntenteException e = assertThrows(EntenteException.class, () -> TextDecoder.read(zeros, Long.MAX_VALUE / 4));
    assertEquals(EntenteException.Reason.BINARY, e.reason());
    assertTrue(read[0] <= TextDecoder.SAMPLE, () -> read[0] + " bytes read");
  }

  @Test
  void read_moreThanTheLimit_isRefusedAsTooLarge() {
    byte[] bytes = utf8(RUSSIAN.repeat(2000));
    EntenteException e = assertThrows(EntenteException.class,
        () -> TextDecoder.read(new ByteArrayInputStream(bytes), bytes.length - 1));
    assertEquals(EntenteException.Reason.TOO_LARGE, e.reason());
  }

  @Test
  void read_aLargeStream_givesWhatDecodeGives() throws IOException {
    byte[] bytes = bytes(RUSSIAN.repeat(2000), TextDecoder.WINDOWS_1251);
    assertEquals(TextDecoder.decode(bytes), TextDecoder.read(new ByteArrayInputStream(bytes), bytes.length));
  }

  @Test
  void decode_emptyAndBlank_areRefusedAsEmpty() {
    for (byte[] bytes : new byte[][] {{}, utf8(" \n\t"), {(byte) 0xFF, (byte) 0xFE, ' ', 0}}) {
      assertEquals(EntenteException.Reason.EMPTY,
          assertThrows(EntenteException.class, () -> TextDecoder.decode(bytes)).reason());
    }
  }

  @Test
  void decode_htmlPage_isReducedToTextWithOneLinePerBlock() {
    String page = "<!DOCTYPE html><html><head><title>Заявление</title><style>p{color:red}</style>"
        + "<script>var x = '<p>нет</p>';</script></head><body><h1>Совместное заявление</h1>"
        + "<p>1. Стороны &laquo;поддерживают&raquo; сотрудничество в области энергетики и торговли.</p>"
        + "<ul><li>строительство трубопровода между Казахстаном и Китаем;</li><li>обмен опытом</li></ul>"
        + "<div>2. Следующая встреча<br>состоится в Астане.</div></body></html>";
    DecodedText decoded = TextDecoder.decode(utf8(page));
    assertEquals("Совместное заявление\n"
        + "1. Стороны «поддерживают» сотрудничество в области энергетики и торговли.\n"
        + "строительство трубопровода между Казахстаном и Китаем;\n"
        + "обмен опытом\n"
        + "2. Следующая встреча\n"
        + "состоится в Астане.\n", decoded.text());
    assertTrue(only(decoded, DiagnosticCode.MARKUP).message().contains("extracted"));
  }

  @Test
  void decode_htmlInWindows1251_isDecodedThenReduced_andDiagnosticsLoseSpansIntoThePage() {
    String page = "<html><body><p>" + RUSSIAN.replace("\n", "</p><p>") + "</p></body></html>";
    DecodedText decoded = TextDecoder.decode(bytes(page, TextDecoder.WINDOWS_1251));
    assertEquals(RUSSIAN, decoded.text());
    assertEquals(2, decoded.diagnostics().size(), decoded.diagnostics()::toString);
    byte[] mixed = concat(utf8("<html><body><p>" + RUSSIAN), new byte[] {(byte) 0xFF}, utf8("</p></body></html>"));
    assertFalse(TextDecoder.decode(mixed).diagnostics().stream().anyMatch(d -> d.span().isPresent()));
  }
}
