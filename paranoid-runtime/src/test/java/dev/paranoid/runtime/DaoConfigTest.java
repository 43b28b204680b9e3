package dev.paranoid.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaoConfigTest {

  private static Optional<String> currentUser() {
    return Optional.of("alice");
  }

  @Test
  void defaultsAreTheSystemUtcClockADetectedDialectAndNoAuditor() {
    DaoConfig defaults = DaoConfig.defaults();
    assertEquals(Clock.systemUTC(), defaults.clock());
    assertNull(defaults.dialect());
    assertNull(defaults.auditor());
    assertNull(defaults.actorType());
  }

  @Test
  void theBuilderKeepsWhatItIsGivenAndToBuilderChangesOnlyWhatIsSet() {
    Clock fixed = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    // a lambda returning an Optional<String> variable: the auditor's type is inferred, no cast
    Auditor<String> auditor = DaoConfigTest::currentUser;
    DaoConfig config = DaoConfig.builder().clock(fixed).dialect(Dialect.H2)
        .auditor(() -> currentUser()).build();
    assertSame(fixed, config.clock());
    assertEquals(Dialect.H2, config.dialect());
    assertEquals(Optional.of("alice"), config.auditor().currentActor());

    DaoConfig changed = config.toBuilder().auditor(auditor).dialect(null).build();
    assertSame(fixed, changed.clock());
    assertNull(changed.dialect());
    assertSame(auditor, changed.auditor());
  }

  @Test
  void theActorTypeIsKnownWhenGivenOrDeclaredByTheAuditorsClass() {
    assertEquals(Long.class,
        DaoConfig.builder().auditor(Long.class, () -> Optional.of(1L)).build().actorType());
    assertEquals(String.class, DaoConfig.builder().auditor(new Names()).build().actorType());
    assertEquals(String.class, DaoConfig.builder().auditor(new MoreNames()).build().actorType(),
        "declared by a superclass");
    assertNull(DaoConfig.builder().auditor(() -> Optional.of(1L)).build().actorType(),
        "a lambda's type argument is erased");
  }

  @Test
  void aNullClockIsRefused() {
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> DaoConfig.builder().clock(null));
    assertTrue(refused.getMessage().contains("clock"), refused.getMessage());
  }

  private static class Names implements Auditor<String> {
    @Override
    public Optional<String> currentActor() {
      return Optional.of("bob");
    }
  }

  private static final class MoreNames extends Names {}
}
