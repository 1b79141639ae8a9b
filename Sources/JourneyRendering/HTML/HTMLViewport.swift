/// The part of the page's script that moves the reader around a picture: zoom steps, and row
/// labels and stage names that stay in view while the picture scrolls.
///
/// - Zoom: the buttons of the `#zoom` group (fit width, fit height, 50 %, 100 %, 200 %) and
///   the keys `+`, `-` and `0`; the point in the middle of the view stays in the middle.
/// - Row labels (`g.jk-row-label`, the names in the left gutter) move into a layer on top of the
///   picture that follows the left edge of the view, each on a pill of one width, so that a
///   reader far to the right still knows which row is which.
/// - Stage names (`g.jk-stage`: a band and its name) slide along their band to stay in view
///   until the band ends, and the stage band follows the top edge of the view when the
///   picture scrolls down.
///
/// The zoom and each view's scroll position are kept across reloads (the live preview reloads
/// on every save). Printing puts every label back where the picture has it.
enum PageViewport {
    static let script = #"""
        (function () {
          "use strict";
          var NS = "http://www.w3.org/2000/svg";
          var key = "journeykit-viewport:" + location.pathname;
          var group = document.getElementById("zoom");
          var buttons = group ? Array.prototype.slice.call(group.querySelectorAll("button[data-zoom]")) : [];
          var level = document.getElementById("zoom-level");
          var views = Array.prototype.slice.call(document.querySelectorAll(".view")).map(function (box) {
            var svg = box.querySelector("svg");
            var size = svg && svg.viewBox && svg.viewBox.baseVal;
            return { box: box, svg: svg, width: size ? size.width : 0, height: size ? size.height : 0, x0: size ? size.x : 0, y0: size ? size.y : 0,
                     zoom: 1, sticky: null, frame: 0 };
          });
          var mode = "1";

          // The scale for a mode in a view: a number, or the fit to the view's width or height.
          function scaleFor(view, name) {
            if (!view.width || !view.height) { return 1; }
            var width = view.box.clientWidth || (view.box.parentNode && view.box.parentNode.clientWidth) || document.documentElement.clientWidth;
            var height = Math.max(200, window.innerHeight - 76);
            if (name === "width") { return Math.min(4, width / view.width); }
            if (name === "height") { return Math.min(4, height / view.height); }
            var value = Number(name);
            return value > 0 ? value : 1;
          }

          function apply(view, name, keepCentre) {
            if (!view.svg || !view.width) { return; }
            var box = view.box;
            var old = view.zoom;
            var cx = (box.scrollLeft + box.clientWidth / 2) / old, cy = (box.scrollTop + box.clientHeight / 2) / old;
            var zoom = scaleFor(view, name);
            view.zoom = zoom;
            view.svg.style.width = (view.width * zoom) + "px";
            view.svg.style.height = (view.height * zoom) + "px";
            if (keepCentre && box.clientWidth) {
              box.scrollLeft = cx * zoom - box.clientWidth / 2;
              box.scrollTop = cy * zoom - box.clientHeight / 2;
            }
            stick(view);
          }

          function setMode(name, keepCentre) {
            mode = name;
            views.forEach(function (view) { apply(view, name, keepCentre); });
            buttons.forEach(function (button) { button.setAttribute("aria-pressed", button.getAttribute("data-zoom") === name ? "true" : "false"); });
            var shown = views.filter(function (view) { return view.box.clientWidth > 0; })[0] || views[0];
            if (level && shown) { level.textContent = Math.round(shown.zoom * 100) + " %"; }
          }

          buttons.forEach(function (button) {
            button.addEventListener("click", function () { setMode(button.getAttribute("data-zoom"), true); });
          });

          // + and - step through the zoom levels of the view in sight (fits included), 0 is 100 %.
          document.addEventListener("keydown", function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) { return; }
            var target = event.target;
            if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) { return; }
            var shown = views.filter(function (view) { return view.box.clientWidth > 0; })[0];
            if (!shown) { return; }
            var steps = buttons.map(function (button) { var name = button.getAttribute("data-zoom"); return { name: name, value: scaleFor(shown, name) }; });
            steps.sort(function (a, b) { return a.value - b.value; });
            var next = null;
            if (event.key === "+" || event.key === "=") { next = steps.filter(function (s) { return s.value > shown.zoom + 1e-6; })[0]; }
            else if (event.key === "-" || event.key === "_") { next = steps.filter(function (s) { return s.value < shown.zoom - 1e-6; }).pop(); }
            else if (event.key === "0") { next = { name: "1" }; }
            else { return; }
            event.preventDefault();
            if (next) { setMode(next.name, true); }
          });

          // Measures a view's labels and stage bands (once it is shown: a hidden view has no boxes)
          // and builds the layers that keep them in view.
          function prepare(view) {
            var svg = view.svg;
            var labels = Array.prototype.slice.call(svg.querySelectorAll("g.jk-row-label"));
            var stages = Array.prototype.slice.call(svg.querySelectorAll("g.jk-stage"));
            if (!labels.length && !stages.length) { return { empty: true }; }
            var probe = labels[0] || stages[0];
            if (probe.getBBox().width === 0 && probe.getBBox().height === 0) { return null; }
            function layer(name) { var g = document.createElementNS(NS, "g"); g.setAttribute("class", "jk-sticky " + name); return g; }
            function rect(x, y, w, h, name) {
              var r = document.createElementNS(NS, "rect");
              r.setAttribute("x", x); r.setAttribute("y", y); r.setAttribute("width", w); r.setAttribute("height", h);
              r.setAttribute("rx", 6); r.setAttribute("class", name);
              return r;
            }
            var sticky = { rows: layer("jk-sticky-rows"), stageLayer: layer("jk-sticky-stages"), stageRows: layer("jk-sticky-rows"),
                           bands: [], pills: [], left: Infinity, pill: 0, top: Infinity, bottom: -Infinity };
            stages.forEach(function (stage) {
              var band = stage.querySelector("rect");
              var texts = Array.prototype.slice.call(stage.querySelectorAll("text"));
              if (!band) { return; }
              var b = band.getBBox();
              var left = Infinity, right = -Infinity;
              texts.forEach(function (t) { var box = t.getBBox(); left = Math.min(left, box.x); right = Math.max(right, box.x + box.width); });
              sticky.bands.push({ texts: texts, x: b.x, right: b.x + b.width, textLeft: left, textRight: right });
              sticky.top = Math.min(sticky.top, b.y);
              sticky.bottom = Math.max(sticky.bottom, b.y + b.height);
            });
            var pad = 8;
            var boxes = labels.map(function (label) { return label.getBBox(); });
            boxes.forEach(function (box) { sticky.left = Math.min(sticky.left, box.x - pad); sticky.pill = Math.max(sticky.pill, box.width + 2 * pad); });
            if (sticky.bands.length) {
              sticky.stageLayer.appendChild(rect(view.x0, sticky.top - 60, view.width, sticky.bottom - sticky.top + 66, "jk-sticky-back"));
              stages.forEach(function (stage) { sticky.stageLayer.appendChild(stage); });
            }
            labels.forEach(function (label, i) {
              var box = boxes[i];
              var middle = box.y + box.height / 2;
              var inStages = sticky.bands.length && middle >= sticky.top && middle <= sticky.bottom;
              var into = inStages ? sticky.stageRows : sticky.rows;
              var pair = document.createElementNS(NS, "g");
              pair.appendChild(rect(sticky.left, box.y - 5, sticky.pill, box.height + 10, "jk-sticky-pill"));
              pair.appendChild(label);
              into.appendChild(pair);
              sticky.pills.push({ g: pair, y: middle });
            });
            svg.appendChild(sticky.rows);
            if (sticky.bands.length) { sticky.stageLayer.appendChild(sticky.stageRows); svg.appendChild(sticky.stageLayer); }
            else { svg.appendChild(sticky.stageRows); }
            return sticky;
          }

          function stick(view) {
            if (!view.svg || view.box.clientWidth === 0) { return; }
            if (!view.sticky) { view.sticky = prepare(view); }
            var s = view.sticky;
            if (!s || s.empty) { return; }
            var z = view.zoom, box = view.box;
            var left = view.x0 + box.scrollLeft / z, top = view.y0 + box.scrollTop / z;
            // Row labels: on pills at the left edge of the view once the gutter has scrolled away.
            var dx = s.pill ? Math.max(0, left + 6 / z - s.left) : 0;
            [s.rows, s.stageRows].forEach(function (g) {
              g.setAttribute("transform", "translate(" + dx + " 0)");
              g.classList.toggle("jk-stuck", dx > 0);
            });
            // Below 100 % a stuck label keeps a readable size: up to twice the picture's scale,
            // around the pill's left end (at rest it stays exactly as the picture has it).
            var grow = dx > 0 ? Math.min(2, Math.max(1, 1 / z)) : 1;
            s.pills.forEach(function (p) {
              p.g.setAttribute("transform", grow === 1 ? "translate(0 0)" :
                "translate(" + s.left + " " + p.y + ") scale(" + grow + ") translate(" + (-s.left) + " " + (-p.y) + ")");
            });
            // Stage names: slide along the band, clear of the "Stages" pill.
            var clear = dx > 0 ? s.left + dx + s.pill * grow + 10 / z : left + 10 / z;
            s.bands.forEach(function (band) {
              var shift = Math.max(0, Math.min(clear - band.textLeft, band.right - 12 - band.textRight));
              band.texts.forEach(function (t) { t.setAttribute("transform", "translate(" + shift + " 0)"); });
            });
            // The stage band: along the top edge of the view once it has scrolled away.
            var dy = s.bands.length ? Math.max(0, top + 4 / z - (s.top - 6)) : 0;
            s.stageLayer.setAttribute("transform", "translate(0 " + dy + ")");
            s.stageLayer.classList.toggle("jk-stuck", dy > 0);
          }

          function unstick() {
            views.forEach(function (view) {
              var s = view.sticky;
              if (!s || s.empty) { return; }
              [s.rows, s.stageRows, s.stageLayer].forEach(function (g) { g.setAttribute("transform", "translate(0 0)"); g.classList.remove("jk-stuck"); });
              s.pills.forEach(function (p) { p.g.setAttribute("transform", "translate(0 0)"); });
              s.bands.forEach(function (band) { band.texts.forEach(function (t) { t.setAttribute("transform", "translate(0 0)"); }); });
            });
          }

          views.forEach(function (view) {
            // On the next animation frame, or after 100 ms when the browser holds frames back
            // (a loaded machine, a page in a frame): whichever comes first places the labels.
            view.box.addEventListener("scroll", function () {
              if (view.frame) { return; }
              function place() {
                window.cancelAnimationFrame(view.frame);
                window.clearTimeout(view.timer);
                view.frame = 0;
                stick(view);
              }
              view.frame = window.requestAnimationFrame(place);
              view.timer = window.setTimeout(place, 100);
            }, { passive: true });
          });
          // A tab shown later is measured and placed when it first shows.
          Array.prototype.forEach.call(document.querySelectorAll("[role=tab]"), function (tab) {
            tab.addEventListener("click", function () { views.forEach(stick); setMode(mode, false); });
            tab.addEventListener("keyup", function () { views.forEach(stick); });
          });
          var resizing = 0;
          window.addEventListener("resize", function () {
            window.clearTimeout(resizing);
            resizing = window.setTimeout(function () { if (isNaN(Number(mode))) { setMode(mode, true); } else { views.forEach(stick); } }, 100);
          });
          window.addEventListener("beforeprint", unstick);
          window.addEventListener("afterprint", function () { views.forEach(stick); });

          var saved = null;
          try { saved = JSON.parse(sessionStorage.getItem(key) || "null"); } catch (e) { saved = null; }
          var start = saved && typeof saved.zoom === "string" && buttons.some(function (b) { return b.getAttribute("data-zoom") === saved.zoom; }) ? saved.zoom : "1";
          setMode(start, false);
          if (saved && saved.scroll) {
            saved.scroll.forEach(function (pos, i) { if (views[i] && pos) { views[i].box.scrollLeft = pos[0]; views[i].box.scrollTop = pos[1]; } });
          }
          views.forEach(stick);
          window.addEventListener("pagehide", function () {
            try {
              sessionStorage.setItem(key, JSON.stringify({ zoom: mode, scroll: views.map(function (view) { return [view.box.scrollLeft, view.box.scrollTop]; }) }));
            } catch (e) { /* storage off */ }
          });
        })();

        """#
}
