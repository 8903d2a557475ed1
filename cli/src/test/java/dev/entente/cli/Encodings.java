package dev.entente.cli;

import dev.entente.parser.input.TextDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** A short Russian text in the encodings archives hold. */
final class Encodings {
  static final String RUSSIAN = "Совместное заявление Республики Казахстан и Китайской Народной Республики\n"
      + "1. Стороны поддерживают сотрудничество в области энергетики, торговли и транспорта.\n"
      + "2. Следующая встреча состоится в городе Астане в 2026 году. Ёлка, щука, эхо, юг.\n";

  private Encodings() {}

  static byte[] bytes(String text, Charset charset, int... bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : bom) {
      out.write(b);
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  /** Name, bytes, and the charset a note on stderr names (null: no note). */
  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", bytes(RUSSIAN, StandardCharsets.UTF_8), null),
        Arguments.of("UTF-8 with BOM", bytes(RUSSIAN, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), null),
        Arguments.of("UTF-16LE with BOM", bytes(RUSSIAN, StandardCharsets.UTF_16LE, 0xFF, 0xFE), null),
        Arguments.of("UTF-16BE with BOM", bytes(RUSSIAN, StandardCharsets.UTF_16BE, 0xFE, 0xFF), null),
        Arguments.of("UTF-16LE without BOM", bytes(RUSSIAN, StandardCharsets.UTF_16LE), "UTF-16LE"),
        Arguments.of("windows-1251", bytes(RUSSIAN, TextDecoder.WINDOWS_1251), "windows-1251"),
        Arguments.of("KOI8-R", bytes(RUSSIAN, TextDecoder.KOI8_R), "KOI8-R"));
  }
}
