extension GraphDiffHTML {
    /// The report's CSS: a Thai-capable font stack (Noto Sans Thai, Sarabun, Thonburi,
    /// Leelawadee UI, Tahoma, the Debian TLWG fonts), line height for Thai vowels and tone
    /// marks, one colour per label; nothing is fetched.
    static let style = """
    body { font-family: "Noto Sans Thai", "Noto Sans Thai UI", "Sarabun", "Thonburi", "Leelawadee UI", "Leelawadee",
      "Tahoma", "Loma", "Garuda", "Waree", "TlwgTypo", sans-serif; line-height: 1.9; margin: 1.5em auto; max-width: 70em;
      padding: 0 1em; color: #1b1b1b; }
    h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; } h3 { font-size: 1.05em; margin-bottom: .3em; }
    code, .iri { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; color: #555; }
    table { border-collapse: collapse; margin: .8em 0; } th, td { border: 1px solid #ddd; padding: .15em .6em; text-align: left; }
    table.counts td { text-align: right; } caption { font-weight: bold; text-align: left; }
    .summary { font-size: 1.05em; }
    article.doc, article.entity-page { border: 1px solid #e2e2e2; border-radius: 6px; padding: .4em 1em; margin: .8em 0; }
    .edit { margin: .4em 0 .8em; padding-left: .6em; border-left: 4px solid #bbb; }
    .edit.added { border-left-color: #2da44e; } .edit.removed { border-left-color: #cf222e; }
    .edit.boundary { border-left-color: #bf8700; } .edit.relabelled { border-left-color: #8250df; }
    .kind { font-size: .8em; text-transform: uppercase; letter-spacing: .05em; color: #666; }
    div.before::before { content: "before "; font-size: .8em; color: #cf222e; }
    div.after::before { content: "after "; font-size: .8em; color: #2da44e; }
    .before-key { color: #cf222e; } .after-key { color: #2da44e; }
    mark.m { padding: .05em .15em; border-radius: 3px; }
    mark.m::after { content: attr(data-label); font-size: .6em; vertical-align: super; margin-left: .2em; opacity: .75; }
    mark.before { text-decoration: line-through; text-decoration-color: rgba(207, 34, 46, .5); }
    .PERSON { background: #ffe0b3; } .ORG { background: #cfe3ff; } .PLACE { background: #d5f5d0; }
    .DATE { background: #f3d9fa; } .EVENT { background: #fff3a8; }
    .tag { font-size: .75em; padding: 0 .35em; border-radius: 3px; font-family: sans-serif; }
    .entity { font-size: .85em; color: #444; margin-left: .6em; }
    td.added { color: #116329; } td.removed { color: #a40e26; }
    """
}
