/// One row of per-class values held in registers: the logits of an image, or one input's weights
/// for every class, padded with zeros to a fixed width.
///
/// The sparse kernel is generic over this, so each width compiles to straight-line vector code.
/// Twelve lanes get their own type because ten classes are the common case and, with the
/// baseline x86-64 target's 4-wide vectors, 12 lanes do three quarters of 16 lanes' work.
protocol ClassLanes {
  static var width: Int { get }
  static var zero: Self { get }

  init(loading source: UnsafePointer<Float>)
  func store(to target: UnsafeMutablePointer<Float>)
  subscript(index: Int) -> Float { get set }

  static func + (lhs: Self, rhs: Self) -> Self
  static func * (scale: Float, lanes: Self) -> Self
}

/// `ClassLanes` for the standard SIMD vectors.
protocol SIMDClassLanes: ClassLanes, SIMD where Scalar == Float {}

extension SIMDClassLanes {
  static var width: Int { scalarCount }

  @inline(__always)
  init(loading source: UnsafePointer<Float>) {
    self = UnsafeRawPointer(source).loadUnaligned(as: Self.self)
  }

  @inline(__always)
  func store(to target: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(target).storeBytes(of: self, as: Self.self)
  }
}

extension SIMD4<Float>: ClassLanes, SIMDClassLanes {}
extension SIMD8<Float>: ClassLanes, SIMDClassLanes {}
extension SIMD16<Float>: ClassLanes, SIMDClassLanes {}
extension SIMD32<Float>: ClassLanes, SIMDClassLanes {}
extension SIMD64<Float>: ClassLanes, SIMDClassLanes {}

/// Twelve lanes as three 4-wide vectors.
struct Lanes12: ClassLanes {
  var a: SIMD4<Float>
  var b: SIMD4<Float>
  var c: SIMD4<Float>

  static var width: Int { 12 }
  static var zero: Lanes12 { Lanes12(a: .zero, b: .zero, c: .zero) }

  @inline(__always)
  init(a: SIMD4<Float>, b: SIMD4<Float>, c: SIMD4<Float>) {
    self.a = a
    self.b = b
    self.c = c
  }

  @inline(__always)
  init(loading source: UnsafePointer<Float>) {
    let raw = UnsafeRawPointer(source)
    a = raw.loadUnaligned(as: SIMD4<Float>.self)
    b = raw.loadUnaligned(fromByteOffset: 16, as: SIMD4<Float>.self)
    c = raw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
  }

  @inline(__always)
  func store(to target: UnsafeMutablePointer<Float>) {
    let raw = UnsafeMutableRawPointer(target)
    raw.storeBytes(of: a, as: SIMD4<Float>.self)
    raw.storeBytes(of: b, toByteOffset: 16, as: SIMD4<Float>.self)
    raw.storeBytes(of: c, toByteOffset: 32, as: SIMD4<Float>.self)
  }

  subscript(lane: Int) -> Float {
    @inline(__always) get {
      lane < 4 ? a[lane] : lane < 8 ? b[lane - 4] : c[lane - 8]
    }
    @inline(__always) set {
      if lane < 4 {
        a[lane] = newValue
      } else if lane < 8 {
        b[lane - 4] = newValue
      } else {
        c[lane - 8] = newValue
      }
    }
  }

  @inline(__always)
  static func + (lhs: Lanes12, rhs: Lanes12) -> Lanes12 {
    Lanes12(a: lhs.a + rhs.a, b: lhs.b + rhs.b, c: lhs.c + rhs.c)
  }

  @inline(__always)
  static func * (scale: Float, lanes: Lanes12) -> Lanes12 {
    Lanes12(a: scale * lanes.a, b: scale * lanes.b, c: scale * lanes.c)
  }
}
