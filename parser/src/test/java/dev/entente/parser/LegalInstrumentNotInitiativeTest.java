package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «после подписания Соглашения о …», "welcomed the signing of the Memorandum of Understanding on …": a treaty,
 * convention, agreement, memorandum or protocol that a text cites, signs or brings into force is a legal
 * instrument, optional at best among initiatives, so none is emitted; a draft or a proposal stays as the
 * initiative of whoever puts it forward, and declarations, charters and compacts are not asked about. Sentences
 * written for the test in the layouts of unseen documents: a communiqué in points, a news page that retells one,
 * a heading in capitals, one long line, a list.
 */
final class LegalInstrumentNotInitiativeTest {

  private static List<String> initiatives(Parser parser, String text) {
    Document doc = parser.parse("instrument", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static boolean any(List<String> found, String start) {
    return found.stream().anyMatch(n -> n.startsWith(start));
  }

  @Test
  void citedSignedAndRatifiedInstruments_areNoInitiatives_inRussian() {
    // GIVEN a communiqué in points that cites, signs and ratifies instruments
    List<String> found = initiatives(Parser.russian(), "Совместное коммюнике Республики Армения и Республики Индия\n\n"
        + "1. Стороны отметили вступление в силу Соглашения о воздушном сообщении между двумя странами.\n"
        + "2. В присутствии глав государств подписаны Меморандум о сотрудничестве в области фармацевтики и Протокол "
        + "о консультациях между министерствами иностранных дел.\n"
        + "3. Стороны подтвердили приверженность Договору о нераспространении ядерного оружия и Конвенции о "
        + "запрещении химического оружия.\n"
        + "4. Стороны поддерживают Стратегию развития цифровой экономики до 2030 года.\n\n"
        + "Ереван, 3 марта 2025 года\n");
    // THEN no instrument is an initiative, and the strategy is
    assertFalse(any(found, "Соглашение о воздушном"), found::toString);
    assertFalse(any(found, "Меморандум"), found::toString);
    assertFalse(any(found, "Протокол"), found::toString);
    assertFalse(any(found, "Договор о нераспространении"), found::toString);
    assertFalse(any(found, "Конвенция"), found::toString);
    assertTrue(any(found, "Стратегия развития цифровой экономики"), found::toString);
  }

  @Test
  void anOrganisationsStatute_isNoInitiative_whileItsDraftIs() {
    // GIVEN a statute invoked, another celebrated, and a third being drafted
    List<String> found = initiatives(Parser.russian(), "Заявление глав государств\n\n"
        + "Мы подтверждаем верность целям Устава Организации Объединенных Наций и отмечаем 30-летие Устава ОДКБ. "
        + "Министрам поручено подготовить проект Устава Евразийского форума по безопасности.\n\n"
        + "Минск, 20 мая 2025 года\n");
    // THEN only the draft is an initiative
    assertFalse(any(found, "Устав Организации Объединенных"), found::toString);
    assertFalse(any(found, "Устав ОДКБ"), found::toString);
    assertTrue(any(found, "Устав Евразийского форума"), found::toString);
  }

  @Test
  void aNewsPageInCapitalsAndOneLongLine_citesNoInitiative() {
    // GIVEN a news page that retells a signing under a heading in capitals, its body one long line (the words quoted
    // from the statement: since session 28 the report's own lead counts nothing, ReportShape)
    List<String> found = initiatives(Parser.russian(), "ПРЕЗИДЕНТЫ ПОДПИСАЛИ ДОГОВОР О ДРУЖБЕ И СОТРУДНИЧЕСТВЕ\n\n"
        + "АСТАНА, 14 мая. \"Главы государств по итогам переговоров подписали Договор о дружбе и сотрудничестве, а также "
        + "межправительственное Соглашение о взаимном признании документов об образовании; стороны также обсудили "
        + "выполнение Минских договоренностей и поддержали Программу сотрудничества в области культуры на 2025-2027 годы\", "
        + "- говорится в совместном заявлении.\n");
    // THEN the treaty and the agreements are instruments, the programme an initiative
    assertFalse(any(found, "Договор о дружбе"), found::toString);
    assertFalse(any(found, "ДОГОВОР"), found::toString);
    assertFalse(any(found, "Соглашение о взаимном"), found::toString);
    assertFalse(any(found, "Минск"), found::toString);
    assertTrue(any(found, "Программа сотрудничества в области культуры"), found::toString);
  }

  @Test
  void aDraftOrAProposedTreaty_staysAnInitiative_inRussian() {
    // GIVEN a draft and a proposed treaty, a declaration and a charter
    List<String> found = initiatives(Parser.russian(), "Совместное заявление министров иностранных дел\n\n"
        + "1. Стороны поддерживают проект Договора о предотвращении гонки вооружений в космическом пространстве.\n"
        + "2. Стороны поддерживают выдвинутую Казахстаном Конвенцию о сотрудничестве в области водных ресурсов.\n"
        + "3. Стороны одобрили Декларацию о принципах добрососедства.\n"
        + "4. Стороны приняли Хартию молодежного сотрудничества.\n\n"
        + "Улан-Батор, 2 июня 2025 года\n");
    // THEN each stays
    assertTrue(any(found, "Договор о предотвращении гонки"), found::toString);
    assertTrue(any(found, "Конвенция о сотрудничестве в области водных"), found::toString);
    assertTrue(any(found, "Декларация о принципах добрососедства"), found::toString);
    assertTrue(any(found, "Хартия молодежного"), found::toString);
  }

  @Test
  void citedAndSignedInstruments_areNoInitiatives_inEnglish() {
    // GIVEN a joint statement with a list of instruments signed and treaties invoked
    List<String> found = initiatives(Parser.english(), "Joint Statement by the Prime Ministers of Norway and Chile\n\n"
        + "The Prime Ministers welcomed the signing of:\n"
        + "- the Memorandum of Understanding on Renewable Energy Cooperation;\n"
        + "- the Agreement on the Avoidance of Double Taxation;\n"
        + "- the Protocol on Consular Consultations.\n"
        + "They reaffirmed their commitment to the Paris Agreement and to the UN Convention on the Law of the Sea, and "
        + "welcomed the Blue Ocean Initiative launched by Chile in 2024.\n\n"
        + "Oslo, 9 September 2025\n");
    // THEN no instrument is an initiative, and the initiative is
    assertFalse(any(found, "Memorandum"), found::toString);
    assertFalse(any(found, "Agreement"), found::toString);
    assertFalse(any(found, "Protocol"), found::toString);
    assertFalse(any(found, "Paris Agreement"), found::toString);
    assertFalse(found.stream().anyMatch(n -> n.contains("Law of the Sea")), found::toString);
    assertTrue(any(found, "Blue Ocean Initiative"), found::toString);
  }

  @Test
  void aDraftTreaty_aDeclarationAndACompact_stay_inEnglish() {
    // GIVEN a draft treaty, a declaration and the Global Digital Compact
    List<String> found = initiatives(Parser.english(), "Joint Communique of Brazil and South Africa\n\n"
        + "The Ministers supported the draft Treaty on the Prevention of an Arms Race in Outer Space, recalled the "
        + "Declaration on the Rights of Indigenous Peoples and welcomed the adoption of the Global Digital Compact.\n\n"
        + "Pretoria, 12 August 2025\n");
    // THEN each stays
    assertTrue(any(found, "Treaty on the Prevention"), found::toString);
    assertTrue(any(found, "Declaration on the Rights"), found::toString);
    assertTrue(any(found, "Global Digital Compact"), found::toString);
  }
}
