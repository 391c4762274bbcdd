import Testing

@testable import MNBNotebook

@Suite("markdown cells as HTML")
struct MarkdownHTMLTests {
  @Test(arguments: [
    ("# Title", "<h1>Title</h1>"),
    ("###### Six ##", "<h6>Six</h6>"),
    ("#hashtag", "<p>#hashtag</p>"),
    ("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>"),
    ("**bold** and *it* and _it_", "<p><strong>bold</strong> and <em>it</em> and <em>it</em></p>"),
    ("train_images and a * b * c", "<p>train_images and a * b * c</p>"),
    ("`a <b>` and ``x ` y``", "<p><code>a &lt;b&gt;</code> and <code>x ` y</code></p>"),
    ("`**not bold**`", "<p><code>**not bold**</code></p>"),
    ("\\*plain\\*", "<p>*plain*</p>"),
    ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
    ("* a\n  more\n* b", "<ul>\n<li>a\nmore</li>\n<li>b</li>\n</ul>"),
    ("3. c\n4. d", "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>"),
    ("- a\n\n- b", "<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>"),
    ("- a\n  - b", "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul></li>\n</ul>"),
    ("```python\nx = 1 < 2\n```", "<pre><code class=\"language-python\">x = 1 &lt; 2</code></pre>"),
    ("````\n```\n````", "<pre><code>```</code></pre>"),
    (
      "[docs](https://example.org/a?b=1&c=2)",
      "<p><a href=\"https://example.org/a?b=1&amp;c=2\">docs</a></p>"
    ),
    ("[local](notes/more.md)", "<p><a href=\"notes/more.md\">local</a></p>"),
    (
      "![plot](https://example.org/p.png)",
      "<p><a href=\"https://example.org/p.png\" class=\"image-link\">plot</a></p>"
    ),
    ("> quoted\n> text", "<blockquote>\n<p>quoted\ntext</p>\n</blockquote>"),
    ("---", "<hr>"),
    ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
  ])
  func rendersConstruct(markdown: String, html: String) {
    #expect(MarkdownHTML.html(for: markdown) == html)
  }
}
