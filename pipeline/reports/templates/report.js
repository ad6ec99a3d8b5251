"use strict";
// The page of `summitry show`. Everything it shows comes from the JSON block built by
// pipeline/reports/report_view.py; text reaches the DOM only through textContent.
async function unpack(node) {
  // gzip + base64 (see pipeline/reports/embedding.py): atob and DecompressionStream are native.
  const binary = atob(node.textContent.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return JSON.parse(await new Response(stream).text());
}
const chunkCache = {};
function chunked(kind, index, size) {
  // Texts, records and sourced fields arrive packed in chunks, unpacked on first use.
  const chunk = Math.floor(index / size);
  const key = kind + ":" + chunk;
  if (!chunkCache[key]) {
    const node = document.querySelector('script.chunk[data-kind="' + kind + '"][data-chunk="' + chunk + '"]');
    chunkCache[key] = node ? unpack(node) : Promise.resolve([]);
  }
  return chunkCache[key].then(function (parts) { return parts[index % size]; });
}
unpack(document.getElementById("report-data")).then(function (data) {
  const articles = data.articles;
  const items = {};
  let position = 0;
  data.events.forEach(function (e) { e.type = e.status === "planned" ? "planned" : "meeting"; e.n = position++; items[e.id] = e; });
  data.milestones.forEach(function (m) { m.type = "milestone"; m.n = position++; items[m.id] = m; });
  const PALETTE = ["#ffe08a", "#a8e6a1", "#9fd3ff", "#ffb3c7", "#d7b8ff", "#ffcf99",
                   "#b5f0e6", "#e6e6a1", "#c9d1ff", "#f5b3ff"];
  const EVENT_PAGE = 200;
  let eventLimit = EVENT_PAGE;
  let selected = null;

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "class") node.className = attrs[k];
      else if (k === "dataset") Object.assign(node.dataset, attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // --- filters ---------------------------------------------------------------------------
  const pairSelect = document.getElementById("filter-pair");
  const mechanismSelect = document.getElementById("filter-mechanism");
  const personInput = document.getElementById("filter-person");
  data.pairs.forEach(function (p) { pairSelect.appendChild(el("option", { value: p }, p)); });
  data.mechanisms.forEach(function (m) { mechanismSelect.appendChild(el("option", { value: m }, m)); });
  const datalist = document.getElementById("people");
  data.people.forEach(function (p) { datalist.appendChild(el("option", { value: p })); });

  function filters() {
    return { pair: pairSelect.value, mechanism: mechanismSelect.value,
             person: personInput.value.trim().toLowerCase() };
  }
  function passes(item, f) {
    if (f.pair && item.pair !== f.pair) return false;
    if (f.mechanism) {
      if (item.type === "milestone") return false;
      if (item.mechanism !== f.mechanism) return false;
    }
    if (f.person) {
      if (item.type === "milestone") return false;
      if (!item.names.some(function (name) { return name.toLowerCase().indexOf(f.person) >= 0; })) return false;
    }
    return true;
  }
  function visibleItems() {
    const f = filters();
    return Object.keys(items).map(function (k) { return items[k]; })
      .filter(function (item) { return passes(item, f); });
  }

  // --- timeline --------------------------------------------------------------------------
  function tickStep(span) {
    const steps = [1, 2, 5, 10, 20, 25, 50, 100];
    for (let i = 0; i < steps.length; i++) if (span / steps[i] <= 12) return steps[i];
    return 200;
  }
  function markSize(item) { return 8 + 3 * Math.min(item.support, 6); }
  function markClass(item) {
    if (item.type === "milestone") {
      let cls = item.kind === "partnership_upgrade" ? "upgrade" : "milestone";
      if (item.flags.length) cls += " flagged";
      return cls;
    }
    return item.type;
  }
  function describe(item) {
    if (item.type === "milestone") return item.name + " (" + item.date + ")";
    const people = item.names.join(", ");
    return (item.type === "planned" ? "planned: " : "") + item.mechanism + " · " + item.date +
      (people ? " · " + people : "");
  }
  function drawTimeline(visible) {
    const root = document.getElementById("timeline");
    clear(root);
    const placed = visible.filter(function (i) { return i.axis; });
    let t0 = Infinity, t1 = -Infinity;
    placed.forEach(function (i) { t0 = Math.min(t0, i.axis[0]); t1 = Math.max(t1, i.axis[1]); });
    if (placed.length) {
      t0 = Math.floor(t0); t1 = Math.max(Math.ceil(t1), t0 + 1);
    }
    const span = t1 - t0;
    function pct(t) { return ((t - t0) / span) * 100; }
    const byPair = {};
    visible.forEach(function (i) { (byPair[i.pair] = byPair[i.pair] || []).push(i); });
    Object.keys(byPair).sort().forEach(function (pair) {
      const group = byPair[pair];
      const block = el("div", { class: "pair", dataset: { pair: pair } });
      block.appendChild(el("h3", {}, pair + " (" + group.length + ")"));
      if (placed.length) {
        const axis = el("div", { class: "axis" });
        const step = tickStep(span);
        for (let y = Math.ceil(t0 / step) * step; y <= t1; y += step) {
          const tick = el("span", { class: "tick" }, y);
          tick.style.left = pct(y) + "%";
          axis.appendChild(tick);
        }
        block.appendChild(axis);
      }
      const lanes = el("div", { class: "lanes" });
      [["milestone", "milestones"], ["meeting", "held meetings"], ["planned", "planned"]].forEach(function (lane) {
        const laneItems = group.filter(function (i) { return i.type === lane[0] && i.axis; });
        if (!laneItems.length) return;
        const row = el("div", { class: "lane", dataset: { lane: lane[0] } });
        row.appendChild(el("span", { class: "lane-name" }, lane[1]));
        // Marks that would overlap go to the next sub-row, so each can be seen and clicked.
        const pxPerPct = Math.max(1, (root.clientWidth - 120) / 100);
        const rowEnds = [];
        laneItems.sort(function (a, b) { return a.axis[0] - b.axis[0] || (a.id < b.id ? -1 : 1); });
        laneItems.forEach(function (item) {
          const size = markSize(item);
          const isSpan = item.axis[1] > item.axis[0];
          const left = pct(item.axis[0]) - (isSpan ? 0 : size / 2 / pxPerPct);
          const right = isSpan ? Math.max(pct(item.axis[1]), left + 4 / pxPerPct) : left + size / pxPerPct;
          let sub = rowEnds.findIndex(function (end) { return end + 2 / pxPerPct <= left; });
          if (sub < 0) { sub = rowEnds.length; rowEnds.push(right); } else rowEnds[sub] = right;
          const mark = el("button", { type: "button", class: "mark " + markClass(item) + (isSpan ? " span" : ""),
                                      title: describe(item), dataset: { id: item.id } });
          mark.style.left = pct(item.axis[0]) + "%";
          mark.style.top = (15 + 28 * sub) + "px";
          mark.style.height = size + "px";
          if (isSpan) mark.style.width = "calc(" + (pct(item.axis[1]) - pct(item.axis[0])) + "% )";
          else mark.style.width = size + "px";
          mark.addEventListener("click", function () { select(item.id, true); });
          row.appendChild(mark);
        });
        row.style.height = (30 + 28 * (rowEnds.length - 1)) + "px";
        lanes.appendChild(row);
      });
      if (lanes.childNodes.length) block.appendChild(lanes);
      const unknown = group.filter(function (i) { return !i.axis; });
      if (unknown.length) {
        const list = el("div", { class: "unknown" });
        list.appendChild(el("span", {}, "year unknown: "));
        unknown.forEach(function (item, n) {
          if (n) list.appendChild(document.createTextNode(" · "));
          const link = el("button", { type: "button", dataset: { id: item.id } }, describe(item));
          link.addEventListener("click", function () { select(item.id, true); });
          list.appendChild(link);
        });
        block.appendChild(list);
      }
      const flagged = group.filter(function (i) { return i.flags && i.flags.length; });
      flagged.forEach(function (item) {
        item.flags.forEach(function (flag) {
          const line = el("div", { class: "flags" }, "⚠ " + flag.reason + " — ");
          const link = el("button", { type: "button", dataset: { id: item.id } },
                          item.support + " source" + (item.support === 1 ? "" : "s"));
          link.addEventListener("click", function () { select(item.id, true); });
          line.appendChild(link);
          block.appendChild(line);
        });
      });
      root.appendChild(block);
    });
    if (!visible.length) root.appendChild(el("p", { class: "hint" }, "Nothing matches the filters."));
  }

  // --- events table ----------------------------------------------------------------------
  function sortKey(item) {
    if (item.axis) return [0, item.axis[0]];
    return [item.iso ? 1 : 2, 0];
  }
  function drawEvents(visible) {
    const body = document.querySelector("#events tbody");
    clear(body);
    const rows = visible.slice().sort(function (a, b) {
      const ka = sortKey(a), kb = sortKey(b);
      return ka[0] - kb[0] || ka[1] - kb[1] || (a.id < b.id ? -1 : 1);
    });
    rows.slice(0, eventLimit).forEach(function (item) {
      const tr = el("tr", { dataset: { id: item.id } });
      tr.appendChild(el("td", {}, item.date));
      tr.appendChild(el("td", {}, item.pair));
      tr.appendChild(el("td", {}, item.type === "milestone" ? item.name : (item.type === "planned" ? "planned: " : "") + item.mechanism));
      tr.appendChild(el("td", {}, item.type === "milestone" ? "" : item.names.join(", ")));
      tr.appendChild(el("td", {}, item.place || ""));
      tr.appendChild(el("td", {}, item.support));
      tr.addEventListener("click", function () { select(item.id, true); });
      if (item.id === selected) tr.classList.add("selected");
      body.appendChild(tr);
    });
    document.getElementById("events-count").textContent = "(" + rows.length + ")";
    document.getElementById("events-more").hidden = rows.length <= eventLimit;
  }
  document.getElementById("events-more").addEventListener("click", function () {
    eventLimit += EVENT_PAGE * 5; refresh();
  });

  // --- details ---------------------------------------------------------------------------
  // A source is a position in data.spans ([article, start, end]), or [position, reported]
  // when that article gave the value in other words.
  function span(source) { return data.spans[Array.isArray(source) ? source[0] : source]; }
  function sourceLink(source) {
    const ref = span(source);
    const article = articles[ref[0]];
    const label = article ? article.label : "unknown article";
    const link = el("button", { type: "button", class: "source", dataset: { article: ref[0], start: ref[1] } }, label);
    link.addEventListener("click", function () { openArticle(ref[0], ref[1], ref[2]); });
    return link;
  }
  function sourcesList(sources) {
    const ul = el("ul", { class: "sources" });
    const seen = {};
    sources.forEach(function (source) {
      const ref = span(source);
      const reported = Array.isArray(source) ? source[1] : null;
      const key = ref[0] + ":" + ref[1] + ":" + reported;
      if (seen[key]) return;
      seen[key] = true;
      const li = el("li");
      li.appendChild(sourceLink(source));
      if (reported !== null) li.appendChild(el("span", {}, " — as “" + reported + "”"));
      ul.appendChild(li);
    });
    return ul;
  }
  let detailTicket = 0;
  function drawDetail(item) {
    const ticket = ++detailTicket;
    chunked("details", item.n, data.detail_chunk).then(function (detail) {
      if (ticket === detailTicket) drawDetailNow(Object.assign({}, item, detail));
    });
  }
  function drawDetailNow(item) {
    const root = document.getElementById("detail");
    clear(root);
    root.dataset.id = item.id;
    root.appendChild(el("h3", {}, describe(item)));
    const outlets = item.outlets !== null && item.outlets < item.support ? " from " + item.outlets + " outlets" : "";
    root.appendChild(el("p", {}, "reported by " + item.support + " article" + (item.support === 1 ? "" : "s") + outlets));
    item.fields.forEach(function (f) {
      const div = el("div", { class: "field", dataset: { field: f.field } });
      div.appendChild(el("b", {}, f.field));
      div.appendChild(el("span", {}, f.value));
      div.appendChild(sourcesList(f.sources));
      root.appendChild(div);
    });
    (item.people || []).forEach(function (p) {
      const div = el("div", { class: "field", dataset: { field: "participant" } });
      div.appendChild(el("b", {}, "participant"));
      const extra = [p.titles.join("; "), p.country].filter(Boolean).join(", ");
      div.appendChild(el("span", {}, p.name + (extra ? " (" + extra + ")" : "")));
      div.appendChild(sourcesList(p.sources));
      root.appendChild(div);
    });
    (item.conflicts || []).forEach(function (c) {
      const div = el("div", { class: "conflict" });
      div.appendChild(el("b", {}, "Sources disagree on " + c.field + " (" + c.rule + "): shown " + c.chosen));
      c.values.forEach(function (v) {
        const line = el("div", {}, v.value + " — ");
        line.appendChild(sourcesList(v.sources));
        div.appendChild(line);
      });
      root.appendChild(div);
    });
    (item.flags || []).forEach(function (flag) {
      const div = el("div", { class: "conflict" }, "⚠ " + flag.reason + " ");
      const earlier = items[flag.earlier];
      if (earlier) {
        const link = el("button", { type: "button", class: "source" }, "see " + earlier.name);
        link.addEventListener("click", function () { select(earlier.id, true); });
        div.appendChild(link);
      }
      root.appendChild(div);
    });
    if (item.merged && item.merged.length) {
      root.appendChild(el("h4", {}, "Merged because"));
      const ul = el("ul", { class: "merged" });
      item.merged.forEach(function (m) { ul.appendChild(el("li", {}, m)); });
      root.appendChild(ul);
    }
    ["became", "planned_as"].forEach(function (k) {
      if (item[k] && items[item[k]]) {
        const p = el("p", {}, k === "became" ? "Became: " : "Planned as: ");
        const link = el("button", { type: "button", class: "source" }, describe(items[item[k]]));
        link.addEventListener("click", function () { select(item[k], true); });
        p.appendChild(link);
        root.appendChild(p);
      }
    });
  }
  function select(id, open) {
    selected = id;
    const item = items[id];
    document.querySelectorAll(".mark.selected, #events tr.selected").forEach(function (n) { n.classList.remove("selected"); });
    document.querySelectorAll('[data-id="' + CSS.escape(id) + '"]').forEach(function (n) {
      if (n.classList.contains("mark") || n.tagName === "TR") n.classList.add("selected");
    });
    drawDetail(item);
    if (open && item.evidence.length) {
      const ref = span(item.evidence[0]);
      openArticle(ref[0], ref[1], ref[2]);
    }
  }

  // --- article view ----------------------------------------------------------------------
  function segments(text, records) {
    const cuts = { 0: true };
    cuts[text.length] = true;
    const spans = [];
    records.forEach(function (r, n) {
      r.spans.forEach(function (s) {
        const start = Math.max(0, s[0]), end = Math.min(text.length, s[1]);
        if (end > start) { spans.push([start, end, n]); cuts[start] = true; cuts[end] = true; }
      });
    });
    const points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const covering = spans.filter(function (s) { return s[0] <= a && b <= s[1]; }).map(function (s) { return s[2]; });
      out.push([a, b, covering.filter(function (v, k, all) { return all.indexOf(v) === k; })]);
    }
    return out;
  }
  function recordPanel(article, numbers) {
    const panel = document.getElementById("record-panel");
    clear(panel);
    numbers.forEach(function (n) {
      const r = article.records[n];
      const head = el("div", {});
      head.appendChild(el("span", { class: "chip" })).style.background = PALETTE[n % PALETTE.length];
      head.appendChild(el("b", {}, r.label));
      panel.appendChild(head);
      const table = el("table");
      r.fields.forEach(function (f) {
        const tr = el("tr");
        tr.appendChild(el("td", {}, f[0]));
        tr.appendChild(el("td", {}, f[1]));
        table.appendChild(tr);
      });
      panel.appendChild(table);
      if (r.event && items[r.event]) {
        const link = el("button", { type: "button", class: "source" }, "reconciled: " + describe(items[r.event]));
        link.addEventListener("click", function () { select(r.event, false); });
        panel.appendChild(link);
      }
    });
  }
  let opening = 0;
  function openArticle(index, start, end) {
    const ticket = ++opening;
    return chunked("articles", index, data.article_chunk).then(function (article) {
      if (ticket === opening) drawArticle(article, start, end);
    });
  }
  function drawArticle(article, start, end) {
    const root = document.getElementById("article");
    clear(root);
    if (!article) return;
    root.dataset.article = article.id;
    root.appendChild(el("h3", {}, article.label));
    const meta = [article.id, article.outlet, article.published, article.status].filter(Boolean).join(" · ");
    root.appendChild(el("p", { class: "hint" }, meta));
    if (article.url) root.appendChild(el("p", { class: "hint" }, article.url));
    if (article.error) root.appendChild(el("p", {}, "Error: " + article.error));
    const legend = el("ul", { class: "records" });
    article.records.forEach(function (r, n) {
      const li = el("li", { dataset: { record: r.id } });
      li.appendChild(el("span", { class: "chip" })).style.background = PALETTE[n % PALETTE.length];
      li.appendChild(el("span", {}, r.label));
      li.addEventListener("click", function () { recordPanel(article, [n]); });
      legend.appendChild(li);
    });
    root.appendChild(legend);
    root.appendChild(el("div", { id: "record-panel" }, "Hover or click highlighted text to see its record."));
    const box = el("div", { class: "text" });
    let focus = null;
    if (article.text === null || article.text === undefined) {
      box.textContent = "The run kept no text for this article.";
    } else {
      segments(article.text, article.records).forEach(function (seg) {
        const piece = article.text.slice(seg[0], seg[1]);
        if (!seg[2].length) { box.appendChild(document.createTextNode(piece)); return; }
        const last = seg[2][seg[2].length - 1];
        const mark = el("mark", { dataset: { records: seg[2].join(" "), start: seg[0], end: seg[1] },
                                  title: seg[2].map(function (n) { return article.records[n].label; }).join("\n") }, piece);
        mark.style.background = PALETTE[last % PALETTE.length];
        if (seg[2].length > 1) mark.style.boxShadow = "inset 0 -3px 0 " + PALETTE[seg[2][0] % PALETTE.length];
        mark.addEventListener("mouseenter", function () { recordPanel(article, seg[2]); });
        mark.addEventListener("click", function () { recordPanel(article, seg[2]); });
        if (focus === null && start !== undefined && start !== null && seg[0] >= start && seg[0] < (end || start + 1)) {
          focus = mark;
        }
        box.appendChild(mark);
      });
    }
    root.appendChild(box);
    if (article.dropped.length) {
      root.appendChild(el("h4", {}, "Refused by the pipeline (" + article.dropped.length + ")"));
      const ul = el("ul", { class: "dropped" });
      article.dropped.forEach(function (d) { ul.appendChild(el("li", {}, d)); });
      root.appendChild(ul);
    }
    if (focus) {
      focus.classList.add("focus");
      recordPanel(article, focus.dataset.records.split(" ").map(Number));
      focus.scrollIntoView({ block: "center" });
    }
  }

  // --- article finder --------------------------------------------------------------------
  const search = document.getElementById("article-search");
  function drawArticleList() {
    const list = document.getElementById("article-list");
    clear(list);
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    for (let i = 0; i < articles.length && shown < 100; i++) {
      const a = articles[i];
      if (q && a.label.toLowerCase().indexOf(q) < 0 && a.id.toLowerCase().indexOf(q) < 0) continue;
      const li = el("li");
      const link = el("button", { type: "button", class: "source", dataset: { article: i } }, a.label);
      link.addEventListener("click", function () { openArticle(i); });
      li.appendChild(link);
      li.appendChild(el("span", { class: "hint" }, " " + a.n_records + " records" + (a.n_dropped ? ", " + a.n_dropped + " refused" : "")));
      list.appendChild(li);
      shown++;
    }
  }
  search.addEventListener("input", drawArticleList);

  function refresh() {
    const visible = visibleItems();
    drawTimeline(visible);
    drawEvents(visible);
    document.getElementById("filter-count").textContent = visible.length + " of " + Object.keys(items).length + " shown";
  }
  [pairSelect, mechanismSelect].forEach(function (s) { s.addEventListener("change", function () { eventLimit = EVENT_PAGE; refresh(); }); });
  personInput.addEventListener("input", function () { eventLimit = EVENT_PAGE; refresh(); });
  document.getElementById("filter-clear").addEventListener("click", function () {
    pairSelect.value = ""; mechanismSelect.value = ""; personInput.value = ""; refresh();
  });
  refresh();
  drawArticleList();
  performance.mark("report-ready");
  document.body.dataset.ready = "1";
}).catch(function (error) {
  document.getElementById("summary").textContent = "This page could not read its data: " + error;
  console.error(error);
});
