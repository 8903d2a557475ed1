package dev.entente.model;

/** Whether an event took place before the document (or is its occasion) or lies ahead. */
public enum EventStatus { HELD, PLANNED }
