import Foundation
import JourneyKit

/// Writes one design as a Mermaid journey diagram:
///
/// ```text
/// journey
///   title <title>
///   accTitle: <summary>
///   accDescr: <description>        (or an accDescr { … } block when it has line breaks)
///   section <stage>
///     <touchpoint>: <score>: <persona>, <persona>
/// ```
///
/// The output depends only on the design, so it is the same byte for byte on every run.
struct MermaidWriter {
    let design: ServiceDesign

    func export() -> CJML.Export {
        let plan = MermaidExportPlan(design)
        var escaper = MermaidEscaper()
        var lines = ["journey"]
        let title = escaper.escape(design.title, as: .title)
        if !title.isEmpty { lines.append("  title \(title)") }
        if let summary = design.summary {
            let text = escaper.escape(summary, as: .accessibility)
            if !text.isEmpty { lines.append("  accTitle: \(text)") }
        }
        if let description = design.description {
            let trimmed = description.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.contains(where: \.isNewline) {
                let block = escaper.escapeBlock(trimmed)
                lines.append("  accDescr {")
                lines += block.map { $0.isEmpty ? "" : "    \($0)" }
                lines.append("  }")
            } else if !trimmed.isEmpty {
                lines.append("  accDescr: \(escaper.escape(trimmed, as: .accessibility))")
            }
        }
        for section in plan.sections {
            var name = escaper.escape(section.name, as: .section)
            if name.isEmpty { name = escaper.escape(section.stage?.id.rawValue ?? "Stage", as: .section) }
            lines.append("  section \(name)")
            for task in section.tasks {
                lines.append("    " + line(task, plan, &escaper))
            }
        }
        let notes = MermaidExportNotes(design: design, plan: plan, escaper: escaper).lines
        return CJML.Export(text: lines.joined(separator: "\n") + "\n", notes: notes)
    }

    private func line(_ task: MermaidExportPlan.Task, _ plan: MermaidExportPlan, _ escaper: inout MermaidEscaper) -> String {
        var name = escaper.escape(task.touchpoint.title, as: .task)
        if name.isEmpty || name == String(MermaidParser.keywordEscape) {
            name = escaper.escape(task.touchpoint.id.rawValue, as: .task)
        }
        var text = "\(name): \(task.score)"
        if task.writesActors, !task.personas.isEmpty {
            let names = task.personas.map { id in
                let written = escaper.escape(plan.names[id] ?? id.rawValue, as: .actor)
                return written.isEmpty ? escaper.escape(id.rawValue, as: .actor) : written
            }
            text += ": " + names.joined(separator: ", ")
        }
        return text
    }
}
