package com.example.blog;

import dev.paranoid.Paranoid;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A post: a to-one to its author, and a to-many to its comments, which go with it. */
@Entity
@Table(name = "posts")
@Paranoid
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String title;

  @ManyToOne
  @JoinColumn(name = "author_id")
  Author author;

  @OneToMany(mappedBy = "post", cascade = CascadeType.REMOVE)
  Set<Comment> comments;

  Instant deletedAt;
}
