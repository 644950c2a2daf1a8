"""Edges of every Desimal (Pengaturan 0, 1, 2, 3) through every front of tests/test_fronts_parity.py
(build's sheets, send --dry-run and run's mail and attachment, the add-in's plan, laporan's tables and
sentences, export, rekap): capaian next to a kriteria edge or 100 % by less than any Desimal shows, a
Tujuan whose mean of three such capaian is exactly 90, penyerapan 99,9999 %, efisiensi exactly 0 and
-0,004, a pagu of Rp 5.984,04 milyar with a realisasi of Rp 1.000, and a capaian 66,666... beside a
penyerapan 99,995 % (its efisiensi -33,3283...: 66,667 - 99,995 = (33,328), never 66,67 - 99,995).

Every figure is the exact model's (tests/test_oracle.py, Fractions from DOMAIN.md), compared by
test_fronts_parity.compare: rounded half away from zero to the decimals each front shows, the same text
in every front, Tabel 3.3's efisiensi its row's capaian shown minus its penyerapan shown and within one
unit of its last decimal of the data's. The figures by hand (PermenPANRB: > 90 Sangat Tinggi, > 75 -
90 Tinggi, > 65 - 75 Sedang, > 50 - 65 Rendah, <= 50 Sangat Rendah; capaian = realisasi / target x 100):
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from tests.test_fronts_parity import _ind, check, mail_server, server  # noqa: F401
from tests.test_oracle import BLANK, PERMENDAGRI, PERMENPANRB, Desc, Node, Program, Q, model


def _typed(x: F, decimals: int) -> Q:
    """``x`` typed the Indonesian way with ``decimals`` decimals ("9.000,49")."""
    whole, frac = divmod(x * 10**decimals, 10**decimals)
    assert frac.denominator == 1 and whole.denominator == 1, x
    text = f"{int(whole):,}".replace(",", ".")
    return Q(x, f"{text},{int(frac):0{decimals}d}" if decimals else text)


def _program(kode: str, node: str, pagu: F, realisasi: F) -> Program:
    quarters = [_typed(realisasi, 0), BLANK, BLANK, BLANK]
    return Program(kode, f"Program {kode}", node, node, _typed(pagu, 0), None, quarters)


def desimal_edges(desimal: int | None) -> Desc:
    t2 = [
        _ind("Indikator 1 T2", F(1000), _typed(F(89995, 100), 2)),  # 899,95 / 1.000: 89,995 % Tinggi
        _ind("Indikator 2 T2", F(10000), _typed(F(900049, 100), 2)),  # 9.000,49 / 10.000: 90,0049 % S. Tinggi
        _ind("Indikator 3 T2", F(10000), _typed(F(900001, 100), 2)),  # 9.000,01 / 10.000: 90,0001 %
        # the mean (89,995 + 90,0049 + 90,0001) / 3 = 270 / 3 = 90 exactly: Tinggi, never 90,00x
    ]
    s21 = [
        _ind("Indikator 4 S2.1", F(10000), _typed(F(749999, 100), 2)),  # 7.499,99: 74,9999 % Sedang
        _ind("Indikator 5 S2.1", F(10000), _typed(F(1000001, 100), 2)),  # 10.000,01: 100,0001 %
        _ind("Indikator 6 S2.1", F(1000), _typed(F(49995, 100), 2)),  # 499,95: 49,995 % Sangat Rendah
        # mean (74,9999 + 100,0001 + 49,995) / 3 = 224,995 / 3 = 74,99833... Sedang (75 itself is
        # Sedang, so 75 at Desimal 0 reads right); beside P2's 99,9999 % its efisiensi is -25,0015666...
        # shown 74,9983 - 99,9999 = (25,0016) at every Desimal
    ]
    s22 = [_ind("Indikator 7 S2.2", F(2), _typed(F(1), 0))]  # 1 / 2 = 50 %
    s23 = [_ind("Indikator 8 S2.3", F(100), _typed(F(40), 0))]  # 40 / 100 = 40 %
    s24 = [_ind("Indikator 9 S2.4", F(3), _typed(F(2), 0))]  # 2 / 3 = 66,666... %
    sasaran = [
        Node("S2.1", "Sasaran", "T2", s21),
        Node("S2.2", "Sasaran", "T2", s22),
        Node("S2.3", "Sasaran", "T2", s23),
        Node("S2.4", "Sasaran", "T2", s24),
    ]
    t = Node("T2", "Tujuan", "", t2, children=sasaran)
    programs = [
        # Rp 5.984,04 milyar with Rp 1.000 spent: penyerapan 1.000 / 5.984.040.000.000 x 100
        # = 0,0000000167... %
        _program("P1", "T2", F(5_984_040_000_000), F(1000)),
        _program("P2", "S2.1", F(1_000_000), F(999_999)),  # 99,9999 %: never 100,00
        _program("P3", "S2.2", F(1000), F(500)),  # 50 %: efisiensi 50 - 50 = 0 exactly
        _program("P4", "S2.3", F(100_000), F(40_004)),  # 40,004 %: efisiensi 40 - 40,004 = -0,004
        _program("P5", "S2.4", F(300_000_000), F(299_985_000)),  # 99,995 %: efisiensi -33,32833...
    ]
    return Desc(1, "I", PERMENPANRB, None, None, [t], programs, desimal=desimal)


def test_the_edges_are_the_figures_said():
    m = model(desimal_edges(2))
    assert m.node["T2"].capaian == 90 and m.node["T2"].kriteria == "Tinggi"
    assert m.node["S2.1"].capaian == F(224995, 3000) and m.node["S2.1"].kriteria == "Sedang"
    assert m.node["S2.2"].efisiensi == 0 and m.node["S2.3"].efisiensi == F(-4, 1000)
    assert m.node["S2.4"].efisiensi == F(200, 3) - F(99995, 1000)  # -33,32833...
    assert m.budget["P2"][2] == F(999999, 10000) and m.budget["P1"][2] == F(1000 * 100, 5_984_040_000_000)


@pytest.mark.parametrize("skala", [PERMENPANRB, PERMENDAGRI])
@pytest.mark.parametrize("desimal", [0, 1, None, 3])
def test_every_front_shows_the_edges_at_every_desimal(tmp_path, server, smtp_server, desimal, skala):  # noqa: F811
    d = desimal_edges(desimal)
    d.skala = skala
    check(d, tmp_path, server, mail_server(smtp_server))


@pytest.mark.parametrize(("desimal", "zero"), [(0, "0"), (2, "0,00"), (3, "0,000")])
def test_an_efisiensi_of_zero_and_one_just_below_read_as_their_sign(tmp_path, desimal, zero):
    """S2.2: 50 - 50 = 0 exactly, Efisien, printed without a sign (never "-0,00" nor "(0,00)"); S2.3:
    40 - 40,004 = -0,004, Tidak efisien, printed "(0,004)" with the penyerapan 40,004 (never "(0,00)",
    "-0,00" or "0,00" beside 40,00 - 40,00); the sentences "0 poin ... sama dengan" and "-0,004 poin"."""
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import laporan_docx
    from tests.test_fronts_parity import sheet_rows
    from tests.test_laporan import row_with, table_for
    from tests.test_oracle import write

    path = tmp_path / "edges.xlsx"
    write(desimal_edges(desimal), path)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "hasil.xlsx")])
    assert result.exit_code == 0, result.output
    rows = sheet_rows(openpyxl.load_workbook(tmp_path / "hasil.xlsx")["Efisiensi"])
    sheet = {r[1]: r for r in rows if str(r[1]).startswith("Uraian Sasaran")}
    document = laporan_docx(path)
    table = table_for(document, "Tabel 3.3")
    texts = [p.text for p in document.paragraphs]
    for uraian, want, said in (
        ("Uraian Sasaran S2.2", [zero, "Efisien"], f"efisiensinya {zero} poin"),
        ("Uraian Sasaran S2.3", ["40,004", "(0,004)", "Tidak efisien"], "efisiensinya -0,004 poin"),
    ):
        assert sheet[uraian][-len(want) :] == want, sheet[uraian]
        assert row_with(table, uraian)[-len(want) :] == want
        (sentence,) = [t for t in texts if t.startswith(f"Sasaran {uraian}: capaian")]
        assert said in sentence, sentence
    assert "sama dengan penyerapan anggaran" in next(
        t for t in texts if t.startswith("Sasaran Uraian Sasaran S2.2:")
    )


def negatif_edges(desimal: int | None) -> Desc:
    """Lower-is-better indicators whose capaian is above 100 and below 0, one beside spending above its
    pagu, and a Sasaran with no budget (no efisiensi). Capaian Negatif = (T - (R - T)) / T x 100:"""
    s31 = [_ind("Indikator 1 S3.1", F(3), _typed(F(2), 0), "Negatif")]  # (3 - (2 - 3)) / 3 = 133,333...
    s32 = [_ind("Indikator 2 S3.2", F(2), _typed(F(5), 0), "Negatif")]  # (2 - (5 - 2)) / 2 = -50 exactly
    s33 = [_ind("Indikator 3 S3.3", F(4), _typed(F(3), 0))]  # 3 / 4 = 75 %, no program: no efisiensi
    sasaran = [
        Node("S3.1", "Sasaran", "T3", s31),
        Node("S3.2", "Sasaran", "T3", s32),
        Node("S3.3", "Sasaran", "T3", s33),
    ]
    t = Node("T3", "Tujuan", "", [_ind("Indikator 4 T3", F(10), _typed(F(9), 0))], children=sasaran)
    programs = [
        # 300.015.000 of 300.000.000: 100,005 %, above pagu (never 100 nor 100,00, which read as
        # spent to the rupiah): efisiensi 133,333... - 100,005 = 33,32833...
        _program("P1", "S3.1", F(300_000_000), F(300_015_000)),
        # 1.000 of 3.000: 33,333...: efisiensi -50 - 33,333... = -83,333...
        _program("P2", "S3.2", F(3000), F(1000)),
    ]
    return Desc(1, "I", PERMENPANRB, None, None, [t], programs, desimal=desimal)


@pytest.mark.parametrize("desimal", [0, None, 3])
def test_every_front_shows_negatif_capaian_and_spending_above_pagu(tmp_path, server, smtp_server, desimal):  # noqa: F811
    check(negatif_edges(desimal), tmp_path, server, mail_server(smtp_server))


@pytest.mark.parametrize(
    ("desimal", "s31", "s32"),
    [
        # Desimal 0: 100,005 rounds to 100 and 100,0 (read as the pagu spent to the rupiah), to
        # 100,01 at 2 decimals (half away from zero), above 100 as the data: 2 decimals. 133 would do
        # for the capaian's kriteria, but 133,333... is not exact at 0 decimals, so it takes the
        # penyerapan's 2: 133,33 - 100,01 = 33,32 (data 33,32833..., within a unit of the last
        # decimal; 133 - 100,01 = 32,99 was a third of a point off). -50 is exact at 0 decimals and
        # 33,333... is shown 33: -50 - 33 = (83), data -83,333...
        (0, ["133,33", "100,01", "33,32", "Efisien"], ["-50", "33", "(83)", "Tidak efisien"]),
        # Desimal 2: the same S3.1; -50,00 - 33,33 = (83,33)
        (2, ["133,33", "100,01", "33,32", "Efisien"], ["-50,00", "33,33", "(83,33)", "Tidak efisien"]),
    ],
)
def test_negatif_capaian_and_spending_above_pagu_in_tabel_3_3(tmp_path, desimal, s31, s32):
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.test_fronts_parity import sheet_rows
    from tests.test_oracle import write

    path = tmp_path / "negatif.xlsx"
    write(negatif_edges(desimal), path)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "hasil.xlsx")])
    assert result.exit_code == 0, result.output
    rows = {r[1]: r for r in sheet_rows(openpyxl.load_workbook(tmp_path / "hasil.xlsx")["Efisiensi"])}
    # No | Uraian | Indikator | Capaian | Pagu | Realisasi | Penyerapan | Efisiensi | Keterangan
    for uraian, want in (("Uraian Sasaran S3.1", s31), ("Uraian Sasaran S3.2", s32)):
        row = rows[uraian]
        assert [row[3], *row[6:]] == want, row
    assert rows["Uraian Sasaran S3.3"][7] == "Belum diketahui", rows["Uraian Sasaran S3.3"]
