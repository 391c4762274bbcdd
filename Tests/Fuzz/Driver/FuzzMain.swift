import Foundation
import MNBFuzzTargets

#if FUZZING
  import CLibFuzzer
#endif

/// `mnb-fuzz TARGET ARGS...`: in a build with `-DFUZZING -sanitize=fuzzer,address`, libFuzzer
/// fuzzes TARGET with ARGS as its flags; in a normal build, each ARG is a file replayed through
/// the same target. `mnb-fuzz --list` prints each target with its longest useful input.
@main
enum FuzzMain {
  static func main() {
    let arguments = CommandLine.arguments
    if arguments.count == 2, arguments[1] == "--list" {
      for target in FuzzTarget.all { print("\(target.name) \(target.maximumLength)") }
      exit(0)
    }
    guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
      #if FUZZING
        // libFuzzer starts copies of itself to merge and minimise, with its own flags only.
        if let name = ProcessInfo.processInfo.environment[targetVariable],
          let target = FuzzTarget.named(name)
        {
          selectedTarget = target
          exit(runLibFuzzer(arguments: arguments))
        }
      #endif
      let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
      FileHandle.standardError.write(
        Data("usage: mnb-fuzz TARGET ARGS...; targets: \(names)\n".utf8))
      exit(64)
    }
    selectedTarget = target

    #if FUZZING
      setenv(targetVariable, target.name, 1)
      exit(runLibFuzzer(arguments: [arguments[0]] + arguments.dropFirst(2)))
    #else
      exit(replay(files: Array(arguments.dropFirst(2)), through: target))
    #endif
  }

  /// Names the target for the copies of the fuzzer that libFuzzer starts.
  static let targetVariable = "MNB_FUZZ_TARGET"

  /// Runs each file through `target`, printing its outcome; 1 when any breaks a property.
  static func replay(files: [String], through target: FuzzTarget) -> Int32 {
    var status: Int32 = 0
    for path in files {
      guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        status = 1
        continue
      }
      let outcome = target.run(Array(data))
      print("\(path): \(outcome)")
      if case .violated = outcome { status = 1 }
    }
    return status
  }
}

/// The target libFuzzer's C callback feeds; set once before the fuzzing starts.
nonisolated(unsafe) private var selectedTarget: FuzzTarget?

#if FUZZING
  private func runLibFuzzer(arguments: [String]) -> Int32 {
    var argc = Int32(arguments.count)
    var pointers = arguments.map { strdup($0) } + [nil]
    return pointers.withUnsafeMutableBufferPointer { buffer in
      var argv = buffer.baseAddress
      return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if case .violated(let reason) = selectedTarget?.run(bytes) {
          fatalError("mnb-fuzz: \(reason)")
        }
        return 0
      }
    }
  }
#endif
