import Foundation

/// How downloads are configured from the environment.
///
/// `MNB_MIRROR` holds one base URL, or several separated by commas, tried in order instead of
/// the built-in mirrors; http is allowed there. `MNB_OFFLINE` set to anything but '', '0',
/// 'false' or 'no' turns downloading off.
public struct DownloadSettings: Sendable, Equatable {
  /// The base URLs given by `MNB_MIRROR`, or nil when it is unset or empty.
  public var mirrorOverride: [String]?
  public var isOffline: Bool

  public init(mirrorOverride: [String]? = nil, isOffline: Bool = false) {
    self.mirrorOverride = mirrorOverride
    self.isOffline = isOffline
  }

  public init(environment: [String: String]) {
    let mirrors = (environment["MNB_MIRROR"] ?? "")
      .split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let offline = (environment["MNB_OFFLINE"] ?? "").lowercased()
    self.init(
      mirrorOverride: mirrors.isEmpty ? nil : mirrors,
      isOffline: !["", "0", "false", "no"].contains(offline))
  }

  /// The base URLs to try for `download`, in order.
  ///
  /// - Throws: `DatasetError.invalidMirror` for a `MNB_MIRROR` entry that is not an http or
  ///   https URL with a host.
  func mirrors(for download: DatasetDownload) throws(DatasetError) -> [String] {
    guard let mirrorOverride else { return download.mirrors }
    for mirror in mirrorOverride {
      let url = URL(string: mirror)
      guard let scheme = url?.scheme?.lowercased(), ["http", "https"].contains(scheme),
        url?.host?.isEmpty == false
      else { throw .invalidMirror(mirror) }
    }
    return mirrorOverride
  }

  /// The URL of file `name` under base URL `mirror`.
  static func url(of name: String, under mirror: String) -> String {
    mirror.hasSuffix("/") ? mirror + name : mirror + "/" + name
  }
}
