package com.example.blog;

import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An author whose posts, and their comments, go with it: two levels of cascades. */
@Entity
@Table(name = "authors")
@Paranoid
public class Author {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String name;

  Instant deletedAt;

  @OneToMany(mappedBy = "author", cascade = CascadeType.REMOVE)
  List<Post> posts;
}
