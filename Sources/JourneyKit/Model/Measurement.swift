/// A measure of the service: what the customer perceives, or how operations perform
/// (ISO/TS 23686 asks for both).
public struct Metric: Hashable, Sendable {
    /// Whether a metric measures the customer's perception or the operation's performance.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Measures what the customer perceives, such as satisfaction or effort, usually by asking them.
        case perceived
        /// Measures how operations perform, such as waiting time or first-contact resolution.
        case operational
    }

    /// The metric's id, by which touchpoints' moments of truth, data points and the project's
    /// success metrics refer to it.
    public var id: MetricID
    /// What is measured, in the designer's words (`Days from drop-off to refund`).
    public var name: String
    /// Whether the metric is perceived or operational; `nil` when not said.
    public var kind: Kind?
    /// How the metric is measured; `nil` when not given.
    public var method: String?
    /// The value aimed for, kept as text so it can carry its unit and condition (`≤ 3 days`,
    /// `80 % within 20 minutes`); `nil` when not given.
    public var target: String?
    /// Who answers for the metric (a role or team, as free text); `nil` when not given.
    public var owner: String?
    /// How often the metric is measured, as free text (`weekly`, `monthly`); `nil` when not given.
    public var frequency: String?
    /// Touchpoints the metric is taken at (empty: the whole journey).
    public var touchpoints: [TouchpointID]
    /// The ISO 23592 element it evidences, such as `7.3.3`.
    public var element: String?
    /// Where the metric was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a metric. Each parameter sets the property of the same name; only the id and the
    /// name are required.
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
    /// Why customer data is captured at a data point.
    public enum Purpose: String, CaseIterable, Hashable, Sendable {
        /// To individualize the service: adapt or personalize later touchpoints for this customer.
        case individualize
        /// To measure the experience. The validator then expects ``DataPoint/method``,
        /// ``DataPoint/target`` and ``DataPoint/owner``.
        case measure
    }

    /// The data point's id, unique among data points.
    public var id: DataPointID
    /// What data is captured, in the designer's words (`E-mail address for the QR code`).
    public var name: String
    /// Whether the data serves individualization or measurement; `nil` when not said.
    public var purpose: Purpose?
    /// The id of the touchpoint where the data is captured; `nil` when not given.
    public var capturedAt: TouchpointID?
    /// The ids of the touchpoints that use the data, for example to personalize or adapt what they
    /// offer.
    public var usedBy: [TouchpointID]
    /// The ids of the metrics the data feeds.
    public var metrics: [MetricID]
    /// Whether the data is personal data; the validator then expects a ``legalBasis``. `false` by
    /// default.
    public var personal: Bool
    /// The legal basis or consent for personal data.
    public var legalBasis: String?
    /// For measurement: how the data is taken (`Kiosk check-in time to call-in time`); `nil` when
    /// not given.
    public var method: String?
    /// For measurement: the value aimed for, as text (`acknowledged within 1 working day`); `nil`
    /// when not given.
    public var target: String?
    /// For measurement: who answers for the data (a role or team, as free text); `nil` when not given.
    public var owner: String?
    /// Where the data point was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a data point. Each parameter sets the property of the same name; only the id and
    /// the name are required.
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
