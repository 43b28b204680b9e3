package club;

/** Stored by ordinal: its constants and their order come from the class file. */
public enum Grade { LOW, HIGH }
