"""The words of the Narasi leftover check's verdict (:func:`lkj_xl.core.narasi.periode_lain`): the
peringatan at a cell naming another period than the report's, and the Word placeholder under it; one
wording for the Narasi and Analisis sheets (:mod:`lkj_xl.core.analisis_periode`). Pure."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import daftar
from lkj_xl.core.model import Settings
from lkj_xl.core.periode_diminta import opsi


def _periode_laporan(settings: Settings) -> str:
    return c.triwulan_tahun(
        settings.triwulan,
        settings.tahun,
        tahunan=settings.laporan_tahunan,
        semester=settings.semester_laporan,
    )


def rencana_lain(named: list[str], settings: Settings) -> str:
    """What a cell naming a plan for the report's own period ("rencana untuk Triwulan II", the verdict
    of :func:`lkj_xl.core.narasi.triwulan_lain`) says wrong, one text for the peringatan and the Word
    placeholder; "" when it names none."""
    rencana = [n.removeprefix("rencana untuk ") for n in named if n.startswith("rencana untuk ")]
    if not rencana:
        return ""
    lain = [n for n in named if not n.startswith("rencana untuk ")]
    uraian = (
        f"masih menyebut rencana untuk {daftar(rencana)}, padahal laporan ini melaporkan "
        f"hasil {_periode_laporan(settings)} yang sudah berakhir"
    )
    return f"menyebut {daftar(lain)} dan {uraian}" if lain else uraian


def triwulan_placeholder(named: list[str], settings: Settings, bagian: str) -> str:
    """The document's placeholder under a paragraph written for another quarter."""
    uraian = (
        rencana_lain(named, settings) or f"menyebut {daftar(named)}, laporan ini {_periode_laporan(settings)}"
    )
    return f'isi: teks ini {uraian}; perbarui teksnya (sheet Narasi, Bagian "{bagian}")'


def periode_pesan(subjek: str, named: list[str], settings: Settings) -> str:
    """The peringatan of a text (``subjek``: 'Teks Bagian "Penutup"', an Analisis cell's column and
    Kode) naming other periods than the report's (``named``, the verdict of
    :func:`lkj_xl.core.narasi.periode_lain`): one wording for the Narasi and Analisis sheets."""
    uraian = rencana_lain(named, settings)
    uraian = uraian or f"menyebut {daftar(named)}, tetapi laporan ini {_periode_laporan(settings)}"
    # where the quarter came from: the option asked for (Pengaturan may hold another), or Pengaturan
    asal = opsi(settings) if settings.triwulan_diminta else "Pengaturan, Triwulan"
    kini = (
        "laporan tahunan"
        if settings.laporan_tahunan
        else "semester"
        if settings.semester_laporan
        else "triwulan"
    )
    return f"{subjek} {uraian} ({asal}): perbarui teksnya untuk {kini} ini"
