import JourneyKit

/// The journey map on paper: a run of whole stages per page, each page laid out on its own from
/// the design (so nothing of a neighbouring page appears on it, and every page carries the
/// title, the row labels and a key of what is on it).
///
/// How the size is chosen: the map's body text is ``bodySize`` units (card details, thoughts,
/// the boxes of pain points, opportunities and metrics; card titles are larger). A page is made
/// as wide, in units, as puts body text at ``bodyTarget(on:)`` points on the paper: 7.5 pt on A3
/// and larger paper, 6.5 pt on A4. Whole stages are put on a page while they fit its width; a
/// stage wider than a page alone is split over pages, its name marked "(continued)". When a page
/// is taller than the paper's proportions allow, every page is widened to match (the text gets
/// smaller, the pages hold more columns) and the stages are shared out again. All pages have one
/// size and one scale.
public enum MapPages {
    /// The size, in picture units, of the map's body text.
    public static let bodySize = Styles.small.size

    /// The size, in points, the map's body text is given on `paper` when the map's height allows.
    public static func bodyTarget(on paper: Paper) -> Double { paper == .a4 ? 6.5 : 7.5 }

    /// The paper's size in points (1/72 inch), landscape.
    static func points(_ paper: Paper) -> (width: Double, height: Double) {
        let (w, h) = paper.millimetres
        return (w / 25.4 * 72, h / 25.4 * 72)
    }

    /// The map as pages for `paper`: scenes of the paper's proportions, left to right.
    public static func scenes(_ design: ServiceDesign, theme: Theme = .light, paper: Paper) -> [Scene] {
        let graph = JourneyGraph(design)
        let all = MapLayout.columns(design)
        let paperSize = points(paper)
        let aspect = paperSize.width / paperSize.height
        var pageWidth = paperSize.width * bodySize / bodyTarget(on: paper)
        var scenes: [Scene] = []
        for _ in 0..<4 {
            let first = pageWidth - MapLayout.margin - MapLayout.left(design, personas: true)
            let ranges = plan(all, width: pageWidth - MapLayout.margin - MapLayout.left(design, personas: false), first: first)
            scenes = ranges.enumerated().map { number, range in
                MapLayout.scene(design, theme: theme, graph: graph, columns: all.page(range, left: MapLayout.left(design, personas: number == 0)),
                                width: pageWidth, page: MapLayout.PageInfo(number: number + 1, count: ranges.count))
            }
            let tallest = scenes.map(\.height).max() ?? 0
            if tallest <= pageWidth / aspect + 0.5 { break }
            pageWidth = tallest * aspect
        }
        let height = max(scenes.map(\.height).max() ?? 0, pageWidth / aspect)
        return scenes.map { scene in
            var page = scene
            page.width = height * aspect
            page.height = height
            page.cuts = []
            return page
        }
    }

    /// The columns of each page: whole stages while they fit `width` (`first` on the first
    /// page, which holds the persona column); a stage wider than a page alone starts a page and
    /// is split into as many pages as it needs.
    static func plan(_ columns: Columns, width pageWidth: Double, first firstWidth: Double? = nil) -> [ClosedRange<Int>] {
        guard !columns.columns.isEmpty else { return [] }
        func extent(_ first: Int, _ last: Int) -> Double { columns.columns[last].x + columns.width - columns.columns[first].x }
        var pages: [ClosedRange<Int>] = []
        var width: Double { pages.isEmpty ? firstWidth ?? pageWidth : pageWidth }
        var perPage: Int { max(1, Int((width + columns.gap) / (columns.width + columns.gap))) }
        var current: ClosedRange<Int>?
        for span in columns.spans {
            if let open = current, extent(open.lowerBound, span.last) <= width {
                current = open.lowerBound...span.last
                continue
            }
            if let open = current { pages.append(open) }
            current = nil
            if extent(span.first, span.last) <= width {
                current = span.first...span.last
                continue
            }
            var start = span.first
            while start <= span.last {
                let end = min(span.last, start + perPage - 1)
                if end == span.last { current = start...end } else { pages.append(start...end) }
                start = end + 1
            }
        }
        if let open = current { pages.append(open) }
        return pages
    }
}
