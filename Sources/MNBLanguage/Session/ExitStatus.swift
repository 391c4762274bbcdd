/// The exit statuses of `mnb`, documented in the README.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// A command or cell failed.
  case failure = 1
  /// The notebook or script could not be parsed; nothing ran.
  case unparsable = 2
  /// A notebook cell ran past its time limit.
  case timedOut = 3
  /// The command line itself was wrong.
  case usage = 64
  /// The user interrupted the run.
  case interrupted = 130
}
