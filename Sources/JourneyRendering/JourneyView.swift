import JourneyKit
import XMLSupport

/// The pictures JourneyKit draws of a design.
public enum JourneyView: String, CaseIterable, Sendable {
    /// The journey map: persona header, stage band, touchpoint cards, emotion curves.
    case map
    /// The service blueprint: lanes from physical evidence to support processes.
    case blueprint
    /// All personas' emotion curves on one chart.
    case emotion
    /// One slide (or sheet) with a column per stage: emotion per persona, moments of truth, top
    /// pain points and opportunities.
    case summary

    /// The title the view carries in its output.
    public func title(for design: ServiceDesign) -> String {
        let name = Design.name(design.title, fallback: design.id)
        let text: String
        switch self {
        case .map: text = "Journey map: \(name)"
        case .blueprint: text = "Service blueprint: \(name)"
        case .emotion: text = "Emotion curves: \(name)"
        case .summary: text = "Stage summary: \(name)"
        }
        return XMLText.sanitized(text)
    }
}

/// Draws designs: a scene of pure geometry per view, then SVG.
public enum JourneyRenderer {
    /// The geometry of one view. Its text is set in the design's `language` (see
    /// `TextLanguage`), which the scene also carries for the writer.
    ///
    /// - Parameters:
    ///   - design: the design to draw.
    ///   - view: which picture.
    ///   - theme: the colours and font.
    ///   - planned: for the emotion chart, a planned journey whose curves are drawn wide and pale
    ///     beneath the design's; the other views do not use it.
    ///   - branches: in the emotion curves (map and emotion chart), draw every flow
    ///     between a persona's readings that its line does not draw, as a dotted arc.
    public static func scene(_ design: ServiceDesign, view: JourneyView, theme: Theme = .light, planned: ServiceDesign? = nil, branches: Bool = false) -> Scene {
        var scene = TextLanguage.$current.withValue(design.language) {
            switch view {
            case .map: MapLayout.scene(design, theme: theme, branches: branches)
            case .blueprint: BlueprintLayout.scene(design, theme: theme)
            case .emotion: EmotionChartLayout.scene(design, theme: theme, planned: planned, branches: branches)
            case .summary: StageSummaryLayout.scene(design, theme: theme)
            }
        }
        scene.language = design.language
        return scene
    }

    /// One view laid out for `paper`: the journey map as pages (``MapPages``), the stage
    /// summary as one sheet of the paper's proportions, the other views as one picture (the
    /// SVG writer centres it on the sheet).
    public static func pages(_ design: ServiceDesign, view: JourneyView, theme: Theme = .light, paper: Paper, planned: ServiceDesign? = nil, branches: Bool = false) -> [Scene] {
        var scenes = TextLanguage.$current.withValue(design.language) { () -> [Scene] in
            switch view {
            case .map: MapPages.scenes(design, theme: theme, paper: paper, branches: branches)
            case .summary: [StageSummaryLayout.scene(design, theme: theme, paper: paper)]
            case .blueprint, .emotion: [scene(design, view: view, theme: theme, planned: planned, branches: branches)]
            }
        }
        for index in scenes.indices { scenes[index].language = design.language }
        return scenes
    }

    /// One view as an SVG document. Ids are prefixed with the design's id and the view, so
    /// that several pictures can share a page.
    public static func svg(_ design: ServiceDesign, view: JourneyView, theme: Theme = .light, paper: Paper? = nil, planned: ServiceDesign? = nil, branches: Bool = false) -> String {
        let scene = scene(design, view: view, theme: theme, planned: planned, branches: branches)
        return SVGWriter.write(scene, options: SVGOptions(idPrefix: "\(design.id)-\(view.rawValue)", paper: paper))
    }
}
