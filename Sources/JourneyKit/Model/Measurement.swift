/// A measure of the service: what the customer perceives, or how operations perform
/// (ISO/TS 23686 asks for both).
public struct Metric: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case perceived
        case operational
    }

    public var id: MetricID
    public var name: String
    public var kind: Kind?
    public var method: String?
    public var target: String?
    public var owner: String?
    public var frequency: String?
    /// Touchpoints the metric is taken at (empty: the whole journey).
    public var touchpoints: [TouchpointID]
    /// The ISO 23592 element it evidences, such as `7.3.3`.
    public var element: String?
    public var origin: SourceOrigin

    public init(
        id: MetricID, name: String, kind: Kind? = nil, method: String? = nil, target: String? = nil,
        owner: String? = nil, frequency: String? = nil, touchpoints: [TouchpointID] = [],
        element: String? = nil, origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.method = method
        self.target = target
        self.owner = owner
        self.frequency = frequency
        self.touchpoints = touchpoints
        self.element = element
        self.origin = origin
    }
}

/// A point where data about the customer is captured, to individualize the service or to
/// measure the experience (ISO/TS 24082 "data points"), and where it is used.
public struct DataPoint: Hashable, Sendable {
    public enum Purpose: String, CaseIterable, Hashable, Sendable {
        case individualize
        case measure
    }

    public var id: DataPointID
    public var name: String
    public var purpose: Purpose?
    public var capturedAt: TouchpointID?
    public var usedBy: [TouchpointID]
    public var metrics: [MetricID]
    public var personal: Bool
    /// The legal basis or consent for personal data.
    public var legalBasis: String?
    /// For measurement: how the data is taken, the value aimed for, and who answers for it.
    public var method: String?
    public var target: String?
    public var owner: String?
    public var origin: SourceOrigin

    public init(
        id: DataPointID, name: String, purpose: Purpose? = nil, capturedAt: TouchpointID? = nil,
        usedBy: [TouchpointID] = [], metrics: [MetricID] = [], personal: Bool = false,
        legalBasis: String? = nil, method: String? = nil, target: String? = nil, owner: String? = nil,
        origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.name = name
        self.purpose = purpose
        self.method = method
        self.target = target
        self.owner = owner
        self.capturedAt = capturedAt
        self.usedBy = usedBy
        self.metrics = metrics
        self.personal = personal
        self.legalBasis = legalBasis
        self.origin = origin
    }
}
