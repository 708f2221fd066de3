"""The fuzz harness: every public reader and entry point on generated input (issue 12).

Each target is a name, a Hypothesis strategy and a call. The contract is the
same for all of them: the call returns, or raises an error from
``trainerframework.exceptions`` (a :class:`~trainerframework.TrainerFrameworkError`),
or, for a wrong-typed argument, the documented :class:`TypeError`. Anything
else is a crash.

``tests/test_fuzz.py`` runs each target under the active Hypothesis profile
(CI: 200 examples each); ``benchmarks/fuzz.py`` runs them for long and counts
inputs, library errors and crashes.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._cli import main
from trainerframework._interchange._serialize import _type, serializable_names

from .strategies import csv_texts, framework_documents, json_values

FW = tfw.load_framework()
EXPECTED: tuple[type[BaseException], ...] = (tfw.TrainerFrameworkError,)
# (an XLSX reader needs openpyxl: without it, reading one is the documented ImportError)
"""What a target may raise on bad input."""
WRONG_TYPE: tuple[type[BaseException], ...] = (tfw.TrainerFrameworkError, TypeError)
"""What a target that takes arbitrary Python values may raise."""

outcomes: Counter[str] = Counter()
"""Counts per outcome ("value", "library error", "type error", "crash") for benchmarks/fuzz.py."""
crashes: list[tuple[str, str]] = []
"""(target, repr of the exception) of every crash, when counting instead of failing."""
counting = False
"""True in benchmarks/fuzz.py: record crashes instead of raising them."""


def outcome(name: str, call: Callable[[], object], allowed: tuple[type[BaseException], ...]) -> str:
    """Run ``call``; classify what happened; raise on a crash unless counting."""
    try:
        call()
    except allowed as exc:
        kind = "type error" if type(exc) is TypeError else "library error"
    except Exception as exc:
        kind = "crash"
        _crash(name, exc)
    else:
        kind = "value"
    outcomes[kind] += 1
    return kind


def _crash(name: str, exc: BaseException) -> None:
    crashes.append((name, f"{type(exc).__name__}: {exc}"[:300]))
    if not counting:
        raise exc


def _case_quietly(package: object) -> object:
    """from_case with its warning about links outside the package silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return tfw.from_case(package)


def _with_file(suffix: str, text: str, read: Callable[[Path], object]) -> Callable[[], object]:
    def call() -> object:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"input{suffix}"
            path.write_text(text, encoding="utf-8")
            return read(path)

    return call


def _without_extensions(value: Any) -> Any:
    """``value`` with every ``extensions`` key deleted, at any depth."""
    if isinstance(value, dict):
        return {k: _without_extensions(v) for k, v in value.items() if k != "extensions"}
    if isinstance(value, list):
        return [_without_extensions(v) for v in value]
    return value


def _corrupted(doc: dict[str, Any], data: st.DataObject) -> str:
    """A valid framework document with one value replaced, as JSON text."""
    places: list[tuple[Any, Any]] = []

    def walk(value: Any) -> None:
        items = (
            value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        )
        for key, item in items:
            places.append((value, key))
            walk(item)

    walk(doc)
    if places:
        parent, key = data.draw(st.sampled_from(places))
        parent[key] = data.draw(json_values)
    return json.dumps(doc)


def _with_bytes(suffix: str, data: bytes, read: Callable[[Path], object]) -> Callable[[], object]:
    def call() -> object:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"input{suffix}"
            path.write_bytes(data)
            return read(path)

    return call


def _filled_template() -> bytes:
    """A real self-assessment template (XLSX) with a few judgements, notes and dates filled in."""
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - the test extra installs openpyxl
        return b""
    book = openpyxl.load_workbook(io.BytesIO(tfw.self_assessment_template(FW)))
    sheet = book.active
    sheet["B1"] = "T-001"  # the form's fields: trainer and date
    sheet["B2"] = "2024-03-02"
    for row, judgement in ((5, "met"), (6, "partly"), (8, "not_met")):
        sheet.cell(row=row, column=6, value=judgement)
        sheet.cell(row=row, column=7, value=f"note {row}")
        sheet.cell(row=row, column=9, value="2024-03-01")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


TEMPLATE = _filled_template()
"""The bytes every XLSX mutation starts from."""


def _restored(data: bytes, compression: int) -> bytes:
    """The archive ``data`` written again with ``compression``, every member as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    return out.getvalue()


STORED = _restored(TEMPLATE, zipfile.ZIP_STORED) if TEMPLATE else b""
"""The template with its parts stored uncompressed: a changed byte reaches the XML parser."""
_MEMBERS = sorted(zipfile.ZipFile(io.BytesIO(TEMPLATE)).namelist()) if TEMPLATE else ["-"]
_XML_PIECES = [
    b"<", b">", b"</row>", b"</c>", b'<c r="ZZZ9" t="s"><v>99999</v></c>', b'<c r="A1" t="e"><v>#N/A</v></c>',
    b'<c r="G2"><f>1+1</f></c>', b'<c r="I2" t="d"><v>not a date</v></c>',
    b'<c r="B2" t="n"><v>1e999</v></c>',
    b'<row r="0">', b'<row r="1048577">', b'<dimension ref="A1:B2"/>', b'<dimension ref="XFD1048576"/>',
    b'<c r="A0">', b't="inlineStr"', b"<is><t>x</t></is>", b' s="9999"', b"&#0;", b"&amp;", b"\xff\xfe",
    b'<sheet name="S" sheetId="2" r:id="rId99"/>', b"<sheets/>", b"<!DOCTYPE x>",
]  # fmt: skip
_edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "insert", "delete", "truncate", "piece"]),
        st.integers(min_value=0, max_value=2**32),
        st.binary(min_size=1, max_size=8),
        st.sampled_from(_XML_PIECES),
    ),
    min_size=1,
    max_size=4,
)


def _edited(base: bytes, edits: list[tuple[str, int, bytes, bytes]]) -> bytes:
    """``base`` with bytes flipped, inserted, deleted, cut off, or a piece of sheet XML put in."""
    data = bytearray(base)
    for op, at, blob, piece in edits:
        i = at % (len(data) + 1)
        if op == "flip" and data:
            data[i % len(data)] ^= blob[0] or 1
        elif op == "insert":
            data[i:i] = blob
        elif op == "delete":
            del data[i : i + len(blob)]
        elif op == "truncate":
            del data[i:]
        elif op == "piece":
            data[i:i] = piece
    return bytes(data)


def _member_edited(member: str, edits: list[tuple[str, int, bytes, bytes]]) -> bytes:
    """The template with one part's XML edited, zipped again (so the archive itself is sound)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(TEMPLATE)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info.filename, _edited(content, edits) if info.filename == member else content)
    return out.getvalue()


def _cli(argv: list[str], content: str) -> object:
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for suffix in (".json", ".csv", ".txt", ".jsonl", ".toml"):
            files[suffix] = Path(tmp) / f"input{suffix}"
            files[suffix].write_text(content, encoding="utf-8")
        args = [str(files[a]) if a in files else a for a in argv]
        out, err = io.StringIO(), io.StringIO()
        stdin = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(content.encode("utf-8")), encoding="utf-8")  # for "-"
        try:
            code = main(args, out=out, err=err)
        finally:
            sys.stdin = stdin
        assert code in {0, 1, 2}, code
        assert "Traceback" not in err.getvalue()
        return code


text = st.text(max_size=300)
documents = json_values.map(json.dumps)
any_text = st.one_of(text, documents, csv_texts)
registry = st.sampled_from(sorted(serializable_names()))
cli_words = st.sampled_from(
    [
        "show", "search", "match", "profile", "cohort", "export", "--format", "json", "csv", "markdown",
        "--json", "--csv", "--priorities", "3", "-1", "--framework", "-", "observation", "lead",
        "observation.lead.1", ".json", ".csv", ".txt", ".jsonl", ".toml", "--help", "",
    ]
)  # fmt: skip


def targets() -> dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], None]]]:
    """name -> (strategy of one input, check of one input)."""

    out: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], None]]] = {}

    def add(name: str, strategy: st.SearchStrategy[Any], make: Callable[[Any], Callable[[], object]],
            allowed: tuple[type[BaseException], ...] = EXPECTED) -> None:  # fmt: skip
        out[name] = (strategy, lambda value: (outcome(name, make(value), allowed), None)[1])

    for suffix in (".json", ".csv"):
        add(f"read_evidence {suffix}", any_text, lambda t, s=suffix: _with_file(s, t, tfw.read_evidence))
    for suffix in (".json", ".toml"):
        add(f"load_framework {suffix}", any_text, lambda t, s=suffix: _with_file(s, t, tfw.load_framework))
    add(
        "load_framework, one value corrupted",
        st.tuples(framework_documents(), st.data()),
        lambda v: _with_file(".json", _corrupted(*v), tfw.load_framework),
    )
    add("Lexicon.load", any_text, lambda t: _with_file(".toml", t, tfw.Lexicon.load))
    add("read_evidence .xlsx (any text)", any_text, lambda t: _with_file(".xlsx", t, tfw.read_evidence))
    add("read_evidence .tsv", any_text, lambda t: _with_file(".tsv", t, tfw.read_evidence))
    add(
        "read_evidence .xlsx, zip bytes edited",
        _edits,
        lambda e: _with_bytes(".xlsx", _edited(TEMPLATE, e), tfw.read_evidence),
    )
    add(
        "read_evidence .xlsx, stored zip edited",
        _edits,
        lambda e: _with_bytes(".xlsx", _edited(STORED, e), tfw.read_evidence),
    )
    add(
        "read_evidence .xlsx, one part's XML edited",
        st.tuples(st.sampled_from(_MEMBERS), _edits),
        lambda v: _with_bytes(".xlsx", _member_edited(*v), tfw.read_evidence),
    )
    add(
        "read_evidence, any bytes",
        st.tuples(
            st.sampled_from([".csv", ".json", ".xlsx", ".ods", ".xls", ".dat"]), st.binary(max_size=300)
        ),
        lambda v: _with_bytes(v[0], v[1], tfw.read_evidence),
    )
    for suffix in (".csv", ".tsv", ".jsonl", ".txt"):
        add(f"Cohort.read {suffix}", any_text, lambda t, s=suffix: _with_file(s, t, tfw.Cohort.read))
    rounds_rows = st.lists(
        st.tuples(
            st.sampled_from(["1", "2", "10", "2024-01-05", "spring", "", " ", "=1"]) | text,
            st.sampled_from(["a", "b", ""]) | text,
            st.sampled_from([*(d.id for d in FW.descriptors[:3]), "nope", ""]),
            st.sampled_from(["met", "partly", "not_met", "", "maybe"]),
        ),
        max_size=8,
    ).map(lambda rows: "round,trainer,descriptor,judgement\n" + "".join(",".join(r) + "\n" for r in rows))
    add(
        "Cohort.read_rounds .csv",
        st.one_of(any_text, rounds_rows),
        lambda t: _with_file(".csv", t, lambda path: tfw.Cohort.read_rounds(path, at_least=1)),
    )
    for cls in (tfw.WordModel, tfw.Calibration, tfw.ScorerWeights):
        add(f"{cls.__name__}.load", any_text, lambda t, c=cls: _with_file(".json", t, c.load))
    add("load_catalogue", any_text, lambda t: _with_file(".json", t, tfw.load_catalogue))
    add("ActivityMap.load", any_text, lambda t: _with_file(".json", t, tfw.ActivityMap.load))
    add("ActivityMap.from_document", json_values, lambda v: lambda: tfw.ActivityMap.from_document(v))
    add("Calibration.from_document", json_values, lambda v: lambda: tfw.Calibration.from_document(v))
    add("read_clauses", text, lambda t: lambda: tfw.read_clauses(t))
    add(
        "Cohort.from_jsonl",
        st.one_of(text, st.lists(documents, max_size=5).map("\n".join)),
        lambda t: _with_file(".jsonl", t, tfw.Cohort.from_jsonl),
    )
    add("Cohort.from_csv", st.one_of(text, csv_texts), lambda t: _with_file(".csv", t, tfw.Cohort.from_csv))
    add(
        "loads",
        st.tuples(registry, json_values, st.booleans()),
        lambda v: (
            lambda: tfw.loads(
                json.dumps({"schema_version": 1, "type": v[0], "data": v[1]} if v[2] else v[1]), _type(v[0])
            )
        ),
    )
    add("loads, any text", st.tuples(registry, text), lambda v: lambda: tfw.loads(v[1], _type(v[0])))
    add("Framework.from_document", json_values, lambda v: lambda: tfw.Framework.from_document(v))
    # from_case warns (UserWarning) about links to nodes outside the package: expected, not a failure
    add("from_case", json_values, lambda v: lambda: _case_quietly(v))
    add(
        "from_case, one value corrupted",
        st.data(),
        lambda data: lambda: _case_quietly(json.loads(_corrupted(tfw.to_case(FW), data))),
    )
    add(  # as a CASE 1.0 registry hands it back: the standard fields (document notes and all) are read
        "from_case without extensions, one value corrupted",
        st.data(),
        lambda data: (
            lambda: _case_quietly(json.loads(_corrupted(_without_extensions(tfw.to_case(FW)), data)))
        ),
    )
    add("Lexicon.from_document", json_values, lambda v: lambda: tfw.Lexicon.from_document(v), WRONG_TYPE)
    add("WordModel.from_document", json_values, lambda v: lambda: tfw.WordModel.from_document(v))
    add(
        "WordModel.from_document, one value corrupted",
        st.data(),
        lambda data: (
            lambda: tfw.WordModel.from_document(
                json.loads(_corrupted(tfw.WordModel.bundled().to_document(), data))
            )
        ),
    )
    add("Evidence.coerce", json_values, lambda v: lambda: tfw.Evidence.coerce(v), WRONG_TYPE)
    add("profile", json_values, lambda v: lambda: tfw.profile(FW, v), WRONG_TYPE)
    add(
        "Rules",
        st.dictionaries(
            st.sampled_from(
                [
                    "threshold",
                    "partly_weight",
                    "progression",
                    "aggregation",
                    "min_evidence",
                    "combine",
                    "source_weights",
                    "min_confidence",
                    "imply_confidence",
                    "colour",
                ]
            ),
            json_values,
            max_size=3,
        ),
        lambda v: lambda: tfw.Rules(**v),
        WRONG_TYPE,
    )
    add("profile_text", text, lambda t: lambda: tfw.profile_text(FW, t))
    add(
        "match",
        st.tuples(text, st.one_of(st.integers(-2, 8), json_values)),
        lambda v: lambda: tfw.match(FW, v[0], limit=v[1]),
        WRONG_TYPE,
    )
    add("Framework.search", text, lambda t: lambda: FW.search(t))
    add(
        "OrganisationReview.read .csv",
        any_text,
        lambda t: _with_file(".csv", t, tfw.OrganisationReview.read),
    )
    add(
        "OrganisationReview.read .json",
        any_text,
        lambda t: _with_file(".json", t, tfw.OrganisationReview.read),
    )
    skip = {"on_error": "skip"}
    for suffix in (".json", ".csv"):
        add(
            f"read_evidence {suffix}, skipping bad rows",
            any_text,
            lambda t, s=suffix: _with_file(s, t, lambda p: tfw.read_evidence(p, **skip)),
        )
    for suffix in (".csv", ".json"):
        add(
            f"OrganisationReview.read {suffix}, skipping bad rows",
            any_text,
            lambda t, s=suffix: _with_file(s, t, lambda p: tfw.OrganisationReview.read(p, **skip)),
        )
    add(
        "OrganisationReview.from_mapping",
        json_values,
        lambda v: lambda: tfw.OrganisationReview.from_mapping(v),
        WRONG_TYPE,
    )
    add(
        "plan",
        st.tuples(json_values, json_values, st.one_of(st.lists(st.integers(-1, 7), max_size=4), json_values)),
        lambda v: lambda: tfw.plan(tfw.profile(FW, v[0]), goals=v[1], levels=v[2]),
        WRONG_TYPE,
    )
    add("Framework lookups", json_values, lambda v: lambda: FW.next_steps(v), WRONG_TYPE)
    add(
        "command line",
        st.tuples(st.lists(cli_words, max_size=6), any_text),
        lambda v: lambda: _cli(*v),
    )
    return out
