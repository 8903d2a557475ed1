package dev.entente.parser;

import dev.entente.model.PartyKind;

/** A gazetteer entry for a state, territory, organisation or political party. */
final class PartyInfo {
  final String id;
  final PartyKind kind;
  final String nameRu;
  final String nameEn;

  PartyInfo(String id, PartyKind kind, String nameRu, String nameEn) {
    this.id = id;
    this.kind = kind;
    this.nameRu = nameRu;
    this.nameEn = nameEn;
  }

  @Override
  public String toString() {
    return id;
  }
}
