/// A typed identifier: `Identifier<Touchpoint>` and `Identifier<Persona>` cannot be mixed up,
/// although both are written as plain text in a journey file.
public struct Identifier<Subject>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The id as written in the journey file: one word, case-sensitive (`first-loan`).
    public var rawValue: String

    /// Wraps an id as written; no check is made here (the readers refuse ids with white space).
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps an id as written, like ``init(rawValue:)``.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Lets a string literal stand where an id is expected: `next: ["pay"]`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id as written, the same as ``rawValue``.
    public var description: String { rawValue }

    /// Orders ids by their text (Swift's string order, case-sensitive), so sorted lists of ids come
/// out the same on every run.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The id of a ``ServiceDesign``: its `journey:` field.
public typealias DesignID = Identifier<ServiceDesign>
/// The id of a ``Persona``: the key of its emotion readings, and what touchpoints, pain points
/// and research name in their `personas` lists.
public typealias PersonaID = Identifier<Persona>
/// The id of a need, expectation or desire (``PersonaStatement``); one set of ids for all
/// personas.
public typealias StatementID = Identifier<PersonaStatement>
/// The id of a ``Stage``, which each touchpoint names as its ``Touchpoint/stage``.
public typealias StageID = Identifier<Stage>
/// The id of a ``Touchpoint``, unique across the whole journey.
public typealias TouchpointID = Identifier<Touchpoint>
/// The id of an ``Actor``, as touchpoints name it in `initiator`, `receiver` and `actors`.
public typealias ActorID = Identifier<Actor>
/// The id of a ``Metric``, as moments of truth, data points and the project's success metrics
/// name it.
public typealias MetricID = Identifier<Metric>
/// The id of a ``DataPoint``, unique among the design's data points.
public typealias DataPointID = Identifier<DataPoint>
/// The id of a ``PainPoint``, as challenges and opportunities name it.
public typealias PainPointID = Identifier<PainPoint>
/// The id of an ``Opportunity``, as challenges name it.
public typealias OpportunityID = Identifier<Opportunity>
/// The id of a ``ResearchStudy``, which `evidence` lists cite.
public typealias ResearchID = Identifier<ResearchStudy>
/// The id of an organizational ``Objective`` of the design project, as the value proposition
/// names it.
public typealias ObjectiveID = Identifier<Objective>
/// The id of a ``DesignChallenge``, unique among the design's challenges.
public typealias ChallengeID = Identifier<DesignChallenge>
