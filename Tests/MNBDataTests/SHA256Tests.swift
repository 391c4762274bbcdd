import Foundation
import Testing

@testable import MNBData

/// SHA-256 against the examples of FIPS 180-4 and against the system's sha256sum.
@Suite struct SHA256Tests {
  static func digest(_ bytes: [UInt8]) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.hexDigest()
  }

  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func knownVectors(_ message: String, _ expected: String) {
    #expect(Self.digest(Array(message.utf8)) == expected)
  }

  @Test func aMillionAs() {
    var hash = SHA256()
    let chunk = [UInt8](repeating: 0x61, count: 1000)
    for _ in 0..<1000 { hash.update(chunk) }
    #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding boundaries, fed whole and in uneven slices.
  @Test(arguments: [55, 56, 63, 64, 65, 119, 120, 1000])
  func matchesSha256sum(_ length: Int) throws {
    let bytes = IDXBytes.noise(count: length, seed: UInt32(length))
    let expected = try withTemporaryFolder { folder in
      let file = try folder.write(bytes, to: "input")
      return try Self.systemDigest(of: file)
    }
    #expect(Self.digest(bytes) == expected)

    var sliced = SHA256()
    var start = 0
    for size in [1, 7, 60, 3, 200].cycled(until: length) where start < length {
      let end = min(start + size, length)
      sliced.update(Array(bytes[start..<end]))
      start = end
    }
    #expect(sliced.hexDigest() == expected)
  }

  private static func systemDigest(of file: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return String(text.prefix(64))
  }
}

extension Array {
  /// The elements repeated enough times to cover `count` items at one per element or more.
  fileprivate func cycled(until count: Int) -> [Element] {
    (0..<count).map { self[$0 % self.count] }
  }
}
