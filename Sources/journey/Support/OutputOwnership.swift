import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether JourneyKit wrote a file, so that it may write over it without `--force`.
///
/// Every file JourneyKit writes carries the extended attribute `user.journeykit`, set on the
/// temporary file before it is renamed into place: `journey 0.1.0 render size=5120
/// mtime=1767225600.123456789`, the version, the command, and the file's size and
/// modification time as written. A file is JourneyKit's while it still has that size and
/// time: one edited in place by a program that keeps the attribute has another modification
/// time, and one saved as a new file (most editors), copied, or checked out by git has no
/// attribute at all. On a file system without extended attributes the files are written
/// unmarked, and writing over them again needs `--force`.
enum OutputOwnership {
    static let attribute = "user.journeykit"

    /// What is at an output path before it is written.
    enum State: Equatable {
        /// Nothing (or nothing that can be examined: the write itself then says why not).
        case absent
        /// An empty file: nothing to lose.
        case empty
        /// A file that JourneyKit wrote and nobody changed since.
        case written
        /// A file that JourneyKit wrote and something changed since.
        case changed
        /// A file without JourneyKit's mark.
        case foreign
        /// A symbolic link: writing replaces the link, not the file it points to.
        case link
        /// A device, a pipe or a socket, which a rename would replace.
        case special
    }

    /// Looks at `path` without following a symbolic link.
    static func state(of path: String) -> State {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: return .link
        case S_IFDIR: return .absent  // JourneyFiles reports a folder itself.
        default: return .special
        }
        if info.st_size == 0 { return .empty }
        guard let value = value(of: path) else { return .foreign }
        guard let mark = Mark(value) else { return .foreign }
        return mark.size == Int64(info.st_size) && mark.modified == modified(info) ? .written : .changed
    }

    /// Why `path` may not be written over without `--force`, or nil when it may.
    static func refusal(_ path: String, force: Bool) -> CommandFailure? {
        switch state(of: path) {
        case .absent, .empty, .written:
            return nil
        case .special:
            // Never, not even with --force: renaming over /dev/null would replace the device.
            return CommandFailure("\(path): is not a regular file; journey writes only regular files (- writes to standard output)")
        case _ where force:
            return nil
        case .changed:
            return CommandFailure("\(path): exists and was changed since JourneyKit wrote it; pass --force to overwrite it")
        case .link:
            return CommandFailure("\(path): exists and is a symbolic link, not a file JourneyKit wrote; pass --force to replace the link")
        case .foreign:
            return CommandFailure("\(path): exists and was not written by JourneyKit; pass --force to overwrite it")
        }
    }

    /// Marks a file just written (the temporary file, before the rename) as JourneyKit's.
    /// A file system that refuses extended attributes leaves it unmarked; the write stands.
    static func mark(_ path: String, command: String?) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let mark = Mark(command: command, size: Int64(info.st_size), modified: modified(info))
        let bytes = Array(mark.value.utf8)
        #if canImport(Darwin)
        _ = setxattr(path, attribute, bytes, bytes.count, 0, 0)
        #else
        _ = ExtendedAttributes.set?(path, attribute, bytes, bytes.count, 0)
        #endif
    }

    /// The attribute's text, or nil when the file has none (or it cannot be read).
    static func value(of path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        #if canImport(Darwin)
        let length = getxattr(path, attribute, &buffer, buffer.count, 0, XATTR_NOFOLLOW)
        #else
        guard let get = ExtendedAttributes.get else { return nil }
        let length = get(path, attribute, &buffer, buffer.count)
        #endif
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(length), as: UTF8.self)
    }

    /// The modification time in nanoseconds, as the mark records it.
    private static func modified(_ info: stat) -> String {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return "\(time.tv_sec).\(String(repeating: "0", count: max(0, 9 - String(time.tv_nsec).count)))\(time.tv_nsec)"
    }

    /// The attribute's value: `journey VERSION COMMAND size=N mtime=SECONDS.NANOSECONDS`.
    struct Mark: Equatable {
        var command: String?
        var size: Int64
        var modified: String

        init(command: String?, size: Int64, modified: String) {
            self.command = command
            self.size = size
            self.modified = modified
        }

        init?(_ value: String) {
            let words = value.split(separator: " ").map(String.init)
            guard words.first == "journey" else { return nil }
            var size: Int64?
            var modified: String?
            for word in words.dropFirst() {
                if word.hasPrefix("size=") { size = Int64(word.dropFirst(5)) }
                if word.hasPrefix("mtime=") { modified = String(word.dropFirst(6)) }
            }
            guard let size, let modified else { return nil }
            self.init(command: words.count > 4 ? words[2] : nil, size: size, modified: modified)
        }

        var value: String {
            (["journey", Journey.version] + (command.map { [$0] } ?? []) + ["size=\(size)", "mtime=\(modified)"]).joined(separator: " ")
        }
    }
}

#if !canImport(Darwin)
/// `setxattr` and `lgetxattr` from the C library: Swift's Glibc module leaves out
/// `<sys/xattr.h>`, so they are looked up by name (glibc has had both since 2.3).
private enum ExtendedAttributes {
    typealias Set = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafeRawPointer?, Int, Int32) -> Int32
    typealias Get = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafeMutableRawPointer?, Int) -> Int

    static var set: Set? { symbol("setxattr", as: Set.self) }
    static var get: Get? { symbol("lgetxattr", as: Get.self) }

    private static func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, name) else { return nil }
        return unsafeBitCast(address, to: type)
    }
}
#endif
