import MNBData

/// Why a model file could not be read. Every case names the file as the user gave it.
public enum ModelFileError: Error, Sendable, Equatable {
  case noSuchFile(file: String)
  case isAFolder(file: String)
  /// The system refused to read the file; `reason` is its wording.
  case unreadable(file: String, reason: String)
  /// The file does not start with the magic bytes `MNBMODEL`.
  case notAModelFile(file: String)
  /// The file ends inside the fixed header of `headerSize` bytes.
  case headerCutShort(file: String, size: Int, headerSize: Int)
  case newerVersion(file: String, version: UInt32, newestReadable: UInt32)
  case unknownVersion(file: String, version: UInt32)
  /// The header says the file holds `expected` bytes; it holds `size`.
  case sizeMismatch(file: String, size: Int, expected: UInt64)
  case checksumMismatch(file: String, stored: UInt32, computed: UInt32)
  /// A field needs `needed` bytes at `offset`, but only `remaining` are left before the checksum.
  case lengthOverrun(file: String, field: String, offset: Int, needed: Int, remaining: Int)
  /// The fields end `count` bytes before the checksum does.
  case unusedBytes(file: String, count: Int)
  case invalidText(file: String, field: String)
  case unknownKind(file: String, code: UInt8)
  /// A count the model cannot have, such as no classes.
  case invalidCount(file: String, field: String, value: Int)
  case shapeMismatch(file: String, inputSize: Int, imageHeight: Int, imageWidth: Int)
  /// The file is larger than the memory limit allows to read.
  case overMemoryLimit(MemoryBudgetError)
  /// The training options section holds something no training can have; `reason` says what.
  case invalidOptions(file: String, reason: String)
}

extension ModelFileError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noSuchFile(let file):
      "cannot load model '\(file)': no such file"
    case .isAFolder(let file):
      "cannot load model '\(file)': it is a folder; give a model file saved by 'save MODEL'"
    case .unreadable(let file, let reason):
      "cannot load model '\(file)': \(reason)"
    case .notAModelFile(let file):
      "cannot load model '\(file)': not an mnb model file, which starts with 'MNBMODEL'; "
        + "'save MODEL \"FILE\"' writes one"
    case .headerCutShort(let file, let size, let headerSize):
      "cannot load model '\(file)': the file is cut short at \(size) bytes, "
        + "before the end of its \(headerSize)-byte header; save the model again"
    case .newerVersion(let file, let version, let newest):
      "cannot load model '\(file)': made by a newer mnb; version \(version), "
        + "this mnb reads up to \(newest)"
    case .unknownVersion(let file, let version):
      "cannot load model '\(file)': unknown format version \(version)"
    case .sizeMismatch(let file, let size, let expected):
      Self.sizeMismatch(file: file, size: size, expected: expected)
    case .checksumMismatch(let file, let stored, let computed):
      "cannot load model '\(file)': the checksum does not match (stored "
        + "\(Self.hex(stored)), computed \(Self.hex(computed))); the file is damaged"
    case .lengthOverrun(let file, let field, let offset, let needed, let remaining):
      "cannot load model '\(file)': the \(field) at byte \(offset) needs \(needed) bytes "
        + "but \(remaining) are left; the file is damaged"
    case .unusedBytes(let file, let count):
      "cannot load model '\(file)': \(count) bytes are left over before the checksum; "
        + "the file is damaged"
    case .invalidText(let file, let field):
      "cannot load model '\(file)': the \(field) is not valid UTF-8"
    case .unknownKind(let file, let code):
      "cannot load model '\(file)': unknown model kind \(code)"
    case .invalidCount(let file, let field, let value):
      "cannot load model '\(file)': \(value) is not a valid \(field)"
    case .shapeMismatch(let file, let inputSize, let height, let width):
      "cannot load model '\(file)': \(inputSize) inputs do not make \(height)x\(width) images"
    case .overMemoryLimit(let error):
      Self.overMemoryLimit(error)
    case .invalidOptions(let file, let reason):
      "cannot load model '\(file)': the training options are damaged (\(reason))"
    }
  }

  private static func sizeMismatch(file: String, size: Int, expected: UInt64) -> String {
    if UInt64(size) < expected {
      return "cannot load model '\(file)': the file is cut short: \(size) of \(expected) bytes; "
        + "save the model again"
    }
    return "cannot load model '\(file)': \(UInt64(size) - expected) bytes after the end of "
      + "the model; the file is damaged"
  }

  private static func overMemoryLimit(_ error: MemoryBudgetError) -> String {
    guard case .overLimit(let file, _, _, _) = error else {
      return "cannot load model: \(error.problem)"
    }
    return "cannot load model '\(file)': \(error.problem)"
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
  }
}
