package dev.entente.cli;

import java.lang.management.ManagementFactory;

/**
 * Where a run's time goes from the JVM's start: with {@code -Dentente.trace=startup} (for the
 * launcher, {@code ENTENTE_JAVA_OPTS=-Dentente.trace=startup entente parse FILE}) each mark prints a
 * line on stderr with the milliseconds since the JVM started and the CPU milliseconds the process
 * has used so far (every thread: parsing, loading, the JIT, the collector). The first mark also pays
 * for loading the management classes it reads them with (a few tens of ms), so compare the marks
 * after it with each other. Without the property a mark reads one constant and does nothing.
 */
final class StartupTrace {
  private static final boolean ON = "startup".equals(System.getProperty("entente.trace"));

  private StartupTrace() {}

  static void mark(String what) {
    if (ON) {
      print(what);
    }
  }

  private static synchronized void print(String what) {
    long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    System.err.printf("[entente trace] %5d ms since the JVM started, %5d ms CPU: %s (%s)%n",
        ManagementFactory.getRuntimeMXBean().getUptime(), cpuNanos / 1_000_000, what, Thread.currentThread().getName());
  }
}
