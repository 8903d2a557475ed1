package dev.entente.spark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The wall and CPU seconds of each step of a job run, for its log: which part of a run is serial
 * (Spark's start, the listing, the commit, the stop) and which the tasks share, so that a run on
 * one core and one on two can be compared step by step. The first step is counted from the JVM's
 * start. CPU seconds are the whole JVM's (every thread, the JIT and the collector included), so
 * they are shown only when {@code cpu} is true: in local mode, where this JVM does all the work.
 */
final class Phases {
  private final boolean cpu;
  private final StringBuilder steps = new StringBuilder();
  private long lastMillis;
  private double lastCpu;

  /** Steps counted from the JVM's start; with the JVM's CPU seconds when {@code cpu}. */
  Phases(boolean cpu) {
    this.cpu = cpu && processCpuSeconds() >= 0;
    this.lastMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    this.lastCpu = 0;
  }

  /** Ends the step named {@code name}, begun where the last one ended. */
  void end(String name) {
    long now = System.currentTimeMillis();
    double cpuNow = cpu ? processCpuSeconds() : 0;
    steps.append(steps.length() == 0 ? "" : ", ").append(name).append(' ')
        .append(String.format(Locale.ROOT, "%.2f s", (now - lastMillis) / 1e3));
    if (cpu) {
      steps.append(String.format(Locale.ROOT, " %.2f CPU-s", cpuNow - lastCpu));
    }
    lastMillis = now;
    lastCpu = cpuNow;
  }

  /** The steps so far, e.g. {@code start 2.91 s 5.10 CPU-s, list 0.05 s 0.06 CPU-s}. */
  @Override
  public String toString() {
    return steps.toString();
  }

  /** The CPU time of this JVM so far, all threads; -1 when the JVM does not tell it. */
  static double processCpuSeconds() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      long nanos = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
      return nanos < 0 ? -1 : nanos / 1e9;
    }
    return -1;
  }
}
