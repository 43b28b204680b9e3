package dev.paranoid.it.model;

/** Stored by ordinal ({@code @Enumerated(EnumType.ORDINAL)}) in {@link Gadget#getPriority()}. */
public enum Priority {
  LOW,
  MEDIUM,
  HIGH,
  URGENT
}
