/// The report's only style sheet, inline in the page: the system's sans-serif fonts (no font
/// is loaded), the French State's blue for titles, colours that pass WCAG AA on white, and an
/// A4 print layout where no chart, table or footer is cut across two pages.
enum ReportStyleSheet {
    static let css = """
        @page { size: A4; margin: 15mm 14mm 16mm 14mm; }
        :root { color: #161616; background: #ffffff; -webkit-print-color-adjust: exact; print-color-adjust: exact;
          font-family: Marianne, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
            "Liberation Sans", "DejaVu Sans", sans-serif; }
        body { margin: 0; }
        main { max-width: 720px; margin: 0 auto; padding: 32px 20px 48px; font-size: 15px; line-height: 1.45; }
        a { color: #000091; }
        header.title { border-top: 6px solid #000091; padding-top: 14px; }
        .organisation { margin: 0; font-size: 12px; letter-spacing: 0.06em; text-transform: uppercase; color: #3a3a3a; }
        h1 { margin: 4px 0 0; font-size: 30px; line-height: 1.2; color: #000091; }
        .subtitle { margin: 4px 0 6px; font-size: 19px; }
        .made { margin: 0; font-size: 13px; color: #3a3a3a; }
        .key-figures ul { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px;
          margin: 22px 0 8px; padding: 0; list-style: none; }
        .key-figures li { padding: 6px 12px; border-left: 4px solid #000091; background: #f3f3fd; }
        .key-figures .figure { display: block; font-size: 28px; font-weight: 700; line-height: 1.2; color: #000091; }
        .key-figures .what { font-size: 13px; }
        nav.contents ol { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 14px 0 0; padding: 0;
          list-style: none; font-size: 14px; }
        h2 { margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #000091; font-size: 22px;
          line-height: 1.25; break-after: avoid; page-break-after: avoid; }
        h3 { margin: 26px 0 8px; font-size: 17px; break-after: avoid; page-break-after: avoid; }
        figure.chart { margin: 14px 0 30px; break-inside: avoid; page-break-inside: avoid; }
        figcaption { margin-bottom: 8px; font-size: 15px; font-weight: 700; }
        svg.chart { display: block; width: 100%; max-width: 680px; height: auto; font-family: inherit; }
        .note { margin: 6px 0; font-size: 13px; color: #3a3a3a; }
        .empty { margin: 6px 0; font-style: italic; color: #3a3a3a; }
        table.data { width: 100%; margin-top: 10px; border-collapse: collapse; font-size: 12.5px;
          font-variant-numeric: tabular-nums; }
        table.data caption { padding-bottom: 4px; font-size: 12px; text-align: left; color: #3a3a3a; }
        table.data th, table.data td { padding: 3px 8px; border-bottom: 1px solid #dddddd; text-align: right; }
        table.data thead th { border-bottom: 2px solid #161616; font-weight: 700; vertical-align: bottom; }
        table.data th[scope=row], table.data thead th:first-child { text-align: left; }
        table.data th[scope=row] { font-weight: 400; }
        table.data tfoot th, table.data tfoot td, table.data tfoot th[scope=row] { border-top: 2px solid #161616;
          font-weight: 700; }
        ul.hosts { margin: 6px 0 18px; padding-left: 18px; columns: 2; column-gap: 28px; font-size: 13px; }
        ul.hosts li { margin-bottom: 3px; break-inside: avoid; page-break-inside: avoid; }
        ul.hosts .count { color: #3a3a3a; }
        strong.new { color: #b34000; font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase;
          white-space: nowrap; }
        footer.provenance { margin-top: 44px; padding-top: 2px; border-top: 2px solid #000091; font-size: 13px;
          break-inside: avoid; page-break-inside: avoid; }
        footer.provenance h2 { margin-top: 12px; border: none; font-size: 17px; }
        footer.provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 10px; }
        footer.provenance dt { font-weight: 700; }
        footer.provenance dd { margin: 0; }
        code { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
          font-size: 12px; }
        code.hash { font-size: 11px; word-break: break-all; }
        .generator { color: #3a3a3a; }
        section.nothing-yet { margin: 40px 0; padding: 20px 24px; border-left: 4px solid #000091; background: #f3f3fd; }
        section.nothing-yet h2 { margin-top: 0; border: none; }
        @media print {
          main { max-width: none; padding: 0; font-size: 13px; }
          nav.contents { display: none; }
          h2 { margin-top: 26px; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
