/// The one stylesheet, inlined in every page: system fonts, a readable measure, maps that
/// scale to the screen, tables that scroll sideways on a phone, and a print layout.
///
/// It contains no `url()`, `@import` or web font, so a page never fetches anything; and no `<`,
/// `&` or `]]>`, so it is valid inside XHTML too.
enum SiteStylesheet {
    /// The CSS text.
    static let css = """
        :root {
          color-scheme: light;
          --text: #1b1d1f;
          --muted: #5a6068;
          --rule: #dde1e5;
          --surface: #f5f6f8;
          --accent: #0b57a4;
          --visited: #5b3f99;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0;
          background: #ffffff;
          color: var(--text);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
          font-size: 1.0625rem;
          line-height: 1.6;
          overflow-wrap: break-word;
        }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .skip-link { position: absolute; left: -10000px; top: 0; }
        .skip-link:focus { left: 1rem; top: 1rem; z-index: 1; padding: 0.5rem 0.75rem; background: #ffffff; border: 2px solid var(--accent); }
        .site-header { background: var(--surface); border-bottom: 1px solid var(--rule); }
        .site-header nav, .site-footer p { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1.25rem; }
        .site-header nav { font-size: 0.9375rem; color: var(--muted); }
        .site-header nav a { font-weight: 600; }
        main { display: block; max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        main.report { max-width: 60rem; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-weight: 650; }
        h1 { font-size: clamp(1.625rem, 1.2rem + 1.6vw, 2.25rem); margin: 0.5rem 0 1rem; letter-spacing: -0.01em; }
        h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
        p, ul, ol, blockquote, pre { margin: 0 0 1rem; }
        ul, ol { padding-left: 1.5rem; }
        li + li { margin-top: 0.25rem; }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:visited { color: var(--visited); }
        h2 a { text-decoration-thickness: 1px; }
        a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; background: var(--surface); padding: 0.1em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
        pre { overflow-x: auto; background: var(--surface); padding: 0.75rem 1rem; border-radius: 4px; }
        pre code { padding: 0; background: none; overflow-wrap: normal; }
        blockquote { padding: 0.25rem 1rem; border-left: 4px solid var(--rule); color: var(--muted); }
        .table-scroll { overflow-x: auto; margin: 0 0 1.5rem; }
        table { border-collapse: collapse; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.4rem 0.75rem 0.4rem 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid #9aa1a9; font-weight: 600; }
        .align-right { text-align: right; padding-left: 0.75rem; }
        .align-center { text-align: center; }
        img, svg { max-width: 100%; }
        figure { margin: 0; }
        figure.map { margin: 1.5rem 0 2rem; }
        .map-frame svg, .map-frame img { display: block; width: 100%; height: auto; }
        .map-frame { border: 1px solid var(--rule); border-radius: 6px; overflow: hidden; background: #ffffff; }
        figcaption, .caption { font-size: 0.875rem; line-height: 1.5; color: var(--muted); margin-top: 0.6rem; }
        .lede { font-size: 1.125rem; color: var(--muted); max-width: 48rem; }
        .report-list { columns: 2 18rem; padding-left: 1.25rem; }
        .gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1.5rem; margin: 1rem 0 0; }
        .card { display: flex; flex-direction: column; padding: 1rem; border: 1px solid var(--rule); border-radius: 8px; background: #ffffff; }
        .card .caption { flex: 1 0 auto; }
        .card .map-frame { border: 0; border-radius: 0; }
        .links { margin: 0.75rem 0 0; font-size: 0.9375rem; }
        .links a { margin-right: 0.9rem; white-space: nowrap; }
        .files-list { padding-left: 1.25rem; }
        .site-footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.875rem; }
        @media (max-width: 40rem) {
          body { font-size: 1rem; }
          main { padding: 1rem 1rem 2rem; }
          h2 { font-size: 1.25rem; margin-top: 2rem; }
          .site-header nav, .site-footer p { padding: 0.6rem 1rem; }
          table { font-size: 0.8125rem; }
          th, td { min-width: 6.5rem; }
          th.align-right, td.align-right { min-width: 0; white-space: nowrap; }
          td code { white-space: nowrap; overflow-wrap: normal; }
          .card { padding: 0.75rem; }
        }
        @media print {
          @page { margin: 15mm; }
          body { font-size: 10.5pt; color: #000000; }
          .skip-link, .site-header, .links { display: none; }
          main, main.report { max-width: none; padding: 0; }
          a { color: #000000; }
          main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
          h1, h2, h3, h4 { break-after: avoid; }
          figure, .card, tr, img, svg { break-inside: avoid; }
          .gallery { display: block; }
          .card { border: 0; padding: 0; margin: 0 0 1.5rem; }
          .map-frame { border: 0; }
          .table-scroll { overflow: visible; }
          .site-footer { border: 0; }
        }

        """
}
