package dev.paranoid.processor.write;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * What a public member's Javadoc says: a summary, then the statements the plain call runs and, for
 * each variant (a method's boolean parameter set to true, an include's {@code includeDeleted()}),
 * the statements that variant runs.
 *
 * @param summary prose with inline tags, wrapped by the writer; a JavaPoet format string whose
 *     {@code $T} are {@code types} (so that a link names an imported type)
 * @param types the types the summary links to
 * @param plain the statements of the plain call, in the order they run
 * @param variants the other calls, each with its own statements
 */
record Doc(String summary, List<TypeName> types, List<Block> plain, List<Variant> variants) {

  Doc {
    types = List.copyOf(types);
    plain = List.copyOf(plain);
    variants = List.copyOf(variants);
  }

  /**
   * Statements that run one after the other, shown in one {@code <pre>} block.
   *
   * @param lead prose that leads into the block ({@code Runs, in one transaction:}), or null
   */
  record Block(String lead, List<String> statements) {
    Block {
      statements = List.copyOf(statements);
    }

    static Block of(String sql) {
      return new Block(null, List.of(sql));
    }
  }

  /**
   * The statements of a call other than the plain one.
   *
   * @param name what makes the call differ: a boolean parameter that is true ({@code force}), or a
   *     method called on the member ({@code includeDeleted()})
   */
  record Variant(String name, List<Block> blocks) {
    Variant {
      blocks = List.copyOf(blocks);
    }
  }

  static Doc of(String summary, List<Block> plain) {
    return new Doc(summary, List.of(), plain, List.of());
  }

  static Doc of(String summary, String sql) {
    return of(summary, List.of(Block.of(sql)));
  }

  /** This documentation with the types its summary's {@code $T} stand for. */
  Doc linking(TypeName... linked) {
    return new Doc(summary, List.of(linked), plain, variants);
  }

  /** This documentation, with the statements of the call that {@code name} makes differ. */
  Doc or(String name, List<Block> blocks) {
    List<Variant> all = new ArrayList<>(variants);
    all.add(new Variant(name, blocks));
    return new Doc(summary, types, plain, all);
  }

  /** Blocks one after the other. */
  static List<Block> concat(List<Block> first, List<Block> then) {
    List<Block> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  /** A name as summary text: a JavaPoet format string, so a {@code $} in it is doubled. */
  static String text(String name) {
    return name.replace("$", "$$");
  }
}
