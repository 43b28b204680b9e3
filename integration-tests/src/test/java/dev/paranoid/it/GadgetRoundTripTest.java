package dev.paranoid.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paranoid.it.model.Color;
import dev.paranoid.it.model.Gadget;
import dev.paranoid.it.model.GadgetParanoidDao;
import dev.paranoid.it.model.Priority;
import dev.paranoid.it.support.DatabaseTestBase;
import dev.paranoid.runtime.Column;
import dev.paranoid.runtime.Dialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every supported field type written and read back unchanged, nulls included. */
class GadgetRoundTripTest extends DatabaseTestBase {

  private static final UUID TOKEN = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  /** 02:30 on 2024-03-10 does not exist in America/St_Johns (the JVM's zone in these tests). */
  private static final LocalDateTime GAP_WALL_CLOCK = LocalDateTime.parse("2024-03-10T02:30:15.654321");
  private static final Instant SEEN = Instant.parse("2024-03-10T02:45:00.000001Z");
  private static final OffsetDateTime SHIPPED =
      OffsetDateTime.parse("2024-11-03T01:30:00.500000-02:30");

  private GadgetParanoidDao gadgets;

  @BeforeEach
  void dao() {
    gadgets = new GadgetParanoidDao(db.dataSource(), clock);
  }

  private static Gadget full() {
    Gadget g = new Gadget();
    g.setName("Ünïcödé ✓");
    g.setPrimitiveInt(Integer.MIN_VALUE);
    g.setPrimitiveLong(Long.MAX_VALUE);
    g.setPrimitiveShort(Short.MIN_VALUE);
    g.setPrimitiveByte(Byte.MAX_VALUE);
    g.setPrimitiveBoolean(true);
    g.setPrimitiveDouble(-1234.5e200);
    g.setPrimitiveFloat(3.25f);
    g.setPrimitiveChar('Z');
    g.setBoxedInt(Integer.MAX_VALUE);
    g.setBoxedLong(Long.MIN_VALUE);
    g.setBoxedShort(Short.MAX_VALUE);
    g.setBoxedByte(Byte.MIN_VALUE);
    g.setBoxedBoolean(Boolean.FALSE);
    g.setBoxedDouble(0.1);
    g.setBoxedFloat(-0.5f);
    g.setBoxedChar('é');
    g.setPrice(new BigDecimal("123456789012345.6789"));
    g.setPayload(new byte[] {0, 1, -1, 127, -128, 42});
    g.setToken(TOKEN);
    g.setColor(Color.GREEN);
    g.setPriority(Priority.HIGH);
    g.setReleasedOn(LocalDate.of(2024, 3, 10));
    g.setRemindAt(GAP_WALL_CLOCK);
    g.setSeenAt(SEEN);
    g.setShippedAt(SHIPPED);
    return g;
  }

  @Test
  void columnConstantsHaveTheFieldTypes() {
    Column<Gadget, Long> id = GadgetParanoidDao.ID;
    Column<Gadget, String> name = GadgetParanoidDao.NAME;
    Column<Gadget, Integer> primitiveInt = GadgetParanoidDao.PRIMITIVE_INT;
    Column<Gadget, Long> primitiveLong = GadgetParanoidDao.PRIMITIVE_LONG;
    Column<Gadget, Short> primitiveShort = GadgetParanoidDao.PRIMITIVE_SHORT;
    Column<Gadget, Byte> primitiveByte = GadgetParanoidDao.PRIMITIVE_BYTE;
    Column<Gadget, Boolean> primitiveBoolean = GadgetParanoidDao.PRIMITIVE_BOOLEAN;
    Column<Gadget, Double> primitiveDouble = GadgetParanoidDao.PRIMITIVE_DOUBLE;
    Column<Gadget, Float> primitiveFloat = GadgetParanoidDao.PRIMITIVE_FLOAT;
    Column<Gadget, Character> primitiveChar = GadgetParanoidDao.PRIMITIVE_CHAR;
    Column<Gadget, Integer> boxedInt = GadgetParanoidDao.BOXED_INT;
    Column<Gadget, Long> boxedLong = GadgetParanoidDao.BOXED_LONG;
    Column<Gadget, Short> boxedShort = GadgetParanoidDao.BOXED_SHORT;
    Column<Gadget, Byte> boxedByte = GadgetParanoidDao.BOXED_BYTE;
    Column<Gadget, Boolean> boxedBoolean = GadgetParanoidDao.BOXED_BOOLEAN;
    Column<Gadget, Double> boxedDouble = GadgetParanoidDao.BOXED_DOUBLE;
    Column<Gadget, Float> boxedFloat = GadgetParanoidDao.BOXED_FLOAT;
    Column<Gadget, Character> boxedChar = GadgetParanoidDao.BOXED_CHAR;
    Column<Gadget, BigDecimal> price = GadgetParanoidDao.PRICE;
    Column<Gadget, byte[]> payload = GadgetParanoidDao.PAYLOAD;
    Column<Gadget, UUID> token = GadgetParanoidDao.TOKEN;
    Column<Gadget, Color> color = GadgetParanoidDao.COLOR;
    Column<Gadget, Priority> priority = GadgetParanoidDao.PRIORITY;
    Column<Gadget, LocalDate> releasedOn = GadgetParanoidDao.RELEASED_ON;
    Column<Gadget, LocalDateTime> remindAt = GadgetParanoidDao.REMIND_AT;
    Column<Gadget, Instant> seenAt = GadgetParanoidDao.SEEN_AT;
    Column<Gadget, OffsetDateTime> shippedAt = GadgetParanoidDao.SHIPPED_AT;
    Column<Gadget, OffsetDateTime> deletedAt = GadgetParanoidDao.DELETED_AT;
    List<Column<Gadget, ?>> all = List.of(id, name, primitiveInt, primitiveLong, primitiveShort,
        primitiveByte, primitiveBoolean, primitiveDouble, primitiveFloat, primitiveChar, boxedInt,
        boxedLong, boxedShort, boxedByte, boxedBoolean, boxedDouble, boxedFloat, boxedChar, price,
        payload, token, color, priority, releasedOn, remindAt, seenAt, shippedAt, deletedAt);
    assertEquals(28, all.stream().map(Column::sqlName).distinct().count());
  }

  @Test
  void everyFieldTypeRoundTrips() {
    Gadget created = gadgets.create(full());
    assertNotNull(created.getId());

    Gadget g = gadgets.findByPk(created.getId()).orElseThrow();

    assertEquals(created.getId(), g.getId());
    assertEquals("Ünïcödé ✓", g.getName());
    assertEquals(Integer.MIN_VALUE, g.getPrimitiveInt());
    assertEquals(Long.MAX_VALUE, g.getPrimitiveLong());
    assertEquals(Short.MIN_VALUE, g.getPrimitiveShort());
    assertEquals(Byte.MAX_VALUE, g.getPrimitiveByte());
    assertTrue(g.isPrimitiveBoolean());
    assertEquals(-1234.5e200, g.getPrimitiveDouble());
    assertEquals(3.25f, g.getPrimitiveFloat());
    assertEquals('Z', g.getPrimitiveChar());
    assertEquals(Integer.MAX_VALUE, g.getBoxedInt());
    assertEquals(Long.MIN_VALUE, g.getBoxedLong());
    assertEquals(Short.MAX_VALUE, g.getBoxedShort());
    assertEquals(Byte.MIN_VALUE, g.getBoxedByte());
    assertEquals(Boolean.FALSE, g.getBoxedBoolean());
    assertEquals(0.1, g.getBoxedDouble());
    assertEquals(-0.5f, g.getBoxedFloat());
    assertEquals('é', g.getBoxedChar());
    assertEquals(new BigDecimal("123456789012345.6789"), g.getPrice());
    assertArrayEquals(new byte[] {0, 1, -1, 127, -128, 42}, g.getPayload());
    assertEquals(TOKEN, g.getToken());
    assertEquals(Color.GREEN, g.getColor());
    assertEquals(Priority.HIGH, g.getPriority());
    assertEquals(LocalDate.of(2024, 3, 10), g.getReleasedOn());
    assertEquals(GAP_WALL_CLOCK, g.getRemindAt());
    assertEquals(SEEN, g.getSeenAt());
    assertNotNull(g.getShippedAt());
    assertEquals(SHIPPED.toInstant(), g.getShippedAt().toInstant());
    assertNull(g.getDeletedAt());
  }

  @Test
  void storedRepresentationFollowsTheMapping() {
    Gadget g = gadgets.create(full());
    Map<String, Object> row = db.row("SELECT * FROM gadgets WHERE id = ?", g.getId());
    assertEquals("GREEN", row.get("color"), "@Enumerated(STRING) stores the name");
    assertEquals(Priority.HIGH.ordinal(), row.get("priority"), "@Enumerated(ORDINAL) stores the ordinal");
    // native on H2 and PostgreSQL; on MariaDB/MySQL the schema helper's CHAR(36) holds the text
    assertEquals(db.dialect() == Dialect.MARIADB ? TOKEN.toString() : TOKEN, row.get("token"));
    assertEquals(LocalDate.of(2024, 3, 10), db.value(LocalDate.class, "gadgets", "released_on", g.getId()));
    assertEquals(GAP_WALL_CLOCK, row.get("remind_at"), "a LocalDateTime is stored as is");
    assertEquals(LocalDateTime.ofInstant(SEEN, ZoneOffset.UTC), row.get("seen_at"),
        "an Instant is stored as UTC wall-clock time");
    assertEquals(LocalDateTime.ofInstant(SHIPPED.toInstant(), ZoneOffset.UTC), row.get("shipped_at"),
        "an OffsetDateTime is stored as UTC wall-clock time");
    assertEquals("Z", row.get("primitive_char"));
    assertEquals(Boolean.TRUE, row.get("primitive_boolean"));
    assertEquals(Long.MAX_VALUE, row.get("primitive_long"));
    assertNull(row.get("deleted_at"));
  }

  @Test
  void nullWrapperAndObjectFieldsRoundTripAsNull() {
    Gadget empty = new Gadget();
    empty.setPrimitiveChar('x');
    Gadget created = gadgets.create(empty);

    Map<String, Object> row = db.row("SELECT * FROM gadgets WHERE id = ?", created.getId());
    for (String column : List.of("name", "boxed_int", "boxed_long", "boxed_short", "boxed_byte",
        "boxed_boolean", "boxed_double", "boxed_float", "boxed_char", "price", "payload", "token",
        "color", "priority", "released_on", "remind_at", "seen_at", "shipped_at", "deleted_at")) {
      assertTrue(row.containsKey(column), column);
      assertNull(row.get(column), column + " should be SQL NULL");
    }

    Gadget g = gadgets.findByPk(created.getId()).orElseThrow();
    assertNull(g.getName());
    assertEquals(0, g.getPrimitiveInt());
    assertEquals(0L, g.getPrimitiveLong());
    assertEquals((short) 0, g.getPrimitiveShort());
    assertEquals((byte) 0, g.getPrimitiveByte());
    assertFalse(g.isPrimitiveBoolean());
    assertEquals(0.0, g.getPrimitiveDouble());
    assertEquals(0.0f, g.getPrimitiveFloat());
    assertEquals('x', g.getPrimitiveChar());
    assertNull(g.getBoxedInt());
    assertNull(g.getBoxedLong());
    assertNull(g.getBoxedShort());
    assertNull(g.getBoxedByte());
    assertNull(g.getBoxedBoolean());
    assertNull(g.getBoxedDouble());
    assertNull(g.getBoxedFloat());
    assertNull(g.getBoxedChar());
    assertNull(g.getPrice());
    assertNull(g.getPayload());
    assertNull(g.getToken());
    assertNull(g.getColor());
    assertNull(g.getPriority());
    assertNull(g.getReleasedOn());
    assertNull(g.getRemindAt());
    assertNull(g.getSeenAt());
    assertNull(g.getShippedAt());
    assertNull(g.getDeletedAt());
  }

  @Test
  void updateRoundTripsEveryFieldIncludingBackToNull() {
    Gadget g = gadgets.create(full());
    g.setName(null);
    g.setPrimitiveInt(7);
    g.setPrimitiveBoolean(false);
    g.setPrimitiveChar('q');
    g.setBoxedInt(null);
    g.setBoxedBoolean(Boolean.TRUE);
    g.setBoxedChar(null);
    g.setPrice(null);
    g.setPayload(new byte[0]);
    g.setToken(null);
    g.setColor(Color.BLUE);
    g.setPriority(null);
    g.setReleasedOn(null);
    g.setRemindAt(LocalDateTime.parse("1999-12-31T23:59:59.999999"));
    g.setSeenAt(null);
    g.setShippedAt(OffsetDateTime.parse("2030-01-01T00:00:00Z"));
    assertTrue(gadgets.update(g));

    Gadget r = gadgets.findByPk(g.getId()).orElseThrow();
    assertNull(r.getName());
    assertEquals(7, r.getPrimitiveInt());
    assertFalse(r.isPrimitiveBoolean());
    assertEquals('q', r.getPrimitiveChar());
    assertNull(r.getBoxedInt());
    assertEquals(Boolean.TRUE, r.getBoxedBoolean());
    assertNull(r.getBoxedChar());
    assertNull(r.getPrice());
    assertArrayEquals(new byte[0], r.getPayload());
    assertNull(r.getToken());
    assertEquals(Color.BLUE, r.getColor());
    assertNull(r.getPriority());
    assertNull(r.getReleasedOn());
    assertEquals(LocalDateTime.parse("1999-12-31T23:59:59.999999"), r.getRemindAt());
    assertNull(r.getSeenAt());
    assertEquals(Instant.parse("2030-01-01T00:00:00Z"), r.getShippedAt().toInstant());
    assertEquals(Long.MAX_VALUE, r.getPrimitiveLong(), "unchanged fields stay");
  }

  @Test
  void typedConditionsMatchStoredValues() {
    Gadget g = gadgets.create(full());
    Gadget other = new Gadget();
    other.setPrimitiveChar('a');
    other.setColor(Color.RED);
    other.setPriority(Priority.LOW);
    other = gadgets.create(other);
    Long id = g.getId();

    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.COLOR.eq(Color.GREEN))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.PRIORITY.eq(Priority.HIGH))));
    assertEquals(List.of(other.getId()),
        ids(gadgets.findAll(GadgetParanoidDao.PRIORITY.lt(Priority.MEDIUM))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.TOKEN.eq(TOKEN))));
    assertEquals(List.of(other.getId()), ids(gadgets.findAll(GadgetParanoidDao.TOKEN.eq(null))));
    assertEquals(List.of(id), ids(gadgets.findAll(
        GadgetParanoidDao.PRICE.gt(new BigDecimal("1000")))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.PRIMITIVE_BOOLEAN.eq(true))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.PRIMITIVE_CHAR.eq('Z'))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.BOXED_CHAR.eq('é'))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.PRIMITIVE_BYTE.eq(Byte.MAX_VALUE))));
    assertEquals(List.of(id), ids(gadgets.findAll(
        GadgetParanoidDao.PRIMITIVE_SHORT.eq(Short.MIN_VALUE))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.BOXED_FLOAT.eq(-0.5f))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.NAME.like("Ü%"))));
    assertEquals(List.of(id), ids(gadgets.findAll(
        GadgetParanoidDao.RELEASED_ON.eq(LocalDate.of(2024, 3, 10)))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.REMIND_AT.eq(GAP_WALL_CLOCK))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.SEEN_AT.between(
        SEEN.minusNanos(1_000), SEEN.plusNanos(1_000)))));
    assertEquals(List.of(id), ids(gadgets.findAll(GadgetParanoidDao.SHIPPED_AT.eq(
        SHIPPED.withOffsetSameInstant(ZoneOffset.ofHours(9))))));
    assertEquals(List.of(other.getId()),
        ids(gadgets.findAll(GadgetParanoidDao.BOXED_BOOLEAN.eq(null))));
  }

  @Test
  void offsetDateTimeDeletionColumnHoldsTheClockInstant() {
    Gadget g = gadgets.create(full());
    Instant now = tick();

    assertTrue(gadgets.destroy(g));

    assertNotNull(g.getDeletedAt());
    assertEquals(micros(now), g.getDeletedAt().toInstant());
    assertEquals(utc(now), deletedAtOf("gadgets", g.getId()));
    Gadget stored = gadgets.findByPk(g.getId(), true).orElseThrow();
    assertEquals(g.getDeletedAt(), stored.getDeletedAt(), "the entity holds the stored value");
    assertTrue(gadgets.findByPk(g.getId()).isEmpty());
    assertEquals(List.of(g.getId()), ids(gadgets.query().onlyDeleted()
        .where(GadgetParanoidDao.DELETED_AT.eq(OffsetDateTime.ofInstant(micros(now), ZoneOffset.UTC)))
        .list()));

    assertTrue(gadgets.restore(g));
    assertNull(g.getDeletedAt());
    assertEquals(1, gadgets.count());
  }

  private static List<Long> ids(List<Gadget> list) {
    return map(list, Gadget::getId);
  }
}
