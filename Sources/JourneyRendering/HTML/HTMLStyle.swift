/// The page's style sheet: the theme's colours as custom properties, a two-column layout (the
/// pictures, and beside them details, findings and conformance), and a print style sheet that
/// shows every view and hides the controls.
enum PageStyle {
    static func css(_ theme: Theme) -> String {
        func c(_ color: Color, _ fallback: String) -> String { HTMLText.cssColor(color, fallback: fallback) }
        let dark = isDark(theme.background)
        let variables = """
            :root{color-scheme:\(dark ? "dark" : "light");--bg:\(c(theme.background, "#ffffff"));--surface:\(c(theme.surface, "#ffffff"));\
            --band:\(c(theme.band, "#f4f6f8"));--ink:\(c(theme.ink, "#1d2430"));--muted:\(c(theme.muted, "#5b6472"));\
            --line:\(c(theme.hairline, "#c9d0d9"));--accent:\(c(theme.accent, "#b35900"));--accent-ink:\(c(theme.accentInk, "#ffffff"));\
            --pain:\(c(theme.pain, "#b3261e"));--pain-fill:\(c(theme.painFill, "#fdecea"));--good:\(c(theme.opportunity, "#1b6e3c"));\
            --good-fill:\(c(theme.opportunityFill, "#e8f5ec"));--font:\(HTMLText.cssFontFamily(theme.fontFamily))}

            """
        return variables + rules
    }

    /// True for a dark background colour (`#rrggbb` with low luminance).
    static func isDark(_ color: Color) -> Bool {
        let hex = color.value.dropFirst()
        guard color.value.hasPrefix("#"), hex.count == 6, let value = Int(hex, radix: 16) else { return false }
        let r = Double((value >> 16) & 255), g = Double((value >> 8) & 255), b = Double(value & 255)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110
    }

    static let rules = """
        *,*::before,*::after{box-sizing:border-box}
        html{background:var(--bg);color:var(--ink);font-family:var(--font);font-size:15px;line-height:1.45}
        body{margin:0;padding:20px 24px 32px}
        h1{font-size:1.75rem;line-height:1.2;margin:.1em 0 .3em}
        h2{font-size:1.05rem;margin:0 0 .5em}
        a{color:var(--accent)}
        code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85em}
        .muted{color:var(--muted)}
        .page-header{margin-bottom:16px;max-width:110ch}
        .kicker{margin:0;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;font-weight:bold}
        .kicker .file{text-transform:none;letter-spacing:0;font-weight:normal}
        .facts{display:flex;flex-wrap:wrap;gap:4px 8px;list-style:none;margin:0;padding:0;color:var(--muted)}
        .facts li+li::before{content:"·";margin-right:8px}
        .proposition{font-style:italic;margin:.6em 0 0;font-size:1.05rem}
        .description{margin-top:.6em}
        .description p{white-space:pre-line;margin:.4em 0 0}
        summary{cursor:pointer;color:var(--muted)}
        .layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,400px);gap:20px;align-items:start}
        .toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:10px 18px;margin-bottom:10px}
        .tabs{display:flex;gap:4px;border-bottom:2px solid var(--line)}
        [role=tab]{font:inherit;font-weight:bold;color:var(--muted);background:transparent;border:2px solid transparent;border-bottom:0;\
        border-radius:8px 8px 0 0;padding:7px 14px;margin-bottom:-2px;cursor:pointer}
        [role=tab][aria-selected=true]{color:var(--ink);background:var(--surface);border-color:var(--line);border-bottom:2px solid var(--surface)}
        [role=tab]:hover{color:var(--ink)}
        :focus-visible{outline:3px solid var(--accent);outline-offset:2px}
        .filter[hidden]{display:none}
        .filter{display:flex;flex-wrap:wrap;gap:4px 14px;border:1px solid var(--line);border-radius:8px;padding:4px 12px 6px;margin:0}
        .filter legend{font-size:.8rem;color:var(--muted);padding:0 4px}
        .filter label{display:inline-flex;align-items:center;gap:6px;cursor:pointer}
        .swatch{flex:none}
        .zoom{display:flex;flex-wrap:wrap;align-items:center;gap:4px}
        .zoom-name{font-size:.8rem;color:var(--muted);margin-right:2px}
        .zoom-level{font-size:.8rem;color:var(--muted);min-width:3.5em;text-align:right}
        .zoom button,button.show-tp{font:inherit;font-size:.85rem;color:var(--ink);background:var(--surface);border:1px solid var(--line);\
        border-radius:6px;padding:4px 10px;cursor:pointer}
        .zoom button[aria-pressed=true]{background:var(--accent);color:var(--accent-ink);border-color:var(--accent)}
        button.show-tp{font-size:.75rem;padding:1px 6px;margin-left:4px}
        [role=tabpanel]{border:1px solid var(--line);border-radius:0 8px 8px 8px;background:var(--bg)}
        .view{overflow:auto;max-height:calc(100vh - 60px)}
        .view>svg{display:block}
        .jk-sticky-pill{fill:var(--surface);stroke:var(--line);visibility:hidden}
        .jk-sticky-rows.jk-stuck .jk-sticky-pill{visibility:visible}
        .jk-sticky-back{fill:var(--bg);visibility:hidden}
        .jk-stuck>.jk-sticky-back{visibility:visible}
        .view-title{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .jk-dim{opacity:.12}
        g.jk-tp{cursor:pointer}
        g.jk-tp:focus{outline:none}
        g.jk-tp:hover>rect:first-child{stroke:var(--accent)}
        g.jk-tp:focus>rect:first-child,g.jk-tp.jk-selected>rect:first-child{stroke:var(--accent);stroke-width:4px}
        g.jk-tp:focus-visible>rect:first-child{stroke-dasharray:6 3}
        aside{display:flex;flex-direction:column;gap:16px;min-width:0}
        .panel{background:var(--surface);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
        .panel h3{font-size:1rem;margin:.2em 0 .3em}
        .panel h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:.9em 0 .25em}
        .panel ul{margin:0;padding-left:1.2em}
        .panel li{margin:.15em 0}
        .panel p{margin:.3em 0}
        .counts{color:var(--muted);margin-top:0}
        .ok{color:var(--good)}
        .scroll{max-height:50vh;overflow:auto}
        table{border-collapse:collapse;width:100%;font-size:.85rem}
        th,td{text-align:left;vertical-align:top;padding:4px 6px;border-top:1px solid var(--line)}
        thead th{position:sticky;top:0;background:var(--surface);border-top:0;font-size:.75rem;color:var(--muted);text-transform:uppercase}
        caption{text-align:left;font-weight:bold;padding:10px 0 4px;font-size:.85rem}
        ol.findings{list-style:none;margin:0;padding:0}
        .finding{border-top:1px solid var(--line);padding:6px 2px}
        .finding:first-child{border-top:0}
        .finding-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 10px;font-size:.8rem}
        .finding .rule{white-space:nowrap}
        .finding .line{color:var(--muted);white-space:nowrap;margin-left:auto}
        .finding p{margin:.15em 0 0;font-size:.88rem}
        .finding ul.places{margin:.2em 0 0;padding-left:1.1em;font-size:.82rem}
        .finding ul.places .line{margin-left:0}
        .sev,.status{white-space:nowrap;font-weight:bold}
        .sev-error .sev,.st-gaps .status{color:var(--pain)}
        .sev-warning .sev{color:var(--accent)}
        .sev-info .sev,.st-not-assessed .status{color:var(--muted)}
        .st-covered .status{color:var(--good)}
        .conformance th[scope=row]{font-weight:normal}
        .conformance td:last-child{min-width:8.5em}
        dl.facts-list{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:.3em 0}
        dl.facts-list dt{color:var(--muted)}
        dl.facts-list dd{margin:0}
        .reading{margin:.4em 0}
        .reading .score{font-weight:bold}
        .thought{font-style:italic;margin:.1em 0 0}
        .pain{border-left:4px solid var(--pain);background:var(--pain-fill);padding:4px 8px;margin:4px 0;border-radius:4px}
        .idea{border-left:4px solid var(--good);background:var(--good-fill);padding:4px 8px;margin:4px 0;border-radius:4px}
        .problems li{margin:.5em 0}
        .place{background:var(--band);padding:1px 4px;border-radius:4px}
        footer{margin-top:24px;color:var(--muted);font-size:.8rem}
        html:not(.js) .needs-js{display:none}
        @media print{.jk-sticky,.jk-sticky g,.jk-sticky text,.jk-stage text{transform:none!important}.jk-sticky-pill,.jk-sticky-back{visibility:hidden!important}}
        @media (max-width:1000px){.layout{grid-template-columns:minmax(0,1fr)}}
        .print-pages{display:none}
        @media print{
        @page{size:A3 landscape;margin:8mm}
        html{background:#fff;color:#000;font-size:11pt}
        body{padding:0}
        .toolbar,.needs-js,button{display:none!important}
        .layout{display:block}
        [role=tabpanel],[role=tabpanel][hidden]{display:block!important;border:0;margin:0 0 8mm;break-inside:avoid}
        [role=tabpanel]+[role=tabpanel]{break-before:page}
        .view-title{position:static;width:auto;height:auto;clip:auto;font-size:1.1rem;font-weight:bold;margin:0 0 2mm}
        .view{overflow:visible;max-height:none}
        .view>svg{width:100%!important;height:auto!important;max-height:180mm}
        aside{display:block;break-before:page}
        .panel{border:0;padding:0;margin-bottom:6mm}
        .scroll{max-height:none;overflow:visible}
        thead th{position:static}
        #panel-map{display:none!important}
        .print-pages{display:block}
        .print-pages>svg{display:block;width:100%;height:auto;break-after:page}
        }

        """
}
