// The quotes page: send pasted text or dropped files to the server, one at a time per worker, and show
// each article: the drawing, the sortable table of quotes, the speakers; download the batch's table.
// The second tab checks a rewrite's quotes against an original (POST check, as `quotes check`).
"use strict";

const IN_FLIGHT = 2;  // requests at once: progress stays fine-grained, and a long article does not hold up the rest
const COLUMNS = [
  ["#", (q, i) => i, "num"],
  ["type", q => q.type, "text"],
  ["quote", q => q.text, "text"],
  ["speaker", q => q.speaker_text, "text"],
  ["who", q => q.speaker_canonical, "text"],
  ["cue", q => q.cue_text, "text"],
  ["confidence", q => q.confidence, "num", v => Number(v).toFixed(2)],
];
// The rows of `quotes check`: a heading and the row's field for each text column.
const CHECK_COLUMNS = [["#", (q, i) => i, "num"]].concat([
  ["status", "status"], ["quote", "quote"], ["who", "speaker_canonical"], ["differences", "differences"],
  ["original", "original_quote"], ["said by", "original_speaker"],
].map(([name, field]) => [name, q => q[field], "text"]));

let batch = newBatch();
let nextIndex = 0;
const queue = [];
let running = 0;
let done = 0;
let total = 0;
let documents = 0;
let quotes = 0;
let failed = 0;

function newBatch() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function enqueue(job) {
  job.index = nextIndex++;
  job.batch = batch;
  job.slot = el("div", { class: "slot", "data-index": job.index });
  job.slot.append(el("article", { class: "pending" }, el("h2", {}, job.label), el("p", { class: "note" }, "Waiting…")));
  document.getElementById("articles").append(job.slot);
  queue.push(job);
  total++;
  showProgress();
  pump();
}

function pump() {
  while (running < IN_FLIGHT && queue.length) {
    const job = queue.shift();
    running++;
    job.slot.querySelector(".note").textContent = "Reading…";
    send(job).finally(() => {
      running--;
      if (job.batch === batch) {
        done++;
        showProgress();
      }
      pump();
    });
  }
}

async function send(job) {
  const form = new FormData();
  form.append("batch", job.batch);
  form.append("index", String(job.index));
  if (job.file) form.append("file", job.file, job.file.name);
  else {
    form.append("name", job.label);
    form.append("text", job.text);
  }
  let answer;
  try {
    const response = await fetch("page/documents", { method: "POST", body: form });
    const body = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
    answer = response.ok ? body : { documents: [{ doc_id: job.label, status: "error", message: body.error || `HTTP ${response.status}`, quotes: [] }] };
  } catch (err) {
    answer = { documents: [{ doc_id: job.label, status: "error", message: `could not reach the server: ${err}`, quotes: [] }] };
  }
  if (job.batch !== batch) return;  // cleared meanwhile
  job.slot.replaceChildren(...answer.documents.map(showDocument));
  enableDownloads();
}

function showDocument(record) {
  documents++;
  quotes += record.quotes.length;
  const article = el("article", { class: `document status-${record.status}`, "data-doc-id": record.doc_id });
  const heading = el("h2", {}, record.doc_id);
  if (record.title) heading.append(el("span", { class: "title" }, ` ${record.title}`));
  article.append(heading);
  if (record.status === "error") {
    failed++;
    article.append(el("p", { class: "error", role: "alert" }, `Could not read this document: ${record.message}`));
    return article;
  }
  for (const warning of record.warnings || []) article.append(el("p", { class: "warning" }, warning));
  if (record.encoding_warning) article.append(el("p", { class: "warning" }, record.encoding_warning));
  if (record.status === "empty") {
    article.append(el("p", { class: "note" }, `No text to read (${record.message}).`));
    return article;
  }
  article.append(el("p", { class: "note" }, `${record.quotes.length} quote${record.quotes.length === 1 ? "" : "s"}`));
  if (record.drawing) {
    const drawing = el("div", { class: "drawing" });
    drawing.innerHTML = record.drawing;  // made by quotes.render on the server, the article's text escaped
    article.append(drawing);
  } else if (record.drawing_note) {
    article.append(el("p", { class: "note" }, record.drawing_note));
  }
  if (record.quotes.length) {
    article.append(speakerList(record.quotes), sortableTable(record.quotes, COLUMNS));
  }
  return article;
}

function speakerList(items) {
  const counts = new Map();
  for (const q of items) {
    const name = q.speaker_canonical || q.speaker_text;
    if (name) counts.set(name, (counts.get(name) || 0) + 1);
  }
  const list = el("ol", { class: "speakers" });
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).forEach(([name, n]) =>
    list.append(el("li", {}, el("span", { class: "name" }, name), " ", el("span", { class: "count" }, String(n)))));
  return el("div", { class: "speaker-box" }, el("h3", {}, "Speakers"), counts.size ? list : el("p", { class: "note" }, "No speaker found."));
}

function sortableTable(items, columns) {
  const rows = items.map((q, i) => columns.map(([, get]) => get(q, i)));
  const table = el("table", { class: "quotes" });
  const head = el("tr");
  const body = el("tbody");
  columns.forEach(([name, , kind], column) => {
    const button = el("button", { type: "button" }, name);
    const th = el("th", { scope: "col", "aria-sort": "none", class: kind }, button);
    button.addEventListener("click", () => sortBy(table, rows, columns, column, kind, th));
    head.append(th);
  });
  table.append(el("thead", {}, head), body);
  fill(body, rows, columns);
  return el("div", { class: "table-box" }, table);
}

function sortBy(table, rows, columns, column, kind, th) {
  const ascending = th.getAttribute("aria-sort") !== "ascending";
  table.querySelectorAll("th").forEach(other => other.setAttribute("aria-sort", "none"));
  th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  const key = row => row[column];
  rows.sort((a, b) => {
    const x = key(a), y = key(b);
    if (x == null && y == null) return 0;
    if (x == null) return 1;  // empty cells last either way
    if (y == null) return -1;
    const order = kind === "num" ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  fill(table.querySelector("tbody"), rows, columns);
}

function fill(body, rows, columns) {
  body.replaceChildren(...rows.map(row => el("tr", {}, ...row.map((value, i) =>
    el("td", { class: columns[i][2] }, value == null ? "" : columns[i][3] ? columns[i][3](value) : String(value))))));
}

async function checkRewrite(event) {
  event.preventDefault();
  const original = document.getElementById("check-original").value;
  const derived = document.getElementById("check-derived").value;
  const status = document.getElementById("check-status");
  const result = document.getElementById("check-result");
  if (!original.trim() || !derived.trim()) {
    status.textContent = "Paste both an original and a rewrite.";
    return;
  }
  status.textContent = "Checking…";
  const request = {
    originals: [{ doc_id: "original", text: original }],
    derived: [{ doc_id: "rewrite", text: derived }],
    options: { draw: true },
  };
  let body;
  try {
    const response = await fetch("check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
    body = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  } catch (err) {
    status.textContent = "";
    result.replaceChildren(el("p", { class: "error", role: "alert" }, `Could not check: ${err.message || err}`));
    return;
  }
  status.textContent = "";
  const article = el("article", { class: "checked" });
  const summary = body.summary;
  const verdict = summary.passed ? "Every quote is as said (verbatim, a fragment, or marked cuts)."
    : "Some quotes need a look: altered, given to someone else, or not in the original.";
  article.append(el("p", { class: `verdict ${summary.passed ? "passed" : "failed"}` }, verdict), el("p", { class: "note" }, summary.line));
  for (const doc of body.documents.filter(d => d.status === "error")) {
    article.append(el("p", { class: "error", role: "alert" }, `Could not read the ${doc.side} (${doc.doc_id}): ${doc.message}`));
  }
  if (body.drawing) {
    const drawing = el("div", { class: "drawing" });
    drawing.innerHTML = body.drawing;  // made by quotes.check_page on the server, the texts escaped
    article.append(drawing);
  }
  if (body.quotes.length) article.append(sortableTable(body.quotes, CHECK_COLUMNS));
  result.replaceChildren(article);
}

function showTab(name) {
  for (const tab of ["extract", "check"]) {
    document.getElementById(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    document.getElementById(`panel-${tab}`).hidden = tab !== name;
  }
}

function showProgress() {
  const text = document.getElementById("progress-text");
  const bar = document.getElementById("progress-bar");
  bar.hidden = total === 0;
  bar.max = Math.max(total, 1);
  bar.value = done;
  if (!total) {
    text.textContent = "Nothing read yet.";
    return;
  }
  const state = done < total ? `Reading ${Math.min(done + 1, total)} of ${total}…` : `Done (${total} input${total === 1 ? "" : "s"}):`;
  text.textContent = `${state} ${documents} document${documents === 1 ? "" : "s"}, ${quotes} quote${quotes === 1 ? "" : "s"}` +
    (failed ? `, ${failed} failed` : "");
}

function enableDownloads() {
  for (const link of document.querySelectorAll(".downloads a")) {
    link.href = `page/download/${batch}?format=${link.dataset.format}`;
    link.classList.remove("disabled");
  }
}

function clearAll() {
  batch = newBatch();
  queue.length = 0;
  nextIndex = done = total = documents = quotes = failed = 0;
  document.getElementById("articles").replaceChildren();
  for (const link of document.querySelectorAll(".downloads a")) {
    link.removeAttribute("href");
    link.classList.add("disabled");
  }
  showProgress();
}

function addFiles(fileList) {
  for (const file of fileList) enqueue({ label: file.name, file });
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("paste-form").addEventListener("submit", event => {
    event.preventDefault();
    const text = document.getElementById("paste-text").value;
    if (!text.trim()) return;
    enqueue({ label: document.getElementById("paste-name").value.trim() || "pasted", text });
  });
  const input = document.getElementById("files");
  input.addEventListener("change", () => {
    addFiles(input.files);
    input.value = "";
  });
  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", event => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", event => {
    event.preventDefault();
    drop.classList.remove("over");
    addFiles(event.dataTransfer.files);
  });
  document.getElementById("clear").addEventListener("click", clearAll);
  document.getElementById("tab-extract").addEventListener("click", () => showTab("extract"));
  document.getElementById("tab-check").addEventListener("click", () => showTab("check"));
  document.getElementById("check-form").addEventListener("submit", checkRewrite);
});
