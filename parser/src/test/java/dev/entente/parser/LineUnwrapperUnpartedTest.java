package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hard-wrapped texts without blank lines: wrapped lines join, heads, points and paragraph ends stay apart. */
final class LineUnwrapperUnpartedTest {
  private static String unwrap(String text) {
    char[] chars = text.toCharArray();
    LineUnwrapper.unwrap(chars, chars.length, null);
    String out = new String(chars);
    assertEquals(text.length(), out.length(), "one character for one");
    return out;
  }

  @Test
  void wrappedProse_withoutBlankLines_joinsIntoParagraphs() {
    // GIVEN an archive's communique wrapped at about 70 characters, paragraphs parted by a break alone
    String text = "JOINT COMMUNIQUE\n"
        + "of the Ministers of Foreign Affairs\n"
        + "1. The Ministers of Foreign Affairs of the member states met in Geneva\n"
        + "on 12 March 2019 to review the progress of their regional cooperation\n"
        + "and agreed on the priorities of the Cooperation Council for the years\n"
        + "ahead. They welcomed the report of the Secretary General on the Energy\n"
        + "Partnership and asked the Secretariat to prepare the next meeting.\n"
        + "2. The Ministers condemned terrorism in all its forms and expressions.\n"
        + "Geneva, 12 March 2019\n";
    // WHEN
    String out = unwrap(text);
    // THEN the wrapped lines of each point read as one, the head and the points stay apart
    assertEquals("JOINT COMMUNIQUE\n"
        + "of the Ministers of Foreign Affairs\n"
        + "1. The Ministers of Foreign Affairs of the member states met in Geneva "
        + "on 12 March 2019 to review the progress of their regional cooperation "
        + "and agreed on the priorities of the Cooperation Council for the years "
        + "ahead. They welcomed the report of the Secretary General on the Energy "
        + "Partnership and asked the Secretariat to prepare the next meeting.\n"
        + "2. The Ministers condemned terrorism in all its forms and expressions.\n"
        + "Geneva, 12 March 2019\n", out);
  }

  @Test
  void preambleParagraphsEndingInCommas_stayApart() {
    // GIVEN a Russian declaration whose preamble paragraphs open in lower case after a comma
    String text = "Декларация\n"
        + "Стороны заявляют о следующем.\n"
        + "подтверждая приверженность целям и принципам Устава Организации\n"
        + "Объединенных Наций и нормам международного права в отношениях,\n"
        + "учитывая важность развития сотрудничества между государствами и\n"
        + "народами региона в интересах мира и стабильности в Центральной Азии,\n"
        + "договорились о нижеследующем:\n"
        + "- укреплять сотрудничество в торговле и в энергетике на основе\n"
        + "взаимной выгоды;\n"
        + "- развивать связи в области образования и культуры.\n";
    // WHEN
    String out = unwrap(text);
    // THEN a comma-ended line before a lower-case one is a paragraph end; lines in the middle of one join
    assertEquals("Декларация\n"
        + "Стороны заявляют о следующем.\n"
        + "подтверждая приверженность целям и принципам Устава Организации "
        + "Объединенных Наций и нормам международного права в отношениях,\n"
        + "учитывая важность развития сотрудничества между государствами и "
        + "народами региона в интересах мира и стабильности в Центральной Азии,\n"
        + "договорились о нижеследующем:\n"
        + "- укреплять сотрудничество в торговле и в энергетике на основе "
        + "взаимной выгоды;\n"
        + "- развивать связи в области образования и культуры.\n", out);
  }

  @Test
  void linesOfOneParagraphEach_stayApart() {
    // GIVEN a text whose paragraphs each stand on one line of their own length
    String text = "Joint Statement\n"
        + "The two Presidents held talks in a friendly atmosphere.\n"
        + "They agreed to expand trade and investment between their countries and regions.\n"
        + "The Parties will hold the next meeting in Astana.\n"
        + "Both sides stressed the importance of the United Nations in world affairs\n"
        + "The Presidents signed the Treaty on Strategic Partnership.\n";
    // WHEN / THEN nothing is joined: the lines are not of one width
    assertEquals(text, unwrap(text));
  }

  @Test
  void signatureLinesOfOneWidth_stayApart() {
    // GIVEN a short agreement whose signature lines happen to be of one width
    String text = "Agreement\n"
        + "1. The Parties shall cooperate in the fields of trade and energy.\n"
        + "Minister of Foreign Affairs of the Republic of Armenia A. Petrosyan\n"
        + "Minister of Foreign Affairs of the Republic of Kazakhstan B. Nurlanov\n"
        + "Minister of Foreign Affairs of the Kyrgyz Republic C. Asanov Duishon\n"
        + "Minister of Foreign Affairs of the Republic of Tajikistan D. Rakhimov\n"
        + "Minister of Foreign Affairs of the Republic of Uzbekistan E. Karimova\n";
    // WHEN / THEN each signature stays on its own line
    assertEquals(text, unwrap(text));
  }
}
