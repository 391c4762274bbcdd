import Foundation

/// A number of seconds from a start, after which a step should stop.
public struct TimeLimit: Sendable, Equatable {
  public var seconds: Double
  public var end: Date

  public init(seconds: Double, from start: Date = Date()) {
    self.seconds = seconds
    self.end = start.addingTimeInterval(seconds)
  }

  public var hasPassed: Bool { Date() >= end }

  /// Seconds as written by a person: "30", "0.5".
  public static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}
