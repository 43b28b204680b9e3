/** Paranoid's annotations: {@code @Paranoid}, {@code @DeletedAt} and friends. No dependencies. */
module dev.paranoid.annotations {
  exports dev.paranoid;
}
