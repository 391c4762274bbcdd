import Foundation

/// Where a plot goes when the command names no file.
public enum PlotOutput: Sendable, Equatable {
  /// Drawn in the terminal: colour text, or sixel graphics when the terminal shows them.
  case terminal
  /// Written into `folder` as `PREFIX-N-KIND.png`, numbered in order.
  case folder(String, prefix: String)
}
