import Foundation

/// What the preview watches of its file: it re-renders when this changes. Polled, so that it
/// works the same on every platform and with every editor (in place, or by writing a new file
/// and renaming it over the old one, which changes the file number).
enum FileFingerprint: Hashable, Sendable {
    /// A regular file: its file number, size and modification time (to the nanosecond where
    /// the file system keeps it).
    case file(inode: UInt64, size: UInt64, modified: Double)
    /// Not there (deleted, or renamed away).
    case missing
    /// Something that is not a regular file (a folder, a device).
    case notAFile
    /// There, but its attributes cannot be read (the reason).
    case unreadable(String)

    init(path: String) {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            self = FileManager.default.fileExists(atPath: path) ? .unreadable(error.localizedDescription) : .missing
            return
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            self = .notAFile
            return
        }
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
        self = .file(inode: inode, size: size, modified: modified)
    }
}
