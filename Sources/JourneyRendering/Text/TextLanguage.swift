/// The language the text of a picture is set in, as a BCP 47 tag (`de`, `en-GB`, `ja`): it
/// chooses the hyphenation patterns and the line-breaking variant. `JourneyRenderer` sets it to
/// the design's `language` while it lays out a view, so every text block of the view follows
/// it without each layout passing it along; nil (no language) breaks lines by Unicode's default
/// rules and hyphenates no word by dictionary.
public enum TextLanguage {
    /// The language of the design being drawn on this task, if any.
    @TaskLocal public static var current: String?
}
