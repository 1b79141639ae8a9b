import Foundation
import JourneyKit

/// Tasks: `Name: score: Actor, Actor`, as Mermaid splits them. The name runs to the first colon,
/// the score to the second, the actors (split at commas) to the third; Mermaid ignores the rest.
extension MermaidParser {
    /// The writer's escape for a task name that starts like a keyword: a zero-width space.
    static let keywordEscape: Character = "\u{200B}"

    func task(_ text: Substring, _ index: Int) {
        let line = lines[index]
        let location = at(index, text.startIndex, in: line)
        guard let colon = text.firstIndex(of: ":") else {
            report(.syntax(location, problem: "\"\(MermaidText.shown(text))\" is not a journey statement: a task is written `Name: score: Actor, Actor`, and other lines start with title, section, accTitle or accDescr", context: nil))
            return
        }
        var written = MermaidText.trimmed(text[..<colon])
        let escaped = written.first == Self.keywordEscape
        if escaped { written = written.dropFirst() }
        guard !written.isEmpty else {
            report(.syntax(at(index, colon, in: line), problem: "a task needs a name before its colon, as in `Make tea: 5: Me`", context: nil))
            return
        }
        let name = String(written)
        checkCharacters(text, index, allowColon: true)
        if !escaped, MermaidText.startsWithJourney(Substring(name.lowercased())) {
            warn(location, "Mermaid reads a line that starts with \"journey\" as its keyword and cannot read this task; JourneyKit reads it as a task")
        }

        let data = text[text.index(after: colon)...]
        let pieces = data.split(separator: ":", omittingEmptySubsequences: false)
        let scoreField = pieces[0]
        let scoreText = MermaidText.trimmed(scoreField)
        let scoreLocation = at(index, scoreText.isEmpty ? scoreField.startIndex : scoreText.startIndex, in: line)
        if pieces.count == 1, MermaidText.isLength(scoreText) {
            warn(location, "\"\(MermaidText.shown(text))\" looks like a style setting, not a task (its value is a length, not a score); it was not read")
            return
        }
        let score = self.score(scoreText, task: name, at: scoreLocation, actorsWritten: pieces.count > 1)

        var actors: [MermaidDiagram.Text] = []
        if pieces.count > 1 {
            for field in pieces[1].split(separator: ",", omittingEmptySubsequences: false) {
                let actor = MermaidText.trimmed(field)
                guard !actor.isEmpty else {
                    tally("empty-actor", at: at(index, field.startIndex, in: line)) { count in
                        "\(count == 1 ? "an actor name is" : "\(count) actor names are") empty (as in `Task: 5:` or `A, , B`), first here; Mermaid draws an actor without a name, JourneyKit reads none"
                    }
                    continue
                }
                actors.append(.init(value: String(actor), location: at(index, actor.startIndex, in: line)))
            }
        }
        if pieces.count > 2 {
            let extra = MermaidText.trimmed(data[pieces[2].startIndex...])
            if !extra.isEmpty {
                warn(at(index, extra.startIndex, in: line),
                     "\"\(MermaidText.shown(extra))\" after the actors was not read: a task has a name, a score and actors, and Mermaid ignores what follows another colon")
            }
        }
        let task = MermaidDiagram.Task(name: MermaidText.lineBreaks(name), location: location, score: score,
                                       scoreLocation: scoreLocation, actors: actors)
        if diagram.sections.isEmpty { diagram.sections.append(.init(name: nil)) }
        diagram.sections[diagram.sections.count - 1].tasks.append(task)
    }

    /// The score, or nil with a problem: it must be a number from 0 to 10.
    private func score(_ text: Substring, task name: String, at location: SourceLocation, actorsWritten: Bool) -> Double? {
        let range = "Mermaid draws 1 (worst) to 5 (best), and JourneyKit reads 0 to 10"
        guard !text.isEmpty else {
            report(.invalidValue(field: "score", value: "", reason: "the task \"\(MermaidText.shown(name))\" has no score; write a number from 1 (worst) to 5 (best) after its colon", location, suggestion: nil))
            return nil
        }
        if let value = MermaidText.number(text) {
            if value < 0 {
                report(.invalidValue(field: "score", value: String(text), reason: "a score cannot be negative: \(range)", location, suggestion: nil))
                return nil
            }
            if value > 10 {
                report(.invalidValue(field: "score", value: String(text), reason: "a score cannot be above 10: \(range)", location, suggestion: nil))
                return nil
            }
            return value
        }
        var reason = "a task's score is a number from 1 (worst) to 5 (best)"
        let keyword = name.lowercased()
        if keyword == "title" || keyword == "section" || keyword == "acctitle" {
            reason += "; to write a \(keyword), write `\(name) Text` without a colon"
        } else if text.contains("{{") || text.contains("${") {
            reason += "; this is a template's placeholder that was never filled in"
        } else if !actorsWritten {
            reason += "; `Task: Actor` without a score is an old syntax that Mermaid no longer reads: write `\(MermaidText.shown(name)): 3: \(MermaidText.shown(text))`"
        }
        report(.invalidValue(field: "score", value: String(text), reason: reason, location, suggestion: nil))
        return nil
    }

    /// Warns about the characters Mermaid reads differently in a title, section or task line:
    /// `#` starts a comment there, `;` and (in a section name) `:` stop it with an error.
    func checkCharacters(_ text: Substring, _ index: Int, allowColon: Bool) {
        let line = lines[index]
        if let hash = text.firstIndex(of: "#") {
            warn(at(index, hash, in: line),
                 "Mermaid reads # as the start of a comment and would drop \"\(MermaidText.shown(MermaidText.trimmed(text[hash...])))\"; JourneyKit keeps it as text")
        }
        if let semicolon = text.firstIndex(of: ";") {
            warn(at(index, semicolon, in: line), "Mermaid cannot read ; here (its parser stops with an error); JourneyKit keeps it as text")
        }
        if !allowColon, let colon = text.firstIndex(of: ":") {
            warn(at(index, colon, in: line), "Mermaid cannot read : in a section name (its parser stops with an error); JourneyKit keeps it as text")
        }
    }
}
