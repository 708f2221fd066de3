"""Peak memory of reading large and hostile XLSX workbooks, against the input limit (issue 22).

Goal: the peak memory of any read is bounded by a small multiple of the input
limit (``TRAINERFRAMEWORK_MAX_INPUT_BYTES``, default 256 MiB). Every workbook
here is built to sit just under the limit where it matters: each part, and all
parts together, unpack to at most the limit (the reader refuses more before
parsing), so these are the largest inputs a read can be given.

Cases, each read through the public readers (``Cohort.read`` for the cohort
workbooks, ``read_evidence`` for the others):

- ``rows``: a cohort workbook whose sheet unpacks to about the limit: hundreds
  of thousands of judgement rows, strings shared as Excel writes them;
- ``stale-dimension``: the same, declaring ``<dimension ref="A1:C2"/>`` (the
  reader reads the whole sheet whatever the declared size);
- ``shared-strings``: a shared-strings table of millions of distinct short
  strings that unpacks to about the limit, used by one row;
- ``one-cell``: one cell holding text of about the limit, compressed a
  thousand to one (refused: over the 32,767 characters a cell holds);
- ``blank-cells``: a sheet of millions of cells without values (styled,
  as a program leaves them), compressed a few hundred to one.

Baselines in the same run: the same judgements as a CSV file through the same
reader (``rows``, ``stale-dimension``), and openpyxl's own read-only load of
the same workbook keeping every row's values (``load_workbook(read_only=True)``,
``reset_dimensions()``, ``iter_rows(values_only=True)``), on which the reader
is built.

Each measurement runs in a fresh process: the peak resident set size (VmHWM)
minus the resident size just before the read (after imports and warm-up), so
the figure is what the read itself adds; with ``--tracemalloc``, also the peak
of Python's own allocations (another process, as tracing costs memory). Prints
per case: the file and unpacked sizes, what the read gave, peak MB, the peak
over the limit, and the peak over each baseline's.

Usage: python benchmarks/xlsx_memory.py [--limit-mb 64] [--cases rows,one-cell] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import trainerframework as tfw

MB = 1024 * 1024
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
JUDGEMENTS = ("met", "partly", "not_met")
SI = len("<si><t></t></si>")  # the markup around a shared string
FILL = 0.97  # the largest part unpacks to this share of the limit, the rest is the other parts


# -- building the workbooks ---------------------------------------------------------------


def _base_parts() -> dict[str, bytes]:
    """The parts of a small workbook written by openpyxl, to which a sheet and strings are given."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["descriptor", "judgement"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    # openpyxl writes its strings inline; Excel shares them: a sharedStrings part, named twice
    rels, types = "xl/_rels/workbook.xml.rels", "[Content_Types].xml"
    shared = f'<Relationship Type="{RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml" Id="rIdShared"/>'
    parts[rels] = parts[rels].replace(b"</Relationships>", shared.encode() + b"</Relationships>")
    override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_STRINGS_TYPE}"/>'
    parts[types] = parts[types].replace(b"</Types>", override.encode() + b"</Types>")
    return parts


def _shared(strings: Iterator[str] | list[str]) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}">'
    for s in strings:
        yield f"<si><t>{s}</t></si>"
    yield "</sst>"


def _sheet(rows: Iterator[str], dimension: str) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
    yield f'<dimension ref="{dimension}"/><sheetData>'
    yield from rows
    yield "</sheetData></worksheet>"


def _shared_row(number: int, indices: tuple[int, ...]) -> str:
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="s"><v>{s}</v></c>' for i, s in enumerate(indices))
    return f'<row r="{number}">{cells}</row>'


def _write(path: Path, parts: dict[str, str | bytes]) -> dict[str, int]:
    """Write the workbook; return each part's unpacked size."""
    sizes = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            raw = data.encode("utf-8") if isinstance(data, str) else data
            archive.writestr(name, raw)
            sizes[name] = len(raw)
    return sizes


def _budget(limit: int, base: dict[str, bytes]) -> int:
    """How many bytes the largest part may unpack to."""
    return int(limit * FILL) - sum(
        len(v) for k, v in base.items() if not k.startswith("xl/worksheets/sheet1")
    )


def build_rows(folder: Path, limit: int, *, dimension: str | None = None) -> dict[str, Any]:
    """A cohort workbook (trainer, descriptor, judgement) filling the limit, and the same as CSV."""
    base = _base_parts()
    ids = [d.id for d in tfw.load_framework().descriptors]
    budget = _budget(limit, base)
    header = ["trainer", "descriptor", "judgement"]
    # shared strings: header, judgements, descriptor ids, then trainer ids as they come
    fixed = header + list(JUDGEMENTS) + ids
    rows: list[str] = [_shared_row(1, (0, 1, 2))]
    csv_lines = ["trainer,descriptor,judgement\r\n"]
    trainers: list[str] = []
    size = len(rows[0]) + 400  # the sheet so far, with its head and tail
    strings_size = sum(len(s) + SI for s in fixed) + 200  # the shared strings so far
    number = 1  # the last row
    while True:
        tid = f"T{len(trainers):06d}"
        t_index = len(fixed) + len(trainers)
        block = [
            _shared_row(number + 1 + k, (t_index, len(header) + 3 + k, len(header) + (len(trainers) + k) % 3))
            for k in range(len(ids))
        ]
        grown = sum(map(len, block))
        if size + grown + strings_size + len(tid) + SI > budget:
            break
        rows += block
        csv_lines += [f"{tid},{did},{JUDGEMENTS[(len(trainers) + k) % 3]}\r\n" for k, did in enumerate(ids)]
        trainers.append(tid)
        size += grown
        strings_size += len(tid) + SI
        number += len(ids)
    parts: dict[str, str | bytes] = dict(base)
    parts["xl/sharedStrings.xml"] = "".join(_shared([*fixed, *trainers]))
    parts["xl/worksheets/sheet1.xml"] = "".join(_sheet(iter(rows), dimension or f"A1:C{number}"))
    path = folder / ("stale-dimension.xlsx" if dimension else "rows.xlsx")
    sizes = _write(path, parts)
    csv = folder / "rows.csv"
    csv.write_text("".join(csv_lines), encoding="utf-8", newline="")
    return {"path": path, "sizes": sizes, "csv": csv, "rows": number - 1, "reader": "cohort"}


def build_shared_strings(folder: Path, limit: int) -> dict[str, Any]:
    """Millions of distinct short shared strings, unpacking to about the limit; one row uses one."""
    base = _base_parts()
    did = tfw.load_framework().descriptors[0].id
    budget = _budget(limit, base) - 1000
    strings = ["descriptor", "judgement", "note", did, "met"]
    size = 0
    i = 0
    while size < budget:
        s = f"s{i:x}"
        strings.append(s)
        size += len(s) + SI
        i += 1
    rows = [_shared_row(1, (0, 1, 2)), _shared_row(2, (3, 4, len(strings) - 1))]
    parts: dict[str, str | bytes] = dict(base)
    parts["xl/sharedStrings.xml"] = "".join(_shared(strings))
    parts["xl/worksheets/sheet1.xml"] = "".join(_sheet(iter(rows), "A1:C2"))
    path = folder / "shared-strings.xlsx"
    return {"path": path, "sizes": _write(path, parts), "strings": len(strings), "reader": "evidence"}


def build_one_cell(folder: Path, limit: int) -> dict[str, Any]:
    """One cell whose text unpacks to about the limit (compressed about a thousand to one)."""
    base = _base_parts()
    did = tfw.load_framework().descriptors[0].id
    text_size = _budget(limit, base) - 1000
    rows = [
        _shared_row(1, (0, 1, 2)),
        (
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
            f'<c r="C2" t="inlineStr"><is><t>{"a" * text_size}</t></is></c></row>'
        ),
    ]
    parts: dict[str, str | bytes] = dict(base)
    parts["xl/sharedStrings.xml"] = "".join(_shared(["descriptor", "judgement", "note", did, "met"]))
    parts["xl/worksheets/sheet1.xml"] = "".join(_sheet(iter(rows), "A1:C2"))
    path = folder / "one-cell.xlsx"
    return {"path": path, "sizes": _write(path, parts), "reader": "evidence"}


def _one_judgement_then(
    folder: Path, limit: int, name: str, last_column: str, row: Callable[[int], str]
) -> dict[str, Any]:
    """A header and one judgement, then rows ``row(number)`` (8 cells each) up to the limit's budget."""
    base = _base_parts()
    did = tfw.load_framework().descriptors[0].id
    budget = _budget(limit, base) - 1000
    rows = [_shared_row(1, (0, 1)), _shared_row(2, (2, 3))]
    size = 0
    number = 3
    while size < budget:
        rows.append(row(number))
        size += len(rows[-1])
        number += 1
    parts: dict[str, str | bytes] = dict(base)
    parts["xl/sharedStrings.xml"] = "".join(_shared(["descriptor", "judgement", did, "met"]))
    parts["xl/worksheets/sheet1.xml"] = "".join(_sheet(iter(rows), f"A1:{last_column}{number - 1}"))
    path = folder / name
    return {"path": path, "sizes": _write(path, parts), "cells": 8 * (number - 3), "reader": "evidence"}


def build_blank_cells(folder: Path, limit: int) -> dict[str, Any]:
    """A sheet of millions of styled cells without values after one judgement (compressible)."""
    return _one_judgement_then(
        folder,
        limit,
        "blank-cells.xlsx",
        "H",
        lambda n: f'<row r="{n}">' + "".join(f'<c r="{c}{n}" s="0"/>' for c in "ABCDEFGH") + "</row>",
    )


def build_unnamed_cells(folder: Path, limit: int) -> dict[str, Any]:
    """Millions of short numbers beyond the header's last named column: each one a problem."""
    return _one_judgement_then(
        folder,
        limit,
        "unnamed-cells.xlsx",
        "J",
        lambda n: (
            f'<row r="{n}">' + "".join(f'<c r="{c}{n}"><v>{n % 97}</v></c>' for c in "CDEFGHIJ") + "</row>"
        ),
    )


BUILDERS: dict[str, Callable[[Path, int], dict[str, Any]]] = {
    "rows": build_rows,
    "stale-dimension": lambda folder, limit: build_rows(folder, limit, dimension="A1:C2"),
    "shared-strings": build_shared_strings,
    "one-cell": build_one_cell,
    "blank-cells": build_blank_cells,
    "unnamed-cells": build_unnamed_cells,
}


# -- measuring, in a fresh process --------------------------------------------------------


def _rss(field: str) -> int:
    """A field of /proc/self/status in bytes (VmRSS now, VmHWM the peak); ru_maxrss elsewhere."""
    status = Path("/proc/self/status")
    if status.exists():
        text = status.read_text(encoding="ascii")
        return int(text.split(f"{field}:")[1].split()[0]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def _reader(kind: str, how: str) -> Callable[[Path], str]:
    """The read measured: the library's (cohort or evidence) or openpyxl's; returns what it gave."""
    if how == "openpyxl":

        def openpyxl_rows(path: Path) -> str:
            import openpyxl

            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            sheet = book.worksheets[0]
            sheet.reset_dimensions()
            rows = list(sheet.iter_rows(values_only=True))
            book.close()
            return f"{len(rows):,} rows"

        return openpyxl_rows

    def library(path: Path) -> str:
        try:
            if kind == "cohort":
                cohort = tfw.Cohort.read(path)
                judgements = sum(len(p.evidence) for _, p in cohort.members)
                return f"{len(cohort):,} trainers, {judgements:,} judgements"
            return f"{len(tfw.read_evidence(path)):,} judgements"
        except tfw.TrainerFrameworkError as exc:
            return f"refused: {str(exc).splitlines()[-1].strip()[:70]}"

    return library


def measure(path: Path, kind: str, how: str, traced: bool) -> dict[str, Any]:
    """Run in the child: warm up, then read ``path`` once and report the peak the read added."""
    import openpyxl

    read = _reader(kind, how)
    header, row = ["descriptor", "judgement"], [tfw.load_framework().descriptors[0].id, "met"]
    if kind == "cohort":
        header, row = ["trainer", *header], ["t", *row]
    with tempfile.TemporaryDirectory() as folder:  # imports and caches: not part of the figure
        warm = Path(folder) / "warm.xlsx"
        book = openpyxl.Workbook()
        book.active.append(header)
        book.active.append(row)
        book.save(warm)
        read(warm)
        if how == "library":
            warm.with_suffix(".csv").write_text(f"{','.join(header)}\n{','.join(row)}\n", encoding="utf-8")
            read(warm.with_suffix(".csv"))
    if traced:
        tracemalloc.start()
    before = _rss("VmRSS")
    start = time.perf_counter()
    outcome = read(path)
    seconds = time.perf_counter() - start
    peak = _rss("VmHWM") - before
    traced_peak = tracemalloc.get_traced_memory()[1] if traced else None
    return {"outcome": outcome, "peak": peak, "traced": traced_peak, "seconds": seconds}


def run_child(path: Path, kind: str, how: str, limit: int, *, traced: bool = False) -> dict[str, Any]:
    env = dict(os.environ, TRAINERFRAMEWORK_MAX_INPUT_BYTES=str(limit))
    argv = [sys.executable, __file__, "--measure", str(path), kind, how]
    if traced:
        argv.append("--tracemalloc")
    out = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"measuring {path.name} ({how}) failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# -- the run ------------------------------------------------------------------------------


def run(limit: int, cases: list[str], *, traced: bool, folder: Path) -> list[dict[str, Any]]:
    """Build and measure every case; the results, one dict a case (also printed)."""
    results = []
    print(f"input limit {limit / MB:,.0f} MiB; peak = the read's own peak resident memory (fresh process)")
    for case in cases:
        built = BUILDERS[case](folder, limit)
        path, sizes = built["path"], built["sizes"]
        unpacked = sum(sizes.values())
        print(
            f"\n{case}: {path.stat().st_size / MB:,.1f} MB file, unpacks to {unpacked / MB:,.1f} MB "
            f"(largest part {max(sizes.values()) / MB:,.1f} MB, {unpacked / path.stat().st_size:,.0f}:1)"
        )
        lib = run_child(path, built["reader"], "library", limit)
        result: dict[str, Any] = {"case": case, "limit": limit, "unpacked": unpacked, "library": lib}
        line = f"  library   {lib['peak'] / MB:8,.1f} MB  {lib['peak'] / limit:5.2f}x limit  {lib['outcome']}"
        print(line + f" ({lib['seconds']:.1f} s)")
        baselines = [("openpyxl", path)]
        if "csv" in built:
            baselines.insert(0, ("csv", built["csv"]))
        for name, source in baselines:
            how = "library" if name == "csv" else "openpyxl"
            base = run_child(source, built["reader"], how, limit)
            result[name] = base
            ratio = lib["peak"] / base["peak"] if base["peak"] > 0 else float("inf")
            figures = f"{base['peak'] / MB:8,.1f} MB  {base['peak'] / limit:5.2f}x limit  {base['outcome']}"
            print(f"  {name:9} {figures} ({base['seconds']:.1f} s); library/{name} {ratio:.2f}")
        if traced:
            lib_traced = run_child(path, built["reader"], "library", limit, traced=True)["traced"]
            result["traced"] = lib_traced
            figures = f"{lib_traced / MB:,.1f} MB, {lib_traced / limit:.2f}x limit"
            print(f"  library, Python allocations (tracemalloc) {figures}")
        results.append(result)
        for file in folder.iterdir():
            file.unlink()
    worst = max(results, key=lambda r: r["library"]["peak"])
    print(
        f"\nworst: {worst['case']}, {worst['library']['peak'] / MB:,.1f} MB = "
        f"{worst['library']['peak'] / limit:.2f}x the input limit"
    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit-mb", type=float, default=64, help="the input limit to build and read at (MiB)"
    )
    parser.add_argument("--cases", default=",".join(BUILDERS), help="comma-separated: " + ", ".join(BUILDERS))
    parser.add_argument("--tracemalloc", action="store_true", help="also the peak of Python's allocations")
    parser.add_argument("--measure", nargs=3, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        path, kind, how = args.measure
        print(json.dumps(measure(Path(path), kind, how, args.tracemalloc)))
        return 0
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in cases if c not in BUILDERS]
    if unknown:
        parser.error(f"unknown cases {unknown}; known: {', '.join(BUILDERS)}")
    with tempfile.TemporaryDirectory() as folder:
        run(int(args.limit_mb * MB), cases, traced=args.tracemalloc, folder=Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
