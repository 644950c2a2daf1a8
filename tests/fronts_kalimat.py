"""The Word report's sentences that carry a figure, read back for tests/test_fronts_parity.py.

Each reader returns (key, text) pairs in the keys of that test's ``expected`` ("capaian", name),
("3.3 penyerapan", uraian), ("pagu", "TOTAL")...; plus ("target", name), ("kriteria-kalimat", name)
and ("ringkasan-kalimat", tingkat, group) which only the sentences carry. The expected values come
from the exact model (tests/test_oracle.py), never from lkj_xl."""

from __future__ import annotations

import re

import docx

# A figure as a sentence prints it: "1.234,56", "(2,5)", "Rp 1.200", "5,98 milyar"; a unit after it
# ("Unit", "Juta Rupiah": capitalised, so never read as a scale word) is not part of the number.
FIGURE = r"(?:Rp )?\(?-?[\d.]+(?:,\d+)?\)?(?: (?:ribu|juta|milyar|miliar|triliun)\b)?"
# The period a sentence counts its figures over, "s.d." included: "s.d. Triwulan II Tahun 2025"; a half
# year's report "Semester I Tahun 2025" (after "pada"), "s.d. Semester II Tahun 2025"; the year's "Tahun 2025"
TW = r"(?P<tw>s\.d\. Triwulan [IV]+ Tahun \d+|(?:s\.d\. )?Semester I{1,2} Tahun \d+|Tahun \d+)"
# Every period named anywhere as a quarter or a half year (a title, a note): the report's own only
PERIODS_SAID = re.compile(r"(?:s\.d\. Triwulan [IV]+|(?:s\.d\. )?Semester I{1,2}) Tahun \d+")
# the Batas Capaian note after a capped capaian, the note of a realisasi typed in other units, the
# polarity of a Negatif indicator, or several ("100% (dibatasi ...) (target dan realisasi ditulis dengan
# satuan berbeda ...)", "158,59% (indikator bernilai negatif: semakin rendah realisasi semakin baik)")
LIMIT = r"(?: \((?:dibatasi |target dan realisasi ditulis dengan skala berbeda|indikator bernilai negatif: )[^)]*\))*"
# After the names, the scale note of several of them at once: "...; target dan realisasi A dan B ditulis
# dengan skala berbeda, sel ...". (One indicator's note is inside its brackets, "(capaian 0,00%; target dan
# realisasi ditulis ...)": no name follows "realisasi" there.)
SKALA_CLAUSE = r"; target dan realisasi (?!ditulis )"
GROUPS = {
    "dengan capaian ≥ 100%": "tercapai",
    "dengan capaian di bawah 100%": "belum_tercapai",
    "yang belum dapat diukur capaiannya": "belum_diketahui",
    "yang tidak dihitung karena isiannya galat": "galat",
}
# "Indikator kinerja sasaran dengan capaian ≥ 100% sebanyak 2 indikator, yaitu ...", and for none
# "Tidak ada indikator kinerja sasaran dengan capaian ≥ 100%." (n read as 0)
RINGKASAN = re.compile(
    r"(?:Tidak ada i|I)ndikator kinerja (?P<level>tujuan|sasaran|program|kegiatan|sub kegiatan) "
    r"(?P<group>" + "|".join(re.escape(g) for g in GROUPS) + r")(?: sebanyak (?P<n>\d+) indikator"
    r"(?:, yaitu (?P<names>.*?))?)?(?:\.$|; perbaiki|" + SKALA_CLAUSE + ")"
)
HASIL = re.compile(
    r"menggunakan indikator(?: tujuan)? (?P<name>.+?) yang ditargetkan dalam tahun \d+ sebesar "
    rf"(?P<t>{FIGURE}).*?, terealisasi (?:pada )?{TW} sebesar (?P<r>{FIGURE}).*? dengan capaian "
    rf"(?P<c>[^%]+)%{LIMIT} atau tergolong capaian kinerjanya (?P<k>[a-z ]+)\."
)
ANALISIS = re.compile(
    rf"^Indikator (?P<name>.+?) dengan target (?P<t>{FIGURE}).*? dan realisasi (?P<r>{FIGURE}).*? "
    rf"sehingga capaiannya (?P<c>[^%]+)%{LIMIT} tergolong (?P<k>[a-z ]+)\."
)
NODE = re.compile(
    r"^(?:Tujuan|Sasaran) (?P<u>.+?) dengan indikator .+?, capaian kinerja (?:pada )?"
    rf"{TW} sebesar (?P<c>[^%]+)%{LIMIT} \(kriteria (?P<k>[a-z ]+)\)"
)
EFISIENSI = re.compile(
    r"^(?:Tujuan|Sasaran) (?P<u>.+?): capaian kinerja sebesar (?P<c>[^%]+)%, sedangkan penyerapan "
    rf"anggaran sebesar (?P<p>[^%]+)% \(realisasi (?P<r>{FIGURE}) dari pagu (?P<g>{FIGURE})\), "
    r"sehingga tingkat efisiensinya (?P<e>\S+) poin"
)
ANGGARAN = (
    re.compile(
        rf"^Anggaran .+? tahun \d+ sebesar (?P<g>{FIGURE}) dengan realisasi {TW} sebesar "
        rf"(?P<r>{FIGURE}) atau (?P<p>[^%]+)%"
    ),
    re.compile(
        rf"^Anggaran .+? sebesar (?P<g>{FIGURE}) terealisasi (?:pada )?{TW} sebesar (?P<r>{FIGURE}) "
        r"atau (?P<p>[^%]+)%"
    ),
    re.compile(
        rf"^Realisasi anggaran {TW} sebesar (?P<r>{FIGURE}) dari pagu (?P<g>{FIGURE}) "
        r"\((?P<p>[^%]+)%\)"
    ),
)


def paragraphs(path) -> list[str]:
    """Body paragraphs (not table cells), numbering tabs ("1.\\t") dropped."""
    out = []
    for p in docx.Document(str(path)).paragraphs:
        text = re.sub(r"^\d+\.\t", "", p.text.replace("\u00a0", " ")).strip()
        if text:
            out.append(text)
    return out


def names_in(listed: str | None) -> list[str]:
    """ "A (capaian 90,00%), B (Menunggu data BPS) dan C" -> [A, B, C]; "12 indikator lainnya" kept."""
    if not listed:
        return []
    bare = re.sub(r" \((?:[^()]|\([^()]*\))*\)", "", listed)
    return re.split(r", | dan ", bare)


def sheet_texts(ws) -> list[str]:
    """The text cells of a sheet (Analisis Capaian: one sentence or paragraph per cell)."""
    return [" ".join(v.split()) for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]


def sentence_figures(texts: list[str]) -> tuple[list[tuple[tuple, str]], set[str], int]:
    """Every figure in a sentence as (key, text); the periods named ("s.d. Triwulan II Tahun 2025",
    "Semester I Tahun 2025", "Tahun 2025": by each sentence with a figure, and every quarter or half year
    named anywhere); the number of sentences read."""
    pairs: list[tuple[tuple, str]] = []
    quarters: set[str] = set()
    sentences = 0
    for text in texts:
        quarters.update(PERIODS_SAID.findall(text))
        quarters.update(m["tw"] for p in (HASIL, NODE, *ANGGARAN) for m in p.finditer(text))
        for m in RINGKASAN.finditer(text):
            sentences += 1
            level, group = (
                m.group("level").title().replace("Sub kegiatan", "Sub Kegiatan"),
                GROUPS[m["group"]],
            )
            pairs.append((("ringkasan", level, group), m["n"] or "0"))  # "Tidak ada ...": none
            pairs.append((("ringkasan-kalimat", level, group), "|".join(sorted(names_in(m["names"])))))
        for pattern in (HASIL, ANALISIS):
            for m in pattern.finditer(text):
                sentences += 1
                name = m["name"]
                pairs += [
                    (("target", name), strip_rp(m["t"])),
                    (("realisasi", name), strip_rp(m["r"])),
                    (("capaian", name), m["c"]),
                    (("kriteria-kalimat", name), m["k"]),
                ]
        if m := NODE.search(text):
            sentences += 1
            # the node's capaian at its kriteria's decimals, as Bab III says it; Tabel 3.3's may show a
            # decimal more (its penyerapan's, so the efisiensi is exact: formulas._alike)
            pairs += [(("capaian-node", m["u"]), m["c"]), (("kriteria-node", m["u"]), m["k"])]
        if m := EFISIENSI.search(text):
            sentences += 1
            u = m["u"]
            pairs += [
                (("3.3 capaian", u), m["c"]),
                (("3.3 penyerapan", u), m["p"]),
                (("3.3 realisasi", u), strip_rp(m["r"])),
                (("3.3 pagu", u), strip_rp(m["g"])),
                (("3.3 efisiensi", u), m["e"]),
            ]
        for pattern in ANGGARAN:
            if m := pattern.search(text):
                sentences += 1
                pairs += [
                    (("pagu", "TOTAL"), strip_rp(m["g"])),
                    (("realisasi_anggaran", "TOTAL"), strip_rp(m["r"])),
                    (("penyerapan", "TOTAL"), m["p"]),
                ]
    return pairs, quarters, sentences


def strip_rp(text: str) -> str:
    return text.removeprefix("Rp ")


def model_groups(m, d) -> dict[tuple, str]:
    """("ringkasan-kalimat", tingkat, group) -> the sorted names the model puts in that group."""
    out: dict[tuple, list[str]] = {}
    for nd in d.nodes():
        for i in nd.inds:
            e = m.ind[i.name]
            if e.galat:
                group = "galat"
            elif e.capaian is None:
                group = "belum_diketahui"
            else:
                group = "tercapai" if e.capaian >= 100 else "belum_tercapai"
            out.setdefault(("ringkasan-kalimat", nd.tingkat, group), []).append(i.name)
    return {k: "|".join(sorted(v)) for k, v in out.items()}


def same_names(text: str, want: str) -> bool:
    """The listed names equal the model's; a list cut short ("dan 12 indikator lainnya") is a subset
    whose count, with the names shown, is the group's size."""
    got = text.split("|") if text else []
    wanted = want.split("|") if want else []
    rest = [g for g in got if re.fullmatch(r"\d+ indikator lainnya", g)]
    if not rest:
        return got == wanted
    shown = [g for g in got if g not in rest]
    return set(shown) <= set(wanted) and len(shown) + int(rest[0].split()[0]) == len(wanted)
