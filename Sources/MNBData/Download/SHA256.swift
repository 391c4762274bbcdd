/// The SHA-256 digest of a stream of bytes, as FIPS 180-4 defines it.
///
/// Feed the bytes in any slices with `update`, then read `hexDigest` once.
struct SHA256 {
  /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// The first 32 bits of the fractional parts of the square roots of the first 8 primes.
  private var hash: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  /// Bytes that do not yet fill a 64-byte block.
  private var pending: [UInt8] = []
  private var messageBytes: UInt64 = 0

  /// Adds `bytes` to the message.
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    messageBytes &+= UInt64(bytes.count)
    var start = 0
    if !pending.isEmpty {
      start = min(64 - pending.count, bytes.count)
      pending += bytes[0..<start]
      guard pending.count == 64 else { return }
      let block = pending
      block.withUnsafeBytes { compress(blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }

    let wholeBlocks = (bytes.count - start) / 64 * 64
    if wholeBlocks > 0 {
      compress(blocks: UnsafeRawBufferPointer(rebasing: bytes[start..<start + wholeBlocks]))
      start += wholeBlocks
    }
    pending += bytes[start...]
  }

  mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The digest as 64 lowercase hexadecimal digits; the message ends here.
  mutating func hexDigest() -> String {
    // Padding: a one bit, zeros up to 56 bytes mod 64, then the length in bits, big-endian.
    let bitLength = messageBytes &* 8
    var tail: [UInt8] = [0x80]
    tail += [UInt8](repeating: 0, count: (119 - pending.count) % 64)
    tail += (0..<8).reversed().map { UInt8(truncatingIfNeeded: bitLength >> ($0 * 8)) }
    let total = messageBytes
    update(tail)
    messageBytes = total

    return hash.map { word in
      let digits = String(word, radix: 16)
      return String(repeating: "0", count: 8 - digits.count) + digits
    }.joined()
  }

  /// Runs the compression function (FIPS 180-4, 6.2.2) on each 64-byte block of `blocks`.
  ///
  /// The state stays in locals and the message schedule in a stack-sized buffer for the whole
  /// run, which keeps a large file's hashing several times faster than per-block arrays.
  private mutating func compress(blocks: UnsafeRawBufferPointer) {
    var state = (hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7])
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      Self.roundConstants.withUnsafeBufferPointer { k in
        var offset = 0
        while offset < blocks.count {
          Self.expand(block: blocks.baseAddress! + offset, into: w)
          Self.rounds(&state, schedule: w, constants: k)
          offset += 64
        }
      }
    }
    (hash[0], hash[1], hash[2], hash[3]) = (state.0, state.1, state.2, state.3)
    (hash[4], hash[5], hash[6], hash[7]) = (state.4, state.5, state.6, state.7)
  }

  private typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  /// Fills the 64-word message schedule of one block.
  @inline(__always)
  private static func expand(block: UnsafeRawPointer, into w: UnsafeMutableBufferPointer<UInt32>) {
    for t in 0..<16 {
      w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
    }
    for t in 16..<64 {
      let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
      let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }
  }

  @inline(__always)
  private static func rounds(
    _ state: inout State, schedule w: UnsafeMutableBufferPointer<UInt32>,
    constants k: UnsafeBufferPointer<UInt32>
  ) {
    var (a, b, c, d, e, f, g, h) = state
    for t in 0..<64 {
      let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
      let choice = (e & f) ^ (~e & g)
      let t1 = h &+ sum1 &+ choice &+ k[t] &+ w[t]
      let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
      let majority = (a & b) ^ (a & c) ^ (b & c)
      let t2 = sum0 &+ majority
      (h, g, f, e) = (g, f, e, d &+ t1)
      (d, c, b, a) = (c, b, a, t1 &+ t2)
    }
    state = (
      state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
      state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h
    )
  }

  @inline(__always)
  private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x >> n) | (x << (32 - n))
  }
}
