import MNBData

extension PlotError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .controlCharacter(let field, let text):
      return "cannot use \(field) '\(Self.visible(text))': it holds a control character; "
        + "remove line breaks, tabs and escape codes"
    case .unsafePath(let path):
      return "cannot write '\(path)': a path may not start with '|' or '<', which gnuplot "
        + "would run as a command; rename the file"
    case .unsupportedExtension(let path, let ext):
      return "cannot write '\(path)': unknown picture format '\(ext)'; use '.png' or '.svg'"
    case .missingFolder(let path):
      return "cannot write '\(path)': the folder does not exist; create it first"
    case .invalidSize(let width, let height):
      return "cannot draw at size '\(width)x\(height)': expected sizes from "
        + "\(PixelSize.allowed.lowerBound) to \(PixelSize.allowed.upperBound)"
    case .cannotWrite(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    case .fileFault(let fault):
      return fault.description
    case .gnuplotMissing(let override, let savedScript):
      return Self.missingMessage(override: override, savedScript: savedScript)
    case .gnuplotUnusable(let executable, let reason):
      return "cannot use gnuplot '\(executable)': \(reason); check that MNB_GNUPLOT or PATH "
        + "leads to gnuplot 5"
    case .terminalUnavailable(let executable, let terminal):
      return "cannot draw: gnuplot '\(executable)' has no '\(terminal)' terminal; "
        + "install a full build with 'apt-get install gnuplot-nox'"
    case .gnuplotFailed(let executable, let status, let message):
      if message.isEmpty {
        return "gnuplot '\(executable)' failed: exit status \(status) and no message"
      }
      return "gnuplot failed: \(message)"
    case .gnuplotKilled(let executable, let signal):
      return "gnuplot '\(executable)' failed: killed by signal \(signal)"
    case .cancelled:
      return "the plot was stopped on request"
    case .gnuplotTimedOut(let executable, let seconds):
      return "gnuplot '\(executable)' failed: no answer within \(Self.seconds(seconds)) seconds, "
        + "so it was stopped; draw fewer panels or a smaller picture"
    case .emptyOutput(let path):
      return "cannot write '\(path)': gnuplot finished but wrote no picture"
    case .emptyPlot(let kind):
      return "cannot draw \(kind): there is nothing to draw"
    case .invalidShape(let kind, let detail):
      return "cannot draw \(kind): \(detail)"
    case .weightCount(let expected, let found, let height, let width):
      return "cannot draw weights: expected a multiple of \(expected) values "
        + "(one bias and \(height)x\(width) pixels per class), found \(found)"
    case .nameCount(let field, let expected, let found):
      return "cannot draw: expected \(expected) \(field), found \(found)"
    case .imageSize(let index, let expected, let found):
      return "cannot draw images: image \(index) has \(found) pixels, expected \(expected)"
    case .notSquare(let row, let expected, let found):
      return "cannot draw the confusion matrix: row \(row) has \(found) counts, "
        + "expected \(expected); the matrix must be square"
    case .negativeCount(let trueClass, let predicted, let value):
      return "cannot draw the confusion matrix: the count for true class \(trueClass), "
        + "predicted \(predicted) is '\(value)'; counts cannot be negative"
    case .noFiniteLoss(let series):
      return "cannot draw loss '\(series)': no value is finite; training diverged from the start"
    case .nonPositiveOnLogScale(let series, let epoch, let value):
      return "cannot draw loss '\(series)' on a log scale: epoch \(epoch) has '\(value)', "
        + "which is not above zero; use a linear scale"
    }
  }

  private static func missingMessage(override: String?, savedScript: String?) -> String {
    var message = "cannot draw: "
    if let override {
      message += "MNB_GNUPLOT names '\(override)', which is not an executable file"
    } else {
      message += "gnuplot is not on PATH"
    }
    message += "; install it with 'apt-get install gnuplot-nox' or set MNB_GNUPLOT to its path"
    if let savedScript {
      message +=
        "; the plot was saved as '\(savedScript)', draw it later with "
        + "'gnuplot \(savedScript)'"
    }
    return message
  }

  /// Shows control characters as `\u{…}` so the message stays on one line.
  static func visible(_ text: String) -> String {
    VisibleText.escaped(text)
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
