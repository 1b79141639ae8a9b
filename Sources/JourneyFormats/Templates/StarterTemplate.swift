
/// The starter files `journey init` writes. Each one gives no finding under the default
/// (`design`) profile (a test checks): a small but complete design whose every field shows
/// what the validator looks for, to be replaced with the user's own content.
///
/// ```swift
/// let text = StarterTemplate.blueprint.text   // YAML, ready to be written as journey.yaml
/// ```
public enum StarterTemplate: String, CaseIterable, Sendable {
    /// One persona, three stages, a straight journey, with value, data points, metrics and evidence.
    case starter
    /// Two personas, actors on blueprint lanes, a branch and a moment of truth.
    case blueprint

    /// What the template holds, in a line (for `journey init --help`).
    public var summary: String {
        switch self {
        case .starter: "one persona, three stages, a straight journey, with value, data points, metrics and evidence"
        case .blueprint: "two personas, actors on blueprint lanes, a branch and a moment of truth"
        }
    }

    /// The template's YAML text.
    public var text: String {
        switch self {
        case .starter: Self.starterText
        case .blueprint: Self.blueprintText
        }
    }

    // The first line of each template points editors with yaml-language-server (VS Code's YAML
    // extension, Neovim, Helix…) to the JSON Schema, for completion and hover help.
    static let starterText = """
        # yaml-language-server: $schema=https://raw.githubusercontent.com/journeykit/journeykit/main/Schemas/journeykit.schema.json
        # A journey file: one service, told from the customer's side. This starter passes
        # `journey validate` with no findings; replace its example content with your own.
        # Every field is described in docs/format.md. Check it with: journey validate <this file>
        journey: library-card                  # the journey's id: one word, used in exports
        title: Getting a library card
        owner: Library services
        status: draft
        proposition: Borrow books the same day you join.   # the basic promise (pyramid level 1)

        personas:
          - id: sam
            name: Sam, new to town
            needs: [{id: no-paperwork, text: Join without paperwork}]
            expectations: [{id: same-day, text: Card ready the same day}]
            desires: [{id: first-book, text: Staff who suggest a first book}]

        actors:
          - {id: visitor, name: Visitor, kind: customer}
          - {id: librarian, name: Librarian, kind: employee}
          - {id: catalogue, name: Library system, kind: system}

        # What the design is for (ISO/TS 24082 activities 5.2 and 5.4).
        project:
          owner: Head of library services
          scope: From finding out how to join to the first loan
          personas: [sam]
          objectives:
            - {id: more-members, text: More new residents become members}
        challenges:
          - statement: How might we make joining as quick as borrowing?
            personas: [sam]
            answers: [same-day]
        value:
          statement: Join in five minutes and leave with a book chosen for you.
          serves: [first-book, no-paperwork]
          objectives: [more-members]
          distinctive: A personal first recommendation, not just a card

        # Stages in order; touchpoints in order inside them. Without `next:` a touchpoint
        # leads to the one listed after it, so a straight journey needs no flow at all.
        stages:
          - id: find-out
            name: Find out
            touchpoints:
              - id: website
                title: Reads how to join on the website
                channel: web
                initiator: visitor               # the customer starts it: they take an active part
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
                owner: Front-desk lead
                core: true                       # delivers the basic promise
                momentOfTruth: {owner: Front-desk lead, target: 4}
                emotions:
                  sam: {score: 4, thought: "That was quick."}
              - id: card-printed
                title: Library system prints the card
                channel: system
                actors: [catalogue]
                lane: support
          - id: borrow
            name: Borrow
            touchpoints:
              - id: first-loan
                title: Borrows a first book the librarian suggests
                channel: in-person
                actors: [visitor, librarian]
                lane: frontstage
                owner: Front-desk lead
                supportedBy: [card-printed]
                emotional:                       # designed to evoke a feeling, and how
                  target: feeling welcome
                  mechanism: The librarian suggests a first book from what Sam says they like
                  kind: individual
                  enablers: [A shelf of staff picks]
                emotions: {sam: 5}
              - id: rate-visit
                title: Rates the visit by text message
                channel: sms
                actors: [visitor]
                lane: customer
                feedback: true                   # where customers give feedback or complain
                owner: Front-desk lead
                accessibility: [Also at the desk, Large-print card]
                emotions: {sam: 4}

        dataPoints:
          - id: reading-tastes
            name: What Sam likes to read
            purpose: individualize
            capturedAt: desk
            usedBy: [first-loan]
          - id: visit-rating
            name: Rating of the visit
            purpose: measure
            capturedAt: rate-visit
            metrics: [visit-score]
            method: One-question text survey
            target: Answered within 1 working day
            owner: Front-desk lead

        metrics:
          - {id: visit-score, name: Rating of the visit, kind: perceived, method: Text survey, target: "≥ 4 of 5", owner: Front-desk lead, frequency: monthly}
          - {id: signup-minutes, name: Minutes to sign up, kind: operational, method: Desk log, target: "≤ 5", owner: Front-desk lead, frequency: monthly, touchpoints: [desk]}

        painPoints:
          - {id: queue, title: A queue at the desk on Saturdays, touchpoints: [desk], actors: [librarian]}
        opportunities:
          - {id: self-signup, title: Sign up online before the visit, touchpoints: [desk, rate-visit], status: idea, owner: Head of library services}

        # The record of the design work: research, co-creation and tests. Example entries;
        # `journey validate --profile audit` checks them before rollout.
        evidence:
          research:
            - {id: desk-interviews, method: Interviews at the desk, date: 2026-05, sampleSize: 8, personas: [sam]}
          sessions:
            - {title: Sign-up sketching with new members, date: 2026-06, personas: [sam]}
          tests:
            - {prototype: Paper sign-up form, date: 2026-06, touchpoints: [desk, first-loan], result: passed, revision: Form cut to one page}

        """

    static let blueprintText = """
        # yaml-language-server: $schema=https://raw.githubusercontent.com/journeykit/journeykit/main/Schemas/journeykit.schema.json
        # A service blueprint: customer actions above the line of interaction, frontstage and
        # backstage work below it. This template passes `journey validate` with no findings;
        # replace its example content with your own. Every field is described in docs/format.md.
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
            needs: [{id: ride-home, text: Ride home tonight}]
            expectations: [{id: fixed-price, text: A fixed price before work starts}]
            desires: [{id: learn-fix, text: Learn to fix it next time}]
          - id: racer
            name: Weekend racer
            needs: [{id: tuned, text: A bike tuned for Sunday}]
            expectations: [{id: road-expert, text: A mechanic who knows road bikes}]
            desires: [{id: upgrades, text: Advice on upgrades}]

        actors:
          - {id: rider, name: Rider, kind: customer}
          - {id: mechanic, name: Mechanic, kind: employee}
          - {id: booking, name: Booking system, kind: system}

        project:
          owner: Workshop lead
          scope: From arriving with a broken bike to riding away
          personas: [commuter, racer]
          objectives:
            - {id: repeat-visits, text: Riders come back for their next service}
        challenges:
          - statement: How might we make a repair while you wait feel like time well spent?
            personas: [commuter, racer]
            painPoints: [price-surprise]
        value:
          statement: Fixed within the hour, and you learn something about your bike.
          serves: [ride-home, learn-fix, upgrades]
          objectives: [repeat-visits]
          alternatives: [Repair it yourself, Leave it at a shop for a week]

        stages:
          - id: arrive
            name: Arrive
            touchpoints:
              - id: drop-off
                title: Wheels the bike to the counter
                channel: store
                initiator: rider                 # the customer starts it
                actors: [rider]
                lane: customer
                adaptation: Commuters get a loan bike offered; racers get a slot with the road-bike mechanic
                emotions: {commuter: -1, racer: 0}
              - id: quote
                title: Mechanic checks the bike and gives a price
                channel: in-person
                kind: communication
                initiator: mechanic
                receiver: rider
                actors: [mechanic, rider]
                lane: frontstage
                owner: Workshop lead
                supportedBy: [repair]
                core: true                       # delivers the basic promise
                momentOfTruth:
                  owner: Workshop lead
                  target: 1
                  metrics: [quote-accepted]
                emotional:
                  target: trust
                  mechanism: The mechanic shows the worn part and the price before starting
                  kind: individual
                  enablers: [Price list the mechanic may round down]
                emotions: {commuter: 1, racer: 2}
                branches:                        # the usual case first
                  - {if: Rider accepts the price, to: repair}
                  - {if: Rider declines, to: leave}
              - id: leave
                title: Takes the bike home unrepaired, with a tip on how to fix it
                channel: store
                actors: [rider]
                lane: customer
                emotions: {commuter: 0, racer: 0}
                next: rate-repair
          - id: repair
            name: Repair
            touchpoints:
              - id: repair
                title: Mechanic repairs the bike
                channel: store
                actors: [mechanic]
                lane: backstage
              - id: ready
                title: Booking system texts that the bike is ready
                channel: sms
                kind: communication
                initiator: booking
                receiver: rider
                actors: [booking]
                lane: support
                emotions: {commuter: 2, racer: 1}
              - id: rate-repair
                title: Rates the repair by text message
                channel: sms
                actors: [rider]
                lane: customer
                feedback: true
                owner: Workshop lead
                accessibility: [Also at the counter]
                emotions: {commuter: 1, racer: 1}
                end: true

        dataPoints:
          - id: bike-type
            name: Type of bike
            purpose: individualize
            capturedAt: drop-off
            usedBy: [quote]
          - id: repair-rating
            name: Rating of the repair
            purpose: measure
            capturedAt: rate-repair
            metrics: [repair-score]
            method: One-question text survey
            target: Answered within 1 working day
            owner: Workshop lead

        metrics:
          - {id: repair-score, name: Rating of the repair, kind: perceived, method: Text survey, target: "≥ 1", owner: Workshop lead, frequency: weekly}
          - {id: quote-accepted, name: Share of quotes accepted, kind: operational, method: Till records, target: "≥ 80 %", owner: Workshop lead, frequency: weekly, touchpoints: [quote]}

        painPoints:
          - {id: price-surprise, title: Riders fear a surprise price, touchpoints: [quote], actors: [mechanic]}
        opportunities:
          - {id: price-board, title: Price board for common repairs, painPoints: [price-surprise], touchpoints: [rate-repair], status: idea, owner: Workshop lead}

        # The record of the design work: research, co-creation and tests. Example entries;
        # `journey validate --profile audit` checks them before rollout.
        evidence:
          research:
            - {id: counter-interviews, method: Interviews at the counter, date: 2026-04, sampleSize: 10, personas: [commuter, racer]}
          sessions:
            - {title: Quote sketching with riders, date: 2026-05, personas: [commuter, racer]}
          tests:
            - {prototype: Role-played quote, date: 2026-05, touchpoints: [quote], result: passed, revision: Show the part before the price}

        """
}
