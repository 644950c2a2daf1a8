"""The add-in's lkj.js run under Node against a stand-in Excel: the runners, and the workbooks the add-
in tests share."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl

from lkj_xl.build import build
from lkj_xl.core import contract as c
from tests.common import EXAMPLE

# Node.js, which runs the served lkj.js (the tests that need it skip without it).
NODE = shutil.which("node")


# A minimal Office.js: worksheets, ranges by index, the format properties the plan sets; every write
# lands in per-cell records. Prints the sheets as JSON and the number of syncs.
RUNNER = r"""
const fs = require("fs");
const [script, planFile, namesJson] = process.argv.slice(2);
let onLoad = null, callback = null, syncs = 0;
global.document = { addEventListener: (t, fn) => (onLoad = fn), getElementById: () => null };
global.localStorage = { getItem: () => null };
global.xlwings = { registerCallback: (fn) => (callback = fn) };
global.Office = { context: { requirements: { isSetSupported: () => true } } };
// A sheet is a name, or [name, text of A1] (a sheet that exists with a title in A1), or [name, A1,
// formula of its owner name lkj_xl_keluaran].
// A fourth element gives what else the sheet holds (protected, cells, merges, cfs, widths, heights,
// freeze, charts: a sheet an earlier press or build wrote).
const deleted = [];
const sheets = JSON.parse(namesJson).map((entry) => {
  const [name, a1, owner, extra] = Array.isArray(entry) ? entry : [entry, undefined, undefined, undefined];
  const sheet = { name, owner, cells: {}, merges: [], cfs: [], widths: {}, heights: {}, freeze: null, ...(extra || {}) };
  if (owner) sheet.names = { lkj_xl_keluaran: { formula: owner, visible: false } };
  if (a1 !== undefined) sheet.cells["0,0"] = { v: "'" + a1 };
  return sheet;
});
function cellsOf(sheet, r0, c0, nr, nc, fn) {
  for (let r = r0; r < r0 + nr; r++) for (let c = c0; c < c0 + nc; c++) fn((sheet.cells[r + "," + c] ??= {}), r, c);
}
function range(sheet, r0, c0, nr, nc) {
  const each = (key) => ({ set: (v) => cellsOf(sheet, r0, c0, nr, nc, (cell) => (cell[key] = v)) });
  const font = Object.defineProperties({}, { bold: each("bold"), italic: each("italic"), size: each("size"), color: each("fcolor"), underline: each("underline") });
  const format = Object.defineProperties({ font, fill: Object.defineProperties({}, { color: each("fill") }),
    borders: { getItem: (side) => ({ set style(v) { cellsOf(sheet, r0, c0, nr, nc, (cell) => (cell.border = v)); }, set weight(v) { cellsOf(sheet, r0, c0, nr, nc, (cell) => (cell.weight = v)); } }) },
    autofitRows() { sheet.autofit = true; } },
    { horizontalAlignment: each("h"), verticalAlignment: each("va"), wrapText: each("wrap"), indentLevel: each("indent"),
      columnWidth: { set: (v) => { for (let c = c0; c < c0 + nc; c++) sheet.widths[c] = v; } },
      rowHeight: { set: (v) => { for (let r = r0; r < r0 + nr; r++) sheet.heights[r] = v; } } });
  return Object.defineProperties({ format, _rect: [r0, c0, nr, nc],
    // Office.js: merge(true) merges each row of the range on its own.
    merge(across) { sheet.mergeCalls = (sheet.mergeCalls || 0) + 1;
      for (let r = r0; r < r0 + (across ? nr : 1); r++) sheet.merges.push([r, c0, across ? r : r0 + nr - 1, c0 + nc - 1]); },
    conditionalFormats: { add() { const cf = { range: [r0, c0, r0 + nr - 1, c0 + nc - 1], fill: null, font: null, bold: false };
      sheet.cfs.push(cf);
      return { cellValue: { set rule(v) { cf.rule = v; }, format: { fill: { set color(v) { cf.fill = v; } }, font: { set color(v) { cf.font = v; }, set bold(v) { cf.bold = v; }, set italic(v) {} } } } }; } } },
    { values: { set: (v) => v.forEach((row, i) => row.forEach((x, j) => { if (x !== null) sheets.includes(sheet) && ((sheet.cells[(r0 + i) + "," + (c0 + j)] ??= {}).v = x); })) },
      numberFormat: { set: (v) => cellsOf(sheet, r0, c0, nr, nc, (cell) => (cell.nf = v[0][0])) } });
}
// Charts: every call recorded (type, ranges as [row, col, rows, cols], colours, labels, legend).
function chartOf(sheet, type, source, by) {
  const rec = { type, by, title: null, position: null, width: null, height: null, legend: {}, axis: {}, hidden: [], series: [] };
  (sheet.charts ??= []).push(rec);
  const seriesOf = (name, values) => {
    const s = { name, values, x: null, type: null, fill: null, line: null, dash: null, points: {}, labels: false, nf: null, pointFormats: {}, labelFill: null, labelPosition: null };
    rec.series.push(s);
    return { set name(v) { s.name = v; }, setValues(r) { s.values = r._rect; }, setXAxisValues(r) { s.x = r._rect; },
      set chartType(v) { s.type = v; },
      format: { fill: { setSolidColor(c) { s.fill = c; } }, line: { set color(c) { s.line = c; }, set lineStyle(v) { s.dash = v; } } },
      points: { getItemAt: (p) => ({ format: { fill: { setSolidColor(c) { s.points[p] = c; } } },
        dataLabel: { set numberFormat(v) { s.pointFormats[p] = v; } } }) },
      set hasDataLabels(v) { s.labels = v; }, dataLabels: { set numberFormat(v) { s.nf = v; }, set position(v) { s.labelPosition = v; },
        format: { fill: { setSolidColor(c) { s.labelFill = c; } } } } };
  };
  const made = [seriesOf(null, source._rect)];
  return { title: { set text(v) { rec.title = v; } }, setPosition(r) { rec.position = r._rect; },
    set width(v) { rec.width = v; }, set height(v) { rec.height = v; },
    legend: { set visible(v) { rec.legend.visible = v; }, set position(v) { rec.legend.position = v; },
      legendEntries: { getItemAt: (i) => ({ set visible(v) { if (!v) rec.hidden.push(i); } }) } },
    axes: { valueAxis: { set minimum(v) { rec.axis.min = v; }, title: { set text(v) { rec.axis.title = v; } }, set numberFormat(v) { rec.axis.nf = v; } } },
    series: { getItemAt: (i) => made[i], add: (name) => { const s = seriesOf(name, null); made.push(s); return s; } } };
}
function worksheet(sheet) {
  // The whole sheet (getRange()): what clearing it in place resets (ExcelApi 1.1-1.7).
  const whole = { clear(applyTo) { if (applyTo === "All") sheet.cells = {}; },
    set rowHidden(v) { if (!v) delete sheet.hiddenRows; }, set columnHidden(v) { if (!v) delete sheet.hiddenColumns; },
    unmerge() { sheet.merges = []; }, conditionalFormats: { clearAll() { sheet.cfs = []; } },
    format: { set useStandardWidth(v) { if (v) sheet.widths = {}; }, set useStandardHeight(v) { if (v) sheet.heights = {}; } } };
  return { charts: { add: (type, source, by) => chartOf(sheet, type, source, by), load() {},
      get items() { return (sheet.charts || []).map((rec) => ({ delete() { sheet.charts.splice(sheet.charts.indexOf(rec), 1); } })); } },
    // A password ("password": true) makes unprotect fail at the next sync, as Excel does.
    protection: { load() {}, get protected() { return Boolean(sheet.protected); },
      unprotect() { if (sheet.password) refused = "The sheet is protected with a password."; else sheet.protected = false; } },
    set name(v) { sheet.name = v; },
    load() {}, get visibility() { return sheet.visibility || "Visible"; },
    set position(p) { sheets.splice(sheets.indexOf(sheet), 1); sheets.splice(p, 0, sheet); },
    delete() { deleted.push(sheet.name); sheets.splice(sheets.indexOf(sheet), 1); },
    names: { getItemOrNullObject: (n) => ({ load() {}, isNullObject: !(n === "lkj_xl_keluaran" && sheet.owner),
      formula: sheet.owner, delete() { delete sheet.names[n]; sheet.owner = undefined; } }),
      // ExcelApi 1.4: a name scoped to the sheet (its formula, and whether it shows in Name Manager).
      add: (n, formula) => { (sheet.names ??= {})[n] = { formula, visible: true };
        return { set visible(v) { sheet.names[n].visible = v; } }; } },
    getRangeByIndexes: (r, c, nr, nc) => range(sheet, r, c, nr, nc),
    getRange: (address) => address === undefined ? whole : ({ address, load() {},
      get values() { const v = (sheet.cells["0,0"] || {}).v; return [[typeof v === "string" ? v.replace(/^'/, "") : (v ?? "")]]; } }),
    freezePanes: { freezeAt: (r) => (sheet.freeze = r.address), unfreeze() { sheet.freeze = null; } } };
}
let refused = null;
const context = {
  sync: async () => { syncs++; if (refused) { const e = new Error(refused); refused = null; throw e; } },
  workbook: { application: { suspendScreenUpdatingUntilNextSync() {} },
    worksheets: { load() {}, get items() { return sheets.map((s) => ({ name: s.name })); },
      getItem: (name) => worksheet(sheets.find((s) => s.name === name)),
      // Excel's sheet names ignore case.
      getItemOrNullObject: (name) => {
        const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        return sheet ? Object.assign(worksheet(sheet), { isNullObject: false })
          : { isNullObject: true, protection: { load() {} }, charts: { load() {}, items: [] } };
      },
      add(name) { const s = { name, cells: {}, merges: [], cfs: [], widths: {}, heights: {}, freeze: null }; sheets.push(s); return worksheet(s); } } },
};
eval(fs.readFileSync(script, "utf8"));
onLoad();
callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).then(() => {
  process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));
});
"""


# The press's read (readBook in lkj.js) under Node: a stand-in Office.js whose input sheets hold the
# given values, merged areas and hidden rows and columns, an XMLHttpRequest that keeps the posted
# book JSON and answers with no action. argv: script, book JSON ({sheet: {values, merged, hidden,
# hidden_columns, formats, formulas, visibility}}: hidden lists 1-based rows, hidden_columns 1-based
# columns, formats the number format of each value ("General" when not given), formulas what
# Range.formulas gives (each cell's formula, else its value; not loaded when not given), visibility
# the tab's ("Visible" when not given), texts what Range.text gives (what each cell shows; the member
# is absent when not given), protected whether the sheet is protected (no protection member when not
# given); "column_hidden" hides
# the used range's first column), the highest ExcelApi, whether the host fails the round trip that
# lists merged areas, whether it fails the one with the visible views, and the most bytes of cell
# contents (values, number formats, formulas as JSON) and of the first column's visible view (its cell
# addresses) one round trip may answer (0: no limit; over it
# the round trip fails as Excel on the web refuses an answer over 5 MB; cell formats count too);
# "looks" gives what
# Range.getCellProperties returns for each cell (its font, fill, wrap, alignment; a cell of no format
# when not given). Prints the posted body, the
# number of syncs, of merged-area lists and of views asked (first column, first rows), the rows the
# views of the first rows span, the slices of rows read (Worksheet.getRangeByIndexes) and the most
# bytes of cell contents a round trip answered and the cell-format reads.
READER = r"""
const fs = require("fs");
const [script, bookJson, api, failMerges, failView, limitArg] = process.argv.slice(2);
const book = JSON.parse(fs.readFileSync(bookJson, "utf8"));
let posted = null, syncs = 0, asked = 0, views = 0, rowViews = 0, topRows = [], pending = false;
let loaded = [], slices = 0, maxAnswer = 0;
const limit = Number(limitArg || 0);
const cut = (grid, r, c, nr, nc) => grid && grid.slice(r, r + nr).map((row) => row.slice(c, c + nc));
global.document = { addEventListener: () => {}, getElementById: () => null };
global.localStorage = { getItem: () => null };
global.window = { location: { origin: "http://127.0.0.1" } };
globalThis.config = { xlwingsVersion: "0.0", appPath: "" };
const alerts = [];
global.xlwings = { registerCallback: () => {}, runActions: async (data) => { for (const a of data.actions || []) alerts.push(a.args[0]); },
  hideGlobalError: () => {},
  showGlobalError: (m) => { throw new Error(m); } };
const below = (a, b) => { const [x, y] = a.split(".").map(Number), [p, q] = b.split(".").map(Number); return x < p || (x === p && y <= q); };
global.Office = { context: { requirements: { isSetSupported: (name, v) => name === "ExcelApi" && below(v, api) } } };
global.XMLHttpRequest = class {
  open() {} setRequestHeader() {}
  send(body) { posted = JSON.parse(body); this.status = 200; this.responseText = '{"actions": []}'; this.onload(); }
};
// Font > Strikethrough of a rectangle (0-based): true when every cell is struck, false when none,
// null when they differ (Office.js RangeFont.strikethrough); "struck" lists the 1-based [row, column]
// struck. Each font read is counted.
let fontReads = 0, cellReads = 0;
// What getCellProperties gives for a cell of no format of its own (Excel: no fill reads as white).
const PLAIN = { format: { font: { bold: false, italic: false, underline: "None" }, fill: { color: "#FFFFFF" },
  wrapText: false, horizontalAlignment: "General", indentLevel: 0 } };
function fontOf(s, r0, c0, nr, nc) {
  const struck = new Set((s.struck || []).map(([r, c]) => (r - 1) + "," + (c - 1)));
  return { load() { fontReads++; }, get strikethrough() {
    let on = 0;
    for (let r = r0; r < r0 + nr; r++) for (let c = c0; c < c0 + nc; c++) on += struck.has(r + "," + c) ? 1 : 0;
    return on === nr * nc ? true : on === 0 ? false : null;
  } };
}
function sheetOf(name) {
  const s = book[name] || { values: [], merged: [] };
  const rows = s.values.length, cols = rows ? s.values[0].length : 0;
  const formats = s.formats || s.values.map((r) => r.map(() => "General"));
  const used = { load(props) { loaded.push([used, props]); }, isNullObject: rows === 0, values: s.values, rowIndex: 0,
    columnIndex: 0, rowCount: rows, columnCount: cols, numberFormat: formats, formulas: s.formulas,
    format: { font: fontOf(s, 0, 0, rows, cols) },
    // Range.getCellProperties (ExcelApi 1.9): "looks" gives each cell's, else a cell of no format.
    getCellProperties: () => {
      cellReads++;
      const looks = { value: s.looks || s.values.map((r) => r.map(() => PLAIN)) };
      loaded.push([looks, "cellProperties"]);
      return looks;
    } };
  // Range.text (what each cell shows) only when given: a host without it, as the fakes before.
  if (s.texts) used.text = s.texts;
  const sheet = { name, visibility: s.visibility || "Visible", getUsedRangeOrNullObject: () => used,
    // "protected" given: WorksheetProtection (ExcelApi 1.2) of a sheet named like an output sheet.
    ...(s.protected === undefined ? {} : { protection: { load() {}, protected: s.protected } }),
    getRangeByIndexes: (r, c, nr, nc) => {
      slices++;
      const part = { values: cut(s.values, r, c, nr, nc), numberFormat: cut(formats, r, c, nr, nc),
        formulas: cut(s.formulas, r, c, nr, nc), format: { font: fontOf(s, r, c, nr, nc) } };
      part.load = (props) => loaded.push([part, props]);
      return part;
    } };
  // The sheet's own names (ExcelApi 1.4; a name's formula 1.7): "owner" is the formula of the one
  // named lkj_xl_keluaran, as `lkj-xl build` writes it ('="lkj-xl"').
  if (api !== "none" && below("1.4", api)) sheet.names = {
    getItemOrNullObject: (n) => ({ load() {}, isNullObject: !(n === "lkj_xl_keluaran" && s.owner),
      formula: s.owner }),
  };
  if (api !== "none") {
    sheet.getRange = (address) => {
      if (address === "A1") return { load() {}, get values() { return [[rows ? s.values[0][0] : ""]]; } };
      const whole = {};
      if (below("1.13", api)) whole.getMergedAreasOrNullObject = () => {
        asked++; pending = failMerges === "1";
        const list = s.merged.map((ref) => name + "!" + ref);
        return { load() {}, isNullObject: list.length === 0, address: list.join(", ") };
      };
      return whole;
    };
    // The used range's first column through a visible view (ExcelApi 1.3): the addresses of the
    // cells shown, one row each, as "Kinerja!A1". Its first rows (getRow(0), then getResizedRange,
    // ExcelApi 1.2) likewise: the addresses of the cells shown in rows and columns not hidden.
    const hidden = new Set(s.hidden || []), hiddenCols = new Set(s.hidden_columns || []);
    const letter = (c) => (c > 26 ? letter(Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));
    sheet.getUsedRange = () => ({
      getColumn: () => {
        const column = {};
        if (below("1.3", api)) column.getVisibleView = () => {
          views++; pending = pending || failView === "1";
          const shown = [];
          for (let r = 1; r <= rows; r++) if (!hidden.has(r) && !s.column_hidden) shown.push([name + "!A" + r]);
          const view = { cellAddresses: shown };
          view.load = () => loaded.push([view, "cellAddresses"]);
          return view;
        };
        return column;
      },
      getRow: (i) => ({ getResizedRange: (down, right) => {
        const top = {};
        if (below("1.3", api)) top.getVisibleView = () => {
          rowViews++; topRows.push([i + 1, i + 1 + down]); pending = pending || failView === "1";
          const shown = [];
          for (let r = i + 1; r <= i + 1 + down; r++) {
            if (hidden.has(r)) continue;
            const row = [];
            for (let c = 1; c <= cols + right; c++) if (!hiddenCols.has(c)) row.push(name + "!" + letter(c) + r);
            if (row.length) shown.push(row);
          }
          return { load() {}, cellAddresses: shown };
        };
        return top;
      } }),
    });
  }
  return sheet;
}
function answered() {  // the bytes of cell contents this round trip answers
  let bytes = 0;
  for (const [range, props] of loaded) {
    if (String(props).includes("values")) bytes += JSON.stringify([range.values, range.numberFormat, range.formulas]).length;
    if (props === "cellAddresses") bytes += JSON.stringify(range.cellAddresses).length;
    if (props === "cellProperties") bytes += JSON.stringify(range.value).length;
  }
  loaded = [];
  return bytes;
}
const context = {
  sync: async () => {
    syncs++;
    const bytes = answered();
    if (limit && bytes > limit) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    }
    maxAnswer = Math.max(maxAnswer, bytes);
    if (pending) { pending = false; throw new Error("GeneralException"); }
  },
  workbook: { name: "buku.xlsx", load() {}, worksheets: { load() {}, items: Object.keys(book).map(sheetOf) } },
};
global.Excel = { run: async (fn) => fn(context) };
eval(fs.readFileSync(script, "utf8"));
globalThis.lkjHitungUlang("alert").then(() => process.stdout.write(JSON.stringify({ posted, syncs, asked, views, rowViews, topRows, slices, maxAnswer, alerts, fontReads, cellReads })));
"""


def run_lkj_js(tmp_path: Path, name: str, runner_js: str, *args: str) -> dict:
    """Run ``runner_js`` (saved as ``name``) under Node on the lkj.js `lkj-xl serve` serves, with
    ``args``; returns the JSON it prints."""
    from lkj_xl.xl.server import write_project

    if not (tmp_path / "project").exists():
        (tmp_path / "project").mkdir()
        write_project(tmp_path / "project", token_required=False)
    runner = tmp_path / name
    runner.write_text(runner_js)
    script = tmp_path / "project" / "static" / "js" / "lkj.js"
    done = subprocess.run(
        [NODE, str(runner), str(script), *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def press_read(
    tmp_path, book: dict, api: str, fail_merges: bool = False, fail_view: bool = False, limit: int = 0
) -> dict:
    """Press the add-in's read of ``book`` through ``api`` with reader.js; returns what it printed."""
    book_file = tmp_path / "book.json"  # a file: a big book exceeds what one argument may carry
    book_file.write_text(json.dumps(book))
    flags = ["1" if fail_merges else "0", "1" if fail_view else "0", str(limit)]
    return run_lkj_js(tmp_path, "reader.js", READER, str(book_file), api, *flags)


def apply_plan(tmp_path: Path, plan: dict, names: list, runner_js: str = RUNNER) -> dict:
    """Apply ``plan`` with the served lkj.js on the workbook of sheets ``names`` of ``runner_js`` (the
    stand-in Excel, RUNNER by default)."""
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan))
    return run_lkj_js(tmp_path, "runner.js", runner_js, str(plan_file), json.dumps(names))


# The output sheets a user hides in the add-in tests.
HIDDEN = (c.SHEET_RINGKASAN, c.SHEET_PEMERIKSAAN)


def built_with_hidden_outputs(tmp_path: Path) -> Path:
    """The example built by `lkj-xl build`, then Ringkasan and Pemeriksaan hidden by the user."""
    built = tmp_path / "dibangun.xlsx"
    build(EXAMPLE, built)
    wb = openpyxl.load_workbook(built)
    for name in HIDDEN:
        wb[name].sheet_state = "hidden"
    path = tmp_path / "disembunyikan.xlsx"
    wb.save(path)
    return path
