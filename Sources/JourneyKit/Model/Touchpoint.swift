/// A point of interaction between the customer and the organization, or an action one actor
/// takes, at a place in the journey.
public struct Touchpoint: Hashable, Sendable {
    public var id: TouchpointID
    public var title: String
    public var description: String?
    public var stage: StageID
    public var channel: Channel?
    public var kind: TouchpointKind
    /// Who starts a communication (CJML's initiator).
    public var initiator: ActorID?
    /// Who receives a communication.
    public var receiver: ActorID?
    public var actors: [ActorID]
    /// The personas this touchpoint serves; empty means every persona of the design.
    public var personas: [PersonaID]
    public var lane: Lane?
    public var owner: String?
    /// Set when the touchpoint is designed to evoke a feeling (24082 "emotional touchpoints").
    public var emotional: EmotionalDesign?
    public var personalized: Bool
    public var adaptive: Bool
    /// How the touchpoint adapts to each persona or situation (ISO/TS 24082 4.3, "adaptive").
    public var adaptation: String?
    /// The customer takes an active part in delivering it.
    public var coCreated: Bool
    /// What the organization provides so that the customer can co-create here: a tool, a
    /// shared space, a template.
    public var coCreationSupport: [String]
    /// Delivers the service's core proposition (ISO 23592 pyramid level 1).
    public var deliversCore: Bool
    /// The backstage or support steps that make this touchpoint deliverable.
    public var supportedBy: [TouchpointID]
    /// Accessibility provisions: other channels, assistance, formats (ISO 10002 for complaint
    /// channels).
    public var accessibility: [String]
    /// A channel for feedback and complaints (ISO 23592 pyramid level 2, ISO 10002).
    public var feedbackChannel: Bool
    public var momentOfTruth: MomentOfTruth?
    /// How each persona feels here, on the design's scale.
    public var emotions: [EmotionReading]
    /// Explicit next touchpoints. When empty and there are no branches, the flow runs to the
    /// touchpoint listed after this one.
    public var next: [TouchpointID]
    public var branches: [Branch]
    /// A journey may start here (the first touchpoint always may).
    public var isEntry: Bool
    /// The journey may end here (the last touchpoint always may).
    public var isEnd: Bool
    /// What the receiver of a communication sees or does (CJML's `receiverLabel`); the title is
    /// the initiator's side.
    public var receiverLabel: String? = nil
    /// On an actual journey: whether this step went as planned.
    public var compliance: Compliance? = nil
    /// On an actual journey: when it happened.
    public var times: TouchpointTimes? = nil
    public var origin: SourceOrigin

    public init(
        id: TouchpointID, title: String, stage: StageID, description: String? = nil,
        channel: Channel? = nil, kind: TouchpointKind = .action, initiator: ActorID? = nil,
        receiver: ActorID? = nil, actors: [ActorID] = [], personas: [PersonaID] = [], lane: Lane? = nil,
        owner: String? = nil, emotional: EmotionalDesign? = nil, personalized: Bool = false,
        adaptive: Bool = false, adaptation: String? = nil, coCreated: Bool = false,
        coCreationSupport: [String] = [], deliversCore: Bool = false, supportedBy: [TouchpointID] = [],
        accessibility: [String] = [], feedbackChannel: Bool = false, momentOfTruth: MomentOfTruth? = nil,
        emotions: [EmotionReading] = [], next: [TouchpointID] = [], branches: [Branch] = [],
        isEntry: Bool = false, isEnd: Bool = false, origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.stage = stage
        self.channel = channel
        self.kind = kind
        self.initiator = initiator
        self.receiver = receiver
        self.actors = actors
        self.personas = personas
        self.lane = lane
        self.owner = owner
        self.emotional = emotional
        self.personalized = personalized
        self.adaptive = adaptive
        self.adaptation = adaptation
        self.coCreated = coCreated
        self.coCreationSupport = coCreationSupport
        self.deliversCore = deliversCore
        self.supportedBy = supportedBy
        self.accessibility = accessibility
        self.feedbackChannel = feedbackChannel
        self.momentOfTruth = momentOfTruth
        self.emotions = emotions
        self.next = next
        self.branches = branches
        self.isEntry = isEntry
        self.isEnd = isEnd
        self.origin = origin
    }

    /// The reading for one persona, if there is one.
    public func emotion(of persona: PersonaID) -> EmotionReading? {
        emotions.first { $0.persona == persona }
    }

    /// Whether the touchpoint serves a persona: it names the persona, or names none.
    public func serves(_ persona: PersonaID) -> Bool {
        personas.isEmpty || personas.contains(persona)
    }

    /// True when the flow is written out (`next` or `branches`) rather than implied by order.
    public var hasExplicitFlow: Bool { !next.isEmpty || !branches.isEmpty }
}

/// CJML's two kinds of touchpoint: a communication from an initiator to a receiver, or an
/// action by one actor.
public enum TouchpointKind: String, CaseIterable, Hashable, Sendable {
    case communication
    case action
}

/// The layers of a service blueprint, top to bottom.
public enum Lane: String, CaseIterable, Hashable, Sendable {
    case evidence
    case customer
    case frontstage
    case backstage
    case support

    /// The name a blueprint uses for the lane.
    public var title: String {
        switch self {
        case .evidence: "Physical evidence"
        case .customer: "Customer actions"
        case .frontstage: "Frontstage"
        case .backstage: "Backstage"
        case .support: "Support processes"
        }
    }
}

/// The medium of a touchpoint. An open set: the common ones have names, any other is allowed.
public struct Channel: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let web: Channel = "web"
    public static let app: Channel = "app"
    public static let email: Channel = "email"
    public static let sms: Channel = "sms"
    public static let phone: Channel = "phone"
    public static let chat: Channel = "chat"
    public static let letter: Channel = "letter"
    public static let store: Channel = "store"
    public static let inPerson: Channel = "in-person"
    public static let kiosk: Channel = "kiosk"
    public static let video: Channel = "video"
    public static let social: Channel = "social"
    public static let system: Channel = "system"

    /// The channels JourneyKit draws its own icon for.
    public static let known: [Channel] = [
        .web, .app, .email, .sms, .phone, .chat, .letter, .store, .inPerson, .kiosk, .video, .social, .system,
    ]
}

/// One way on from a touchpoint, taken when its condition holds.
public struct Branch: Hashable, Sendable {
    public var condition: String?
    public var target: TouchpointID
    public var origin: SourceOrigin

    public init(if condition: String?, to target: TouchpointID, origin: SourceOrigin = SourceOrigin()) {
        self.condition = condition
        self.target = target
        self.origin = origin
    }
}

/// What an emotional touchpoint is designed to make the customer feel, and how.
public struct EmotionalDesign: Hashable, Sendable {
    /// Individual service (pyramid level 3) or a pleasant surprise (level 4).
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case individual
        case surprise
    }

    public var target: String
    public var mechanism: String?
    public var kind: Kind?
    /// What staff need to deliver it: discretion, training, a tool.
    public var enablers: [String]
    public var origin: SourceOrigin

    public init(target: String, mechanism: String? = nil, kind: Kind? = nil, enablers: [String] = [], origin: SourceOrigin = SourceOrigin()) {
        self.target = target
        self.mechanism = mechanism
        self.kind = kind
        self.enablers = enablers
        self.origin = origin
    }
}

/// A touchpoint where the customer's view of the service is decided.
public struct MomentOfTruth: Hashable, Sendable {
    public var owner: String?
    /// The emotion score the design aims for here, on the design's scale.
    public var target: Double?
    public var metrics: [MetricID]
    public var origin: SourceOrigin

    public init(owner: String? = nil, target: Double? = nil, metrics: [MetricID] = [], origin: SourceOrigin = SourceOrigin()) {
        self.owner = owner
        self.target = target
        self.metrics = metrics
        self.origin = origin
    }
}
