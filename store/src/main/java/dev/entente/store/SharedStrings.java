package dev.entente.store;

import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The short strings of the stored forms read in one load, each held once however many documents
 * repeat it (ids, enum names, rules, names, most mention texts). A string is found by its stored
 * UTF-8 bytes, so one seen before is neither decoded nor hashed as a {@code String} again: that
 * decoding and hashing were a sixth of a load's decoding.
 *
 * <p>Each decoding thread borrows a {@link Table} of its own (no locking per string) and gives it
 * back when done; the tables agree on one instance per string through a map they share, consulted
 * only for a string new to the table.
 */
final class SharedStrings {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Strings of at most this many stored bytes are shared; longer ones (texts) are not. Names of
   * initiatives, mechanisms and events, and the mentions that quote them, run past 128 bytes in
   * Russian (two bytes a letter) and recur across documents: at 128, such strings were a million
   * strings and as many byte arrays of a 100,000-document load.
   */
  static final int MAX_BYTES = 512;

  private final ConcurrentHashMap<String, String> instances = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<?>, List<?>> lists = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Table> idle = new ConcurrentLinkedQueue<>();

  /** A table for the calling thread's use only, until it is {@linkplain #giveBack given back}. */
  Table borrow() {
    Table table = idle.poll();
    return table != null ? table : new Table();
  }

  /** Makes {@code table} available to the next thread that borrows one. */
  void giveBack(Table table) {
    idle.add(table);
  }

  /** The one instance of {@code s} among the strings of this load. */
  String instance(String s) {
    String known = instances.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  /** The one instance of {@code list} among the lists of this load. */
  @SuppressWarnings("unchecked")
  <T> List<T> instance(List<T> list) {
    List<?> known = lists.putIfAbsent(list, list);
    return known == null ? list : (List<T>) known;
  }

  /**
   * Strings by their UTF-8 bytes, open addressing, and a buffer to inflate forms into; used by one
   * thread at a time. It also keeps the dates and places made from its strings: a load's documents
   * repeat a few hundred of them, each of which would otherwise be parsed, and held, once per use.
   */
  final class Table {
    private final Map<String, EdtfDate> dates = new HashMap<>();
    private final Map<List<String>, Place> places = new HashMap<>();
    private byte[][] keys = new byte[1 << 12][];
    private int[] hashes = new int[keys.length];
    private String[] values = new String[keys.length];
    private int size;
    private byte[] buffer = new byte[1 << 16];
    private Object[] constants = new Object[256];
    private Optional<?>[] optionals = new Optional<?>[256];
    private List<?>[] listValues = new List<?>[1 << 10];
    /** The elements of {@link #listValues}, as arrays: compared without a call per element. */
    private Object[][] listKeys = new Object[listValues.length][];
    private int[] listHashes = new int[listValues.length];
    private int listSize;

    /**
     * An array of at least {@code length} bytes for the borrowing thread to read a form into: one
     * per table, not one per document (a load of 100,000 documents inflated 1.6 GB into arrays
     * read once).
     */
    byte[] buffer(int length) {
      if (buffer.length < length) {
        buffer = new byte[Math.max(length, 2 * buffer.length)];
      }
      return buffer;
    }

    /**
     * An array of at least {@code length} elements, the first {@code length} of them null, for the
     * borrowing thread to note a document's enum constants in: one per table, not one per document.
     */
    Object[] constants(int length) {
      if (constants.length < length) {
        constants = new Object[Math.max(length, 2 * constants.length)];
      } else {
        Arrays.fill(constants, 0, length, null);
      }
      return constants;
    }

    /** As {@link #constants}, for a document's optional strings. */
    Optional<?>[] optionals(int length) {
      if (optionals.length < length) {
        optionals = new Optional<?>[Math.max(length, 2 * optionals.length)];
      } else {
        Arrays.fill(optionals, 0, length, null);
      }
      return optionals;
    }

    /**
     * The string whose UTF-8 form is {@code in[at, at + length)}: the instance known for it, or
     * a new one decoded once. {@code length} is at most {@link #MAX_BYTES}.
     */
    String utf8(byte[] in, int at, int length) {
      int hash = hash(in, at, length);
      int mask = keys.length - 1;
      int slot = hash & mask;
      for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
        if (hashes[slot] == hash && key.length == length && same(key, in, at)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      String s = instance(new String(in, at, length, StandardCharsets.UTF_8));
      keys[slot] = Arrays.copyOfRange(in, at, at + length);
      hashes[slot] = hash;
      values[slot] = s;
      if (++size > keys.length / 2) {
        grow();
      }
      return s;
    }

    /**
     * The immutable list of {@code elements[0, n)}: the one this load holds already for these
     * elements, or a new one. A load's statements repeat a few thousand lists of party ids and of
     * topics millions of times; each held once, they are a fifth fewer objects for the collector
     * to copy. {@code elements} is the caller's to reuse.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> list(T[] elements, int n) {
      if (n == 0) {
        return List.of();
      }
      int hash = 1;
      for (int i = 0; i < n; i++) {
        hash = 31 * hash + elements[i].hashCode();
      }
      int mask = listValues.length - 1;
      int slot = mix(hash) & mask;
      for (Object[] key = listKeys[slot]; key != null; key = listKeys[slot]) {
        if (listHashes[slot] == hash && holds(key, elements, n)) {
          return (List<T>) listValues[slot];
        }
        slot = (slot + 1) & mask;
      }
      T[] key = Arrays.copyOf(elements, n);
      List<T> list = instance(List.of(key));
      listKeys[slot] = key;
      listValues[slot] = list;
      listHashes[slot] = hash;
      if (++listSize > listValues.length / 2) {
        growLists();
      }
      return list;
    }

    private static boolean holds(Object[] key, Object[] elements, int n) {
      if (key.length != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        Object e = key[i];
        if (e != elements[i] && !e.equals(elements[i])) {
          return false;
        }
      }
      return true;
    }

    private void growLists() {
      List<?>[] oldValues = listValues;
      Object[][] oldKeys = listKeys;
      int[] oldHashes = listHashes;
      listValues = new List<?>[oldValues.length * 2];
      listKeys = new Object[listValues.length][];
      listHashes = new int[listValues.length];
      int mask = listValues.length - 1;
      for (int i = 0; i < oldValues.length; i++) {
        if (oldKeys[i] != null) {
          int slot = mix(oldHashes[i]) & mask;
          while (listKeys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          listValues[slot] = oldValues[i];
          listKeys[slot] = oldKeys[i];
          listHashes[slot] = oldHashes[i];
        }
      }
    }

    /** {@code List.hashCode}'s low bits are poor for short lists of small hashes. */
    private static int mix(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    /** The date that {@code edtf} (a string of this table) writes. */
    EdtfDate date(String edtf) {
      EdtfDate date = dates.get(edtf);
      if (date == null) {
        date = EdtfDate.parse(edtf);
        dates.put(edtf, date);
      }
      return date;
    }

    /** The place of this name and country ({@code null} for none). */
    Place place(String name, String country) {
      List<String> key = country == null ? List.of(name) : List.of(name, country);
      Place place = places.get(key);
      if (place == null) {
        place = Place.of(name, Optional.ofNullable(country));
        places.put(key, place);
      }
      return place;
    }

    private void grow() {
      byte[][] oldKeys = keys;
      int[] oldHashes = hashes;
      String[] oldValues = values;
      keys = new byte[oldKeys.length * 2][];
      hashes = new int[keys.length];
      values = new String[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int slot = oldHashes[i] & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          hashes[slot] = oldHashes[i];
          values[slot] = oldValues[i];
        }
      }
    }

    /**
     * Whether {@code in[at, at + key.length)} holds {@code key}'s bytes, compared eight at a time:
     * the keys are short, where {@code Arrays.equals} spent more setting up than comparing.
     */
    private static boolean same(byte[] key, byte[] in, int at) {
      int i = 0;
      for (int end = key.length - 7; i < end; i += 8) {
        if ((long) LONGS.get(key, i) != (long) LONGS.get(in, at + i)) {
          return false;
        }
      }
      for (; i < key.length; i++) {
        if (key[i] != in[at + i]) {
          return false;
        }
      }
      return true;
    }

    /** A hash of the bytes read eight at a time (the byte-at-a-time loop was a third of a lookup). */
    private static int hash(byte[] in, int at, int length) {
      long h = length * 0x9E3779B97F4A7C15L;
      int i = at;
      for (int end = at + length - 7; i < end; i += 8) {
        h = (h ^ (long) LONGS.get(in, i)) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      for (int end = at + length; i < end; i++) {
        h = (h ^ in[i]) * 0x94D049BB133111EBL;
      }
      // Spread the high bits over the low ones, which pick the slot.
      h ^= h >>> 29;
      return (int) (h ^ (h >>> 32));
    }
  }
}
