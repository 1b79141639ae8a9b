import JourneyKit

/// The three views as inline SVG for the page, with hooks for its script:
///
/// - every id starts with the design's id and the view (``SVGOptions/idPrefix``), so the three
///   pictures never share an id;
/// - whatever draws one persona (curve, markers and their scores, ring, thought, key entry,
///   persona card) is a group of class `jk-p jk-p-N`, N the persona's place in the design;
/// - each touchpoint card is a group of class `touchpoint jk-tp jk-tp-K`, K the touchpoint's
///   place in the design (and in the page's data island);
/// - a touchpoint's number or title outside a card (emotion chart, deviation diagram) is a group
///   of class `jk-tp-ref jk-tp-K`, without `jk-tp`, so that selecting cards leaves it alone.
///
/// The layouts put these classes in every SVG (see `Hooks`), so the page's pictures are the
/// bytes `journey render` writes, less the XML declaration.
enum PageViews {
    static func svg(_ design: ServiceDesign, view: JourneyView, theme: Theme) -> String {
        let scene = JourneyRenderer.scene(design, view: view, theme: theme)
        let text = SVGWriter.write(scene, options: SVGOptions(idPrefix: "\(design.id)-\(view.rawValue)"))
        return inline(text, interactive: view != .emotion)
    }

    /// The SVG document as an element of the page: no XML declaration; a picture with
    /// focusable cards is a `group` rather than an `img`, whose children would be hidden from
    /// assistive technology.
    static func inline(_ svg: String, interactive: Bool) -> String {
        var text = Substring(svg)
        if text.hasPrefix("<?xml"), let end = text.firstIndex(of: "\n") { text = text[text.index(after: end)...] }
        guard interactive, let start = text.range(of: "<svg"), let close = text[start.upperBound...].firstIndex(of: ">"),
              let role = text[start.upperBound..<close].range(of: " role=\"img\"") else { return String(text) }
        var result = String(text[..<role.lowerBound])
        result += " role=\"group\""
        result += text[role.upperBound...]
        return result
    }
}
