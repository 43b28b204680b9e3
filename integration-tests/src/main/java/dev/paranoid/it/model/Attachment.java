package dev.paranoid.it.model;

import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Large values ({@code @Lob}): the schema helper gives them the dialect's large text and binary
 * types (CLOB/BLOB on H2, TEXT/BYTEA on PostgreSQL, LONGTEXT/LONGBLOB on MariaDB) (issue 14).
 */
@Entity
@Table(name = "attachments")
@Paranoid
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  @Lob
  public String body;

  @Lob
  public byte[] data;

  public Instant deletedAt;

  public Attachment() {}

  public Attachment(String name, String body, byte[] data) {
    this.name = name;
    this.body = body;
    this.data = data;
  }
}
