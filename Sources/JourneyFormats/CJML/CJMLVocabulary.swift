import Foundation
import JourneyKit

/// CJML's words and how they map to JourneyKit's: element names, channel names, provider
/// types and compliance values. Kept as data so that a new dialect or version is one line here.
enum CJMLVocabulary {
    /// `text` without the Unicode white space (the `White_Space` property) around it. Foundation's
    /// `whitespacesAndNewlines` on Linux also holds U+200B (zero width space), which an id may
    /// hold at either end: trimming with it changed such ids on the way through CJML.
    static func trimmingWhiteSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// The version JourneyKit writes (and reads; other versions are read as this one).
    static let version = "2.0"

    /// The journey elements, by the kind of journey they hold.
    static func journeyElement(for kind: JourneyKind) -> String {
        kind == .actual ? "actualJourney" : "plannedJourney"
    }

    static func journeyKind(ofElement name: String) -> JourneyKind? {
        switch name {
        case "plannedJourney": .planned
        case "actualJourney": .actual
        default: nil
        }
    }

    /// The touchpoint element for a kind of touchpoint on a kind of journey.
    static func touchpointElement(_ kind: TouchpointKind, on journey: JourneyKind) -> String {
        let prefix = journey == .actual ? "actual" : "planned"
        return prefix + (kind == .communication ? "CommunicationPoint" : "Action")
    }

    /// What a touchpoint element says: its kind, and the kind of journey its name belongs to
    /// (nil for the unprefixed names other writers use). Nil for names that are no touchpoint.
    /// `touchpoint` (aika0725/CJML) gives its kind in a `type` attribute; it is read as an action
    /// here and corrected by the reader.
    static func touchpointKind(ofElement name: String) -> (kind: TouchpointKind, journey: JourneyKind?)? {
        switch name {
        case "plannedCommunicationPoint": (.communication, .planned)
        case "actualCommunicationPoint": (.communication, .actual)
        case "plannedAction": (.action, .planned)
        case "actualAction": (.action, .actual)
        case "communicationPoint": (.communication, nil)
        case "action", "touchpoint": (.action, nil)
        default: nil
        }
    }

    /// The `timestamps` children, each with the ``TouchpointTimes`` field it fills.
    static var timestamps: [(element: String, field: WritableKeyPath<TouchpointTimes, String?>)] { [
        ("timeOriginated", \.originated),
        ("timeReceived", \.received),
        ("timeConsumed", \.consumed),
        ("timeStarted", \.started),
        ("timeCompleted", \.completed),
    ] }

    // MARK: Channels

    /// Spellings of the known channels that CJML producers write (UIOMaster writes its icon
    /// names, such as `InternetViaPc` or `FaceToFace`; aika0725/CJML offers `Telephone
    /// conversation` and `Self-service machine`), keyed by the spelling in lower case without
    /// spaces, hyphens and underscores. Only unmistakable spellings: a word that could be a
    /// channel of its own (`portal`, `post`, `service desk`) is kept as written.
    private static let channelSpellings: [String: Channel] = {
        var table: [String: Channel] = [:]
        let groups: [(Channel, [String])] = [
            (.web, ["web", "website", "webpage", "www", "internet", "internetglobe", "internetviapc",
                    "internetviasmartphone", "internetviatablet", "onlineshopping"]),
            (.app, ["app", "apponpc", "apponsmartphone", "appontablet", "mobileapp"]),
            (.email, ["email", "emailmessage"]),
            (.sms, ["sms", "textmessage", "messageservice"]),
            (.phone, ["phone", "telephone", "telephoneconversation", "telephonecall", "phonecall", "callcenter", "callcentre"]),
            (.chat, ["chat", "livechat"]),
            (.letter, ["letter"]),
            (.store, ["store"]),
            (.inPerson, ["inperson", "facetoface", "f2f"]),
            (.kiosk, ["kiosk", "selfservicemachine", "selfservicekiosk"]),
            (.video, ["video", "videocall"]),
            (.social, ["social", "socialmedia", "socialmediamessage"]),
            (.system, ["system"]),
        ]
        for (channel, spellings) in groups {
            for spelling in spellings { table[spelling] = channel }
        }
        return table
    }()

    /// Names that mean "no channel given".
    private static let noChannel: Set<String> = ["", "unknown", "unknownchannel", "none", "null", "undefined"]

    /// The channel a `channelName` names: a known channel when the name is one of its common
    /// spellings (`E-mail` → `email`, `Face-to-face` → `in-person`), otherwise the name as
    /// written; nil for an empty or "unknown" channel.
    static func channel(named written: String) -> Channel? {
        let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = String(trimmed.lowercased().unicodeScalars.filter { !" -_\t".unicodeScalars.contains($0) })
        if noChannel.contains(key) { return nil }
        return channelSpellings[key] ?? Channel(rawValue: trimmed)
    }

    // MARK: Actors

    /// The kind of actor a service provider is, from its `providerType` (or aika0725/CJML's
    /// `actorRole`): `system` for systems, IT and software, `partner` for partners, external
    /// parties and third parties, `employee` otherwise (staff come before IT: "staff-IT").
    static func providerKind(_ providerType: String?) -> Actor.Kind {
        guard let text = providerType else { return .employee }
        let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let lower = Set(words.map { $0.lowercased() })
        let phrase = words.map { $0.lowercased() }.joined(separator: " ")
        if !lower.isDisjoint(with: ["staff", "employee", "employees", "person", "clerk"]) { return .employee }
        if !lower.isDisjoint(with: ["system", "systems", "software", "datasystem", "application", "platform", "database", "server", "bot"])
            || words.contains("IT") || phrase == "it" || phrase.contains("data system") {
            return .system
        }
        if !lower.isDisjoint(with: ["partner", "partners", "external", "thirdparty", "supplier", "contractor", "subcontractor", "vendor"])
            || phrase.contains("third party") {
            return .partner
        }
        return .employee
    }

    /// True when a provider type says no more than the kind itself ("system", "Partner"), so
    /// that it need not be kept as the actor's description.
    static func isBareKind(_ providerType: String) -> Bool {
        Actor.Kind(rawValue: providerType.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) != nil
    }

    /// The `providerType` to write for a service provider: its description when reading that
    /// description back gives the same kind, else the kind's name for systems and partners.
    static func providerType(for actor: Actor) -> String? {
        if let description = actor.description, !description.isEmpty, providerKind(description) == actor.kind {
            return description
        }
        switch actor.kind {
        case .system, .partner: return actor.kind.rawValue
        case .employee, .customer: return nil
        }
    }

    /// True for roles that make an aika0725/CJML `actor` an end user: customer, user, end user,
    /// client, patient, citizen (and `user/customer`, as that tool writes).
    static func isEndUserRole(_ role: String) -> Bool {
        let words = Set(role.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: ["customer", "customers", "user", "users", "enduser", "client", "patient", "citizen", "consumer", "buyer"])
    }

    // MARK: Journey values

    /// A compliance value as CJML producers write it, in any letter case (`ad hoc` and `ad-hoc`
    /// count as `adhoc`).
    static func compliance(_ written: String) -> Compliance? {
        let key = written.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        return Compliance(rawValue: key)
    }

    /// A `journeyStatus` that names one of JourneyKit's statuses, in any letter case.
    static func status(_ written: String) -> DesignStatus? {
        DesignStatus(rawValue: written.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
    }

    /// True for UIOMaster's and CJMLExcel's deviation ids: `D` and digits.
    static func isDeviationID(_ id: String) -> Bool {
        id.count > 1 && id.first == "D" && id.dropFirst().allSatisfy(\.isASCII) && id.dropFirst().allSatisfy(\.isNumber)
    }

    // MARK: Ids

    /// An id as JourneyKit needs it (one word): lower case, runs of white space turned into one
    /// `-`, control characters dropped. "Planned Journey 1" → "planned-journey-1".
    static func slug(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { $0.properties.isWhitespace || !($0.value < 0x20 || $0.value == 0x7F) }
        return String(String.UnicodeScalarView(kept)).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: "-")
    }

    /// True when an id can be used as written: not empty, no white space, no control characters.
    static func isOneWord(_ id: String) -> Bool {
        !id.isEmpty && !id.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }
}
