/**
 * For generated code only; no compatibility promise. What a generated DAO constructs and
 * calls: its table ({@link dev.paranoid.runtime.internal.ParanoidTable}) and the factories of its
 * column and association constants. The top of the runtime: no engine depends on it.
 */
package dev.paranoid.runtime.internal;
