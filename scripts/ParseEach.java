import dev.entente.model.EntenteJson;
import dev.entente.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the JSON of each file as one parser reads it, one document per line: {@code ru} and
 * {@code en} are the one-language parsers (which check the text's language themselves),
 * {@code detect} the detecting parser the CLI uses. Run as a single-file program by
 * {@code scripts/parse-outputs.sh}: {@code java -cp cli/target/entente.jar scripts/ParseEach.java ru FILE...}.
 */
public final class ParseEach {
  private ParseEach() {}

  public static void main(String[] args) throws Exception {
    Parser parser = switch (args[0]) {
      case "ru" -> Parser.russian();
      case "en" -> Parser.english();
      case "detect" -> Parser.detecting();
      default -> throw new IllegalArgumentException("ru, en or detect, not " + args[0]);
    };
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < args.length; i++) {
      Path file = Path.of(args[i]);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      out.append(EntenteJson.toJson(parser.parse(file.getFileName().toString(), text))).append('\n');
    }
    System.out.print(out);
  }
}
