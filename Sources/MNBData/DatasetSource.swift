/// A place data sets can come from, such as folders on disk.
///
/// `DatasetCatalog` asks its sources in order and takes the first that has the data set, so a
/// source that fetches files can be added after the local ones.
public protocol DatasetSource: Sendable {
  /// The places this source tries for `name`, in order, as shown when nothing is found.
  func placesSearched(for name: String, explicit: String?) -> [String]

  /// The files of data set `name`, or nil when this source has none.
  ///
  /// - Parameter explicit: a folder the user named, tried before anything else.
  /// - Throws: `DatasetError.incomplete` when the data set is there but lacks files, or
  ///   another `DatasetError` naming what is wrong with what is there.
  func find(_ name: String, explicit: String?) throws(DatasetError) -> DatasetFiles?

  /// Like `find(_:explicit:)`, for a source whose search takes long enough to need watching,
  /// such as a download: `monitor` is asked whether to stop and told the bytes fetched.
  ///
  /// - Throws: also `DatasetError.unreadable(.cancelled)` when the monitor asks to stop.
  func find(
    _ name: String, explicit: String?, monitor: LoadMonitor
  ) throws(DatasetError) -> DatasetFiles?

  /// Names this source could offer, used to suggest one when a name matches nothing.
  func availableNames(explicit: String?) -> [String]
}

extension DatasetSource {
  public func find(
    _ name: String, explicit: String?, monitor: LoadMonitor
  ) throws(DatasetError) -> DatasetFiles? {
    try find(name, explicit: explicit)
  }

  public func availableNames(explicit: String?) -> [String] { [] }
}
