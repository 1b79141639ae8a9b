import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// The CJML reader on small inline files: what it tolerates, what it refuses, and how it says so.
@Suite("CJML reader")
struct CJMLReaderTests {
    static let name = "inline.cjml.xml"

    static func decode(_ text: String) -> DecodedDesign {
        CJML.decode(Data(text.utf8), name: name)
    }

    /// A planned journey with one end user `u`, one provider `p` and the given touchpoints.
    static func journey(_ touchpoints: String, kind: String = "plannedJourney", extra: String = "") -> String {
        """
        <CJML version="2.0">
        <\(kind)>
        <journeyID>j</journeyID>
        \(extra)
        <actors><endUser actorID="u"><actorName>User</actorName></endUser><serviceProvider actorID="p"><companyName>Provider</companyName></serviceProvider></actors>
        <touchpoints>
        \(touchpoints)
        </touchpoints>
        </\(kind)>
        </CJML>
        """
    }

    static func communication(_ id: String, _ inner: String = "", kind: String = "planned") -> String {
        "<\(kind)CommunicationPoint><touchpointID>\(id)</touchpointID><initiator><refersTo actorIDref=\"u\"/></initiator><receiver><refersTo actorIDref=\"p\"/></receiver>\(inner)</\(kind)CommunicationPoint>"
    }

    @Test("text before the root element is blanked out with a warning; positions after it stay")
    func textBeforeRoot() throws {
        let decoded = Self.decode("undefined<cjml>\n<actor id='1'><actorName>Ann</actorName><actorRole>customer</actorRole></actor>\n<touchpoint id='7' type=\"action\"><initiator>Ann</initiator><bogus/></touchpoint></cjml>")
        #expect(decoded.problems == [])
        #expect(decoded.warningLines(containing: "text before the root element was ignored: \"undefined\"") == [1])
        #expect(decoded.warnings.first { $0.message.contains("before the root") }?.location.column == 1)
        // The unknown element is still found on line 3.
        #expect(decoded.warningLines(containing: "<bogus> in <touchpoint>") == [3])
        let design = try #require(decoded.design)
        #expect(design.touchpoints.first?.initiator == "1")
    }

    @Test("elements are matched by local name, in any order and any namespace")
    func namespacesAndOrder() throws {
        let text = """
        <c:CJML xmlns:c="https://cjml.no/2.0" version="2.0"><c:actualJourney>
        <c:touchpoints><c:actualAction><c:comment>Walks in</c:comment><c:initiator><c:refersTo actorIDref="u"/></c:initiator><c:touchpointID>a1</c:touchpointID><c:compliance>Failing</c:compliance></c:actualAction></c:touchpoints>
        <c:actors><c:endUser actorID="u"/></c:actors>
        <c:journeyTitle>Late title</c:journeyTitle><c:journeyID>j</c:journeyID><c:journeyStatus>Live</c:journeyStatus>
        </c:actualJourney></c:CJML>
        """
        let decoded = Self.decode(text)
        #expect(decoded.problems == [])
        #expect(decoded.warnings == [], "\(decoded.warningLines)")
        let design = try #require(decoded.design)
        #expect(design.title == "Late title")
        #expect(design.status == .live)
        #expect(design.kind == .actual)
        let touchpoint = try #require(design.touchpoints.first)
        #expect(touchpoint.id == "a1")
        #expect(touchpoint.title == "Walks in")
        #expect(touchpoint.description == "Walks in")
        #expect(touchpoint.initiator == "u")
        #expect(touchpoint.compliance == .failing)
    }

    @Test("unknown elements give one warning each, with their line")
    func unknownElements() throws {
        let decoded = Self.decode(Self.journey(
            Self.communication("t1", "<touchpointLevelAnalysis>x</touchpointLevelAnalysis>") + "\n<plannedDetour/>",
            extra: "<journeyOperators>Ops</journeyOperators>"
        ))
        #expect(decoded.problems == [])
        #expect(decoded.warningLines == [
            "4:1: <journeyOperators> in <plannedJourney> is not part of CJML as JourneyKit reads it; it was not read",
            "7:155: <touchpointLevelAnalysis> in <plannedCommunicationPoint> is not part of CJML as JourneyKit reads it; it was not read",
            "8:1: <plannedDetour> in <touchpoints> is not part of CJML as JourneyKit reads it; it was not read",
        ])
        #expect(decoded.design?.touchpoints.count == 1)
    }

    @Test("a touchpoint without an id, or with a used one, gets a generated id and a warning")
    func touchpointIDs() throws {
        let decoded = Self.decode(Self.journey([Self.communication("t1"), Self.communication("t1"), Self.communication("")].joined(separator: "\n")))
        let design = try #require(decoded.design)
        #expect(design.touchpoints.map(\.id) == ["t1", "t1-2", "tp-3"])
        #expect(design.touchpoints.map(\.title) == ["t1", "t1-2", "tp-3"])
        #expect(decoded.warningLines(containing: "\"t1\" is used twice") == [8])
        #expect(decoded.warningLines(containing: "has no touchpointID; read as \"tp-3\"") == [9])
    }

    @Test("a phase reference to no journeyPhase puts the touchpoint in the stage for touchpoints without a phase")
    func unknownPhase() throws {
        let phases = "<journeyPhases><journeyPhase phaseID=\"a\"><phaseName>A</phaseName></journeyPhase></journeyPhases>"
        let decoded = Self.decode(Self.journey(
            Self.communication("t1", "<belongsTo phaseIDref=\"a\"/>") + "\n" + Self.communication("t2", "<belongsTo phaseIDref=\"b\"/>"),
            extra: phases
        ))
        let design = try #require(decoded.design)
        #expect(design.stages.map(\.id) == ["a", "unphased"])
        #expect(design.touchpoints.map(\.stage) == ["a", "unphased"])
        #expect(decoded.warningLines(containing: "phaseIDref \"b\" names no journeyPhase") == [8])
    }

    @Test("ratings that are not numbers from 1 to 5 are skipped with a warning", arguments: ["0", "6", "good", "4,5", "NaN"])
    func badRatings(_ rating: String) throws {
        let decoded = Self.decode(Self.journey(Self.communication("t1",
            "<touchpointExperience><experienceRating>\(rating)</experienceRating></touchpointExperience>")))
        #expect(decoded.problems == [])
        #expect(decoded.warningLines(containing: "experienceRating \"\(rating)\" is not a number from 1 to 5") == [7])
        #expect(decoded.design?.touchpoints.first?.emotions == [])
    }

    @Test("a rating is the experience of the end user among initiator and receiver, as a target on a planned journey")
    func experience() throws {
        let decoded = Self.decode(Self.journey(Self.communication("t1",
            "<touchpointExperience><experienceDescription>Fine</experienceDescription><experienceRating>3.5</experienceRating></touchpointExperience>")))
        #expect(decoded.warnings == [])
        #expect(decoded.design?.touchpoints.first?.emotions == [EmotionReading(persona: "u", score: 3.5, thought: "Fine", basis: .target)])
        #expect(decoded.design?.personas == [Persona(id: "u", name: "User")])
    }

    @Test("compliance: unknown values and compliance on a planned journey are reported, not read")
    func compliance() throws {
        let actual = Self.decode(Self.journey(Self.communication("t1", "<compliance>late</compliance>", kind: "actual"), kind: "actualJourney"))
        #expect(actual.warningLines(containing: "compliance \"late\" is not one of completed, adhoc, failing, missing") == [7])
        #expect(actual.design?.touchpoints.first?.compliance == nil)
        let planned = Self.decode(Self.journey(Self.communication("t1", "<compliance>completed</compliance>")))
        #expect(planned.warningLines(containing: "on a planned journey was not read") == [7])
        #expect(planned.design?.touchpoints.first?.compliance == nil)
    }

    @Test("service providers: providerType decides the kind and is kept as the description")
    func providerTypes() throws {
        let actors = [("a", "IT system"), ("b", "External partner"), ("c", "system"), ("d", "Front desk staff"), ("e", "third party courier")]
            .map { "<serviceProvider actorID=\"\($0.0)\"><companyName>\($0.0)</companyName><providerType>\($0.1)</providerType></serviceProvider>" }
            .joined()
        let decoded = Self.decode("<CJML version=\"2.0\"><plannedJourney><journeyID>j</journeyID><actors>\(actors)</actors></plannedJourney></CJML>")
        let design = try #require(decoded.design)
        #expect(design.actors.map(\.kind) == [.system, .partner, .system, .employee, .partner])
        #expect(design.actors.map(\.description) == ["IT system", "External partner", nil, "Front desk staff", "third party courier"])
    }

    @Test("channel names are read as the known channels where they are common spellings of one")
    func channels() {
        let cases: [(String, Channel?)] = [
            ("E-mail", .email), ("EMAIL", .email), ("Face-to-face", .inPerson), ("FaceToFace", .inPerson),
            ("Telephone conversation", .phone), ("InternetViaPc", .web), ("Website", .web), ("Self-service machine", .kiosk),
            ("AppOnSmartphone", .app), ("SMS", .sms), ("Social Media", .social), ("in-person", .inPerson),
            ("Fax", "Fax"), ("Payment", "Payment"), ("portal", "portal"), ("UnknownChannel", nil), ("", nil),
        ]
        for (written, expected) in cases {
            let decoded = Self.decode(Self.journey(Self.communication("t1", "<channel><channelName>\(written)</channelName></channel>")))
            #expect(decoded.design?.touchpoints.first?.channel == expected, "\(written)")
        }
    }

    @Test("the root must be CJML, and it must hold a journey")
    func refusals() {
        let notCJML = Self.decode("<journey id=\"x\"/>")
        #expect(notCJML.design == nil)
        #expect(notCJML.problems.map(\.code) == ["FILE-SCHEMA"])
        let empty = Self.decode("<CJML version=\"2.0\">\n  <comment>nothing</comment>\n</CJML>")
        #expect(empty.design == nil)
        #expect(empty.problems.map(\.code) == ["FILE-SCHEMA"])
        #expect(empty.problems.first?.message.contains("no <plannedJourney> or <actualJourney>") == true)
    }

    @Test("a DOCTYPE is refused, and nothing is loaded")
    func doctype() {
        let decoded = Self.decode("<?xml version=\"1.0\"?>\n<!DOCTYPE CJML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<CJML version=\"2.0\"><plannedJourney><journeyID>&x;</journeyID></plannedJourney></CJML>")
        #expect(decoded.design == nil)
        #expect(decoded.problems.map(\.code) == ["FILE-REFUSED"])
        #expect(decoded.problems.first?.location.line == 2)
    }

    @Test("other versions and a missing version are read as 2.0 with a warning")
    func versions() {
        let three = Self.decode("<CJML version=\"3.0\"><plannedJourney><journeyID>j</journeyID></plannedJourney></CJML>")
        #expect(three.warningLines(containing: "CJML version \"3.0\" is read as CJML 2.0") == [1])
        let none = Self.decode("<CJML><plannedJourney><journeyID>j</journeyID></plannedJourney></CJML>")
        #expect(none.warningLines(containing: "<CJML> has no version") == [1])
    }

    @Test("a touchpoint named for the other kind of journey, and an actor with actorIDref, are read with warnings")
    func mixedNames() throws {
        let text = """
        <CJML version="2.0"><actualJourney><journeyID>j</journeyID>
        <actors><endUser actorIDref="u"/></actors>
        <touchpoints><plannedAction><touchpointID>a</touchpointID><initiator><refersTo actorIDref="u"/></initiator></plannedAction></touchpoints>
        </actualJourney></CJML>
        """
        let decoded = Self.decode(text)
        #expect(decoded.warningLines(containing: "has actorIDref where actorID belongs") == [2])
        #expect(decoded.warningLines(containing: "<plannedAction> in an actual journey") == [3])
        let design = try #require(decoded.design)
        #expect(design.actors.map(\.id) == ["u"])
        #expect(design.touchpoints.first?.kind == .action)
        #expect(design.touchpoints.first?.initiator == "u")
    }
}
