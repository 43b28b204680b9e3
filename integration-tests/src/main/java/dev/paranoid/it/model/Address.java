package dev.paranoid.it.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in {@link Purchase} as a record (issue 14). */
@Embeddable
public record Address(String street, String city, @Column(name = "zip_code", length = 10) String zip) {}
