package dev.entente.model;

/** The sort of named undertaking an {@link Initiative} is. */
public enum InitiativeKind {
  INITIATIVE, STRATEGY, PROGRAMME, PLAN, PROJECT, RESOLUTION, AGREEMENT, TREATY, INTERNATIONAL_PERIOD
}
