"""Cells of the Anggaran sheet parse_anggaran reads beside its rows: the galat of a blank Kode, a row's
Kode Sasaran, a title saying the amounts are in thousands. Moved out of parse (its size). Pure."""

from __future__ import annotations

import re

from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.grids import SCALED_NOTE, DataRow, column_letter, unreadable
from lkj_xl.core.model import PERINGATAN, Grid
from lkj_xl.core.rowkinds import belanja_name, not_counted

# A program's part by its funding source, typed on a row of its own under it ("- Sumber dana DAK Fisik",
# "BLUD UPT Balai Benih", "Dana Alokasi Khusus (DAK) Non Fisik", "DBHCHT"), numbered as staff number a list
# ("a. DAK Fisik", "1) DAK Non Fisik") or labelled ("Sumber: DAU"): already in the program's figures. Never a
# Belanja Transfer line ("Bantuan Keuangan Khusus kepada Desa": the SKPKD's own spending, tidak_terduga).
_SUMBER_DANA = re.compile(
    r"\W*(?:(?:[a-z]|\d{1,2})\s*[.)]\s*)?"
    r"(?:sumber\s+dana\b|sumber\s*:|(?:dana\s+)?(?:dak|dau|dbh|dbhcht|did|blud|bok|bos)\b"
    r"|(?:bantuan\s+keuangan|bankeu)\b(?!.*\b(?:kepada|untuk|bagi|ke)\b)"
    r"|dana\s+(?:alokasi|bagi\s+hasil|insentif)\b|badan\s+layanan\s+umum)",
    re.IGNORECASE,
)


# PAD is a funding source too, beside a program's pagu (alone in the sheet: a revenue row, rowkinds)
_PAD = re.compile(r"\W*(?:pad|pendapatan\s+asli\s+daerah)\b", re.IGNORECASE)


def sumber_dana(label: str, pad: bool = False) -> bool:
    """Whether a row's Kode or Program names a funding source ("DAK Fisik", "Sumber: DAU", "BLUD"; with
    ``pad``, "PAD" too)."""
    return bool(_SUMBER_DANA.match(label) or (pad and _PAD.match(label)))


def kode_kosong_galat(program: str, figures: bool, typed: str = "") -> str:
    """The galat of a blank Kode (the koreksi advice added once the rows beside it are read); ``typed``:
    the Kode cell as typed, a funding source's name read as blank (sumber_dana_row.funding_kode)."""
    if typed and sumber_dana(
        typed, pad=True
    ):  # ("DAK" in Kode: no program's Kode, no share of the row above)
        return (
            f'Kode "{_clip(typed)}" adalah nama sumber dana, bukan Kode program; {not_counted(figures)}; bila '
            "baris ini rincian sumber dana program di atasnya, hapus baris ini (angkanya melebihi angka "
            "program itu atau tidak ada program di atasnya: periksa keduanya); bila program, tulis Kodenya"
        )
    message = f'Kode program "{_clip(program)}" kosong; {not_counted(figures)}'
    if figures and belanja_name(program):  # the DPA's belanja, its Kode not copied
        message += (
            "; bila baris ini rincian belanja program di atasnya (salinan DPA), hapus baris ini; "
            "bila program, isi Kodenya"
        )
    elif figures and _SUMBER_DANA.match(program):
        message += (
            "; bila baris ini rincian sumber dana program di atasnya (DAK, BLUD, ...), hapus baris ini: "
            "pagu dan realisasinya sudah termasuk dalam angka program itu; bila program, isi Kodenya"
        )
    return message


def read_kode_sasaran(reader: CellReader, data: DataRow) -> tuple[str, str]:
    """The row's Kode Sasaran and its galat ("" for none)."""
    sasaran = data.get("Kode Sasaran")
    if unreadable(sasaran):  # #N/A of a VLOOKUP, a cell under a merge: no blank (not the parent's)
        return "", reader.value(sasaran, data.ref("Kode Sasaran"), "Kode Sasaran").galat or ""
    return reader.text(sasaran), ""


def scaled_title(reader: CellReader, title_rows: Grid) -> None:
    """A peringatan at a title above the Anggaran header saying the amounts are in thousands (as DPA
    extracts are): they are read as typed, in rupiah, and Tabel 3.4 prints them as "Pagu (Rp)"."""
    for r, row in enumerate(title_rows, start=1):
        for col, cell in enumerate(row):
            text = reader.text(cell)
            if type(cell.value) is str and (found := SCALED_NOTE.search(text.casefold())):
                reader.add(
                    PERINGATAN,
                    f"{column_letter(col)}{r}",
                    f'Judul "{_clip(text)}" menyebut angka {(text[found.start() : found.end()] if text.isascii() else found.group(0)).lstrip("(: ")}, padahal Pagu dan Realisasi dibaca '
                    "dalam rupiah seperti ditulis (Tabel 3.4 mencetaknya sebagai Rp): tulis dalam rupiah penuh, "
                    "atau dengan kata skala (1.250 juta, 1,25 M)",
                )
                return
