import Foundation
import JourneyKit
import XMLSupport

/// Writes one design as a CJML 2.0 document in the element style of the CJML documentation:
/// `<CJML version="2.0">`, no namespace, one `plannedJourney` or `actualJourney`.
///
/// The output depends only on the design, so it is the same byte for byte on every run.
struct CJMLWriter {
    let design: ServiceDesign

    func export() -> CJML.Export {
        let plan = CJMLExportPlan(design)
        let writer = XMLWriter(indent: true)
        writer.startElement("CJML")
        writer.attribute("version", CJMLVocabulary.version)
        writer.startElement(CJMLVocabulary.journeyElement(for: design.kind))
        writeHeader(writer)
        writeActors(writer, plan: plan)
        writer.startElement("touchpoints")
        for (touchpoint, exported) in zip(design.touchpoints, plan.touchpoints) {
            write(touchpoint, exported, to: writer)
        }
        writer.endElement()
        writer.endElement()
        writer.endElement()
        let text = writer.finish()
        var notes = CJMLExportNotes(design: design, plan: plan).lines
        if writer.droppedCharacters > 0 {
            notes.append("characters that XML cannot carry (\(writer.droppedCharacters), control characters such as U+0007) were left out")
        }
        return CJML.Export(text: text, notes: notes)
    }

    private func writeHeader(_ writer: XMLWriter) {
        writer.element("journeyID", text: design.id.rawValue)
        writer.element("journeyTitle", text: design.title)
        if design.kind == .actual, let planned = design.plannedJourney {
            writer.element("plannedReference", text: planned.rawValue)
        }
        if !design.stages.isEmpty {
            writer.startElement("journeyPhases")
            for stage in design.stages {
                writer.startElement("journeyPhase")
                writer.attribute("phaseID", stage.id.rawValue)
                writer.element("phaseName", text: stage.name)
                if let description = stage.description { writer.element("phaseDescription", text: description) }
                writer.endElement()
            }
            writer.endElement()
        }
        if let summary = design.summary { writer.element("journeyShortSummary", text: summary) }
        if let description = design.description { writer.element("journeyLongSummary", text: description) }
        if let status = design.status { writer.element("journeyStatus", text: status.rawValue) }
    }

    private func writeActors(_ writer: XMLWriter, plan: CJMLExportPlan) {
        writer.startElement("actors")
        for actor in plan.actors {
            writer.startElement(actor.isEndUser ? "endUser" : "serviceProvider")
            writer.attribute("actorID", actor.id)
            if actor.isEndUser {
                writer.element("actorName", text: actor.name)
            } else {
                writer.element("companyName", text: actor.name)
                if let type = actor.providerType { writer.element("providerType", text: type) }
            }
            writer.endElement()
        }
        writer.endElement()
    }

    private func write(_ touchpoint: Touchpoint, _ exported: CJMLExportPlan.ExportedTouchpoint, to writer: XMLWriter) {
        writer.startElement(CJMLVocabulary.touchpointElement(touchpoint.kind, on: design.kind))
        writer.element("touchpointID", text: touchpoint.id.rawValue)
        writer.startElement("belongsTo")
        writer.attribute("phaseIDref", touchpoint.stage.rawValue)
        writer.endElement()
        if design.kind == .actual, let compliance = touchpoint.compliance {
            writer.element("compliance", text: compliance.rawValue)
        }
        writer.startElement("initiator")
        if let initiator = exported.initiator { writeReference(initiator, writer) }
        writer.element("initiatorLabel", text: touchpoint.title)
        writer.endElement()
        if touchpoint.kind == .communication, exported.receiver != nil || touchpoint.receiverLabel != nil {
            writer.startElement("receiver")
            if let receiver = exported.receiver { writeReference(receiver, writer) }
            if let label = touchpoint.receiverLabel { writer.element("receiverLabel", text: label) }
            writer.endElement()
        }
        if let channel = touchpoint.channel {
            writer.startElement("channel")
            writer.element("channelName", text: channel.rawValue)
            writer.endElement()
        }
        if let comment = touchpoint.description { writer.element("comment", text: comment) }
        if let times = touchpoint.times, !times.isEmpty {
            writer.startElement("timestamps")
            for entry in CJMLVocabulary.timestamps {
                if let value = times[keyPath: entry.field] { writer.element(entry.element, text: value) }
            }
            writer.endElement()
        }
        if let reading = exported.reading, let rating = exported.rating {
            writer.startElement("touchpointExperience")
            if let thought = reading.thought { writer.element("experienceDescription", text: thought) }
            writer.element("experienceRating", text: rating.scoreText)
            writer.endElement()
        }
        writer.endElement()
    }

    private func writeReference(_ actor: ActorID, _ writer: XMLWriter) {
        writer.startElement("refersTo")
        writer.attribute("actorIDref", actor.rawValue)
        writer.endElement()
    }
}
