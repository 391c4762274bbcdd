import MNBData

/// A grayscale image drawn with characters of increasing ink, two per pixel so it keeps
/// its proportions in a terminal.
struct TextImage {
  let dataset: Dataset
  let index: Int

  private static let ramp = Array(" .:-=+*#%@")

  var rendered: String {
    let pixels = dataset.image(at: index)
    var text = ""
    for row in 0..<dataset.height {
      let start = pixels.startIndex + row * dataset.width
      var line = ""
      for value in pixels[start..<start + dataset.width] {
        let level = Int(value) * (Self.ramp.count - 1) / 255
        line += String(repeating: Self.ramp[level], count: 2)
      }
      text += line.trimmingTrailingSpaces() + "\n"
    }
    return text
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
