package dev.paranoid.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paranoid.processor.model.AssociationModel;
import dev.paranoid.processor.model.Embedding;
import dev.paranoid.processor.model.EntityModel;
import dev.paranoid.processor.model.Property;
import dev.paranoid.processor.model.Reference;
import dev.paranoid.processor.model.TargetModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code <Entity>ParanoidDao} source of one validated model: the only place, with its
 * helpers in this package, that knows JavaPoet.
 */
public final class DaoWriter {

  static final String PROCESSOR = "dev.paranoid.processor.ParanoidProcessor";

  private DaoWriter() {}

  /**
   * The DAO's source; the processor writes it through the Filer with its originating elements
   * (the entity and every entity it was read with), which only the reader knows.
   */
  public static JavaFile write(EntityModel model) {
    DaoContext context = new DaoContext(model);
    // what every operation runs, decided before anything is written (this also asks for the
    // Sql constants the operations use, and only those)
    Operations operations = new Operations(context);
    MethodDocs docs = new MethodDocs(context, operations);
    TypeSpec.Builder dao = TypeSpec.classBuilder(context.dao)
        .addModifiers(ComponentWriter.isFinal(model.componentModel())
            ? new Modifier[] {Modifier.PUBLIC, Modifier.FINAL} : new Modifier[] {Modifier.PUBLIC})
        .addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED)
            .addMember("value", "$S", PROCESSOR)
            .addMember("comments", "$S", "from " + model.element().getQualifiedName())
            .build())
        .addJavadoc(classJavadoc(context));

    // private constants live in nested classes, where no entity field name can clash with them
    TypeSpec.Builder mapping = nested(DaoContext.MAPPING,
        "How rows become entities: the tables, readers and cascades behind the public constants.\n");
    context.names.enumTypeConstants().forEach((property, name) -> {
      if (property.isConverted()) {
        mapping.addField(converter(context, property));
      }
      mapping.addField(enumType(context, property, name));
    });
    mapping.addField(tableConstant(context));
    for (TargetModel target : context.targets()) {
      mapping.addField(targetTableConstant(context, target));
    }
    if (operations.cascading()) {
      mapping.addField(CascadeWriter.constant(context));
    }
    if (!operations.upsertForms.isEmpty()) {
      mapping.addField(upsertConstant(context, operations));
    }
    TypeSpec.Builder statements = nested(DaoContext.SQL,
        "The fixed statements, as the public methods' Javadoc shows them.\n");
    context.statements.addTo(statements);

    context.names.columnConstants().forEach((property, name) -> dao.addField(columnConstant(context, property, name)));
    Associations.addTo(dao, context, docs);
    dao.addField(TableDefinitionWriter.constant(context));

    dao.addField(FieldSpec.builder(
        ParameterizedTypeName.get(RuntimeNames.PARANOID_TABLE, context.entity), "table",
        Modifier.PRIVATE, Modifier.FINAL).build());
    dao.addField(FieldSpec.builder(RuntimeNames.SQL_EXECUTOR, "executor",
        Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder dataSourceConstructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A DAO on {@code dataSource}; timestamps come from the system UTC clock.\n")
        .addParameter(RuntimeNames.DATA_SOURCE, "dataSource")
        .addStatement("this(dataSource, $T.defaults())", RuntimeNames.DAO_CONFIG);
    AnnotationSpec inject = ComponentWriter.dataSourceConstructorAnnotation(model.componentModel());
    if (inject != null) {
      dataSourceConstructor.addAnnotation(inject);
    }
    dao.addMethod(dataSourceConstructor.build());
    dao.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A DAO on {@code dataSource}; timestamps come from {@code clock}.\n")
        .addParameter(RuntimeNames.DATA_SOURCE, "dataSource")
        .addParameter(RuntimeNames.CLOCK, "clock")
        .addStatement("this(dataSource, $T.builder().clock(clock).build())", RuntimeNames.DAO_CONFIG)
        .build());
    dao.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A DAO on {@code dataSource} that speaks {@code dialect} (null: detect it from the\n"
            + "first connection's metadata); timestamps come from {@code clock}.\n")
        .addParameter(RuntimeNames.DATA_SOURCE, "dataSource")
        .addParameter(RuntimeNames.CLOCK, "clock")
        .addParameter(RuntimeNames.DIALECT, "dialect")
        .addStatement("this(dataSource, $T.builder().clock(clock).dialect(dialect).build())",
            RuntimeNames.DAO_CONFIG)
        .build());
    dao.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A DAO on {@code dataSource} set up by {@code config}: its clock, its dialect (null:\n"
            + "detected from the first connection's metadata) and the auditor whose actor soft destroys\n"
            + "record in {@code @DeletedBy} fields.\n")
        .addParameter(RuntimeNames.DATA_SOURCE, "dataSource")
        .addParameter(RuntimeNames.DAO_CONFIG, "config")
        .addStatement("$T.requireNonNull(config, \"config must not be null\")", RuntimeNames.OBJECTS)
        .addCode(operations.cascading()
            ? CodeBlock.of("this.table = new $T<>($N.$N, $N.$N, new $T(dataSource, config.dialect()),\n$>$>config);\n$<$<",
                RuntimeNames.PARANOID_TABLE, DaoContext.MAPPING,
                context.names.tableConstant(model.element()), DaoContext.MAPPING,
                context.names.cascadesConstant(), RuntimeNames.SQL_EXECUTOR)
            : CodeBlock.of("this.table = new $T<>($N.$N, new $T(dataSource, config.dialect()), config);\n",
                RuntimeNames.PARANOID_TABLE, DaoContext.MAPPING,
                context.names.tableConstant(model.element()), RuntimeNames.SQL_EXECUTOR))
        .addStatement("this.executor = table.executor()")
        .build());
    ComponentWriter.apply(dao, context);
    WriteMethods.addTo(dao, context, operations, docs);
    ReadMethods.addTo(dao, context, operations, docs);
    DestroyRestoreMethods.addTo(dao, context, operations, docs);
    WriteMethods.addRefusal(dao, context);
    InstanceProtocol.addCreateUndo(dao, context, operations.create);
    WriteMethods.addInsertBinder(dao, context, operations, docs);
    WriteMethods.addAfterCreate(dao, context, operations, docs);
    addHelpers(dao, context);
    dao.addMethod(reader(context, context.names.readerMethod(model.element()), context.entity,
        model.properties(), new SelectList(model.properties()), model.record()));
    EmbeddedReads.addReaders(dao, context, model.properties(), new SelectList(model.properties()));
    for (TargetModel target : context.targets()) {
      dao.addMethod(reader(context, context.names.readerMethod(target.element()),
          ClassName.get(target.element()), target.properties(),
          new SelectList(target.properties()), target.record()));
      EmbeddedReads.addReaders(dao, context, target.properties(),
          new SelectList(target.properties()));
    }
    dao.addType(mapping.build());
    dao.addType(statements.build());
    return JavaFile.builder(model.packageName(), dao.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** {@code UPSERT}: the upsert's forms, with the INSERT whose parameters they bind. */
  private static FieldSpec upsertConstant(DaoContext context, Operations operations) {
    List<SqlConstant> forms = operations.upsertForms;
    return FieldSpec.builder(RuntimeNames.UPSERT_SQL, context.names.upsertConstant(),
            Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S, $L, $L, $L, $L,\n$S)", RuntimeNames.UPSERT_SQL,
            context.model.table(), operations.insert.ref(), forms.get(0).ref(),
            forms.get(1).ref(), forms.get(2).ref(), context.sql.selectList())
        .build();
  }

  private static TypeSpec.Builder nested(String name, String javadoc) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private static CodeBlock classJavadoc(DaoContext context) {
    EntityModel model = context.model;
    return CodeBlock.builder()
        .add("Soft-delete (paranoid) data access for {@link $T}, table {@code $L}, deletion column\n",
            context.entity, model.table())
        .add("{@code $L}. Reads skip soft-deleted rows unless told otherwise; {@code destroy} sets\n",
            model.deletedAt().sqlColumn())
        .add("the deletion column, {@code destroy(.., true)} deletes, {@code restore} clears it.\n")
        .add("\n<p>Thread-safe; create one per {@link $T}. Generated by Paranoid: do not edit.\n",
            RuntimeNames.DATA_SOURCE)
        .build();
  }

  private static FieldSpec enumType(DaoContext context, Property property, String name) {
    FieldSpec.Builder field = FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeNames.JDBC_TYPE, context.valueType(property)),
            name, Modifier.STATIC, Modifier.FINAL);
    if (property.isConverted()) {
      // the converter is called here, by the generated code: no reflection
      String converter = context.names.converterConstants().get(property);
      return field.initializer("$T.converted($L,\n$>$>$N::convertToDatabaseColumn,\n$N::convertToEntityAttribute)$<$<",
              RuntimeNames.JDBC_TYPES, context.jdbcType(property.kind()), converter, converter)
          .build();
    }
    return field.initializer("$T.$N($T.class)", RuntimeNames.JDBC_TYPES,
            RuntimeNames.jdbcTypesMember(property.kind()),
            context.type(property.type()))
        .build();
  }

  /** The one instance of a {@code @Convert} field's {@code AttributeConverter}. */
  private static FieldSpec converter(DaoContext context, Property property) {
    TypeName type = TypeName.get(property.converter());
    return FieldSpec.builder(type, context.names.converterConstants().get(property),
            Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", type)
        .build();
  }

  private static FieldSpec columnConstant(DaoContext context, Property property, String name) {
    TypeName type = ParameterizedTypeName.get(
        RuntimeNames.COLUMN, context.entity, context.valueType(property));
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Column {@code $L}$L.\n", property.sqlColumn(),
            property.isReference() ? " (the key of {@code " + property.name() + "})"
                : EmbeddedReads.embeddingOf(property) != null
                ? " (of the embedded {@code " + property.name() + "})" : "")
        .initializer("$T.of($S, $S, $L)", RuntimeNames.COLUMNS, property.sqlColumn(),
            property.name(), context.jdbcType(property))
        .build();
  }

  private static FieldSpec tableConstant(DaoContext context) {
    EntityModel model = context.model;
    return entityTable(context, context.entity, context.names.tableConstant(model.element()),
        model.table(), model.id(), context.sql.selectList(), model.deletedAt(),
        context.names.readerMethod(model.element()),
        model.version().map(Property::sqlColumn).orElse(null), managed(context),
        model.deletedBy().map(context::auditColumn).orElse(null));
  }

  /**
   * {@code new EntityTable.Managed(...)}: the columns a bulk update leaves alone or sets itself,
   * or null when there are none.
   */
  private static CodeBlock managed(DaoContext context) {
    EntityModel model = context.model;
    List<String> readOnly = model.properties().stream()
        .filter(property -> !property.updatable())
        .filter(property -> property != model.id())
        .map(Property::sqlColumn)
        .toList();
    if (model.createdAt().isEmpty() && model.updatedAt().isEmpty() && readOnly.isEmpty()) {
      return null;
    }
    CodeBlock created = model.createdAt()
        .map(p -> CodeBlock.of("$S", p.sqlColumn())).orElse(CodeBlock.of("null"));
    CodeBlock updated = model.updatedAt()
        .map(p -> CodeBlock.of("$S", p.sqlColumn())).orElse(CodeBlock.of("null"));
    CodeBlock updatedType = model.updatedAt()
        .map(p -> context.jdbcType(p.kind())).orElse(CodeBlock.of("null"));
    CodeBlock readOnlySet = CodeBlock.of("$T.of($L)", RuntimeNames.SET, CodeBlock.join(
        readOnly.stream().map(column -> CodeBlock.of("$S", column)).toList(), ", "));
    return CodeBlock.of("new $T.Managed($L, $L, $L, $L)", RuntimeNames.ENTITY_TABLE, created,
        updated, updatedType, readOnlySet);
  }

  private static FieldSpec targetTableConstant(DaoContext context, TargetModel target) {
    return entityTable(context, ClassName.get(target.element()),
        context.names.tableConstant(target.element()), target.table(), target.id(),
        new SelectList(target.properties()).sql(), target.deletedAt().orElse(null),
        context.names.readerMethod(target.element()), null, null, null);
  }

  private static FieldSpec entityTable(DaoContext context, ClassName type, String name,
      String table, Property id, String selectList, Property deletedAt, String reader,
      String versionColumn, CodeBlock managed, CodeBlock deletedBy) {
    if (deletedBy != null && managed == null) {
      managed = CodeBlock.of("$T.Managed.NONE", RuntimeNames.ENTITY_TABLE);
    }
    CodeBlock deletedColumn = deletedAt == null
        ? CodeBlock.of("null") : CodeBlock.of("$S", deletedAt.sqlColumn());
    CodeBlock deletedType = deletedAt == null
        ? CodeBlock.of("null") : context.jdbcType(deletedAt.kind());
    return FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.ENTITY_TABLE, type), name,
            Modifier.STATIC, Modifier.FINAL)
        .initializer(CodeBlock.builder()
            .add("new $T<>(\n", RuntimeNames.ENTITY_TABLE)
            .indent().indent()
            .add("$S,\n$S,\n$S,\n$L,\n$L,\n$T::$N", table, id.sqlColumn(), selectList,
                deletedColumn, deletedType, context.dao, reader)
            .add(managed != null
                ? CodeBlock.of(",\n$L,\n$L$L)", versionColumn == null ? CodeBlock.of("null")
                    : CodeBlock.of("$S", versionColumn), managed,
                    deletedBy == null ? CodeBlock.of("") : CodeBlock.of(",\n$L", deletedBy))
                : versionColumn == null ? CodeBlock.of(")")
                : CodeBlock.of(",\n$S)", versionColumn))
            .unindent().unindent()
            .build())
        .build();
  }

  private static void addHelpers(TypeSpec.Builder dao, DaoContext context) {
    EntityModel model = context.model;
    MethodSpec.Builder idOf = MethodSpec.methodBuilder(context.names.method("idOf"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(context.idType)
        .addParameter(context.entity, "entity")
        .addParameter(String.class, "operation")
        .addStatement("$T.requireNonNull(entity, \"entity must not be null\")", RuntimeNames.OBJECTS)
        .addStatement("$T id = $L", context.idType, context.read(model.id(), "entity"));
    if (!model.id().isPrimitive()) {
      idOf.beginControlFlow("if (id == null)")
          .addStatement("throw new $T(operation + \": the $L has no id; create it first\")",
              IllegalArgumentException.class, context.entity.simpleName())
          .endControlFlow();
    }
    dao.addMethod(idOf.addStatement("return id").build());

    for (AssociationModel toOne : context.toOnes()) {
      dao.addMethod(storedKey(context, toOne));
    }

    for (Reference reference : context.references()) {
      TypeName target = context.type(reference.targetType());
      TypeName key = TypeName.get(reference.idType()).box();
      dao.addMethod(MethodSpec.methodBuilder(context.names.method("keyOf"))
          .addJavadoc("The key a join column stores for {@code target}.\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(key)
          .addParameter(target, "target")
          .addStatement("return target == null ? null : $L",
              Accessors.read(reference.idAccess(), "target"))
          .build());
      dao.addMethod(MethodSpec.methodBuilder(context.names.referenceFactory(reference))
          .addJavadoc("A {@link $T} with only its id set, or null for a NULL key.\n", target)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(target)
          .addParameter(key, "id")
          .beginControlFlow("if (id == null)")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T target = new $T()", target, target)
          .addStatement(context.assign(reference.idAccess(), "target", CodeBlock.of("id")))
          .addStatement("return target")
          .build());
    }
  }

  /**
   * The key a to-one's join column stores: the id of the target in the field; while the field
   * is null, the key an include held back when it filtered the target out (null if none did).
   */
  private static MethodSpec storedKey(DaoContext context, AssociationModel toOne) {
    Property column = toOne.reference();
    TypeName target = context.type(column.reference().targetType());
    return MethodSpec.methodBuilder(context.names.storedKeyMethod(toOne))
        .addJavadoc("The key {@code $L} stores for {@code entity}: the id of its {@code $L}, or, while\n"
            + "that is null because an include filtered the target out, the key the row holds.\n",
            column.column(), toOne.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(context.valueType(column))
        .addParameter(context.entity, "entity")
        .addStatement("$T target = $L", target, Accessors.read(toOne.access(), "entity"))
        .addStatement("return target != null ? $N(target) : ($T) $T.heldKey(entity, $N)",
            context.names.method("keyOf"), context.valueType(column), RuntimeNames.ASSOCIATIONS,
            context.names.associationConstant(toOne))
        .build();
  }

  /** A method reading one {@code type} from a row of {@code SELECT <select>}. */
  private static MethodSpec reader(DaoContext context, String name, ClassName type,
      List<Property> properties, SelectList select, boolean record) {
    MethodSpec.Builder read = MethodSpec.methodBuilder(name)
        .addJavadoc("Reads one {@link $T} from a row of {@code SELECT $L}.\n", type, select.sql())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(RuntimeNames.ROW, "row")
        .addException(RuntimeNames.SQL_EXCEPTION);
    // an embedded field's columns are read by its own method, into one value
    List<Property> components = EmbeddedReads.components(properties);
    if (record) {
      // a record is built at once, through its canonical constructor (components in order)
      List<CodeBlock> values = components.stream()
          .map(property -> componentRead(context, property, select))
          .toList();
      return read.addStatement("return new $T(\n$>$>$L$<$<)", type,
              CodeBlock.join(values, ",\n"))
          .build();
    }
    read.addStatement("$T entity = new $T()", type, type);
    for (Property property : components) {
      Embedding embedding = EmbeddedReads.embeddingOf(property);
      read.addStatement(context.assign(embedding == null ? property.access() : embedding.access(),
          "entity", componentRead(context, property, select)));
    }
    return read.addStatement("return entity").build();
  }

  /** The value of a field: its column's, or for an embedded field's column, the embeddable. */
  private static CodeBlock componentRead(DaoContext context, Property property,
      SelectList select) {
    Embedding embedding = EmbeddedReads.embeddingOf(property);
    return embedding == null ? columnRead(context, property, select.position(property))
        : CodeBlock.of("$N(row)", context.names.embeddedReader(embedding));
  }

  /** The expression reading a property's column at {@code index}. */
  private static CodeBlock columnRead(DaoContext context, Property property, int index) {
    if (property.isReference()) {
      return CodeBlock.of("$N($L.read(row, $L))", context.names.referenceFactory(property.reference()),
          context.jdbcType(property), index);
    }
    if (property.isPrimitive()) {
      return CodeBlock.of("$L.readOr(row, $L, $L)", context.jdbcType(property), index,
          Literals.primitiveDefault(property.kind()));
    }
    return CodeBlock.of("$L.read(row, $L)", context.jdbcType(property), index);
  }
}
