// ceasewatch desk: small progressive enhancements. Every page works without this file.
// Text from the archive is only ever inserted with textContent, never as HTML.
"use strict";

function markLabels() {
  const holder = document.getElementById("marks-data");
  if (!holder) return [];
  return Array.from(holder.content.querySelectorAll("div")).map((el) => ({
    kind: el.dataset.kind, field: el.dataset.field, record: el.dataset.record, label: el.textContent,
  }));
}

function showMarks(target, marks, detail) {
  document.querySelectorAll("mark.hl.active").forEach((m) => m.classList.remove("active"));
  target.classList.add("active");
  detail.replaceChildren();
  const quote = document.createElement("p");
  quote.className = "muted";
  quote.textContent = "“" + target.textContent + "”";
  detail.appendChild(quote);
  for (const index of (target.dataset.marks || "").split(" ")) {
    const mark = marks[Number(index)];
    if (!mark) continue;
    const item = document.createElement("div");
    item.className = "mark-item k-" + mark.kind;
    const head = document.createElement("strong");
    head.textContent = mark.kind + " · " + mark.field;
    const body = document.createElement("span");
    body.textContent = mark.label;
    item.append(head, body);
    if (mark.record.startsWith("event:")) {
      const link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(mark.record.slice(6));
      link.textContent = " open the event";
      item.appendChild(link);
    }
    detail.appendChild(item);
  }
  openSheet();
}

// On a phone the panel is a bottom sheet (desk.css): shown when a highlight is picked, closed
// by its button or Escape, so the text stays readable.
function openSheet() {
  const panel = document.getElementById("detail-col");
  const close = document.getElementById("sheet-close");
  if (!panel || !close || panel.dataset.closing) return;
  panel.classList.add("open");
  close.hidden = false;
}

function setupSheet() {
  const panel = document.getElementById("detail-col");
  const close = document.getElementById("sheet-close");
  if (!panel || !close) return;
  const shut = () => {
    panel.classList.remove("open");
    close.hidden = true;
    const active = document.querySelector("mark.hl.active");
    // focus goes back to the highlight, which must not open the sheet again
    panel.dataset.closing = "1";
    if (active) active.focus();
    delete panel.dataset.closing;
  };
  close.addEventListener("click", shut);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && panel.classList.contains("open")) shut();
  });
}

function setupHighlights() {
  const detail = document.getElementById("mark-detail");
  if (!detail) return;
  const marks = markLabels();
  const text = document.getElementById("article-text");
  if (!text) return;
  const pick = (event) => {
    const target = event.target.closest("mark.hl");
    if (target) showMarks(target, marks, detail);
  };
  text.addEventListener("click", pick);
  text.addEventListener("focusin", pick);
  text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      pick(event);
    }
  });
}

function cell(text, className) {
  const td = document.createElement("td");
  if (className) td.className = className;
  td.textContent = text;
  return td;
}

function renderItems(body, items) {
  const rows = items.map((it) => {
    const tr = document.createElement("tr");
    tr.className = "item-" + it.status;
    const report = document.createElement("td");
    if (it.article_id) {
      const link = document.createElement("a");
      link.href = "/articles/" + encodeURIComponent(it.article_id);
      link.textContent = it.title || it.article_id;
      report.appendChild(link);
    } else {
      report.textContent = "—";
    }
    tr.append(cell(it.origin, "small"), cell(it.status), report,
      cell(it.events === null ? "—" : String(it.events), "num"), cell(it.message || ""));
    return tr;
  });
  if (rows.length) body.replaceChildren(...rows);
}

function setupJob() {
  const box = document.getElementById("job");
  if (!box || !["queued", "running"].includes(box.dataset.status)) return;
  const url = "/api/jobs/" + encodeURIComponent(box.dataset.job);
  const poll = async () => {
    let job;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      job = await response.json();
    } catch (err) {
      setTimeout(poll, 2000);
      return;
    }
    document.getElementById("job-step").textContent = job.step;
    const status = document.getElementById("job-status");
    status.textContent = job.status;
    status.className = "job-status js-" + job.status;
    renderItems(document.getElementById("job-items"), job.items);
    if (job.status === "done" || job.status === "failed") {
      window.location.reload();  // the server renders the final page, links included
    } else {
      setTimeout(poll, 1000);
    }
  };
  setTimeout(poll, 500);
}

// On a phone the events filters fold away (their summary says how many are set): the rows
// come first.
function foldFilters() {
  const box = document.getElementById("filter-box");
  if (!box) return;
  if (window.matchMedia("(max-width: 640px)").matches) box.removeAttribute("open");
}

document.addEventListener("DOMContentLoaded", () => {
  foldFilters();
  setupHighlights();
  setupSheet();
  setupJob();
});
