/// The exit statuses of `mnb`, documented in the README.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// A command or cell failed.
  case failure = 1
  /// The notebook or script could not be parsed; nothing ran.
  case unparsable = 2
  /// The command line itself was wrong.
  case usage = 64
  /// The user interrupted the run.
  case interrupted = 130
}
