import Testing
import JourneyKit

@Suite("Suggestion: did you mean …?")
struct SuggestionTests {
    static let channels = Channel.known.map(\.rawValue)

    @Test("a one-letter typo finds the intended name")
    func findsChannel() {
        #expect(Suggestion.closest(to: "chanel", among: ["channel", "email", "phone"]) == "channel")
        #expect(Suggestion.closest(to: "chekout", among: ["cart", "checkout", "receipt"]) == "checkout")
        #expect(Suggestion.closest(to: "emial", among: Self.channels) == "email")
        #expect(Suggestion.closest(to: "in-persn", among: Self.channels) == "in-person")
    }

    @Test("case does not count, and the candidate comes back as written")
    func ignoresCase() {
        #expect(Suggestion.closest(to: "CHANEL", among: ["Channel"]) == "Channel")
        #expect(Suggestion.closest(to: "Web", among: Self.channels) == "web")
    }

    @Test("unrelated words find nothing")
    func unrelated() {
        #expect(Suggestion.closest(to: "banana", among: ["channel", "email", "phone"]) == nil)
        #expect(Suggestion.closest(to: "refund-desk", among: ["cart", "checkout", "receipt"]) == nil)
        #expect(Suggestion.closest(to: "zoe", among: ["anna"]) == nil)
        #expect(Suggestion.closest(to: "anything", among: [String]()) == nil)
    }

    @Test("swapping two neighbouring letters counts as one edit")
    func transposition() {
        // Two letters allow one edit; "ba" is "ab" with the letters swapped.
        #expect(Suggestion.closest(to: "ba", among: ["ab"]) == "ab")
        #expect(Suggestion.closest(to: "ba", among: ["bc"]) == "bc")
        #expect(Suggestion.closest(to: "ba", among: ["cd"]) == nil)
    }

    @Test("about one edit in three letters is allowed, at least one and at most four")
    func threshold() {
        // 3 letters: 1 edit.
        #expect(Suggestion.closest(to: "pai", among: ["pay"]) == "pay")
        #expect(Suggestion.closest(to: "pai", among: ["day"]) == nil)
        // 6 letters: 2 edits.
        #expect(Suggestion.closest(to: "chanal", among: ["channel"]) == "channel")
        #expect(Suggestion.closest(to: "xhanal", among: ["channel"]) == nil)
        // 12 letters and more: 4 edits.
        #expect(Suggestion.closest(to: "konfirmashun", among: ["confirmation"]) == "confirmation")
        #expect(Suggestion.closest(to: "konfirmashux", among: ["confirmation"]) == nil)
        #expect(Suggestion.closest(to: "confirmation-email-sent", among: ["confirmation-mail-snt"]) == "confirmation-mail-snt")
    }

    @Test("the closest candidate wins, the first of equally close ones")
    func closestWins() {
        #expect(Suggestion.closest(to: "recept", among: ["receipt", "reception"]) == "receipt")
        #expect(Suggestion.closest(to: "pai", among: ["pay", "pal"]) == "pay")
        #expect(Suggestion.closest(to: "pai", among: ["pal", "pay"]) == "pal")
    }
}
