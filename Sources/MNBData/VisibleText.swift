/// Text from a user or a file, made safe to show on a terminal.
///
/// Control characters (C0, DEL and the C1 range U+0080–U+009F) are shown as `\u{1b}` and the
/// like, so a file name or a string in someone else's notebook cannot start an escape sequence
/// that retitles or repaints the terminal.
public enum VisibleText {
  /// C0 controls, DEL and C1 controls (the latter can start terminal escape sequences).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
  }

  /// `text` with every control character but those in `kept` written as `\u{HEX}`.
  public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    var shown = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) && !kept.contains(scalar) {
        shown += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }

  /// `text` for a message: line breaks and tabs stay, other control characters are escaped.
  public static func message(_ text: String) -> String {
    escaped(text, keeping: ["\n", "\t"])
  }
}
