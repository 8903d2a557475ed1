package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A transcript of statements to the press names its speakers by labels («В.Путин: …»): a label says who speaks, not
 * whom he represents, so a speaker the text gives no party or role keeps none (GUIDELINES: null where the text does
 * not say), while one the text names with his state keeps it. Every text is written for these tests.
 */
final class SpeakerLabelHasNoPartyTest {
  private static Optional<String> partyOf(Document doc, String surname) {
    return doc.participants().stream().filter(p -> p.name().contains(surname)).findFirst()
        .flatMap(Participant::party);
  }

  @Test
  void aLabelledSpeaker_withNoRole_hasNoParty() {
    // GIVEN a transcript: a head of state's label opens his words, nothing names his state by him
    Document doc = Parser.russian().parse("Заявления для прессы по итогам российско-аргентинских переговоров\n"
        + "Москва, 14 апреля 2009 года\n"
        + "Д.Медведев: Уважаемая госпожа Президент! Дамы и господа! Мы только что завершили переговоры с Аргентиной.\n"
        + "Россия готова расширять торговлю и сотрудничество в энергетике.\n");
    assertEquals(Optional.empty(), partyOf(doc, "Медведев"), doc.participants().toString());
  }

  @Test
  void aSpeakerNamedInTheText_withHisState_keepsIt() {
    // GIVEN a statement in which the head is named with his state, not by a label
    Document doc = Parser.russian().parse("Президент Российской Федерации Д.Медведев и Президент Аргентинской"
        + " Республики К.Фернандес де Киршнер провели переговоры в Москве.\n"
        + "Россия и Аргентина договорились расширять торговлю.\n");
    assertEquals(Optional.of("RU"), partyOf(doc, "Медведев"), doc.participants().toString());
  }
}
