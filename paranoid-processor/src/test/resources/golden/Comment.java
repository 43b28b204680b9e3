package com.example.blog;

import dev.paranoid.Paranoid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A comment, versioned: the cascades of its post and author bump its version. */
@Entity
@Table(name = "comments")
@Paranoid
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String body;

  @ManyToOne
  Post post;

  @Version
  long version;

  Instant deletedAt;
}
