package dev.entente.model;

/** The sort of standing arrangement a {@link Mechanism} is. */
public enum MechanismKind {
  FORMAT, SUMMIT, MINISTERIAL_MEETING, AGENCY_MEETING, COMMISSION, WORKING_GROUP, SECRETARIAT,
  COUNCIL, FORUM, CONSULTATIONS, PROCESS, CENTRE, GROUP_OF_FRIENDS, DIALOGUE
}
