import Foundation
import JourneyKit

extension Rule {
    // MARK: Developing effective data points (ISO/TS 24082 5.5)

    static let dfes55Dat01 = Rule(
        id: "DFES-5.5-DAT-01", title: "Emotional touchpoints have data points",
        clause: .iso24082("5.5", .inferred), basis: .standard, severity: .error,
        rationale: "Activity 5.5 deploys emotional touchpoints and develops data points: a touchpoint designed to evoke a feeling needs data to individualize it or to measure whether it does.",
        hint: "add a data point with `capturedAt:` or `usedBy:` naming this touchpoint",
        satisfiedBy: "The journey plans at least one data point (`dataPoints:`; a journey with none gets one finding for the whole journey), and every touchpoint with `emotional` is the `capturedAt` or in the `usedBy` of at least one data point, or is in the `touchpoints` of a metric taken there. (Moments of truth, a practice term rather than the standard's, are asked for a metric by SE-7.4.2-01.)",
        example: """
            dataPoints:
              - {id: preferred-name, name: Preferred name, purpose: individualize, capturedAt: booking, usedBy: [welcome]}
            """,
        areas: [.activity("5.5"), .pyramidLevel(3)],
        summary: { "\($0) emotional touchpoints have no data point" }
    ) { context in
        let design = context.design
        // A journey that plans no data at all: one finding, not one per touchpoint.
        if design.dataPoints.isEmpty, !design.touchpoints.isEmpty {
            let counted = design.touchpoints.filter { touchpoint in
                touchpoint.emotional != nil && !design.metrics.contains { $0.touchpoints.contains(touchpoint.id) }
            }
            return [Finding(
                "the journey plans no data point: nowhere is data about the customer captured to individualize the service or to measure it",
                at: context.designLocation("stages"),
                notes: counted.map { Diagnostic.Note("emotional touchpoint \"\($0.id)\" has no data point", at: $0.origin.location) },
                hint: "add `dataPoints:` with where each is captured (`capturedAt:`) and used (`usedBy:`), starting at the emotional touchpoints")]
        }
        return design.touchpoints.filter { $0.emotional != nil }.compactMap { touchpoint in
            guard context.dataPointsByTouchpoint[touchpoint.id, default: []].isEmpty,
                !context.design.metrics.contains(where: { $0.touchpoints.contains(touchpoint.id) }) else { return nil }
            return Finding(
                "\(ExperienceRules.role(of: touchpoint)) has no data point",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue,
                hint: "add a data point under `dataPoints:` with `capturedAt: \(touchpoint.id)` or `usedBy: [\(touchpoint.id)]`")
        }
    }

    static let dfes55Dat02 = Rule(
        id: "DFES-5.5-DAT-02", title: "Data points declare purpose, source and use",
        clause: .iso24082("5.5", .inferred), basis: .standard, severity: .warning,
        rationale: "An effective data point is captured somewhere, for a reason, and used.",
        hint: "add `purpose:`, `capturedAt:` and `usedBy:` or `metrics:`",
        satisfiedBy: "Every data point has `purpose` (individualize or measure), `capturedAt`, and at least one touchpoint in `usedBy` or metric in `metrics`.",
        example: """
            dataPoints:
              - {id: preferred-name, name: Preferred name, purpose: individualize, capturedAt: booking, usedBy: [welcome]}
            """,
        areas: [.activity("5.5"), .pyramidLevel(3)],
        summary: { "\($0) data points lack a purpose, a source touchpoint or a use" }
    ) { context in
        context.design.dataPoints.compactMap { dataPoint in
            var missing: [String] = []
            var keys: [String] = []
            if dataPoint.purpose == nil {
                missing.append("purpose")
                keys.append("`purpose:`")
            }
            if dataPoint.capturedAt == nil {
                missing.append("source touchpoint")
                keys.append("`capturedAt:`")
            }
            if dataPoint.usedBy.isEmpty, dataPoint.metrics.isEmpty {
                missing.append("use")
                keys.append("`usedBy:` or `metrics:`")
            }
            guard !missing.isEmpty else { return nil }
            return Finding(
                "data point \"\(dataPoint.id)\" has no \(ExperienceRules.series(missing, "or"))",
                at: dataPoint.origin.location, element: dataPoint.id.rawValue,
                hint: "add \(ExperienceRules.series(keys, "and"))")
        }
    }

    static let dfes55Dat03 = Rule(
        id: "DFES-5.5-DAT-03", title: "Personal data has a legal basis; no data point is an orphan",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "data-protection practice",
        severity: .warning,
        rationale: "Data minimization and a lawful basis keep the customer's trust, which delight rests on.",
        hint: "state the legal basis or consent with `legalBasis:`",
        satisfiedBy: "Every data point with `personal: true` has `legalBasis`. A data point with neither `usedBy` nor `metrics` is an orphan; it is reported here only when DFES-5.5-DAT-02 (which already reports the missing use) is disabled.",
        example: """
            dataPoints:
              - id: phone
                name: Mobile number
                purpose: individualize
                capturedAt: booking
                usedBy: [reminder]
                personal: true
                legalBasis: Consent given at booking
            """,
        areas: [.activity("5.5")],
        summary: { "\($0) data points hold personal data without a legal basis, or are used by nothing" }
    ) { context in
        let reportOrphans = context.configuration.disabled.contains("DFES-5.5-DAT-02")
        var findings: [Finding] = []
        for dataPoint in context.design.dataPoints {
            if dataPoint.personal, ExperienceRules.isBlank(dataPoint.legalBasis) {
                findings.append(Finding(
                    "data point \"\(dataPoint.id)\" holds personal data but has no legal basis",
                    at: dataPoint.origin.location(of: "personal"), element: dataPoint.id.rawValue))
            }
            if reportOrphans, dataPoint.usedBy.isEmpty, dataPoint.metrics.isEmpty {
                findings.append(Finding(
                    "data point \"\(dataPoint.id)\" is used by no touchpoint or metric",
                    at: dataPoint.origin.location, element: dataPoint.id.rawValue,
                    hint: "name where it is used with `usedBy:` or `metrics:`, or stop capturing it"))
            }
        }
        return findings
    }

    static let dfes55Dat04 = Rule(
        id: "DFES-5.5-DAT-04", title: "Measurement data points have method, target and owner",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "a managed measure has method, target and owner", severity: .info,
        rationale: "A measurement without a method, a target and an owner is not managed (the bridge to ISO/TS 23686).",
        hint: "add `method:`, `target:` and `owner:`",
        satisfiedBy: "Every data point with `purpose: measure` has `method`, `target` and `owner`.",
        example: """
            dataPoints:
              - id: wait-minutes
                name: Minutes waited after the appointment time
                purpose: measure
                capturedAt: call-in
                metrics: [wait-time]
                method: Kiosk check-in time to call-in time
                target: 80 % within 20 minutes
                owner: Clinic manager
            """,
        areas: [.activity("5.5")],
        summary: { "\($0) measurement data points lack a method, a target or an owner" }
    ) { context in
        context.design.dataPoints.compactMap { dataPoint in
            guard dataPoint.purpose == .measure else { return nil }
            let missing = [("method", dataPoint.method), ("target", dataPoint.target), ("owner", dataPoint.owner)]
                .filter { ExperienceRules.isBlank($0.1) }.map(\.0)
            guard !missing.isEmpty else { return nil }
            return Finding(
                "measurement data point \"\(dataPoint.id)\" has no \(ExperienceRules.series(missing, "or"))",
                at: dataPoint.origin.location, element: dataPoint.id.rawValue,
                hint: "add \(ExperienceRules.series(missing.map { "`\($0):`" }, "and"))")
        }
    }
}
