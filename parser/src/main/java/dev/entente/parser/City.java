package dev.entente.parser;

/** A gazetteer entry for a city: its nominative name, its state, whether it is the capital or the whole state. */
final class City {
  final String name;
  final String country;
  final boolean capital;
  /** Whether the city is its whole state (Singapore, Monaco): naming it names the state. */
  final boolean cityState;
  /** The nominative forms, lower-cased: a capital used as a subject («Пекин поддерживает»). */
  final java.util.Set<String> nominatives;

  City(String name, String country, boolean capital, java.util.Set<String> nominatives) {
    this(name, country, capital, false, nominatives);
  }

  City(String name, String country, boolean capital, boolean cityState, java.util.Set<String> nominatives) {
    this.name = name;
    this.country = country;
    this.capital = capital;
    this.cityState = cityState;
    this.nominatives = nominatives;
  }

  /**
   * Whether the words of {@code text} from {@code start} to {@code end} name this city in the nominative («Москва»,
   * not «Москвы»): one of its nominative forms or its name, whatever the case of the letters.
   */
  boolean inTheNominative(String text, int start, int end) {
    String written = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    return nominatives.contains(written) || written.equals(name.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return name;
  }
}
