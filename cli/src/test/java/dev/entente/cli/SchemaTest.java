package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.entente.model.Act;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EntenteJson;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.PartyKind;
import dev.entente.model.RandomDocuments;
import dev.entente.model.SegmentKind;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written schema that {@code entente schema} prints against what {@code parse} writes. */
final class SchemaTest {
  private static final ObjectMapper MAPPER = EntenteJson.mapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SchemaCommand.schema());

  static void assertValid(String json) throws Exception {
    Set<ValidationMessage> errors = SCHEMA.validate(MAPPER.readTree(json));
    assertTrue(errors.isEmpty(), () -> "not valid against document.schema.json: "
        + errors.stream().limit(10).map(Object::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
  }

  @Test
  void parse_bothSeeds_outputIsValid() throws Exception {
    // WHEN
    Cli.Result r = Cli.run("parse", "--format", "jsonl", Cli.SAMPLES.toString());
    // THEN
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertEquals(2, lines.size());
    for (String line : lines) {
      assertValid(line);
    }
  }

  @Test
  void handBuiltAndRandomDocuments_areValid() throws Exception {
    assertValid(EntenteJson.toJson(Cli.handBuilt()));
    for (long seed = 0; seed < 200; seed++) {
      Document doc = RandomDocuments.document(new Random(seed));
      assertValid(EntenteJson.toJson(doc));
    }
  }

  @Test
  void invalidDocument_isRejected() throws Exception {
    JsonNode doc = MAPPER.readTree(EntenteJson.toJson(Cli.handBuilt()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("kind", "LETTER");
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("surprise", 1);
    Set<ValidationMessage> errors = SCHEMA.validate(doc);
    assertEquals(2, errors.size(), errors::toString);
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("/properties/kind/enum", DocumentKind.values()),
        Arguments.of("/$defs/party/properties/kind/enum", PartyKind.values()),
        Arguments.of("/$defs/segment/properties/kind/enum", SegmentKind.values()),
        Arguments.of("/$defs/statement/properties/act/oneOf/1/enum", Act.values()),
        Arguments.of("/$defs/statement/properties/strength/oneOf/1/enum", Strength.values()),
        Arguments.of("/$defs/statement/properties/topics/items/enum", Topic.values()),
        Arguments.of("/$defs/initiative/properties/kind/enum", InitiativeKind.values()),
        Arguments.of("/$defs/mechanism/properties/kind/enum", MechanismKind.values()),
        Arguments.of("/$defs/mechanism/properties/level/oneOf/1/enum", Level.values()),
        Arguments.of("/$defs/mechanism/properties/status/enum", MechanismStatus.values()),
        Arguments.of("/$defs/event/properties/kind/enum", EventKind.values()),
        Arguments.of("/$defs/event/properties/status/enum", EventStatus.values()),
        Arguments.of("/$defs/diagnostic/properties/code/enum", DiagnosticCode.values()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void schemaEnum_equalsTheModelEnum(String pointer, Enum<?>[] values) throws Exception {
    JsonNode node = MAPPER.readTree(SchemaCommand.schema()).at(pointer);
    List<String> inSchema = new ArrayList<>();
    node.forEach(n -> inSchema.add(n.asText()));
    assertEquals(new TreeSet<>(Arrays.stream(values).map(Enum::name).collect(Collectors.toList())),
        new TreeSet<>(inSchema), pointer);
  }
}
