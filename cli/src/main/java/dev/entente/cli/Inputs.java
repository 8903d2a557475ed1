package dev.entente.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the command line's files and folders into texts, one clear error line per bad file. */
final class Inputs {
  /** Files larger than this are refused unless {@code --max-size} raises it. */
  static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private Inputs() {}

  /** The files named, folders walked in name order. */
  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files.addAll(walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The text of a file, or an exception whose message is the one line to print. */
  static String read(Path file, long maxBytes) throws BadInputException {
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(file + ": cannot be read (permission denied)");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInputException(String.format(
            "%s: %,d bytes is larger than the limit of %,d bytes (raise it with --max-size)", file, size, maxBytes));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0) {
        throw new BadInputException(file + ": empty file");
      }
      int nul = 0;
      for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
        if (bytes[i] == 0) {
          nul++;
        }
      }
      if (nul > 0 && !(bytes.length > 1 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
          || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)))) {
        throw new BadInputException(file + ": binary data, not text");
      }
      return decode(bytes, file);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, Path file) throws BadInputException {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": not valid UTF-8 text");
    }
  }

  /** A file that cannot be parsed; the message is the line to print. */
  static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }
}
