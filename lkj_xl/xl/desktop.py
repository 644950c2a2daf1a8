"""The classic desktop way, for agencies without a server: a macro-enabled workbook whose
**Hitung Ulang** button runs :func:`lkj_xl.xl.scripts.hitung_ulang` through xlwings' RunPython, on a
Windows (or macOS) PC that has Python, xlwings and lkj-xl installed.

The workbook is lkj-xl's input template (``lkj_xl.xlsx.template.new_workbook``) with the VBA project of
xlwings' own standalone template (``quickstart_standalone.xlsm``, shipped in the xlwings package; its
licence, BSD, allows this) and a form button on the Pengaturan sheet calling that project's macro
``SampleCall``. That macro runs ``import <name>; <name>.main()`` where ``<name>`` is the workbook's
file name without extension, with the workbook's folder on the Python path. So:

- :func:`new_xlsm` writes, beside the workbook, the small module ``<name>.py`` whose ``main()``
  calls ``hitung_ulang(xw.Book.caller())``; its content does not depend on the name, so any copy
  of it, renamed, restores the pair;
- the workbook name must be usable as a Python module name (letters, digits, underscores);
- :func:`check_pair` tells, in Bahasa Indonesia, when the pair is broken (workbook renamed or
  e-mailed without its module, a module with a different name or case, a name Python cannot
  import) and how to restore it: copy the module, or ``lkj-xl pair <buku.xlsm>``
  (:func:`restore_module`), which (re)writes it.

The xlwings version on the PC must match the one whose VBA is in the workbook (the xlwings installed
where the workbook was made), as for any xlwings standalone workbook.
"""

from __future__ import annotations

import importlib.util
import io
import keyword
import os
import re
import sys
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from lkj_xl.core import contract as c
from lkj_xl.errors import LkjError
from lkj_xl.xlsx.ooxml import (
    NS_CT,
    NS_MAIN,
    NS_PKG_REL,
    NS_R,
    RT_VML_DRAWING,
    WORKBOOK_PART,
    rels_name,
    resolve,
)

MACRO = "SampleCall"  # the macro of xlwings' standalone template that the button calls
BUTTON_SHEET = c.SHEET_PENGATURAN
BUTTON_CELL = "E4"
BUTTON_CAPTION = "Hitung Ulang"
MODULE_MARKER = "LKJ_XL_DESKTOP_MODULE"

REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
CT_MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_VBA = "application/vnd.ms-office.vbaProject"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"

# Children of <worksheet> that come after <legacyDrawing> (ECMA-376 CT_Worksheet order).
_AFTER_LEGACY_DRAWING = (
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)

MODULE_TEXT = '''"""Tombol "Hitung Ulang" buku kerja lkj-xl (dibuat oleh lkj-xl new --xlsm).

Tombol di lembar Pengaturan menjalankan makro xlwings, yang memanggil main() dari modul Python
bernama SAMA dengan buku kerjanya, di folder yang sama: laporan_tw2.xlsm -> laporan_tw2.py.
Bila buku kerja diganti namanya atau dikirim lewat e-mail, salin berkas ini di sampingnya dengan
nama barunya (isinya tidak perlu diubah), atau jalankan:
    lkj-xl pair nama_buku_kerja.xlsm
"""

import xlwings as xw

from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang

LKJ_XL_DESKTOP_MODULE = 1


def main():
    book = xw.Book.caller()
    try:
        hitung_ulang(book)
    except HitungUlangError as exc:
        book.app.alert(str(exc), title="Hitung Ulang", mode="critical")


if __name__ == "__main__":
    # Run from an editor with the workbook open in Excel.
    from pathlib import Path

    xw.Book(Path(__file__).with_suffix(".xlsm").name).set_mock_caller()
    main()
'''


class DesktopError(LkjError):
    """The macro workbook cannot be written as asked (message in English, for the CLI)."""


def xlwings_template() -> Path:
    """xlwings' standalone template, from the installed xlwings package (not imported: no Excel needed)."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        raise DesktopError("xlwings is not installed (pip install xlwings)")
    path = Path(next(iter(spec.submodule_search_locations))) / "quickstart_standalone.xlsm"
    if not path.is_file():
        raise DesktopError(f"xlwings' standalone template is missing: {path}")
    return path


def vba_project() -> bytes:
    with zipfile.ZipFile(xlwings_template()) as z:
        return z.read("xl/vbaProject.bin")


def module_name_problem(stem: str) -> str | None:
    """Why ``stem`` cannot be the module the macro imports (None when it can)."""
    if not stem.isidentifier() or not stem.isascii():
        return "it is not a valid Python module name (use letters, digits and underscores, not starting with a digit)"
    if keyword.iskeyword(stem):
        return "it is a Python keyword"
    if stem in sys.stdlib_module_names or stem in (
        "xlwings",
        "lkj_xl",
        "pandas",
        "openpyxl",
        "xlsxwriter",
        "babel",
    ):
        return "it is the name of a Python module that the import would find instead"
    return None


def _check_module_name(target: Path) -> None:
    problem = module_name_problem(target.stem)
    if problem:
        raise DesktopError(
            f'{target.name}: the button imports a Python module named after the workbook, and "{target.stem}" '
            f"cannot be one: {problem}. Use e.g. {suggested_name(target.stem)}.xlsm"
        )


def suggested_name(stem: str) -> str:
    name = re.sub(r"\W+", "_", stem.strip(), flags=re.ASCII).strip("_").lower() or "laporan"
    if name[0].isdigit():
        name = "lkj_" + name
    if module_name_problem(name):
        name = "lkj_" + name
    return name


def new_xlsm(
    path: str | os.PathLike[str],
    *,
    pengaturan: Mapping[str, object] | None = None,
    kinerja: Sequence[Mapping[str, object]] = (),
    anggaran: Sequence[Mapping[str, object]] = (),
    force: bool = False,
) -> tuple[Path, Path]:
    """Write the macro-enabled workbook ``path`` (.xlsm) and its module beside it.

    Returns (workbook, module). Raises :class:`DesktopError` for a name the macro cannot import or
    existing files (without ``force``).
    """
    target = Path(path)
    if target.suffix.lower() != ".xlsm":
        raise DesktopError(f"{target.name}: a macro-enabled workbook must end in .xlsm")
    _check_module_name(target)
    module = module_path(target)
    for existing in (target, module):
        if existing.exists() and not force:
            raise DesktopError(f"{existing} already exists (use --force to overwrite)")
    from lkj_xl.xlsx.safe_io import write_workbook
    from lkj_xl.xlsx.template import new_workbook

    buffer = io.BytesIO()
    new_workbook(buffer, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    data = add_macro(buffer.getvalue())
    write_workbook(target, data)
    write_module(target)
    return target, module


def module_path(xlsm: str | os.PathLike[str]) -> Path:
    p = Path(xlsm)
    return p.with_name(p.stem + ".py")


def write_module(xlsm: str | os.PathLike[str]) -> Path:
    """(Re)write the module the button of ``xlsm`` imports; returns its path."""
    from lkj_xl.xlsx.safe_io import write_file

    module = module_path(xlsm)
    write_file(module, MODULE_TEXT.encode("utf-8"))
    return module


# --- adding the VBA project and the button to an .xlsx package ----------------------------------


def add_macro(xlsx: bytes) -> bytes:
    """The .xlsx package ``xlsx`` as a macro-enabled workbook: xlwings' VBA project, code names for
    the workbook and its sheets, and a form button on the Pengaturan sheet calling :data:`MACRO`."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    if "xl/vbaProject.bin" in parts:
        raise DesktopError("the workbook already has a VBA project")

    workbook = etree.fromstring(parts["xl/workbook.xml"])
    rels = etree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sheets = []  # (name, part path)
    for sheet in workbook.iter(f"{{{NS_MAIN}}}sheet"):
        sheets.append((sheet.get("name"), resolve(WORKBOOK_PART, targets[sheet.get(f"{{{NS_R}}}id")])))
    button_part = next(
        (p for n, p in sheets if c.normalize_label(n) == c.normalize_label(BUTTON_SHEET)), None
    )
    if button_part is None:
        raise DesktopError(f'the workbook has no "{BUTTON_SHEET}" sheet for the button')

    # Workbook: code name, VBA relationship.
    pr = workbook.find(f"{{{NS_MAIN}}}workbookPr")
    if pr is None:
        pr = etree.Element(f"{{{NS_MAIN}}}workbookPr")
        anchor = workbook.find(f"{{{NS_MAIN}}}bookViews")
        if anchor is not None:
            anchor.addprevious(pr)
        else:
            workbook.insert(0, pr)
    pr.set("codeName", "ThisWorkbook")
    etree.SubElement(
        rels, f"{{{NS_PKG_REL}}}Relationship", Id=_new_id(rels), Type=REL_VBA, Target="vbaProject.bin"
    )
    parts["xl/workbook.xml"] = _xml(workbook)
    parts["xl/_rels/workbook.xml.rels"] = _xml(rels)
    parts["xl/vbaProject.bin"] = vba_project()

    # Sheets: code names Sheet1, Sheet2... (as Excel and xlsxwriter give them).
    for number, (_, part) in enumerate(sheets, start=1):
        root = etree.fromstring(parts[part])
        sheet_pr = root.find(f"{{{NS_MAIN}}}sheetPr")
        if sheet_pr is None:
            sheet_pr = etree.Element(f"{{{NS_MAIN}}}sheetPr")
            root.insert(0, sheet_pr)
        sheet_pr.set("codeName", f"Sheet{number}")
        parts[part] = _xml(root)

    _add_button(parts, button_part)
    _declare_macro_types(parts)
    return _zip_parts(parts)


def _add_button(parts: dict[str, bytes], button_part: str) -> None:
    """The button: a VML form control, drawn by xlsxwriter on a sheet with the same column widths."""
    from lxml import etree

    sheet_root = etree.fromstring(parts[button_part])
    if sheet_root.find(f"{{{NS_MAIN}}}legacyDrawing") is not None:
        raise DesktopError(f'the "{BUTTON_SHEET}" sheet already has notes or controls')
    vml_name = _free_name(parts, "xl/drawings/vmlDrawing{}.vml")
    parts[vml_name] = _button_vml(sheet_root)
    sheet_rels_name = rels_name(button_part)
    if sheet_rels_name in parts:
        sheet_rels = etree.fromstring(parts[sheet_rels_name])
    else:
        sheet_rels = etree.Element(f"{{{NS_PKG_REL}}}Relationships", nsmap={None: NS_PKG_REL})
    rel_id = _new_id(sheet_rels)
    etree.SubElement(
        sheet_rels,
        f"{{{NS_PKG_REL}}}Relationship",
        Id=rel_id,
        Type=RT_VML_DRAWING,
        Target="../drawings/" + vml_name.rsplit("/", 1)[-1],
    )
    parts[sheet_rels_name] = _xml(sheet_rels)
    legacy = etree.Element(f"{{{NS_MAIN}}}legacyDrawing")
    legacy.set(f"{{{NS_R}}}id", rel_id)
    after = next((el for el in sheet_root if etree.QName(el).localname in _AFTER_LEGACY_DRAWING), None)
    if after is not None:
        after.addprevious(legacy)
    else:
        sheet_root.append(legacy)
    parts[button_part] = _xml(sheet_root)


def _declare_macro_types(parts: dict[str, bytes]) -> None:
    """Content types: macro-enabled workbook, VBA project, VML."""
    from lxml import etree

    types = etree.fromstring(parts["[Content_Types].xml"])
    for override in types.iter(f"{{{NS_CT}}}Override"):
        if override.get("PartName") == "/xl/workbook.xml":
            override.set("ContentType", CT_MACRO_MAIN)
    defaults = {d.get("Extension").lower() for d in types.iter(f"{{{NS_CT}}}Default")}
    for ext, ctype in (("bin", CT_VBA), ("vml", CT_VML)):
        if ext not in defaults:
            types.insert(0, etree.Element(f"{{{NS_CT}}}Default", Extension=ext, ContentType=ctype))
    parts["[Content_Types].xml"] = _xml(types)


def _zip_parts(parts: dict[str, bytes]) -> bytes:
    """The package, [Content_Types].xml first, with fixed timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        order = ["[Content_Types].xml"] + [n for n in parts if n != "[Content_Types].xml"]
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
    return out.getvalue()


def _button_vml(sheet_root) -> bytes:
    import xlsxwriter

    widths: dict[int, float] = {}
    cols = sheet_root.find(f"{{{NS_MAIN}}}cols")
    for col in cols if cols is not None else ():
        width = col.get("width")
        if width is None:
            continue
        for index in range(int(col.get("min")) - 1, min(int(col.get("max")), 64)):
            # File widths include Excel's padding: back to characters for xlsxwriter.
            widths[index] = max((float(width) * 7 - 5) / 7, 0)
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True})
    ws = wb.add_worksheet("Sheet1")
    for index, width in widths.items():
        ws.set_column(index, index, width)
    ws.insert_button(BUTTON_CELL, {"macro": MACRO, "caption": BUTTON_CAPTION, "width": 150, "height": 36})
    wb.close()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        return z.read("xl/drawings/vmlDrawing1.vml")


def _xml(element) -> bytes:
    from lxml import etree

    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _new_id(rels) -> str:
    used = {r.get("Id") for r in rels}
    n = 1
    while f"rId{n}" in used:
        n += 1
    return f"rId{n}"


def _free_name(parts: Mapping[str, bytes], pattern: str) -> str:
    n = 1
    while pattern.format(n) in parts:
        n += 1
    return pattern.format(n)


# --- the pair check --------------------------------------------------------------------------------


def is_lkj_module(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return MODULE_MARKER in text and "hitung_ulang" in text


def check_pair(xlsm_path: str | os.PathLike[str]) -> str | None:
    """A warning in Bahasa Indonesia when the Hitung Ulang button of ``xlsm_path`` cannot find its
    Python module (None when the pair is complete, or for a workbook that is not macro-enabled)."""
    xlsm = Path(xlsm_path)
    if xlsm.suffix.lower() != ".xlsm":
        return None
    fix = f'jalankan: lkj-xl pair "{xlsm.name}"'
    problem = module_name_problem(xlsm.stem)
    if problem:
        return (
            f'Tombol Hitung Ulang di "{xlsm.name}" tidak akan berjalan: tombol itu memanggil modul Python '
            f'bernama sama dengan buku kerjanya, dan "{xlsm.stem}" tidak dapat menjadi nama modul (hanya huruf, '
            f"angka dan garis bawah, tidak diawali angka). Ganti nama buku kerja, mis. menjadi "
            f'"{suggested_name(xlsm.stem)}.xlsm", lalu {fix.replace(xlsm.name, suggested_name(xlsm.stem) + ".xlsm")}.'
        )
    module = module_path(xlsm)
    try:
        siblings = {p.name: p for p in xlsm.parent.iterdir() if p.suffix.lower() == ".py"}
    except OSError:
        siblings = {}
    if module.name not in siblings:
        near = [name for name in siblings if name.lower() == module.name.lower()]
        if near:
            return (
                f'Tombol Hitung Ulang di "{xlsm.name}" mencari modul "{module.name}", tetapi yang ada '
                f'"{near[0]}" (huruf besar/kecil berbeda). Ganti nama berkas itu menjadi "{module.name}".'
            )
        others = sorted(name for name, p in siblings.items() if is_lkj_module(p))
        hint = (
            f' Salin "{others[0]}" menjadi "{module.name}", atau {fix}.'
            if others
            else f" Untuk memulihkannya, {fix}."
        )
        return (
            f'Tombol Hitung Ulang di "{xlsm.name}" tidak akan berjalan: modul "{module.name}" tidak ada di '
            f"folder yang sama (buku kerja diganti namanya atau dikirim tanpa modulnya).{hint}"
        )
    if not is_lkj_module(siblings[module.name]):
        return (
            f'Berkas "{module.name}" di samping "{xlsm.name}" bukan modul lkj-xl, jadi tombol Hitung Ulang '
            f"akan menjalankan kode lain. Pindahkan berkas itu, lalu {fix}."
        )
    return None


def restore_module(xlsm_path: str | os.PathLike[str]) -> Path:
    """(Re)write the module the Hitung Ulang button of ``xlsm_path`` runs, beside it (``lkj-xl pair``).

    Raises DesktopError when the workbook is missing or not an .xlsm (no button to run it), its name
    cannot be a module name, or a file of that name that is not lkj-xl's module is in the way (it is
    never overwritten)."""
    xlsm = Path(xlsm_path)
    if not xlsm.is_file():
        raise DesktopError(f"file not found: {xlsm}")
    if xlsm.suffix.lower() != ".xlsm":
        raise DesktopError(
            f"{xlsm.name}: not a macro-enabled workbook (.xlsm); only one made with `lkj-xl new --xlsm` has "
            "a Hitung Ulang button to run a module. Nothing was written"
        )
    _check_module_name(xlsm)
    module = module_path(xlsm)
    if module.exists() and not is_lkj_module(module):
        raise DesktopError(f"{module} exists and is not lkj-xl's module; move it away first")
    return write_module(xlsm)
