import Foundation

/// The address the preview listens on: a numeric IPv4 or IPv6 address, or `localhost`.
///
/// Host names other than `localhost` are not resolved: the preview binds to exactly the
/// address it is given, so that what is reachable is never a matter of DNS.
public struct PreviewHost: Hashable, Sendable, CustomStringConvertible {
    /// The numeric address (`localhost` is kept as `127.0.0.1`).
    public let address: String
    public let isIPv6: Bool

    /// The loopback address, the default: only this machine can connect.
    public static let loopback = PreviewHost(uncheckedAddress: "127.0.0.1", isIPv6: false)

    private init(uncheckedAddress: String, isIPv6: Bool) {
        self.address = uncheckedAddress
        self.isIPv6 = isIPv6
    }

    /// `nil` when `text` is neither `localhost` nor a numeric IPv4 or IPv6 address.
    public init?(_ text: String) {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if text.lowercased() == "localhost" { text = "127.0.0.1" }
        if Self.parseIPv4(text) != nil {
            self.init(uncheckedAddress: text, isIPv6: false)
        } else if Self.parseIPv6(text) != nil {
            self.init(uncheckedAddress: text, isIPv6: true)
        } else {
            return nil
        }
    }

    /// True for 127.0.0.0/8, `::1` and IPv4-mapped loopback addresses (`::ffff:127.0.0.1`).
    public var isLoopback: Bool {
        if let bytes = Self.parseIPv4(address) { return bytes[0] == 127 }
        guard let bytes = Self.parseIPv6(address) else { return false }
        if bytes == [UInt8](repeating: 0, count: 15) + [1] { return true }
        let mapped = [UInt8](repeating: 0, count: 10) + [0xFF, 0xFF]
        return Array(bytes.prefix(12)) == mapped && bytes[12] == 127
    }

    /// The host as it goes in a URL (IPv6 in brackets).
    public var urlHost: String { isIPv6 ? "[\(address)]" : address }

    public var description: String { address }

    /// `http://HOST:PORT/`.
    public func url(port: UInt16) -> URL {
        URL(string: "http://\(urlHost):\(port)/")!
    }

    static func parseIPv4(_ text: String) -> [UInt8]? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    static func parseIPv6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }
}
