"""`Rencana sama` groups agencies by alike names (core/rekap_isi._alike): the groups must be those of the
pairwise relation (its closure), found without comparing every pair of agencies (a province's rekap of
a few thousand workbooks sharing one template would compare millions of pairs)."""

from __future__ import annotations

import random

from lkj_xl.core import rekap_isi


def _row(name: str) -> dict:
    return {"pemerintah_daerah": "Kabupaten Lumajang", "perangkat_daerah": name}


def _pairwise(plan: list[dict]) -> list[list[dict]]:
    """The groups as the relation defines them: every pair compared, joined transitively (the rule as
    it was written before 2026-12-05, kept here as the oracle)."""
    words = [rekap_isi._name_words(row) for row in plan]
    group_of = list(range(len(plan)))
    for i in range(len(plan)):
        for j in range(i):
            if rekap_isi._alike(words[i], words[j]):
                old, new = group_of[i], group_of[j]
                group_of = [new if g == old else g for g in group_of]
    groups: dict[int, list[dict]] = {}
    for row, g in zip(plan, group_of):
        groups.setdefault(g, []).append(row)
    return list(groups.values())


# Names of the tricky kinds: one word the start of others, two names sharing two first words, per-place
# units named by their place (never one agency unless named alike to the letter), a name with no words.
NAMES = [
    "Inspektorat", "Inspektorat Daerah", "Inspektorat Kabupaten", "Dinas Koperasi dan UKM",
    "Dinas Koperasi & Usaha Mikro", "Dinas Kesehatan", "Dinas Kesehatan (Revisi)", "Dinas", "Badan Pendapatan",
    "Badan Perencanaan Pembangunan Daerah", "Badan", "Kecamatan Sukodono", "Kecamatan Tempeh", "Kecamatan",
    "Kecamatan Sukodono", "UPT Puskesmas Sukodono", "UPT Puskesmas Rawat Inap Tempeh", "UPT", "SD Negeri 2",
    "SDN 2 Tempeh", "Dinas PU PR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PU dan PR",
    "Dinas Perkim", "Disperkim", "Dinas Perumahan dan Kawasan Permukiman", "BPKD", "BPKAD", "Dinas Dukcapil", "Sekretariat DPRD", "Sekretariat Daerah", "Satpol PP", "Satuan Polisi Pamong Praja", "",
    "RSUD dr. Haryoto", "RSUD", "Kelurahan Sukamaju", "Kelurahan Sukamaju Baru", "Bappeda",
    # names going on apart from a shared start (two agencies), and those of one agency (rekap54)
    "Dinas PU Bina Marga", "Dinas PU SDA", "Dinas PU", "Dinas Pekerjaan Umum Bina Marga",
    "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Badan Pendapatan Daerah", "Dinas Koperasi dan Usaha Mikro", "Setda Bagian Umum", "Setda Bagian Hukum",
]  # fmt: skip


def _ids(groups: list[list[dict]]) -> list[list[int]]:
    return [[id(row) for row in group] for group in groups]


def test_groups_of_the_named_kinds_are_the_relations():
    plan = [_row(name) for name in NAMES]
    assert _ids(rekap_isi._alike_groups(plan)) == _ids(_pairwise(plan))


def test_groups_equal_the_pairwise_relation_on_random_collections():
    # 300 collections of 1-40 agencies drawn from the names above, repeats and order at random: the
    # groups (members and their order, and the groups' order) are the pairwise relation's.
    rng = random.Random(20261205)
    for _ in range(300):
        plan = [_row(rng.choice(NAMES)) for _ in range(rng.randint(1, 40))]
        assert _ids(rekap_isi._alike_groups(plan)) == _ids(_pairwise(plan))


def test_no_pair_compared(monkeypatch):
    # 3.000 agencies sharing one plan (one template, as a province's kecamatan may): grouping must not
    # compare them pair by pair (4,5 million comparisons), so the pairwise rule is never called.
    def refuse(*_):
        raise AssertionError("agencies compared pair by pair")

    monkeypatch.setattr(rekap_isi, "_alike", refuse)
    # nor by the abbreviation rule: names of as many words (three here) abbreviate none of the others
    # (review of rekap52: each of the 3.000 names against every other, 11 s where it was 0,2 s)
    monkeypatch.setattr(rekap_isi, "_abbreviated", refuse)
    plan = [_row(f"Dinas Nomor{i} Urusan") for i in range(3000)] + [_row("Dinas Nomor7 Urusan Revisi")]
    groups = rekap_isi._alike_groups(plan)
    # "Dinas Nomor7 Urusan" and its revision share their first two words: one group; the other 2.999 alone
    assert len(groups) == 3000
    assert [len(g) for g in groups if len(g) > 1] == [2]
