import Foundation
import MNBFuzzTargets
import Testing

/// Every committed seed and every input a fuzzer once failed on, run through the same
/// function the fuzzer calls: each must give a value or a typed error, never a trap or a
/// broken property.
@Suite struct CorpusReplayTests {
  static let fuzzFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()

  static func files(in folder: String, of target: FuzzTarget) -> [URL] {
    let url = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target.name)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().map { url.appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTarget.all.map(\.name))
  func everyCorpusFileGivesAValueOrATypedError(target name: String) throws {
    let target = try #require(FuzzTarget.named(name))
    let files = Self.files(in: "Corpus", of: target) + Self.files(in: "Regressions", of: target)
    #expect(!files.isEmpty, "no corpus for '\(name)'")

    for file in files {
      let outcome = target.run(Array(try Data(contentsOf: file)))
      if case .violated(let reason) = outcome {
        Issue.record("\(file.lastPathComponent): \(reason)")
      }
    }
  }

  @Test(arguments: FuzzTarget.all.map(\.name))
  func someSeedsParseSoTheFuzzerStartsPastTheFirstCheck(target name: String) throws {
    let target = try #require(FuzzTarget.named(name))
    let outcomes = try Self.files(in: "Corpus", of: target).map { file in
      target.run(Array(try Data(contentsOf: file)))
    }
    #expect(outcomes.contains { if case .accepted = $0 { true } else { false } })
  }

  @Test func targetNamesAreDistinct() {
    #expect(Set(FuzzTarget.all.map(\.name)).count == FuzzTarget.all.count)
  }
}
