/**
 * The API users program against: {@link dev.paranoid.runtime.Column columns},
 * {@link dev.paranoid.runtime.Condition conditions}, {@link dev.paranoid.runtime.Query queries},
 * {@link dev.paranoid.runtime.Include includes}, {@link dev.paranoid.runtime.Transactions
 * transactions}, the {@link dev.paranoid.runtime.Dialect dialects}, and the exceptions every
 * database failure becomes. Its static entry points ({@code Transactions}, {@code Condition.all()},
 * {@code HeldKeys}) are facades over the engines.
 */
package dev.paranoid.runtime;
