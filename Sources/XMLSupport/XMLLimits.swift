/// Limits that ``XMLReader`` enforces before and while libxml2 parses.
public struct XMLLimits: Hashable, Sendable {
    /// Larger input is refused before parsing. Default 64 MiB: the document is held in memory
    /// as a tree, about 17 bytes per byte of XML (a 214 MB file peaked at 3.6 GB), and 64 MiB
    /// holds about 250,000 touchpoints of JourneyKit XML.
    public var maximumBytes: Int
    /// Deeper nesting is refused. Default 256 (libxml2's own limit, which also applies
    /// unless ``XMLParseOptions/huge`` is given).
    public var maximumDepth: Int
    /// An element with more attributes (`xmlns` declarations included) is refused before libxml2
    /// sees it: libxml2 2.9.14's duplicate-attribute check is quadratic. Default 1,000.
    public var maximumAttributesPerElement: Int

    /// 64 MiB, 256 levels, 1,000 attributes per element.
    public static let `default` = XMLLimits(
        maximumBytes: 64 << 20, maximumDepth: 256, maximumAttributesPerElement: 1_000)

    /// Creates limits.
    public init(maximumBytes: Int, maximumDepth: Int, maximumAttributesPerElement: Int) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumAttributesPerElement = maximumAttributesPerElement
    }
}
