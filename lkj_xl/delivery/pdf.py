"""Convert a workbook to one PDF through LibreOffice headless (``soffice``).

Page setup (A4 landscape, repeated header rows, fit to width, footer) is written into the output
sheets by the table writer; this module only converts.  Every conversion runs with its own
throw-away LibreOffice profile, so parallel runs and a user's open LibreOffice never collide, and
that profile tells LibreOffice to recalculate every formula on load (LibreOffice's default for
``.xlsx`` is to trust the cached values, which files written by xlsxwriter/openpyxl do not carry)
and that numbers are formatted with Indonesian separators (locale id-ID), not the machine's.

To print only some sheets, a temporary copy of the workbook is made in which the other sheets are
hidden (LibreOffice does not print hidden sheets) and the chosen ones are put in the requested
order; only ``xl/workbook.xml`` (and the ``tabSelected`` flag of affected sheets) is rewritten, so
no formatting is lost and formulas that refer to the hidden sheets still compute.

Only the standard library is imported at module import time (``lxml`` and ``pypdf`` lazily).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

from lkj_xl.errors import DeliveryError
from lkj_xl.xlsx.ooxml import NS_MAIN, NS_PKG_REL, NS_R, WORKBOOK_PART, resolve

__all__ = ["PdfError", "docx_to_pdf", "find_soffice", "pdf_page_count", "row_font", "xlsx_to_pdf"]

INSTALL_HINT = (
    "LibreOffice not found: install it with `apt-get install libreoffice-calc-nogui` "
    "(Debian/Ubuntu) or set LKJ_SOFFICE to the soffice binary"
)
# A Word document prints through Writer, which the Calc package lacks: its own package is named.
WRITER_PACKAGE = "libreoffice-writer-nogui"
WRITER_INSTALL_HINT = INSTALL_HINT.replace("libreoffice-calc-nogui", WRITER_PACKAGE)

#: Places LibreOffice is commonly installed when it is not on PATH.
SOFFICE_CANDIDATES: list[str] = [
    "/usr/bin/soffice",
    "/usr/local/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/snap/bin/libreoffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
]

# Seeded into each throw-away profile: recalculate all formulas when loading OOXML and ODF files, and
# format numbers as in Indonesia (1.491.388.500.000; 15,12) whatever the machine's locale: without
# it LibreOffice formats untagged number formats with $LANG's separators (1,491,388,500,000; 15.12).
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" \
xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" \
oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" \
oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
"""


class PdfError(DeliveryError):
    """The PDF could not be produced; the message says why in plain words."""


def _is_executable(path: str | os.PathLike[str]) -> bool:
    p = Path(path)
    return p.is_file() and os.access(p, os.X_OK)


def find_soffice(*, writer: bool = False) -> str:
    """Path of the LibreOffice binary: ``$LKJ_SOFFICE``, then PATH, then typical install paths.

    When ``LKJ_SOFFICE`` is set it must point to an executable; a wrong value is reported rather
    than silently replaced by another LibreOffice. ``writer``: for a Word document, whose hint names
    the Writer package.
    """
    hint = WRITER_INSTALL_HINT if writer else INSTALL_HINT
    env = os.environ.get("LKJ_SOFFICE")
    if env:
        if _is_executable(env):
            return env
        raise PdfError(f"LKJ_SOFFICE={env} is not an executable file. {hint}")
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in SOFFICE_CANDIDATES:
        if _is_executable(candidate):
            return candidate
    raise PdfError(hint)


def writer_installed(soffice: str) -> bool | None:
    """Whether the LibreOffice at ``soffice`` has Writer, which prints a Word document: its library
    (libswlo.so, swlo.dll, libswlo.dylib) is in the program's folder (Debian's
    libreoffice-writer-nogui installs it; the Calc package alone does not). None when that folder
    is no LibreOffice program folder (a wrapper script, a snap): not known, so not guessed."""
    program = Path(soffice).resolve().parent
    folders = (program, program.parent / "Frameworks")  # macOS keeps the libraries there

    def has(*names: str) -> bool:
        return any((folder / name).is_file() for folder in folders for name in names)

    if has("libswlo.so", "swlo.dll", "libswlo.dylib"):
        return True
    if has("libmergedlo.so", "mergedlo.dll", "libmergedlo.dylib", "soffice.bin"):
        return False
    return None


@functools.lru_cache(maxsize=8)  # asked once per LibreOffice, not once per workbook of a batch
def row_font(soffice: str) -> str:
    """The font the PDF's rows are sized for (lkj_xl.core.textwidth): DEJAVU when LibreOffice prints
    the sheets' Calibri with DejaVu Sans, its fallback where neither Calibri nor its metric twin
    Carlito is installed (fontconfig's answer; Debian's libreoffice-calc-nogui without recommends),
    else EITHER: Carlito and Calibri wrap as Excel does, and a font not known here is not guessed."""
    from lkj_xl.core.textwidth import DEJAVU, EITHER

    bundled = Path(soffice).resolve().parent.parent / "share" / "fonts" / "truetype"
    if any(bundled.glob("Carlito*")) or any(bundled.glob("[Cc]alibri*")):
        return EITHER
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{family}", "Calibri"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return EITHER
    return DEJAVU if found.split(",")[0].strip() == "DejaVu Sans" else EITHER


def pdf_page_count(pdf: Path) -> int:
    """Number of pages of a PDF (pypdf)."""
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


# --------------------------------------------------------------------------- sheet selection


def _match_sheets(requested: Sequence[str], available: list[str]) -> list[str]:
    chosen: list[str] = []
    for name in requested:
        if name in available:
            match = name
        else:
            folded = [a for a in available if a.casefold() == name.casefold()]
            if not folded:
                raise PdfError(f"sheet {name!r} not found; the workbook has: {', '.join(available)}")
            match = folded[0]
        if match not in chosen:
            chosen.append(match)
    if not chosen:
        raise PdfError("no sheet chosen to print")
    return chosen


def _select_sheets(src: Path, dst: Path, sheets: Sequence[str]) -> None:
    """Copy ``src`` to ``dst`` showing only ``sheets``, in the order given, first one active."""
    from lxml import etree

    m = f"{{{NS_MAIN}}}"
    try:
        zin = zipfile.ZipFile(src)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PdfError(f"{src} is not a readable .xlsx/.xlsm workbook: {exc}") from exc
    with zin:
        try:
            wb_xml = zin.read("xl/workbook.xml")
        except KeyError as exc:
            raise PdfError(f"{src} is not an .xlsx/.xlsm workbook (no xl/workbook.xml)") from exc
        root = etree.fromstring(wb_xml)
        sheets_el = root.find(f"{m}sheets")
        if sheets_el is None:
            raise PdfError(f"{src}: xl/workbook.xml has no <sheets>")
        sheet_els = list(sheets_el.findall(f"{m}sheet"))
        names = [el.get("name") for el in sheet_els]
        chosen = _match_sheets(sheets, names)

        _show_only(root, sheets_el, sheet_els, chosen)

        # Only the first printed sheet is selected (a group selection could limit what prints).
        rels = etree.fromstring(zin.read("xl/_rels/workbook.xml.rels"))
        targets = {
            rel.get("Id"): resolve(WORKBOOK_PART, rel.get("Target", ""))
            for rel in rels.iter(f"{{{NS_PKG_REL}}}Relationship")
        }
        part_of = {el.get("name"): targets.get(el.get(f"{{{NS_R}}}id")) for el in sheet_els}
        first_part = part_of.get(chosen[0])
        patched: dict[str, bytes] = {
            "xl/workbook.xml": etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        }
        patched.update(_select_first_tab(zin, part_of, first_part))

        with zipfile.ZipFile(dst, "w") as zout:
            for info in zin.infolist():
                data = patched.get(info.filename)
                if data is None:
                    data = zin.read(info.filename)
                zout.writestr(info, data, compress_type=info.compress_type)


def _show_only(root, sheets_el, sheet_els: list, chosen: list[str]) -> None:
    """Reorder ``<sheets>``: the chosen ones first, in the order given, the others hidden; the
    first one active."""
    from lxml import etree

    m = f"{{{NS_MAIN}}}"
    # New order: the chosen sheets in the order given, then all the others (hidden).
    by_name = {el.get("name"): el for el in sheet_els}
    new_order = [by_name[n] for n in chosen] + [el for el in sheet_els if el.get("name") not in chosen]
    old_index = {id(el): i for i, el in enumerate(sheet_els)}
    remap = {old_index[id(el)]: new for new, el in enumerate(new_order)}
    for el in sheet_els:
        sheets_el.remove(el)
    for el in new_order:
        sheets_el.append(el)
        if el.get("name") in chosen:
            el.attrib.pop("state", None)
        else:
            el.set("state", "hidden")

    # Sheet-local defined names (print titles, print areas) refer to sheets by position. A hidden
    # sheet's print area goes: LibreOffice prints the charts of a hidden sheet's print area (the
    # rekap's Grafik) after the chosen sheets.
    for dn in list(root.iter(f"{m}definedName")):
        local = dn.get("localSheetId")
        if local is not None and local.isdecimal() and int(local) in remap:
            dn.set("localSheetId", str(remap[int(local)]))
            if remap[int(local)] >= len(chosen) and (dn.get("name") or "").lower() == "_xlnm.print_area":
                dn.getparent().remove(dn)

    book_views = root.find(f"{m}bookViews")
    if book_views is None:
        book_views = etree.Element(f"{m}bookViews")
        sheets_el.addprevious(book_views)
    view = book_views.find(f"{m}workbookView")
    if view is None:
        view = etree.SubElement(book_views, f"{m}workbookView")
    view.set("activeTab", "0")
    view.set("firstSheet", "0")


def _select_first_tab(zin: zipfile.ZipFile, part_of: dict, first_part: str | None) -> dict[str, bytes]:
    """The sheet parts whose tab selection changes: only ``first_part`` stays selected."""
    from lxml import etree

    m = f"{{{NS_MAIN}}}"
    patched: dict[str, bytes] = {}
    for part in {p for p in part_of.values() if p}:
        try:
            data = zin.read(part)
        except KeyError:
            continue
        if b"tabSelected" not in data and part != first_part:
            continue
        ws = etree.fromstring(data)
        changed = False
        for sv in ws.iter(f"{m}sheetView"):
            want = part == first_part
            if (sv.get("tabSelected") in ("1", "true")) != want:
                if want:
                    sv.set("tabSelected", "1")
                else:
                    sv.attrib.pop("tabSelected")
                changed = True
            if want:
                break  # only the first sheetView of the active sheet
        if changed:
            patched[part] = etree.tostring(ws, xml_declaration=True, encoding="UTF-8", standalone=True)
    return patched


# --------------------------------------------------------------------------- conversion


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice and everything it started (its own process group/session)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(proc.pid)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process that ignores SIGKILL
        proc.kill()
        proc.communicate()


def _tail(text: bytes, limit: int = 600) -> str:
    lines = [
        ln
        for ln in text.decode("utf-8", "replace").splitlines()
        if ln.strip() and "javaldx" not in ln  # harmless warning on every run without Java
    ]
    out = " | ".join(lines)
    return out[-limit:]


def _convert_command(
    soffice: str, profile: Path, outdir: Path, src: Path, export_filter: str | None = None
) -> list[str]:
    """LibreOffice headless with its own profile, converting ``src`` to PDF into ``outdir``; a Word
    document (the LKjIP draft, lkj_xl.laporan) goes through Writer's exporter, a workbook Calc's;
    ``export_filter`` another target ("odt")."""
    if export_filter is None:
        writer = src.suffix.lower() in (".docx", ".odt")
        export_filter = "pdf:writer_pdf_Export" if writer else "pdf:calc_pdf_Export"
    return [
        soffice,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--convert-to",
        export_filter,
        "--outdir",
        str(outdir),
        str(src),
    ]


def _run_soffice(
    cmd: list[str], work: Path, name: str, timeout: float, limit: float | None = None
) -> tuple[int, bytes, bytes]:
    """Run LibreOffice in its own process group; kill all of it after ``timeout`` seconds (the message
    names ``limit``, the user's time limit for the whole conversion, by default ``timeout``). Returns
    (code, out, err)."""
    popen_kw: dict = {}
    if sys.platform == "win32":  # pragma: no cover
        popen_kw["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        popen_kw["start_new_session"] = True
    env = dict(os.environ)
    env.setdefault("HOME", str(work))  # LibreOffice needs a HOME, e.g. under systemd
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=str(work),
            env=env,
            **popen_kw,
        )
    except OSError as exc:
        raise PdfError(f"could not start LibreOffice ({cmd[0]}): {exc}. {INSTALL_HINT}") from exc
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        raise PdfError(
            f"LibreOffice conversion of {name} timed out after {timeout if limit is None else limit:g} s "
            "(raise the time limit if the workbook is large)"
        ) from None
    except BaseException:
        _kill_tree(proc)
        raise
    return proc.returncode, stdout, stderr


def docx_to_pdf(docx: Path, out_pdf: Path, *, timeout: float = 180, shown: str | None = None) -> Path:
    """Convert a Word document to PDF through the same headless LibreOffice path (needs Writer:
    ``apt-get install libreoffice-writer-nogui``). ``shown``: the document's name in messages when
    ``docx`` is a temporary copy of it."""
    return xlsx_to_pdf(docx, out_pdf, timeout=timeout, shown=shown)


def xlsx_to_pdf(
    xlsx: Path,
    out_pdf: Path,
    *,
    sheets: Sequence[str] | None = None,
    timeout: float = 180,
    shown: str | None = None,
) -> Path:
    """Convert ``xlsx`` to one PDF at ``out_pdf`` and return ``out_pdf``.

    ``sheets``: print only these sheets, in the order given (names matched exactly, else ignoring
    case); ``None`` prints every visible sheet in workbook order.  Raises :class:`PdfError` when
    LibreOffice is missing, fails, or runs longer than ``timeout`` seconds. ``shown``: the name
    messages give the file (default ``xlsx``'s), when ``xlsx`` is a temporary copy of the user's.
    """
    xlsx = Path(xlsx)
    name = shown or xlsx.name
    out_pdf = Path(out_pdf)
    if not xlsx.is_file():
        raise PdfError(f"workbook not found: {xlsx}")
    from lkj_xl.xlsx.safe_io import refuse_unwritable, refuse_workbook, write_file

    refuse_workbook(out_pdf)  # before tens of seconds of LibreOffice, not after
    refuse_unwritable(out_pdf)  # likewise a missing folder (not made), an open or read-only PDF
    suffix = xlsx.suffix.lower() if xlsx.suffix.lower() in (".xlsx", ".xlsm", ".docx") else ".xlsx"
    soffice = find_soffice(writer=suffix == ".docx")

    work = Path(tempfile.mkdtemp(prefix="lkj-xl-pdf-"))
    try:
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")
        outdir = work / "out"
        outdir.mkdir()
        # A plain ASCII name: LibreOffice names the output after the input.
        src = work / f"report{suffix}"
        if sheets is not None:
            _select_sheets(xlsx, src, sheets)
        else:
            shutil.copyfile(xlsx, src)

        started = time.monotonic()

        def convert(source: Path, export_filter: str | None, produced: Path) -> Path:
            left = max(0.001, timeout - (time.monotonic() - started))  # one time limit for all runs
            command = _convert_command(soffice, profile, outdir, source, export_filter)
            code, stdout, stderr = _run_soffice(command, work, name, left, timeout)
            if code != 0 or not produced.is_file() or produced.stat().st_size == 0:
                detail = _tail(stderr) or _tail(stdout) or "no output"
                if code == 0:
                    detail = f"no {produced.suffix[1:].upper()} was written ({detail})"
                # LibreOffice without Writer fails on it with words of its own; with Writer, the
                # failure is another, which the hint would hide
                if suffix == ".docx" and writer_installed(soffice) is False:
                    detail += f"; a Word document needs LibreOffice Writer (apt-get install {WRITER_PACKAGE})"
                raise PdfError(
                    f"LibreOffice could not convert {name} to PDF "
                    f"(exit code {code}, {time.monotonic() - started:.1f} s): {detail}"
                )
            return produced

        if suffix == ".docx":
            # Through ODF, where a page reference can be numbered as its page is (i, ii in the front
            # matter): Writer reads a Word PAGEREF as an arabic page number whatever the section's
            # format, so the printed Daftar Isi said "Kata Pengantar ... 2" above a page "Halaman ii".
            odt = convert(src, "odt", outdir / f"{src.stem}.odt")
            src = work / f"{src.stem}.odt"
            _styled_page_references(odt, src)
        produced = convert(src, None, outdir / f"{src.stem}.pdf")
        write_file(out_pdf, produced.read_bytes())  # the earlier PDF or the new one, never half
        return out_pdf
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _styled_page_references(odt: Path, out: Path) -> None:
    """Copy ``odt`` to ``out`` with its page references (text:bookmark-ref, "page") numbered as their
    page is (ODF's default reference format: LibreOffice's "page number (styled)"), every other part
    of the package byte for byte (the mimetype first and stored, as ODF requires)."""
    with zipfile.ZipFile(odt) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "content.xml":
                data = re.sub(rb'(<text:bookmark-ref\b[^>]*?) text:reference-format="page"', rb"\1", data)
            zout.writestr(info, data)
