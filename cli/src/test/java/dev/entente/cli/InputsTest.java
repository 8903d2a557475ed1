package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiagnosticCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class InputsTest {
  static final String RUSSIAN = "Совместное заявление Республики Казахстан и Китайской Народной Республики\n"
      + "1. Стороны поддерживают сотрудничество в области энергетики, торговли и транспорта.\n"
      + "2. Следующая встреча состоится в городе Астане в 2026 году. Ёлка, щука, эхо, юг.\n";
  private static final Path FILE = Path.of("test.txt");

  static byte[] bytes(String text, Charset charset, int... bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : bom) {
      out.write(b);
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", bytes(RUSSIAN, StandardCharsets.UTF_8), null),
        Arguments.of("UTF-8 with BOM", bytes(RUSSIAN, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), null),
        Arguments.of("UTF-16LE with BOM", bytes(RUSSIAN, StandardCharsets.UTF_16LE, 0xFF, 0xFE), "UTF-16LE"),
        Arguments.of("UTF-16BE with BOM", bytes(RUSSIAN, StandardCharsets.UTF_16BE, 0xFE, 0xFF), "UTF-16BE"),
        Arguments.of("windows-1251", bytes(RUSSIAN, Inputs.WINDOWS_1251), "windows-1251"),
        Arguments.of("KOI8-R", bytes(RUSSIAN, Inputs.KOI8_R), "KOI8-R"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void decode_encodingAsFoundInArchives_givesTheText(String name, byte[] bytes, String decodedFrom) throws Exception {
    // WHEN
    Inputs.Input input = Inputs.decode(FILE, bytes);
    // THEN
    assertEquals(RUSSIAN, input.text(), name);
    if (decodedFrom == null) {
      assertTrue(input.diagnostics().isEmpty(), input.diagnostics()::toString);
    } else {
      assertEquals(DiagnosticCode.DECODED, input.diagnostics().get(0).code());
      assertTrue(input.diagnostics().get(0).message().contains(decodedFrom), input.diagnostics()::toString);
    }
    boolean guessed = name.equals("windows-1251") || name.equals("KOI8-R");
    assertEquals(guessed, !input.notes().isEmpty(), input.notes()::toString);
    if (guessed) {
      assertEquals("test.txt: not UTF-8; decoded as " + name, input.notes().get(0));
    }
  }

  @Test
  void decode_shortLegacyText_stillPicksTheRightEncoding() throws Exception {
    String text = "Стороны договорились о дальнейшем развитии сотрудничества.";
    assertEquals(text, Inputs.decode(FILE, bytes(text, Inputs.KOI8_R)).text());
    assertEquals(text, Inputs.decode(FILE, bytes(text, Inputs.WINDOWS_1251)).text());
  }

  @Test
  void decode_htmlPage_isReducedToTextWithOneLinePerBlock() throws Exception {
    // GIVEN
    String page = "<!DOCTYPE html><html><head><title>Заявление</title><style>p{color:red}</style>"
        + "<script>var x = '<p>нет</p>';</script></head><body><h1>Совместное заявление</h1>"
        + "<p>1. Стороны &laquo;поддерживают&raquo; сотрудничество в области энергетики и торговли.</p>"
        + "<ul><li>строительство трубопровода между Казахстаном и Китаем;</li><li>обмен опытом</li></ul>"
        + "<div>2. Следующая встреча<br>состоится в Астане.</div></body></html>";
    // WHEN
    Inputs.Input input = Inputs.decode(FILE, page.getBytes(StandardCharsets.UTF_8));
    // THEN
    assertEquals("Совместное заявление\n"
        + "1. Стороны «поддерживают» сотрудничество в области энергетики и торговли.\n"
        + "строительство трубопровода между Казахстаном и Китаем;\n"
        + "обмен опытом\n"
        + "2. Следующая встреча\n"
        + "состоится в Астане.\n", input.text());
    assertEquals(DiagnosticCode.MARKUP, input.diagnostics().get(0).code());
    assertTrue(input.diagnostics().get(0).message().contains("extracted"), input.diagnostics()::toString);
  }

  @Test
  void decode_htmlInWindows1251_isDecodedThenReduced() throws Exception {
    String page = "<html><body><p>" + RUSSIAN.replace("\n", "</p><p>") + "</p></body></html>";
    Inputs.Input input = Inputs.decode(FILE, bytes(page, Inputs.WINDOWS_1251));
    assertEquals(RUSSIAN, input.text());
    assertEquals(2, input.diagnostics().size(), input.diagnostics()::toString);
  }

  @Test
  void decode_truncatedUtf8_isRefusedAsTruncated() {
    byte[] whole = (RUSSIAN + "ж").getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    Inputs.BadInputException e = assertThrows(Inputs.BadInputException.class, () -> Inputs.decode(FILE, cut));
    assertEquals(Inputs.Problem.TRUNCATED, e.problem);
    assertTrue(e.getMessage().startsWith("test.txt: truncated"), e.getMessage());
  }

}
