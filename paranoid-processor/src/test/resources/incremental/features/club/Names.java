package club;

/** Column names as constants, used in annotations. */
public final class Names {
  public static final String PREFIX = "cst_";
  public static final String CODE = PREFIX + "code";
  public static final int LENGTH = 40;
  private Names() {}
}
