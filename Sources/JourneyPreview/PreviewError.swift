import Foundation

/// Why the preview could not start.
public enum PreviewError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The host is neither `localhost` nor a numeric address.
    case invalidHost(String)
    /// A host other than loopback was asked for without allowing remote connections.
    case remoteHostRefused(String)
    /// The port is taken by another program.
    case portInUse(UInt16)
    /// The server could not listen (the reason as the system gives it).
    case cannotListen(String)
    /// `start()` on a server that is running or was stopped.
    case alreadyStarted

    public var description: String {
        switch self {
        case .invalidHost(let host):
            return "'\(host)' is not an IP address; give a numeric address such as 127.0.0.1 or ::1 (or localhost)"
        case .remoteHostRefused(let host):
            return "\(host) is not a loopback address: other machines could see the preview; add --allow-remote if that is what you want"
        case .portInUse(let port):
            return "port \(port) is in use; choose another with --port (--port 0 picks a free one)"
        case .cannotListen(let reason):
            return "cannot listen: \(reason)"
        case .alreadyStarted:
            return "the preview server was already started"
        }
    }
}
