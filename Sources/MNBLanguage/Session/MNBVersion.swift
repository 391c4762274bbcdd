public enum MNBVersion {
  public static let current = "0.1.0"
}
