package dev.paranoid.processor.report;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports: a stable tag (tests and users search for it), a kind, and
 * a sentence that names the problem with quoted names and says how to fix it. Arguments are
 * {@link String#format} arguments.
 */
public enum Message {
  WRONG_KIND(Kind.ERROR, "ParanoidNotAClass",
      "@Paranoid cannot be used on %s \"%s\"; put it on a concrete class with a no-argument constructor"),
  NESTED_NOT_STATIC(Kind.ERROR, "ParanoidInnerClass",
      "@Paranoid entity \"%s\" is an inner class; make it static (or top-level) so the DAO can create instances"),
  NOT_ACCESSIBLE_CLASS(Kind.ERROR, "ParanoidPrivateClass",
      "@Paranoid entity \"%s\" is private; make it at least package-private so its DAO, in the same package, can use it"),
  GENERIC_CLASS(Kind.ERROR, "ParanoidGenericClass",
      "@Paranoid entity \"%s\" declares type parameters; an entity must be a plain, non-generic class"),
  RECORD_INCLUDE(Kind.NOTE, "ParanoidRecordInclude",
      "\"%s\" of the record \"%s\" gets no include constant: an include sets its target after the row is read, and a record's components are fixed when it is built; its join column works (reads give a %s holding only its key, filters use the column constant of \"%s\"), and the target is read with its own DAO"),
  RECORD_ASSOCIATION(Kind.ERROR, "ParanoidRecord",
      "component \"%s\" of the @Paranoid record \"%s\" is an association collection, which a record cannot be given after it is built; load it with a separate query, or make \"%s\" a class"),
  NO_CONSTRUCTOR(Kind.ERROR, "ParanoidNoConstructor",
      "@Paranoid entity \"%s\" has no accessible no-argument constructor; add \"public %s() {}\""),
  NO_ID(Kind.ERROR, "ParanoidNoId",
      "@Paranoid entity \"%s\" must declare an @Id field, e.g. \"@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\""),
  COMPOSITE_KEY(Kind.ERROR, "ParanoidCompositeKey",
      "@Paranoid entity \"%s\" has a composite key (%s); Paranoid DAOs need one @Id column: add a surrogate key such as \"@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\""),
  GENERATED_ID_TYPE(Kind.ERROR, "ParanoidGeneratedIdType",
      "@GeneratedValue id \"%s\" of \"%s\" has type %s; database-generated keys must be long, int or short (or their wrappers); remove @GeneratedValue to assign keys yourself"),
  GENERATION_STRATEGY(Kind.ERROR, "ParanoidGenerationStrategy",
      "@GeneratedValue(strategy = %s) on \"%s\" of \"%s\" is not supported; use GenerationType.IDENTITY, or remove @GeneratedValue and assign keys yourself"),
  NO_DELETED_AT(Kind.ERROR, "ParanoidNoDeletedAt",
      "@Paranoid entity \"%s\" has no deletion field; add \"@DeletedAt private Instant deletedAt;\" (or a field named deletedAt)"),
  DUPLICATE_TIMESTAMP(Kind.ERROR, "ParanoidDuplicateTimestamp",
      "\"%s\" of \"%s\" is a second @%s field (the first is \"%s\"); keep the annotation on one field only"),
  TIMESTAMP_TYPE(Kind.ERROR, "ParanoidTimestampType",
      "%s field \"%s\" of \"%s\" has type %s; use Instant, OffsetDateTime or LocalDateTime"),
  TIMESTAMP_IS_KEY(Kind.ERROR, "ParanoidTimestampIsKey",
      "\"%s\" of \"%s\" cannot be both the @Id and a managed timestamp; use separate fields"),
  UNSUPPORTED_TYPE(Kind.ERROR, "ParanoidUnsupportedType",
      "field \"%s\" of \"%s\" has type %s, which Paranoid cannot map; use String, a primitive or its wrapper, BigDecimal, byte[], UUID, an enum, LocalDate, LocalDateTime, Instant or OffsetDateTime, store it as one of those with @Convert(converter = ...), or mark the field @Transient"),
  FINAL_FIELD(Kind.ERROR, "ParanoidFinalField",
      "field \"%s\" of \"%s\" is final, so the DAO cannot set it when it reads a row; remove \"final\" or mark the field @Transient"),
  INACCESSIBLE_FIELD(Kind.ERROR, "ParanoidInaccessibleField",
      "field \"%s\" of \"%s\" is not visible to the DAO (which is generated in the entity's package) and has no accessors it can call; add \"public %s %s()\" and \"public void %s(%s)\", or make the field visible (not private; public when it is declared in another package)"),
  LOMBOK_ORDER(Kind.ERROR, "ParanoidLombokOrder",
      "field \"%s\" of \"%s\" is not visible to the DAO and has no accessors yet, though %s asks Lombok for them: Lombok must run before Paranoid; put lombok before paranoid-processor in the compiler's annotationProcessorPaths (Gradle: first in annotationProcessor), or make the field visible"),
  MISSING_TYPE(Kind.ERROR, "ParanoidMissingType",
      "%s names type %s, which was never generated nor found, so no DAO was generated for %s; check its import and spelling, and if another annotation processor generates it, that this processor is on the processor path and reported no errors"),
  DUPLICATE_COLUMN(Kind.ERROR, "ParanoidDuplicateColumn",
      "fields \"%s\" and \"%s\" of \"%s\" are both mapped to column \"%s\"; rename one column, or mark one side @Column(insertable = false, updatable = false) to keep a read-only copy of a join column"),
  BAD_IDENTIFIER(Kind.ERROR, "ParanoidBadIdentifier",
      "%s name \"%s\" of \"%s\" is not a plain SQL identifier; use letters, digits and underscores, starting with a letter or underscore, at most 63 characters (names are never escaped at run time)"),
  UNKNOWN_TARGET(Kind.ERROR, "ParanoidUnknownTarget",
      "\"%s\" of \"%s\" refers to %s, which %s; a @ManyToOne must point to an entity class with one accessible @Id field and a no-argument constructor"),
  ASSOCIATION_TYPE(Kind.ERROR, "ParanoidAssociationType",
      "@OneToMany field \"%s\" of \"%s\" has type %s; declare it as List<T>, Set<T> or Collection<T> of an entity class"),
  MAPPED_BY_MISSING(Kind.ERROR, "ParanoidMappedBy",
      "@OneToMany field \"%s\" of \"%s\" needs mappedBy naming the @ManyToOne field of \"%s\" that points back, e.g. @OneToMany(mappedBy = \"%s\"); unidirectional and join-table associations are not supported"),
  MAPPED_BY_UNKNOWN(Kind.ERROR, "ParanoidMappedBy",
      "@OneToMany(mappedBy = \"%s\") on \"%s\" of \"%s\" names no @ManyToOne field of \"%s\" that refers to \"%s\"; %s"),
  BAD_TARGET(Kind.ERROR, "ParanoidBadTarget",
      "association \"%s\" of \"%s\" targets \"%s\", which an include cannot load: %s"),
  UNKNOWN_UNIQUE_COLUMN(Kind.ERROR, "ParanoidUnknownColumn",
      "@UniqueConstraint of \"%s\" names column \"%s\", which no field maps; use one of %s"),
  CASCADE_CYCLE(Kind.ERROR, "ParanoidCascadeCycle",
      "the cascade (REMOVE or ALL) on \"%s\" of \"%s\" leads back to \"%s\" (%s); cascades run one statement per level, so they must form a tree: drop REMOVE/ALL from one association of the cycle"),
  UNSUPPORTED_MAPPING(Kind.ERROR, "ParanoidUnsupportedMapping",
      "@%s on \"%s\" of \"%s\" is a JPA mapping Paranoid does not carry out; %s"),
  EMBEDDABLE_TYPE(Kind.ERROR, "ParanoidEmbeddable",
      "embedded field \"%s\" of \"%s\" has type %s, which %s; an embeddable is a class with a no-argument constructor, or a record, with at least one column field"),
  NESTED_EMBEDDABLE(Kind.ERROR, "ParanoidNestedEmbeddable",
      "field \"%s\" of embeddable \"%s\" is itself embedded (%s); Paranoid flattens one level of embedding: declare its fields in \"%s\" itself"),
  EMBEDDED_ASSOCIATION(Kind.ERROR, "ParanoidEmbeddedAssociation",
      "@%s on \"%s\" of embeddable \"%s\": an embeddable holds plain columns only; declare the association on the entity that embeds \"%s\""),
  EMBEDDED_ROLE(Kind.ERROR, "ParanoidEmbeddedRole",
      "%s \"%s\" of \"%s\" is its %s; the key, the version, the deletion and audit fields must be plain fields of the entity, neither embedded nor inside an embeddable: move it to the entity"),
  EMBEDDED_COLUMN(Kind.ERROR, "ParanoidEmbeddedColumn",
      "embedded field \"%s\" of \"%s\" maps \"%s\" of \"%s\" to column \"%s\", which %s also maps; give it a column of its own with @AttributeOverride(name = \"%s\", column = @Column(name = \"...\")) on \"%s\""),
  EMBEDDED_CONSTANT(Kind.ERROR, "ParanoidEmbeddedConstant",
      "embedded field \"%s\" of \"%s\" would give column \"%s\" the constant %s, which is already the constant of %s; rename one of the fields"),
  UNKNOWN_OVERRIDE(Kind.ERROR, "ParanoidUnknownOverride",
      "@AttributeOverride(name = \"%s\") on \"%s\" of \"%s\" names no column field of embeddable \"%s\"; use one of %s"),
  CONVERTER(Kind.ERROR, "ParanoidConverter",
      "@Convert on \"%s\" of \"%s\": %s"),
  AUTO_CONVERTER(Kind.ERROR, "ParanoidConverter",
      "the auto-applied converter of \"%s\" of \"%s\": %s"),
  DELETED_BY_TYPE(Kind.ERROR, "ParanoidDeletedByType",
      "@DeletedBy field \"%s\" of \"%s\" has type %s; use a value type an actor can be, such as String, Long or UUID (not a primitive, which cannot be null while the row is live, an enum or an association)"),
  DELETED_BY_TWICE(Kind.ERROR, "ParanoidDuplicateDeletedBy",
      "\"%s\" has @DeletedBy on both \"%s\" and \"%s\"; keep it on one field"),
  DELETED_BY_ROLE(Kind.ERROR, "ParanoidDeletedByRole",
      "@DeletedBy field \"%s\" of \"%s\" is also its %s; the actor needs a field of its own"),
  VERSION_TYPE(Kind.ERROR, "ParanoidVersionType",
      "@Version field \"%s\" of \"%s\" has type %s; use long, int or short (or their wrappers)"),
  CALLBACK_SHAPE(Kind.ERROR, "ParanoidCallback",
      "@%s method \"%s\" of \"%s\" cannot be called by the DAO; make it non-private, non-static, with no parameters"),
  COMPONENT_MODEL_UNKNOWN(Kind.ERROR, "ParanoidComponentModel",
      "componentModel \"%s\" of \"%s\" is not known; use one of %s"),
  COMPONENT_MODEL_MISSING(Kind.ERROR, "ParanoidComponentModel",
      "componentModel \"%s\" of \"%s\" needs %s on the compile classpath; add the dependency %s, or choose another component model"),
  MODULE_READS_COMPILER(Kind.ERROR, "ParanoidModule",
      "module \"%s\" declares @Paranoid entities but does not read java.compiler, where the generated DAOs' @Generated lives; add \"requires static java.compiler;\" to its module-info.java"),
  JOIN_TABLE(Kind.WARNING, "ParanoidJoinTable",
      "@Paranoid entity \"%s\" looks like a join table (%s); Sequelize's guides warn that paranoid junction tables are buggy, so soft-delete the entities it links instead, or remove @Paranoid"),
  BAD_OPTION(Kind.ERROR, "ParanoidBadOption",
      "processor option %s=%s is not valid; use one of %s"),
  UNKNOWN_OPTION(Kind.ERROR, "ParanoidUnknownOption",
      "processor option %s is not one of Paranoid's; did you mean %s? (Paranoid's options: %s)"),
  INTERNAL_ERROR(Kind.ERROR, "ParanoidInternalError",
      "Paranoid could not process \"%s\" (%s); this is a bug in Paranoid, please report it with this entity and this stack trace:%n%s");

  private final Kind kind;
  private final String tag;
  private final String format;

  Message(Kind kind, String tag, String format) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
  }

  public Kind kind() {
    return kind;
  }

  public String tag() {
    return tag;
  }

  /** The full text: {@code [Tag] sentence}. */
  public String format(Object... arguments) {
    return "[" + tag + "] " + String.format(format, arguments);
  }
}
