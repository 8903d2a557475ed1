package com.example;

import dev.entente.model.Document;
import dev.entente.parser.Parser;
import java.io.IOException;
import java.nio.file.Path;

/** An application's use of Entente: prints who signed each file given, in any encoding. */
public final class WhoSigned {
  private static final Parser PARSER = Parser.russian();

  private WhoSigned() {}

  /**
   * Prints one line per file: its id, kind and signatories.
   *
   * @param args the files to read
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    for (String file : args) {
      Document doc = PARSER.parse(Path.of(file));
      System.out.println(doc.id() + "\t" + doc.kind() + "\t" + String.join(", ", doc.signatories()));
    }
  }
}
