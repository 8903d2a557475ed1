package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link LineUnwrapper} and {@link Reflow} on a hard-wrapped text without blank lines whose opening names the leaders in a run-in list, items parted
 * by semicolons inside the lines: a nearly full line that ends in a semicolon goes on to the next line.
 * A list of one item a line keeps its breaks. Every text is written for these tests.
 */
final class LineUnwrapperRunInListTest {
  private static String unwrap(String text) {
    char[] chars = text.toCharArray();
    LineUnwrapper.unwrap(chars, chars.length, null);
    return new String(chars);
  }

  private static final String WRAPPED = String.join("\n",
      "The Consultative Meeting of the Heads of State of Central Asia took place.",
      "The President of the Republic of Kazakhstan, His Excellency Mr. Kassym",
      "Tokayev; the President of the Kyrgyz Republic, His Excellency Mr. Sadyr",
      "Japarov; the President of Mongolia, His Excellency Mr. Ukhnaagiin Khurelsukh;",
      "the President of the Republic of Tajikistan, His Excellency Mr. Emomali",
      "Rahmon; and the President of Turkmenistan, His Excellency Mr. Serdar",
      "Berdimuhamedov, met at the Summit of Central Asia held in the city of Astana",
      "on 14 September 2024 and adopted the following declaration in this city.",
      "2. The Heads of State welcomed the entry into force of the Treaty on Friendship",
      "and Good-Neighbourliness, which they signed at their Consultative Meeting.",
      "");

  @Test
  void aNearlyFullLineOfARunInListEndingInASemicolon_goesOnToTheNextLine() {
    String out = unwrap(WRAPPED);
    assertEquals(-1, out.indexOf("Khurelsukh;\n"), "the run-in list is one paragraph: " + out);
    assertEquals(true, out.contains("\n2. The Heads"), "a numbered point still opens a line");
  }

  @Test
  void aListOfOneItemALine_keepsItsBreaks() {
    String text = String.join("\n",
        "The Heads of State of Central Asia, meeting in the city of Astana on 14 September 2024,",
        "recognising the importance of regional cooperation for the peoples of the region;",
        "reaffirming their commitment to the purposes and principles of the Charter of the UN;",
        "noting with satisfaction the growth of trade between the states of Central Asia;",
        "welcoming the progress achieved in the building of the transport corridors to Europe;",
        "have agreed as follows and adopted this declaration in the city of Astana today.",
        "");
    assertEquals(text, unwrap(text));
  }

  @Test
  void reflowJoinsTheRunInListOfAHardWrappedText() {
    char[] chars = WRAPPED.toCharArray();
    Reflow.apply(chars, chars.length, null);
    String out = new String(chars);
    assertEquals(-1, out.indexOf("Khurelsukh;\n"), "the run-in list is one paragraph: " + out);
    assertEquals(true, out.contains("\n2. The Heads"), "a numbered point still opens a line");
  }
}
