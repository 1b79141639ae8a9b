import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP answer as the tests read it.
struct HTTPReply: Sendable {
    var status: Int
    /// Header names in lower case.
    var headers: [String: String]
    var body: String
}

struct HTTPClientError: Error, CustomStringConvertible {
    var description: String
}

/// A tiny HTTP/1.1 client on a plain socket: one request (`GET` unless told) with `Connection: close`, read to the
/// end. A real client, independent of the server's library, that can also aim at any address.
enum RawHTTP {
    /// Runs on a thread of its own: blocking one of Swift's few concurrency threads (or of
    /// Dispatch's) could starve the servers that run on them in the same process.
    static func get(_ path: String, port: UInt16, address: String = "127.0.0.1", hostHeader: String? = nil, method: String = "GET") async throws -> HTTPReply {
        try await offPool { try blockingGet(path, port: port, address: address, hostHeader: hostHeader, method: method) }
    }

    /// True when a TCP connection to the address and port is accepted.
    static func canConnect(address: String, port: UInt16) async -> Bool {
        await offPool { blockingCanConnect(address: address, port: port) }
    }

    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    static func blockingGet(_ path: String, port: UInt16, address: String, hostHeader: String?, method: String) throws -> HTTPReply {
        let socket = try dial(address: address, port: port)
        defer { close(socket) }
        let request = "\(method) \(path) HTTP/1.1\r\nHost: \(hostHeader ?? "\(address):\(port)")\r\nConnection: close\r\n\r\n"
        let sent = request.withCString { send(socket, $0, strlen($0), 0) }
        guard sent == request.utf8.count else { throw HTTPClientError(description: "send failed: \(String(cString: strerror(errno)))") }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else { throw HTTPClientError(description: "recv failed: \(String(cString: strerror(errno)))") }
            data.append(contentsOf: buffer[0..<count])
        }
        return try parse(data)
    }

    static func blockingCanConnect(address: String, port: UInt16) -> Bool {
        guard let socket = try? dial(address: address, port: port) else { return false }
        close(socket)
        return true
    }

    static func dial(address: String, port: UInt16) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw HTTPClientError(description: "socket failed") }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = port.bigEndian
        guard inet_pton(AF_INET, address, &target.sin_addr) == 1 else {
            close(fd)
            throw HTTPClientError(description: "not an IPv4 address: \(address)")
        }
        let result = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw HTTPClientError(description: "connect to \(address):\(port) failed: \(reason)")
        }
        return fd
    }

    static func parse(_ data: Data) throws -> HTTPReply {
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw HTTPClientError(description: "no header end in \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw HTTPClientError(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// The machine's IPv4 addresses other than loopback (none in a sandbox without a network).
    static func nonLoopbackAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var ipv4 = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            guard inet_ntop(AF_INET, &ipv4, &buffer, socklen_t(buffer.count)) != nil else { continue }
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !text.hasPrefix("127.") { addresses.append(text) }
        }
        return addresses
    }
}

