package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Резолюция N 12/34 ⏎ Генеральной Ассамблеи …» as the first line of a page with no title of a kind of
 * document: the resolution is the text the page prints, no initiative it cites; a resolution it cites stays.
 * Text written for the test, in the style of the General Assembly's resolutions as legal databases print them.
 */
final class ResolutionOpeningAPageTest {

  @Test
  void theResolutionThatOpensThePage_isTheText_whileTheOneItCitesStays() {
    // GIVEN a page that opens with a resolution's number and cites an earlier resolution
    List<String> found = Parser.russian().parse("resolution", "Резолюция N 71/15\n"
        + "Генеральной Ассамблеи ООН \"Сотрудничество в области водных ресурсов\n(5 декабря 2016 года)\n"
        + "Генеральная Ассамблея,\nссылаясь на свою резолюцию 64/292 от 28 июля 2010 года,\n"
        + "1. призывает государства укреплять сотрудничество в области водных ресурсов;\n"
        + "2. постановляет продолжить рассмотрение этого вопроса.\n").initiatives().stream().map(Initiative::name).toList();
    // THEN only the cited resolution is an initiative
    assertEquals(List.of("резолюция 64/292"), found);
  }
}
