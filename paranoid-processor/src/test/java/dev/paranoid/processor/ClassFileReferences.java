package dev.paranoid.processor;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names in its constant pool: the class-dependency analysis an
 * incremental compiler runs on the previous build's output to find which sources to recompile
 * when one changes. Every class, field and method reference, descriptor and generic signature
 * (a {@code List<ShipmentEvent>} field names {@code ShipmentEvent} only in its signature), and
 * annotation descriptors ({@code Ldev/paranoid/Paranoid;}), so also which classes carry an
 * annotation.
 */
final class ClassFileReferences {

  /** A class named in a descriptor or signature: {@code Lpkg/Name;} or {@code Lpkg/Name<...>;}. */
  private static final Pattern NAMED = Pattern.compile("L([\\w/$]+)[;<]");

  private ClassFileReferences() {}

  /** The binary names ({@code shop.ShipmentEvent}) {@code classFile} refers to. */
  static Set<String> of(Path classFile) {
    try {
      return of(Files.readAllBytes(classFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> of(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    in.skipBytes(8); // magic, minor and major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> classNames = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF(); // u2 length + modified UTF-8, as readUTF reads it
        case 7 -> classNames.add(in.readUnsignedShort());
        case 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // a long or double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> names = new TreeSet<>();
    for (int index : classNames) {
      if (!utf8[index].startsWith("[")) {
        names.add(utf8[index].replace('/', '.'));
      }
    }
    for (String entry : utf8) {
      if (entry != null) {
        Matcher named = NAMED.matcher(entry);
        while (named.find()) {
          names.add(named.group(1).replace('/', '.'));
        }
      }
    }
    return names;
  }
}
