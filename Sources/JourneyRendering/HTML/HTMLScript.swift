/// The page's script: tabs, the persona filter, touchpoint details from the JSON island, and
/// (in the live preview) polling for a new version. Zoom and the labels that stay in view are
/// ``PageViewport``'s. It builds everything with
/// `textContent` and `createElement`, never from markup, so design text stays text.
enum PageScript {
    static let main = #"""
        (function () {
          "use strict";
          var root = document.documentElement;
          root.classList.add("js");
          var store = (function () {
            var key = "journeykit:" + location.pathname;
            return {
              get: function () { try { return JSON.parse(sessionStorage.getItem(key) || "null"); } catch (e) { return null; } },
              set: function (value) { try { sessionStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off */ } }
            };
          })();
          var data = { personas: [], touchpoints: [] };
          try { data = JSON.parse(document.getElementById("journey-data").textContent); } catch (e) { /* no island */ }
          var tabs = Array.prototype.slice.call(document.querySelectorAll("[role=tab]"));
          var panels = tabs.map(function (tab) { return document.getElementById(tab.getAttribute("aria-controls")); });

          function select(index, focus) {
            tabs.forEach(function (tab, i) {
              var on = i === index;
              tab.setAttribute("aria-selected", on ? "true" : "false");
              tab.tabIndex = on ? 0 : -1;
              if (panels[i]) { panels[i].hidden = !on; }
            });
            // The persona filter only where the view draws personas (not the blueprint).
            var filterBox = document.getElementById("persona-filter");
            if (filterBox && panels[index]) { filterBox.hidden = !panels[index].querySelector(".jk-p"); }
            if (focus) { tabs[index].focus(); }
          }
          tabs.forEach(function (tab, i) {
            tab.addEventListener("click", function () { select(i, false); });
            tab.addEventListener("keydown", function (event) {
              var next = null;
              if (event.key === "ArrowRight") { next = (i + 1) % tabs.length; }
              else if (event.key === "ArrowLeft") { next = (i - 1 + tabs.length) % tabs.length; }
              else if (event.key === "Home") { next = 0; }
              else if (event.key === "End") { next = tabs.length - 1; }
              if (next !== null) { event.preventDefault(); select(next, true); }
            });
          });

          var boxes = Array.prototype.slice.call(document.querySelectorAll("#persona-filter input[type=checkbox]"));
          function filter() {
            boxes.forEach(function (box) {
              var marks = document.querySelectorAll(".jk-p-" + box.getAttribute("data-persona"));
              for (var k = 0; k < marks.length; k++) { marks[k].classList.toggle("jk-dim", !box.checked); }
            });
          }
          boxes.forEach(function (box) { box.addEventListener("change", filter); });

          var body = document.getElementById("details-body");
          var selected = null;
          // A text's base direction: that of most of its strong letters (the first one's on a
          // tie), as HTMLText.direction(_:) sets it on the page's own texts. Not the "auto" direction,
          // which follows the first letter alone and reverses "ليلى (Leila) Haddad".
          var rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\uD802-\uD803\uD83A-\uD83B][\uDC00-\uDFFF]/;
          function direction(text) {
            var rtl = 0, ltr = 0, first = null;
            var letters = String(text).match(/\p{Alphabetic}/gu) || [];
            letters.forEach(function (letter) {
              var right = rtlLetter.test(letter);
              if (right) { rtl += 1; } else { ltr += 1; }
              if (first === null) { first = right ? "rtl" : "ltr"; }
            });
            if (rtl !== ltr) { return rtl > ltr ? "rtl" : "ltr"; }
            return first || "ltr";
          }
          function el(name, text, className) {
            var node = document.createElement(name);
            if (text !== undefined && text !== null) { node.textContent = String(text); node.dir = direction(text); }
            if (className) { node.className = className; }
            return node;
          }
          function show(index) {
            var tp = data.touchpoints[index];
            if (!tp || !body) { return; }
            selected = index;
            var cards = document.querySelectorAll("g.jk-tp");
            for (var k = 0; k < cards.length; k++) { cards[k].classList.toggle("jk-selected", cards[k].classList.contains("jk-tp-" + index)); }
            var box = document.createDocumentFragment();
            box.appendChild(el("h3", (tp.number ? tp.number + ". " : "") + tp.title));
            var facts = el("dl", null, "facts-list");
            function fact(name, value) {
              if (value === undefined || value === null || value === "" || (value.length === 0)) { return; }
              facts.appendChild(el("dt", name));
              facts.appendChild(el("dd", Array.isArray(value) ? value.join(", ") : value));
            }
            fact("Stage", tp.stage);
            fact("Channel", tp.channel);
            fact("Lane", tp.lane);
            fact("Actors", tp.actors);
            fact("Id", tp.id);
            box.appendChild(facts);
            if (tp.moment) { box.appendChild(el("p", tp.moment, "moment")); }
            if (tp.description) { box.appendChild(el("p", tp.description, "description-text")); }
            if (tp.emotions.length) {
              box.appendChild(el("h4", "Emotions (" + data.scale + ")"));
              tp.emotions.forEach(function (reading) {
                var item = el("div", null, "reading");
                var line = el("div");
                line.appendChild(el("span", reading.persona + ": "));
                line.appendChild(el("span", reading.score + (reading.label ? " (" + reading.label + ")" : ""), "score"));
                line.appendChild(el("span", reading.basis === "observed" ? " · observed" : " · target", "muted"));
                item.appendChild(line);
                if (reading.thought) { item.appendChild(el("p", "“" + reading.thought + "”", "thought")); }
                box.appendChild(item);
              });
            }
            function items(title, list, className) {
              if (!list.length) { return; }
              box.appendChild(el("h4", title));
              list.forEach(function (entry) {
                var item = el("div", null, className);
                item.appendChild(el("strong", entry.title));
                if (entry.detail) { item.appendChild(el("span", " · " + entry.detail, "muted")); }
                if (entry.description) { item.appendChild(el("p", entry.description)); }
                box.appendChild(item);
              });
            }
            items("Pain points", tp.painPoints, "pain");
            items("Opportunities", tp.opportunities, "idea");
            if (tp.findings.length) {
              box.appendChild(el("h4", "Findings"));
              var list = el("ul");
              tp.findings.forEach(function (f) {
                list.appendChild(el("li", f.severity + " [" + f.rule + "] " + f.message + (f.line ? " (line " + f.line + ")" : "")));
              });
              box.appendChild(list);
            }
            body.textContent = "";
            body.appendChild(box);
          }
          var cards = document.querySelectorAll("g.jk-tp");
          Array.prototype.forEach.call(cards, function (card) {
            var match = /(?:^|\s)jk-tp-(\d+)(?:\s|$)/.exec(card.getAttribute("class") || "");
            if (!match) { return; }
            var index = Number(match[1]);
            var tp = data.touchpoints[index];
            if (!tp) { return; }
            card.setAttribute("tabindex", "0");
            card.setAttribute("role", "button");
            card.setAttribute("aria-label", "Touchpoint " + (tp.number ? tp.number + ": " : "") + tp.title);
            card.addEventListener("click", function () { show(index); });
            card.addEventListener("focus", function () { show(index); });
            card.addEventListener("keydown", function (event) {
              if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(index); }
            });
          });
          Array.prototype.forEach.call(document.querySelectorAll("button.show-tp"), function (button) {
            button.addEventListener("click", function () {
              var index = Number(button.getAttribute("data-tp"));
              select(0, false);
              var card = panels[0] && panels[0].querySelector("g.jk-tp-" + index);
              if (card) {
                card.scrollIntoView({ block: "nearest", inline: "center" });
                card.focus();
              }
              show(index);
            });
          });

          // Keep the reader's place across reloads (the live preview reloads on every save).
          var state = store.get();
          if (state) {
            if (typeof state.tab === "number" && tabs[state.tab]) { select(state.tab, false); } else { select(0, false); }
            (state.off || []).forEach(function (i) { if (boxes[i]) { boxes[i].checked = false; } });
            if (typeof state.touchpoint === "number") { show(state.touchpoint); }
          } else {
            select(0, false);
          }
          filter();
          window.addEventListener("pagehide", function () {
            store.set({
              tab: tabs.reduce(function (found, tab, i) { return tab.getAttribute("aria-selected") === "true" ? i : found; }, 0),
              off: boxes.reduce(function (off, box, i) { if (!box.checked) { off.push(i); } return off; }, []),
              touchpoint: selected
            });
          });
        })();

        """#

    /// Polls `path` every second and reloads when the text it returns is not the version baked
    /// into the page. Network errors are ignored; after one reload for a version, the page does
    /// not reload for that same version again (so a server that never agrees cannot loop it).
    static func liveReload(path: String) -> String {
        let pathJSON = HTMLText.jsonIsland([path]).dropFirst().dropLast()
        return #"""
            (function () {
              "use strict";
              var meta = document.querySelector("meta[name=journey-version]");
              var baked = meta ? meta.getAttribute("content") : "";
              var path = \#(pathJSON);
              var key = "journeykit-reloaded-for:" + location.pathname;
              var busy = false;
              function poll() {
                if (busy) { return; }
                busy = true;
                fetch(path, { cache: "no-store" }).then(function (response) {
                  return response.ok ? response.text() : null;
                }).then(function (text) {
                  busy = false;
                  if (text === null) { return; }
                  var version = text.trim();
                  if (!version || version === baked) { return; }
                  try {
                    if (sessionStorage.getItem(key) === version) { return; }
                    sessionStorage.setItem(key, version);
                  } catch (e) { /* storage off: reload anyway */ }
                  location.reload();
                }, function () { busy = false; });
              }
              setInterval(poll, 1000);
            })();

            """#
    }
}
