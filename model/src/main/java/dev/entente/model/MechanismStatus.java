package dev.entente.model;

/** Whether a mechanism already works, is created by the document, or is only called for. */
public enum MechanismStatus { EXISTING, NEW, PROPOSED }
