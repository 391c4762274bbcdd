import MNBData

/// A grayscale image drawn in a frame with characters of increasing ink, two per pixel so it
/// keeps its proportions in a terminal.
struct TextImage {
  let dataset: Dataset
  let index: Int

  private static let ramp = Array(" .:-=+*#%@")

  var rendered: String {
    let pixels = dataset.image(at: index)
    let border = "+" + String(repeating: "-", count: 2 * dataset.width) + "+\n"
    var text = border
    for row in 0..<dataset.height {
      let start = pixels.startIndex + row * dataset.width
      text += "|"
      for value in pixels[start..<start + dataset.width] {
        let level = Int(value) * (Self.ramp.count - 1) / 255
        text += String(repeating: Self.ramp[level], count: 2)
      }
      text += "|\n"
    }
    return text + border
  }
}
