package dev.paranoid.it.model;

/** A stock-keeping unit: a value type every field of which {@link SkuConverter} stores. */
public record Sku(String code) {}
