/// A typed identifier: `Identifier<Touchpoint>` and `Identifier<Persona>` cannot be mixed up,
/// although both are written as plain text in a journey file.
public struct Identifier<Subject>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public typealias DesignID = Identifier<ServiceDesign>
public typealias PersonaID = Identifier<Persona>
public typealias StatementID = Identifier<PersonaStatement>
public typealias StageID = Identifier<Stage>
public typealias TouchpointID = Identifier<Touchpoint>
public typealias ActorID = Identifier<Actor>
public typealias MetricID = Identifier<Metric>
public typealias DataPointID = Identifier<DataPoint>
public typealias PainPointID = Identifier<PainPoint>
public typealias OpportunityID = Identifier<Opportunity>
public typealias ResearchID = Identifier<ResearchStudy>
public typealias ObjectiveID = Identifier<Objective>
public typealias ChallengeID = Identifier<DesignChallenge>
