import JourneyKit

extension PageViews {
    /// The paper the HTML page prints the journey map on.
    static let printPaper = Paper.a3

    /// The journey map as A3 pages (``MapPages``), for printing only: hidden on screen, shown
    /// instead of the scrolling map by the print style sheet, one sheet per page.
    static func printPages(_ design: ServiceDesign, theme: Theme) -> String {
        let pages = MapPages.scenes(design, theme: theme, paper: printPaper)
        var html = "<div class=\"print-pages\" aria-hidden=\"true\">\n"
        for (index, page) in pages.enumerated() {
            var options = SVGOptions(idPrefix: "\(design.id)-print-\(index + 1)", paper: printPaper)
            options.portrait = page.height > page.width
            html += inline(SVGWriter.write(page, options: options), interactive: false)
        }
        return html + "</div>\n"
    }
}
