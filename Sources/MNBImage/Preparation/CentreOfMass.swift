/// Moves an image into a square so that its centre of mass lands at the square's centre.
enum CentreOfMass {
  /// The centre of mass of `plane`, taking pixel (x, y) to cover [x, x+1) x [y, y+1), so a
  /// square of side S has its centre at (S/2, S/2).
  static func of(_ plane: Plane) -> (x: Double, y: Double) {
    var total = 0.0
    var sumX = 0.0
    var sumY = 0.0
    for y in 0..<plane.height {
      for x in 0..<plane.width {
        let mass = Double(plane.values[y * plane.width + x])
        total += mass
        sumX += mass * (Double(x) + 0.5)
        sumY += mass * (Double(y) + 0.5)
      }
    }
    guard total > 0 else { return (Double(plane.width) / 2, Double(plane.height) / 2) }
    return (sumX / total, sumY / total)
  }

  /// `plane` pasted into a `side` x `side` square at the whole-pixel offset that brings its
  /// centre of mass nearest the centre, within half a pixel, unless that would cut the image
  /// off at an edge; then it stays just inside.
  static func placeCentred(_ plane: Plane, side: Int) -> Plane {
    let centre = of(plane)
    let offsetX = offset(Double(side) / 2 - centre.x, size: plane.width, side: side)
    let offsetY = offset(Double(side) / 2 - centre.y, size: plane.height, side: side)
    var values = [Float](repeating: 0, count: side * side)
    for y in 0..<plane.height {
      for x in 0..<plane.width {
        let targetX = x + offsetX
        let targetY = y + offsetY
        guard (0..<side).contains(targetX), (0..<side).contains(targetY) else { continue }
        values[targetY * side + targetX] = plane.values[y * plane.width + x]
      }
    }
    return Plane(width: side, height: side, values: values)
  }

  private static func offset(_ ideal: Double, size: Int, side: Int) -> Int {
    let rounded = Int(ideal.rounded())
    guard size <= side else { return rounded }
    return min(max(rounded, 0), side - size)
  }
}
