import MNBImage

extension FuzzTarget {
  /// PNG, PGM and PPM pictures, the format told by the first bytes as for files; a picture
  /// that decodes is then prepared as a 28x28 digit the way `predict` prepares one.
  public static let image = FuzzTarget(name: "image", maximumLength: 4096) { bytes in
    let picture: GrayImage
    do throws(ImageError) {
      picture = try PictureFile.decode(bytes, file: "fuzz-picture")
    } catch {
      return .refused(error.description)
    }
    guard picture.luminance.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
      return .violated("a luminance outside 0...1 in a \(picture.width)x\(picture.height) picture")
    }

    do throws(ImageError) {
      let digit = try DigitPreparation.prepare(picture, side: 28, file: "fuzz-picture")
      guard digit.count == 28 * 28 else { return .violated("\(digit.count) prepared pixels") }
      return .accepted("\(picture.width)x\(picture.height), prepared")
    } catch {
      return .refused(error.description)
    }
  }
}
