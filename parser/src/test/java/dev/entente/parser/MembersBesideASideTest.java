package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A collective subject that names a state and the members of an organisation («Мы, Российская
 * Федерация и государства — члены …», «We, the Russian Federation and the member States of …»):
 * the state and the organisation adopt the text. Every text is written for these tests.
 */
final class MembersBesideASideTest {
  @Test
  void aRussianSubject_stateAndTheMembersOfAnOrganisation_namesBoth() {
    // GIVEN a declaration under a heading broken into short lines, whose subject opens after an introductory phrase
    Document doc = Parser.russian().parse("ДЕКЛАРАЦИЯ\nГЛАВ ГОСУДАРСТВ И\nПРАВИТЕЛЬСТВ\nО ПАРТНЕРСТВЕ\n(Вена, 3 июня 2004\nгода)\n\n"
        + "Время требует от нас совместных ответов на новые угрозы.\n\n"
        + "Руководствуясь этим, мы, Российская Федерация и государства - члены Организации Североатлантического договора,"
        + " сегодня подтверждаем нашу приверженность совместной работе в области борьбы с терроризмом.\n\n"
        + "Мы договорились провести следующую встречу в Москве.\n");
    // THEN the state and the organisation adopt it
    assertEquals(List.of("NATO", "RU"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishSubject_stateAndTheMemberStatesOfAnOrganisation_namesBoth() {
    Document doc = Parser.english().parse("en-test", "Joint Declaration\n\n"
        + "We, the Russian Federation and the member States of the North Atlantic Treaty Organization, today"
        + " reaffirm our commitment to work together against terrorism.\n\nWe agree to meet again in Brussels.\n");
    assertEquals(List.of("NATO", "RU"), sorted(doc.signatories()));
  }

  @Test
  void theMembersOfAnOrganisationAsTheObject_areNoSide() {
    // GIVEN a state's subject whose verb speaks of an organisation's members
    Document doc = Parser.russian().parse("Заявление\n\n"
        + "Мы, Российская Федерация, поддерживаем государства - члены Организации Североатлантического договора"
        + " в их усилиях по борьбе с терроризмом.\n");
    // THEN the organisation is no side
    assertFalse(doc.signatories().contains("NATO"), doc.signatories()::toString);
  }
}
