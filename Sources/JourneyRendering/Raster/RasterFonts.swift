import Foundation

/// The fonts rsvg-convert may use for PNG and PDF: every font fontconfig knows, except colour
/// fonts.
///
/// librsvg turns text into outlines, and an outline of a colour bitmap emoji (Noto Color Emoji,
/// the one Debian installs) is a blurred monochrome mask nobody recognises. Pango asks
/// fontconfig for emoji with the language `und-zsye`, for which fontconfig prefers a colour
/// font whatever family the SVG names, so naming a monochrome emoji font in the font stack is
/// not enough. With colour fonts rejected, fontconfig falls back to an outline emoji font
/// (Symbola, Debian's `fonts-symbola`), which cairo draws sharp at any size and embeds in a PDF
/// as a font. Browsers are not affected: the HTML page and the SVG in a browser still draw
/// emoji in colour.
enum RasterFonts {
    /// The fontconfig file rsvg-convert is run with: the system's configuration (or the one in
    /// `FONTCONFIG_FILE`) plus a rule that rejects colour fonts.
    static func configuration(including base: String) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">\(escaped(base))</include>
          <selectfont><rejectfont><pattern><patelt name="color"><bool>true</bool></patelt></pattern></rejectfont></selectfont>
        </fontconfig>

        """
    }

    /// The system's fontconfig file: `FONTCONFIG_FILE` when set, else the first of the usual
    /// places that exists (Debian, Homebrew, MacPorts, FreeBSD); nil when there is none.
    static func systemConfiguration(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let file = environment["FONTCONFIG_FILE"], !file.isEmpty { return file }
        let candidates = ["/etc/fonts/fonts.conf", "/opt/homebrew/etc/fonts/fonts.conf", "/usr/local/etc/fonts/fonts.conf", "/opt/local/etc/fonts/fonts.conf"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The environment for rsvg-convert: this process's, with `FONTCONFIG_FILE` naming a file
    /// written into `folder`. Unchanged when no system configuration is found or the file
    /// cannot be written (the picture is then drawn as before, with whatever fonts there are).
    static func environment(writingInto folder: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        guard let base = systemConfiguration(environment) else { return environment }
        let file = folder.appendingPathComponent("fonts.conf")
        guard (try? Data(configuration(including: base).utf8).write(to: file)) != nil else { return environment }
        environment["FONTCONFIG_FILE"] = file.path
        return environment
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
