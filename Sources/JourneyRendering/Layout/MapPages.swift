import JourneyKit

/// The journey map on paper: a run of whole stages per page, each page laid out on its own from
/// the design (so nothing of a neighbouring page appears on it, and every page carries the
/// title, the row labels and a key of what is on it).
///
/// How the size is chosen: the map's body text is ``bodySize`` units (card details, thoughts,
/// the boxes of pain points, opportunities and metrics; card titles are larger). A page is made
/// as wide, in units, as puts body text at ``bodyTarget(on:)`` points on the paper (7.5 pt on A3
/// and larger paper, 6.5 pt on A4), or as wide as the widest stage needs while body text stays at
/// ``bodyMinimum(on:)`` or above (7 pt; 6 pt on A4). Whole stages are put on a page while they
/// fit; a stage wider than a page alone is split evenly over pages, its name marked
/// "(continued)". Columns share out a page's spare width (up to half as wide again as on the screen). When a page is
/// taller than the paper's proportions allow, every page is widened to match (the text gets
/// smaller) and the stages are shared out again. All pages have one size and one scale. When
/// landscape pages end below the minimum and upright pages do better (a tall map on A4), the
/// pages are portrait: their scenes are taller than wide (``SVGOptions/portrait``).
public enum MapPages {
    /// How much wider than on the screen a column may become on a page with room to spare.
    static let maxStretch = 1.5

    /// The size, in picture units, of the map's body text.
    public static let bodySize = Styles.small.size

    /// The size, in points, the map's body text is given on `paper` when the map's height allows.
    public static func bodyTarget(on paper: Paper) -> Double { paper == .a4 ? 6.5 : 7.5 }

    /// The smallest body text, in points, the pages aim for: 7 pt on A3 and larger, 6 pt on A4.
    public static func bodyMinimum(on paper: Paper) -> Double { paper == .a4 ? 6 : 7 }

    /// The paper's size in points (1/72 inch), landscape.
    static func points(_ paper: Paper) -> (width: Double, height: Double) {
        let (w, h) = paper.millimetres
        return (w / 25.4 * 72, h / 25.4 * 72)
    }

    /// The map as pages for `paper`, left to right: landscape, or portrait when that gives
    /// larger text and landscape stays below the minimum.
    public static func scenes(_ design: ServiceDesign, theme: Theme = .light, paper: Paper, branches: Bool = false) -> [Scene] {
        let landscape = layout(design, theme: theme, paper: paper, portrait: false, branches: branches)
        guard bodyPoints(landscape, paper: paper) < bodyMinimum(on: paper) - 0.005 else { return landscape }
        let portrait = layout(design, theme: theme, paper: paper, portrait: true, branches: branches)
        return bodyPoints(portrait, paper: paper) > bodyPoints(landscape, paper: paper) ? portrait : landscape
    }

    /// The size body text gets on paper on pages laid out by ``scenes(_:theme:paper:branches:)``.
    public static func bodyPoints(_ pages: [Scene], paper: Paper) -> Double {
        guard let page = pages.first, page.width > 0 else { return 0 }
        let size = points(paper)
        return bodySize * (page.height > page.width ? size.height : size.width) / page.width
    }

    static func layout(_ design: ServiceDesign, theme: Theme, paper: Paper, portrait: Bool, branches: Bool = false) -> [Scene] {
        let graph = JourneyGraph(design)
        let all = MapLayout.columns(design)
        var paperSize = points(paper)
        if portrait { paperSize = (paperSize.height, paperSize.width) }
        let aspect = paperSize.width / paperSize.height
        // As wide as the target size allows, or as the widest stage needs while the text stays
        // at the minimum or above (so that a stage is split only when it must be).
        let widest = all.spans.map { all.columns[$0.last].x + all.width - all.columns[$0.first].x }.max() ?? 0
        let fitted = widest + MapLayout.margin + MapLayout.left(design, personas: false)
        let target = paperSize.width * bodySize / bodyTarget(on: paper)
        let widestAllowed = paperSize.width * bodySize / bodyMinimum(on: paper)
        // When even the minimum size cannot keep the widest stage whole, stages are split anyway:
        // then the target size it is.
        var pageWidth = fitted <= widestAllowed ? max(target, fitted) : target
        var scenes: [Scene] = []
        for _ in 0..<4 {
            let first = pageWidth - MapLayout.margin - MapLayout.left(design, personas: true)
            let ranges = plan(all, width: pageWidth - MapLayout.margin - MapLayout.left(design, personas: false), first: first)
            scenes = ranges.enumerated().map { number, range in
                // Columns share out the page's width (up to half as wide again), so that a page
                // of few columns has shorter cards and boxes rather than a blank right side.
                let left = MapLayout.left(design, personas: number == 0)
                let stages = Set(all.columns[range].map(\.stage)).count
                let room = pageWidth - MapLayout.margin - left - Double(range.count - 1) * all.gap - Double(stages - 1) * all.stageGap
                let width = min(all.width * maxStretch, max(all.width, room / Double(range.count)))
                return MapLayout.scene(design, theme: theme, graph: graph, columns: all.page(range, left: left, width: width),
                                       width: pageWidth, page: MapLayout.PageInfo(number: number + 1, count: ranges.count), branches: branches)
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
    /// is split evenly into as many pages as it needs.
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
            // Split evenly: eight columns on pages of seven become four and four.
            var start = span.first
            while start <= span.last {
                let remaining = span.last - start + 1
                let parts = (remaining + perPage - 1) / perPage
                let end = start + (remaining + parts - 1) / parts - 1
                if end == span.last { current = start...end } else { pages.append(start...end) }
                start = end + 1
            }
        }
        if let open = current { pages.append(open) }
        return pages
    }
}
