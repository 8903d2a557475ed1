package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What GUIDELINES count as an initiative is a NAMED item an identifiable actor proposes, leads or adopts;
 * a Russian text also writes drafts and minutes of a meeting («проект Итоговой декларации», «Протокол
 * заседания …»), a side's stance («политика "одного Китая"») and strips of land («Лачинский коридор»),
 * none of them one. Each test
 * pairs such a sentence with a named item of the same head, which stays. Sentences written for the test.
 */
final class RussianInitiativePrecisionTest {

  private static final String OPENING = "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
      + "Президент Республики Казахстан и Президент Республики Узбекистан (далее – Стороны) заявляют следующее.\n\n";

  private static List<String> initiatives(String body) {
    Document doc = Parser.russian().parse("precision", OPENING + body + "\n\nТашкент, 12 марта 2024 года\n");
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static boolean any(List<String> names, String start) {
    return names.stream().anyMatch(n -> n.startsWith(start));
  }

  @Test
  void aDraft_isTheDraftedDocument_notAProject() {
    List<String> found = initiatives("1. Министры согласовали проект Итоговой декларации и проект Программы сотрудничества.\n"
        + "2. Стороны поддержали проект «Зеленая долина».\n");
    assertFalse(any(found, "проект Итоговой"), found::toString);
    assertFalse(any(found, "проект Программы"), found::toString);
    assertTrue(any(found, "проект \"Зеленая долина\""), found::toString);
  }

  @Test
  void aProjectDescribedOrADraftCited_namesNoProject_whileAQuotedBrandDoes() {
    // GIVEN a project only described by what follows it, a draft of an instrument, and a project with its brand in quotes
    List<String> found = initiatives("1. Стороны обсудили проект по модернизации портов и проект Конвенции о рыболовстве.\n"
        + "2. Стороны поддержали проект «Чистый Арал».\n");
    // THEN only the quoted brand is a project
    assertFalse(any(found, "проект по модернизации"), found::toString);
    assertFalse(any(found, "проект Конвенции"), found::toString);
    assertTrue(any(found, "проект \"Чистый Арал\""), found::toString);
  }

  @Test
  void theMinutesOfAMeeting_areNoInstrument_whileANamedProtocolIs() {
    List<String> found = initiatives("1. Сопредседатели подписали Протокол заседания Межправительственной комиссии.\n"
        + "2. Стороны одобрили проект Протокола о внесении изменений в Соглашение о торговле.\n");
    assertFalse(any(found, "Протокол заседания"), found::toString);
    assertTrue(any(found, "Протокол о внесении изменений"), found::toString);
  }

  @Test
  void theRecordOfANumberedMeeting_isNoInstrument_whileANamedProgrammeIs() {
    // the record's head before a meeting numbered by a word or by digits: the meeting's own paper, no instrument
    List<String> found = initiatives("1. Сопредседатели подписали Заключительный акт четвертого заседания Совместной"
        + " комиссии по торговле и Протокол 12-го заседания Подкомиссии по транспорту.\n"
        + "2. Стороны поддержали Программу сотрудничества «Зеленый пояс Центральной Азии».\n");
    assertFalse(any(found, "Заключительный акт"), found::toString);
    assertFalse(any(found, "Протокол"), found::toString);
    assertTrue(any(found, "Программа сотрудничества"), found::toString);
  }

  @Test
  void aStance_isNoInitiative_whileANamedPolicyIs() {
    List<String> found = initiatives("1. Узбекская сторона придерживается политики «одного Китая».\n"
        + "2. Казахстанская сторона проводит Новую экономическую политику «Нурлы жол».\n");
    assertFalse(any(found, "политика"), found::toString);
    assertTrue(any(found, "Новая экономическая политика"), found::toString);
  }

  @Test
  void aCorridorNamedByAPlace_isNoProject_whileATransportCorridorIs() {
    List<String> found = initiatives("1. Движение по Лачинскому коридору остается под контролем миротворцев.\n"
        + "2. Стороны развивают Каспийский транспортный коридор.\n");
    assertFalse(any(found, "Лачинск"), found::toString);
    assertTrue(any(found, "Каспийский транспортный коридор"), found::toString);
  }

  @Test
  void anOwnersInitiative_namesNone_whileOneThatSaysWhatItIsForStays() {
    List<String> found = initiatives("1. Стороны поддерживают инициативу Генерального секретаря ООН.\n"
        + "2. Стороны поддерживают инициативу Узбекистана о создании Международного центра по водным ресурсам.\n");
    assertFalse(any(found, "инициатива Генерального"), found::toString);
    assertTrue(any(found, "инициатива Узбекистана о создании"), found::toString);
  }
}
