/// Cutting a long picture into pages: for PDF pages, for renderers with a size limit
/// (`rsvg-convert` refuses images over 32,767 pixels on a side and SVGs of more than a million
/// elements), and for printing on paper.
public enum Pages {
    /// How many SVG elements the writer makes for an item.
    public static func elementCount(_ item: SceneItem) -> Int {
        switch item {
        case .box, .path, .circle: return 1
        case .text(let text): return text.lines.count + (text.fullText == nil ? 0 : 2)
        case .group(let items, let tooltip, let role):
            // A group with neither tooltip nor class is written as its items alone.
            return (tooltip == nil && role == nil ? 0 : 1) + (tooltip == nil ? 0 : 1) + items.reduce(0) { $0 + elementCount($1) }
        }
    }

    /// How many SVG elements the writer makes for an item when it writes only `window`: as the
    /// writer does, a group's items are kept or left out one by one.
    public static func elementCount(_ item: SceneItem, in window: Rect) -> Int {
        guard window.overlaps(item.bounds) else { return 0 }
        guard case .group(let items, let tooltip, let role) = item else { return elementCount(item) }
        return (tooltip == nil && role == nil ? 0 : 1) + (tooltip == nil ? 0 : 1) + items.reduce(0) { $0 + elementCount($1, in: window) }
    }

    /// Windows across the scene, left to right, each at most `maxWidth` wide and holding at most
    /// `maxElements` elements, cut at the scene's cut positions where possible. One window
    /// when everything fits.
    public static func windows(_ scene: Scene, maxWidth: Double, maxElements: Int = 900_000) -> [Rect] {
        func count(_ window: Rect) -> Int { scene.items.reduce(0) { $0 + elementCount($1, in: window) } }
        let whole = scene.frame
        if whole.width <= maxWidth, count(whole) <= maxElements { return [whole] }
        var windows: [Rect] = []
        var start = 0.0
        let cuts = scene.cuts.filter { $0 > 0 && $0 < scene.width }.sorted()
        while start < scene.width - 0.5 {
            var limit = min(scene.width, start + maxWidth)
            // Shrink while the window holds too many elements.
            while limit - start > 200, count(Rect(x: start, y: 0, width: limit - start, height: scene.height)) > maxElements {
                limit = start + (limit - start) / 2
            }
            var end = limit
            if limit < scene.width, let cut = cuts.last(where: { $0 > start + 100 && $0 <= limit }) { end = cut }
            windows.append(Rect(x: start, y: 0, width: end - start, height: scene.height))
            start = end
        }
        return windows
    }
}
