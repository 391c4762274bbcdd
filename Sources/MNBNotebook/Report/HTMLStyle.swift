/// The style sheet of HTML reports: readable type, code on tinted panels, stderr and errors
/// in warm colours, and a dark scheme when the reader's system asks for one.
enum HTMLStyle {
  static let sheet = """
    :root { --ink: #1f2328; --muted: #656d76; --panel: #f6f8fa; --line: #d0d7de;
      --accent: #0969da; --warn-bg: #fff8c5; --warn-line: #d4a72c; --err-bg: #ffebe9;
      --err-line: #cf222e; --err-ink: #82071e; color-scheme: light dark; }
    @media (prefers-color-scheme: dark) {
      :root { --ink: #e6edf3; --muted: #8d96a0; --panel: #161b22; --line: #30363d;
        --accent: #4493f8; --warn-bg: #3b2e0a; --warn-line: #9e6a03; --err-bg: #3c1618;
        --err-line: #f85149; --err-ink: #ffa198; }
      body { background: #0d1117; }
    }
    body { margin: 0; color: var(--ink); font: 16px/1.55 system-ui, -apple-system,
      "Segoe UI", Roboto, "Noto Sans", sans-serif; }
    main { max-width: 920px; margin: 0 auto; padding: 24px 20px 64px; }
    pre, code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo,
      Consolas, monospace; font-size: 13.5px; }
    pre { margin: 0; padding: 10px 12px; overflow-x: auto; white-space: pre-wrap;
      word-break: break-word; }
    header.notebook { border-bottom: 1px solid var(--line); margin-bottom: 20px; }
    header.notebook h1 { margin: 0 0 2px; font-size: 28px; }
    header.notebook .source { margin: 0 0 12px; color: var(--muted); font-size: 14px; }
    .banner { margin: 0 0 24px; padding: 12px 16px; border: 1px solid var(--warn-line);
      border-left-width: 6px; border-radius: 6px; background: var(--warn-bg); font-size: 17px; }
    .cell { margin: 0 0 20px; }
    .cell.markdown > :first-child { margin-top: 0; }
    .cell.markdown pre { background: var(--panel); border-radius: 6px; }
    .cell.markdown code { background: var(--panel); padding: 1px 4px; border-radius: 4px; }
    .cell.markdown pre code { padding: 0; }
    .cell.markdown blockquote { margin: 0 0 12px; padding: 0 14px; color: var(--muted);
      border-left: 4px solid var(--line); }
    .cell.markdown a { color: var(--accent); }
    .cell.code { border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
    .cell.code.status-failed, .cell.code.status-timed-out, .cell.code.status-interrupted,
    .cell.code.status-unexpected-success { border-color: var(--err-line); }
    .cell-header { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 6px 12px;
      background: var(--panel); border-bottom: 1px solid var(--line); color: var(--muted);
      font-size: 13px; }
    .cell-header .count { font-family: ui-monospace, monospace; color: var(--accent); }
    .cell-header .name { font-weight: 600; color: var(--ink); }
    .cell-header .status.problem { color: var(--err-line); font-weight: 600; }
    .status-not-run .source { color: var(--muted); }
    pre.source { background: var(--panel); }
    .outputs { border-top: 1px solid var(--line); }
    .outputs > * + * { border-top: 1px dashed var(--line); }
    pre.stderr { background: var(--warn-bg); }
    .picture { margin: 0; padding: 12px; text-align: center; }
    .picture img { max-width: 100%; height: auto; image-rendering: auto; }
    .picture figcaption, .missing-picture { color: var(--muted); font-size: 13px; }
    .missing-picture { margin: 0; padding: 10px 12px; }
    .error { background: var(--err-bg); border-left: 4px solid var(--err-line);
      color: var(--err-ink); }
    .error-name { padding: 8px 12px 0; font-weight: 600; }
    .error pre { padding-top: 4px; }
    """
}
