import Foundation

/// A folder that fails writes the way a real disk does, for one test.
///
/// As root, a small tmpfs is mounted for it: filled up for `.diskFull`, remounted read-only for
/// `.readOnly` (root ignores permission bits, not a read-only mount). Otherwise `.diskFull`
/// runs mnb under a file-size limit of zero with SIGXFSZ ignored, so writes fail with EFBIG,
/// and `.readOnly` takes the folder's write permission away.
final class FaultyFolder {
  enum Fault: String, CaseIterable, Sendable {
    case diskFull
    case readOnly
  }

  let url: URL
  let fault: Fault
  private let isMounted: Bool

  /// Creates the folder and calls `seed` to put files in it while it still takes them.
  init(_ fault: Fault, seed: (URL) throws -> Void) throws {
    self.fault = fault
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-fault-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    isMounted =
      geteuid() == 0
      && Self.run(
        "/bin/mount", "-t", "tmpfs", "-o", "size=256k",
        "tmpfs", url.path)
    try seed(url)
    try inject()
  }

  /// Whether the faults can be made here: as root through mount, else through /bin/sh.
  static var isAvailable: Bool {
    geteuid() == 0 || FileManager.default.isExecutableFile(atPath: "/bin/sh")
  }

  /// The words the error gives for the fault.
  var expectedReason: String {
    switch (fault, isMounted) {
    case (.diskFull, true): "no space left on the disk"
    case (.diskFull, false): "the file is larger than the system allows"
    case (.readOnly, true): "the file system is read-only"
    case (.readOnly, false): "permission denied"
    }
  }

  /// The names in the folder, hidden ones included, sorted, without the filler file.
  var names: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
      .filter { $0 != Self.filler }.sorted()
  }

  /// mnb's command line, wrapped in a file-size limit when the disk cannot really fill up.
  func command(_ arguments: [String]) -> (executable: URL, arguments: [String]) {
    guard fault == .diskFull, !isMounted else { return (MNBProcess.executable, arguments) }
    let script = "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""
    return (
      URL(fileURLWithPath: "/bin/sh"), ["-c", script, MNBProcess.executable.path] + arguments
    )
  }

  /// Runs mnb as `command` describes.
  func runMNB(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
    in directory: URL? = nil
  ) throws -> MNBProcess.Result {
    let (executable, wrapped) = command(arguments)
    return try MNBProcess.run(
      wrapped, input: input, environment: environment, in: directory, executable: executable)
  }

  func remove() {
    if isMounted {
      _ = Self.run("/bin/umount", "-l", url.path)
    } else {
      chmod(url.path, 0o755)
    }
    try? FileManager.default.removeItem(at: url)
  }

  private static let filler = "filler"

  private func inject() throws {
    switch (fault, isMounted) {
    case (.diskFull, true): fill()
    case (.diskFull, false): break
    case (.readOnly, true):
      guard Self.run("/bin/mount", "-o", "remount,ro", url.path) else {
        throw BackgroundRunError(message: "cannot remount \(url.path) read-only")
      }
    case (.readOnly, false): chmod(url.path, 0o555)
    }
  }

  /// Writes a file until the file system has no block left.
  private func fill() {
    let descriptor = open(url.appendingPathComponent(Self.filler).path, O_WRONLY | O_CREAT, 0o644)
    defer { close(descriptor) }
    let block = [UInt8](repeating: 7, count: 4096)
    while write(descriptor, block, block.count) > 0 {}
    let byte: [UInt8] = [7]
    while write(descriptor, byte, 1) > 0 {}
  }

  @discardableResult
  private static func run(_ executable: String, _ arguments: String...) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
