"""The other-period check's answers on every text the tests hold, dumped so that two versions compare.

Run by hand (not part of the test suite), once per checkout, then compare (speed50, docs/speed.md Stop 44):
    PYTHONPATH=/path/to/old python tests/periode_dump.py old.json [SEED.txt]
    PYTHONPATH=$PWD python tests/periode_dump.py new.json [SEED.txt]
    python tests/periode_dump.py --compare old.json new.json

The texts: every string constant of tests/test_narasi*.py, test_analisis_periode_lain.py and
test_mend3*.py, the seed's lines (optional) and the example workbook's Analisis and Narasi cells. Per
report kind (Triwulan I-IV, Semester I/II, the year's report of 2025; Triwulan I 2026, Triwulan III
without a year): ``narasi.periode_lain`` of each text, and ``analisis_periode.periode_analisis`` of
each cell (a text's lines, a list of strings of those tests, three seed lines, two texts) under each
Analisis column. About a minute of CPU.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def _texts(seed: str | None) -> tuple[list[str], list[list[str]]]:
    """The texts and the lists of strings (cells of several points) to read."""
    from lkj_xl.build import _parsed
    from lkj_xl.xlsx.read import read_grids

    files = [
        *sorted((ROOT / "tests").glob("test_narasi*.py")),
        ROOT / "tests" / "test_analisis_periode_lain.py",
    ]
    texts: list[str] = []
    lists: list[list[str]] = []
    for path in [*files, *sorted((ROOT / "tests").glob("test_mend3*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value.strip()) >= 4
            ):
                texts.append(node.value)
            elif isinstance(node, (ast.List, ast.Tuple)) and len(node.elts) >= 2:
                values = [
                    e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                ]
                lists += [values] if len(values) == len(node.elts) else []
    lines = [line.strip() for line in Path(seed).read_text(encoding="utf-8").splitlines()] if seed else []
    lines = [line for line in lines if line]
    texts += lines
    lists += [lines[i : i + 3] for i in range(len(lines) - 2)]
    data = EXAMPLE.read_bytes()
    for entry in _parsed(data).analisis:
        for points in (entry.faktor_pendukung, entry.faktor_penghambat, entry.upaya, entry.tindak_lanjut):
            lists += [list(points)] if points else []
            texts += points
    grids, _ = read_grids(data, ("Narasi", "Analisis"))
    for name in ("Narasi", "Analisis"):
        texts += [cell.value for row in grids.get(name, []) for cell in row if isinstance(cell.value, str)]
    return list(dict.fromkeys(texts)), lists


def dump(out: str, seed: str | None) -> None:
    from lkj_xl.core import contract as c
    from lkj_xl.core.analisis_periode import periode_analisis
    from lkj_xl.core.model import AnalisisEntry, Settings
    from lkj_xl.core.narasi import periode_lain

    texts, lists = _texts(seed)
    cells = [[line for line in t.split("\n") if line.strip()] for t in texts] + lists
    cells += [[texts[i], texts[i + 1]] for i in range(0, len(texts) - 1, 2)]
    cells = [list(k) for k in dict.fromkeys(tuple(cell) for cell in cells if cell)]
    kinds = {
        **{f"TW{q}": Settings(tahun=2025, triwulan=q) for q in (1, 2, 3, 4)},
        "SMT1": Settings(tahun=2025, triwulan=2, semester=True),
        "SMT2": Settings(tahun=2025, triwulan=4, semester=True),
        "TAHUNAN": Settings(tahun=2025, triwulan=4, tahunan=True),
        "TW1-2026": Settings(tahun=2026, triwulan=1),
        "TW3-noyear": Settings(tahun=None, triwulan=3),
    }
    res: dict[str, list] = {}
    for kind, settings in kinds.items():
        res[f"{kind}:lain"] = [periode_lain(t, settings) for t in texts]
        entries = [
            AnalisisEntry(
                i,
                f"K{i}",
                "",
                list(p),
                list(p),
                list(p),
                list(p),
                dict.fromkeys(c.ANALISIS_TEXT_HEADERS, f"X{i}"),
            )
            for i, p in enumerate(cells)
        ]
        res[f"{kind}:analisis"] = [[f.sel, f.pesan] for f in periode_analisis(entries, settings)]
    Path(out).write_text(json.dumps({"texts": texts, "res": res}, ensure_ascii=False), encoding="utf-8")
    print(f"{len(texts)} texts, {len(cells)} cells", file=sys.stderr)


def compare(a_path: str, b_path: str) -> int:
    """The number of answers that differ (each printed, the first three per kind)."""
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (a_path, b_path))
    if a["texts"] != b["texts"]:
        print("the two dumps read other texts")
        return 1
    differ = 0
    for key, left in a["res"].items():
        right = b["res"][key]
        only = [x for x in left if x not in right] + [x for x in right if x not in left]
        if key.endswith(":lain"):
            only = [[a["texts"][i], x, y] for i, (x, y) in enumerate(zip(left, right)) if x != y]
        differ += len(only)
        for item in only[:3]:
            print(key, json.dumps(item, ensure_ascii=False)[:300])
    print("differ:", differ)
    return differ


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        sys.exit(1 if compare(sys.argv[2], sys.argv[3]) else 0)
    dump(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
