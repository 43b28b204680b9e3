package dev.paranoid.it.model;

/** Stored by name ({@code @Enumerated(EnumType.STRING)}) in {@link Gadget#getColor()}. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
