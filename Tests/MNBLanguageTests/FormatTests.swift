import Testing

@testable import MNBLanguage

@Suite struct FormatTests {
  static let header = ["class", "images", "precision", "recall"]
  static let rows = [["0", "980", "0.9572", "0.9806"], ["1", "1135", "0.9653", "0.9797"]]

  @Test func aTableThatFitsStaysWhole() {
    #expect(
      Format.table(header: Self.header, rows: Self.rows, width: 80)
        == """
        class  images  precision  recall
        0         980     0.9572  0.9806
        1        1135     0.9653  0.9797

        """)
  }

  @Test func aTableTooWideIsCutIntoBlocksThatRepeatTheFirstColumn() {
    let text = Format.table(header: Self.header, rows: Self.rows, width: 24)

    #expect(
      text == """
        class  images  precision
        0         980     0.9572
        1        1135     0.9653

        class  recall
        0      0.9806
        1      0.9797

        """)
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 24 })
  }

  @Test func aColumnWiderThanTheLimitStillShowsWhole() {
    let text = Format.table(header: ["a", "a long column"], rows: [["1", "2"]], width: 5)
    #expect(text == "a  a long column\n1              2\n")
  }
}
