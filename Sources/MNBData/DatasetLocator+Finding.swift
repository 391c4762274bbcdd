import Foundation

extension DatasetLocator {
  /// The files of data set `name`, from the first candidate folder holding all four.
  ///
  /// A folder holding some of the files, or one that cannot be searched, does not stop the
  /// search; it is reported only when no later folder has the data set. A folder where every
  /// file has an entry but one of them is not a file (a directory, a named pipe, a broken link)
  /// is taken to be the data set, damaged, and stops the search with `.unusableFile`.
  ///
  /// A folder given with `explicit` is the only place looked: naming it means the data should
  /// be there, so when neither it nor its `NAME/` folder holds the files, that is an error.
  public func find(_ name: String, explicit: String?) throws(DatasetError) -> DatasetFiles? {
    try Self.checkName(name)

    let explicitCount = explicit == nil ? 0 : 2
    let candidates = candidateDirectories(for: name, explicit: explicit)
    var surveys: [FolderSurvey] = []
    var firstProblem: DatasetError?
    for (position, directory) in candidates.enumerated() {
      let survey = survey(directory)
      switch survey {
      case .complete(var files):
        if position >= explicitCount { files.checksums = checksums[name] }
        return files
      case .partial(let missing, let unusable?) where missing.isEmpty:
        throw .unusableFile(name: name, file: unusable.file, kind: unusable.kind)
      default:
        firstProblem = firstProblem ?? survey.problem(name: name, directory: directory)
        surveys.append(survey)
      }
    }

    if explicit != nil {
      throw explicitFolderProblem(name, candidates: candidates, surveys: surveys, firstProblem)
    }
    if let firstProblem { throw firstProblem }
    return nil
  }

  /// Why the folder given with `from` and the `NAME/` folder inside it, surveyed in `surveys`,
  /// do not yield the data set: the problem found in them, if any; else that the folder does
  /// not exist, or that neither holds any of the files.
  private func explicitFolderProblem(
    _ name: String, candidates: [URL], surveys: [FolderSurvey], _ firstProblem: DatasetError?
  ) -> DatasetError {
    if let firstProblem { return firstProblem }
    let folder = candidates[0]
    if case .notAFolder(let kind)? = surveys.first {
      return .unusableFolder(name: name, directory: folder, kind: kind)
    }
    return .notInFolder(
      name: name, folder: folder, inner: folder.appending(component: name),
      missing: DatasetFileRole.allCases.map(\.stem))
  }

  /// Looks for the four files in `directory`, checking what each entry is without opening it.
  func survey(_ directory: URL) -> FolderSurvey {
    let kind = inspector.kind(of: directory.path)
    guard kind == .directory else { return .notAFolder(kind) }

    // Looking up "." inside a folder needs the same permission as looking up its files, so a
    // folder the user may not enter shows here instead of seeming to lack every file.
    if case .inaccessible(let reason) = inspector.kind(of: directory.path + "/.") {
      return .unsearchable(reason: reason)
    }

    var found: [URL] = []
    var missing: [String] = []
    var unusable: (file: URL, kind: EntryKind)?
    for role in DatasetFileRole.allCases {
      let entry = self.entry(for: role, in: directory)
      if let file = entry.file { found.append(file) }
      if entry.file == nil, entry.unusable == nil { missing.append(role.stem) }
      unusable = unusable ?? entry.unusable
    }

    if found.count == DatasetFileRole.allCases.count {
      return .complete(
        DatasetFiles(
          trainImages: found[0], trainLabels: found[1], testImages: found[2],
          testLabels: found[3], directory: directory))
    }
    if missing.count == DatasetFileRole.allCases.count { return .empty }
    return .partial(missing: missing, unusable: unusable)
  }

  /// The first candidate name for `role` that is a file; failing that, the first entry that
  /// has one of the names but is something else.
  private func entry(
    for role: DatasetFileRole, in directory: URL
  ) -> (file: URL?, unusable: (file: URL, kind: EntryKind)?) {
    var unusable: (file: URL, kind: EntryKind)?
    for name in role.candidateNames {
      let file = directory.appending(component: name)
      switch inspector.kind(of: file.path) {
      case .regularFile: return (file, nil)
      case .missing: continue
      case let kind: unusable = unusable ?? (file, kind)
      }
    }
    return (nil, unusable)
  }
}
