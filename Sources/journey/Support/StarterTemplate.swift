import ArgumentParser

/// The starter files `journey init` writes. Each one is structurally clean (a test checks); the
/// standards' rules then show what a real design still needs.
enum StarterTemplate: String, CaseIterable, ExpressibleByArgument {
    case starter
    case blueprint

    var summary: String {
        switch self {
        case .starter: "one persona, three stages, a straight journey"
        case .blueprint: "two personas, actors on blueprint lanes, a branch and a moment of truth"
        }
    }

    var text: String {
        switch self {
        case .starter: Self.starterText
        case .blueprint: Self.blueprintText
        }
    }

    // The first line of each template points editors with yaml-language-server (VS Code's YAML
    // extension, Neovim, Helix…) to the JSON Schema, for completion and hover help.
    static let starterText = """
        # yaml-language-server: $schema=https://raw.githubusercontent.com/journeykit/journeykit/main/Schemas/journeykit.schema.json
        # A journey file: one service, told from the customer's side.
        # Every field is described in docs/format.md. Check it with: journey validate <this file>
        journey: library-card                  # the journey's id: one word, used in exports
        title: Getting a library card
        owner: Library services
        status: draft
        proposition: Borrow books the same day you join.   # the basic promise (pyramid level 1)

        personas:
          - id: sam
            name: Sam, new to town
            needs: [Join without paperwork]
            expectations: [Card ready the same day]
            desires: [Staff who suggest a first book]

        actors:
          - {id: visitor, name: Visitor, kind: customer}
          - {id: librarian, name: Librarian, kind: employee}

        # Stages in order; touchpoints in order inside them. Without `next:` a touchpoint
        # leads to the one listed after it, so a straight journey needs no flow at all.
        stages:
          - id: find-out
            name: Find out
            touchpoints:
              - id: website
                title: Reads how to join on the website
                channel: web
                actors: [visitor]
                lane: customer
                emotions: {sam: 3}             # persona: score on the scale (default 1–5, 3 neutral)
          - id: join
            name: Join
            touchpoints:
              - id: desk
                title: Signs up at the front desk
                channel: in-person
                actors: [visitor, librarian]
                lane: frontstage
                emotions:
                  sam: {score: 4, thought: "That was quick."}
          - id: borrow
            name: Borrow
            touchpoints:
              - id: first-loan
                title: Borrows a first book
                channel: in-person
                actors: [visitor, librarian]
                lane: frontstage
                emotions: {sam: 5}

        """

    static let blueprintText = """
        # yaml-language-server: $schema=https://raw.githubusercontent.com/journeykit/journeykit/main/Schemas/journeykit.schema.json
        # A service blueprint: customer actions above the line of interaction, frontstage and
        # backstage work below it. Every field is described in docs/format.md.
        journey: bike-repair
        title: Bike repair while you wait
        owner: Workshop lead
        status: draft
        proposition: Your bike fixed within the hour, or the repair is free.
        scale:                                  # optional; here -2 (angry) to +2 (delighted)
          min: -2
          max: 2
          neutral: 0
          labels: {-2: Angry, -1: Annoyed, 0: Neutral, 1: Pleased, 2: Delighted}

        personas:
          - id: commuter
            name: Commuter with a flat tyre
            needs: [Ride home tonight]
            expectations: [A fixed price before work starts]
            desires: [Learn to fix it next time]
          - id: racer
            name: Weekend racer
            needs: [A bike tuned for Sunday]
            expectations: [A mechanic who knows road bikes]
            desires: [Advice on upgrades]

        actors:
          - {id: rider, name: Rider, kind: customer}
          - {id: mechanic, name: Mechanic, kind: employee}
          - {id: booking, name: Booking system, kind: system}

        stages:
          - id: arrive
            name: Arrive
            touchpoints:
              - id: drop-off
                title: Wheels the bike to the counter
                channel: store
                actors: [rider]
                lane: customer
                emotions: {commuter: -1, racer: 0}
              - id: quote
                title: Mechanic checks the bike and gives a price
                channel: in-person
                kind: communication
                initiator: mechanic
                receiver: rider
                actors: [mechanic, rider]
                lane: frontstage
                momentOfTruth:
                  owner: Workshop lead
                  target: 1
                emotions: {commuter: 1, racer: 1}
                branches:                        # the usual case first
                  - {if: Rider accepts the price, to: repair}
                  - {if: Rider declines, to: leave}
              - id: leave
                title: Takes the bike home unrepaired
                channel: store
                actors: [rider]
                lane: customer
                emotions: {commuter: -2, racer: -1}
                end: true                        # the journey may end here
          - id: repair
            name: Repair
            touchpoints:
              - id: repair
                title: Mechanic repairs the bike
                channel: store
                actors: [mechanic]
                lane: backstage
                emotions: {commuter: 0, racer: 0}
              - id: ready
                title: Booking system texts that the bike is ready
                channel: sms
                kind: communication
                initiator: booking
                receiver: rider
                actors: [booking]
                lane: support
                emotions: {commuter: 2, racer: 1}

        """
}
