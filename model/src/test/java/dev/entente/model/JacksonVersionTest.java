package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * Guards the {@code jackson-matrix} profile (issue 14): each of its test runs names the Jackson
 * version it puts on the class path, and this test fails if another one was loaded, so a green
 * matrix means the JSON tests really ran against every version listed.
 */
class JacksonVersionTest {
  @Test
  void loadedDatabind_isTheVersionTheRunNames() {
    String expected = System.getProperty("entente.expected.jackson");
    assumeTrue(expected != null, "not a jackson-matrix run");
    assertEquals(expected, PackageVersion.VERSION.toString());
    assertEquals(expected, com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION.toString());
  }
}
