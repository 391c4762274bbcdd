import Foundation

/// The most memory mnb allocates at once for anything whose size comes from outside: a data
/// file's header, decompressed data, a model file, a download.
///
/// The limit is the smaller of 4 GiB and a quarter of the physical memory, unless the
/// environment variable `MNB_MEMORY_LIMIT` sets it ("512M", "2G", "1048576"). Each allocation is
/// checked on its own against the whole limit, before it is made.
public struct MemoryBudget: Sendable, Equatable {
  /// The environment variable that sets the limit.
  public static let variable = "MNB_MEMORY_LIMIT"

  /// The largest default limit, whatever the machine.
  public static let defaultCeiling = 4 << 30

  /// The limit in bytes.
  public let bytes: Int

  public init(bytes: Int) {
    self.bytes = bytes
  }

  /// The limit this process uses: `MNB_MEMORY_LIMIT` when it is set and valid, else the
  /// default. The program refuses an invalid value at start-up with `fromEnvironment`.
  public static let current: MemoryBudget =
    (try? fromEnvironment(ProcessInfo.processInfo.environment)) ?? .machineDefault

  /// The smaller of 4 GiB and a quarter of the physical memory.
  public static var machineDefault: MemoryBudget {
    let quarter = Int(clamping: ProcessInfo.processInfo.physicalMemory / 4)
    return MemoryBudget(bytes: min(defaultCeiling, quarter))
  }

  /// The limit `environment` sets, or the default when it sets none.
  /// - Throws: `MemoryBudgetError.invalidSetting` for a value that is not a size.
  public static func fromEnvironment(_ environment: [String: String])
    throws(MemoryBudgetError) -> MemoryBudget
  {
    guard let text = environment[variable], !text.isEmpty else { return machineDefault }
    guard let bytes = ByteSize.parse(text), bytes > 0 else {
      throw .invalidSetting(text)
    }
    return MemoryBudget(bytes: bytes)
  }

  /// Throws unless `bytes` fit within the limit.
  ///
  /// - Parameters:
  ///   - bytes: the size about to be allocated; nil when computing it overflowed.
  ///   - claim: what asks for the memory, worded to follow "FILE: ", such as
  ///     "the header claims 60000 images of 28x28".
  ///   - file: how the message names the file or source.
  public func check(_ bytes: Int?, claim: String, file: String) throws(MemoryBudgetError) {
    guard let bytes, bytes <= self.bytes else {
      throw .overLimit(file: file, claim: claim, bytes: bytes, limit: self.bytes)
    }
  }

  /// The product of `factors`, or nil when it overflows or a factor is negative.
  public static func product(_ factors: Int...) -> Int? {
    var total = 1
    for factor in factors {
      guard factor >= 0 else { return nil }
      let (next, overflow) = total.multipliedReportingOverflow(by: factor)
      if overflow { return nil }
      total = next
    }
    return total
  }
}

/// Why memory was refused.
public enum MemoryBudgetError: Error, Equatable, Sendable {
  /// `MNB_MEMORY_LIMIT` holds something other than a size.
  case invalidSetting(String)
  /// `bytes` is nil when the size overflowed.
  case overLimit(file: String, claim: String, bytes: Int?, limit: Int)
}

extension MemoryBudgetError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .invalidSetting(let text):
      return "\(MemoryBudget.variable) is '\(text)', expected a size above zero such as "
        + "'512M', '2G' or a number of bytes"
    case .overLimit(let file, _, _, _):
      return "\(file): \(problem)"
    }
  }

  /// The description without the file's name, for messages that name the file their own way.
  public var problem: String {
    switch self {
    case .invalidSetting:
      return description
    case .overLimit(_, let claim, let bytes, let limit):
      let size = bytes.map { " (\(ByteSize.text($0)))" } ?? " (too large to count)"
      return "\(claim)\(size), more than the memory limit of \(ByteSize.text(limit)) "
        + "(\(MemoryBudget.variable))"
    }
  }
}
