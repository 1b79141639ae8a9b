/// A point of interaction between the customer and the organization, or an action one actor
/// takes, at a place in the journey.
public struct Touchpoint: Hashable, Sendable {
    /// The touchpoint's id, unique across the whole journey (not per stage); flows, pain points,
    /// metrics and data points refer to the touchpoint by it.
    public var id: TouchpointID
    /// What happens, in a few words, as the map's card shows it. On a communication it is the
    /// initiator's side; ``receiverLabel`` gives the receiver's.
    public var title: String
    /// Longer free text about the touchpoint; `nil` when the file gives none.
    public var description: String?
    /// The id of the ``Stage`` the touchpoint belongs to. In a journey file this is the stage it is
    /// written under; there is no `stage:` field.
    public var stage: StageID
    /// The medium the interaction happens through (web, phone, store…); `nil` when not given.
    public var channel: Channel?
    /// A communication from an initiator to a receiver, or an action by one actor;
    /// ``TouchpointKind/action`` by default.
    public var kind: TouchpointKind
    /// Who starts a communication (CJML's initiator).
    public var initiator: ActorID?
    /// Who receives a communication.
    public var receiver: ActorID?
    /// The ids of the ``Actor``s taking part, besides any ``initiator`` and ``receiver``.
    public var actors: [ActorID]
    /// The personas this touchpoint serves; empty means every persona of the design.
    public var personas: [PersonaID]
    /// The layer of the service blueprint the touchpoint belongs to. When `nil`, the blueprint
    /// picks a lane from the actors and the channel, and the validator counts the touchpoint as
    /// customer-facing.
    public var lane: Lane?
    /// Who in the organization answers for the touchpoint (a role or team, as free text).
    public var owner: String?
    /// Set when the touchpoint is designed to evoke a feeling (24082 "emotional touchpoints").
    public var emotional: EmotionalDesign?
    /// Marks the touchpoint as personalized: it uses what is known about this customer. The
    /// validator expects a data point captured earlier in the flow that it uses. `false` by default.
    public var personalized: Bool
    /// Marks the touchpoint as adaptive: it changes with the persona or situation (describe how in
    /// ``adaptation``). The validator expects a data point captured earlier in the flow that it
    /// uses. `false` by default.
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
    /// Set when the touchpoint is a moment of truth, with who answers for it and the score aimed
    /// for; `nil` when it is not one.
    public var momentOfTruth: MomentOfTruth?
    /// How each persona feels here, on the design's scale.
    public var emotions: [EmotionReading]
    /// Explicit next touchpoints. When empty and there are no branches, the flow runs to the
    /// touchpoint listed after this one.
    public var next: [TouchpointID]
    /// Conditional ways on, the usual case first; together with ``next`` they replace the
    /// fall-through to the touchpoint listed after this one.
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
    /// Where the touchpoint and its fields were written in the journey file; empty when it was
    /// built in code. Never part of equality.
    public var origin: SourceOrigin

    /// Creates a touchpoint. Each parameter sets the property of the same name. Only the id (unique
    /// across the journey), the title and the id of its stage are required; every other field
    /// starts empty, `nil` or `false`, and the kind starts as ``TouchpointKind/action``. With
    /// `next` and `branches` left empty the flow falls through to the touchpoint listed after
    /// this one.
    ///
    /// ``receiverLabel``, ``compliance`` and ``times`` are not parameters: set them on the value
    /// afterwards.
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
    /// A communication from an ``Touchpoint/initiator`` to a ``Touchpoint/receiver``, such as a
    /// letter, an SMS or a call.
    case communication
    /// An action taken by one actor, such as filling in a form or packing a parcel.
    case action
}

/// The layers of a service blueprint, top to bottom.
public enum Lane: String, CaseIterable, Hashable, Sendable {
    /// Physical evidence: what the customer sees and touches (a letter, a receipt, a screen).
    case evidence
    /// Customer actions: the steps the customer takes.
    case customer
    /// Frontstage: what staff or systems do in the customer's sight.
    case frontstage
    /// Backstage: what staff do out of the customer's sight to make the frontstage work.
    case backstage
    /// Support processes: systems, partners and internal services behind the backstage.
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
    /// The channel as written in a journey file, such as `web` or `in-person`.
    public var rawValue: String
    /// Creates a channel from its written name; any text is a valid channel.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a channel from a string literal, so `"drive-through"` can stand where a
    /// ``Channel`` is expected.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The channel's written name, the same as ``rawValue``.
    public var description: String { rawValue }

    /// A website in a browser.
    public static let web: Channel = "web"
    /// A mobile or desktop app.
    public static let app: Channel = "app"
    /// E-mail.
    public static let email: Channel = "email"
    /// A text message (SMS).
    public static let sms: Channel = "sms"
    /// A phone call, such as to a hotline or call centre.
    public static let phone: Channel = "phone"
    /// A chat, with a person or a bot.
    public static let chat: Channel = "chat"
    /// A letter on paper.
    public static let letter: Channel = "letter"
    /// A shop, branch or other premises the customer visits.
    public static let store: Channel = "store"
    /// Face to face, wherever it happens; written `in-person`.
    public static let inPerson: Channel = "in-person"
    /// A self-service terminal or kiosk.
    public static let kiosk: Channel = "kiosk"
    /// A video call.
    public static let video: Channel = "video"
    /// Social media.
    public static let social: Channel = "social"
    /// A system-to-system step with no human channel, typically backstage or support.
    public static let system: Channel = "system"

    /// The channels JourneyKit draws its own icon for.
    public static let known: [Channel] = [
        .web, .app, .email, .sms, .phone, .chat, .letter, .store, .inPerson, .kiosk, .video, .social, .system,
    ]
}

/// One way on from a touchpoint, taken when its condition holds.
public struct Branch: Hashable, Sendable {
    /// When the branch is taken, in the designer's words (`Has a printer`); `nil` when the file
    /// gives no condition, which the validator warns about.
    public var condition: String?
    /// The id of the touchpoint the branch leads to.
    public var target: TouchpointID
    /// Where the branch was written in the journey file; empty when it was built in code.
    public var origin: SourceOrigin

    /// Creates a branch that leads to `target` when `condition` holds.
    ///
    /// - Parameters:
    ///   - condition: When the branch is taken; `nil` for none.
    ///   - target: The id of the touchpoint it leads to.
    ///   - origin: Where it was written; the default means "built in code".
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
        /// Individual service, shaped for this customer (ISO 23592 pyramid level 3).
        case individual
        /// A pleasant surprise beyond what the customer expects (ISO 23592 pyramid level 4).
        case surprise
    }

    /// The feeling the touchpoint is designed to evoke, such as `relief` or `hope`.
    public var target: String
    /// How the touchpoint evokes the feeling; `nil` when not described.
    public var mechanism: String?
    /// Whether it is individual service or a pleasant surprise; `nil` when not said.
    public var kind: Kind?
    /// What staff need to deliver it: discretion, training, a tool.
    public var enablers: [String]
    /// Where the `emotional` block was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates the emotional design of a touchpoint.
    ///
    /// - Parameters:
    ///   - target: The feeling it is designed to evoke.
    ///   - mechanism: How it evokes it.
    ///   - kind: Individual service or a pleasant surprise.
    ///   - enablers: What staff need to deliver it.
    ///   - origin: Where it was written; the default means "built in code".
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
    /// Who answers for this moment (a role or team, as free text); the validator warns when it is
    /// `nil`.
    public var owner: String?
    /// The emotion score the design aims for here, on the design's scale.
    public var target: Double?
    /// The ids of the ``Metric``s that measure this moment.
    public var metrics: [MetricID]
    /// Where the `momentOfTruth` block was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a moment of truth; with no arguments it marks one with no details
    /// (`momentOfTruth: true` in a journey file).
    ///
    /// - Parameters:
    ///   - owner: Who answers for this moment.
    ///   - target: The emotion score aimed for, on the design's scale.
    ///   - metrics: The ids of the metrics that measure it.
    ///   - origin: Where it was written; the default means "built in code".
    public init(owner: String? = nil, target: Double? = nil, metrics: [MetricID] = [], origin: SourceOrigin = SourceOrigin()) {
        self.owner = owner
        self.target = target
        self.metrics = metrics
        self.origin = origin
    }
}
