"""The command line: ``python -m trainerframework`` (also installed as ``trainerframework``).

Exit codes: 0 success, 1 input error (one clear line on stderr, no traceback),
2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import itertools
import json
import math
import sys

from ._base._display import terminal_text
from ._base._input import read_bounded
from ._model._framework import load_framework
from ._present import _render
from .exceptions import InputFileError, Problem, TrainerFrameworkError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, Literal, TextIO

    from ._base._lenient import Skipped
    from ._cohort._cohort import Cohort
    from ._model._framework import Framework
    from ._profiling._profile import Profile
    from ._profiling._results import Priority

    Handler = Callable[[Framework, argparse.Namespace, "Output"], int]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

_COMMANDS: dict[str, Handler] = {}


def _command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        _COMMANDS[name] = func
        return func

    return register


_FORMAT_HELP = "what the file is (default: its extension, else its content)"
_SKIP_HELP = "leave out bad rows rather than refusing the file, with a count of the problems by kind"
_NO_OWNERSHIP_HELP = (
    "read a narrative without the ownership model: credit every sentence the assertion reader asserts"
)
_OWNERSHIP_MODEL_HELP = (
    "read a narrative with this ownership model instead of the bundled one (a JSON file, as"
    " OwnershipModel.to_document writes it; see the docs' Matching page)"
)


def _ownership_options(command: argparse.ArgumentParser) -> None:
    """``--no-ownership`` and ``--ownership-model FILE``, one or the other."""
    which = command.add_mutually_exclusive_group()
    which.add_argument("--no-ownership", action="store_true", help=_NO_OWNERSHIP_HELP)
    which.add_argument("--ownership-model", metavar="FILE", help=_OWNERSHIP_MODEL_HELP)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainerframework",
        description=(
            "The Cambridge English Trainer Framework: browse it, match statements of practice, "
            "profile trainers and summarise cohorts."
        ),
        epilog="Run without a command to print the framework overview.",
    )
    from . import __version__  # noqa: PLC0415

    parser.add_argument("--version", action="version", version=f"trainerframework {__version__}")
    parser.add_argument(
        "--framework",
        metavar="FILE",
        help="a framework file (JSON or TOML) instead of the bundled framework",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    show = sub.add_parser("show", help="the overview, a category, a component, a strand or a descriptor")
    show.add_argument("id", nargs="?", help="id of what to show (default: the overview)")

    search = sub.add_parser("search", help="descriptors containing every word of TEXT")
    search.add_argument("text", nargs="+", help="words to look for")
    search.add_argument("--limit", type=_count, default=10, help="show at most this many (default 10)")

    export = sub.add_parser("export", help="the whole framework as JSON, CSV or Markdown")
    export.add_argument(
        "--format",
        choices=("json", "csv", "markdown", "case"),
        default="json",
        help="json (the framework file format), csv, markdown, or case (a 1EdTech CASE 1.1 CFPackage)",
    )

    match = sub.add_parser("match", help="descriptors a statement of practice evidences")
    match.add_argument("text", nargs="+", help="the statement, or - to read statements from standard input")
    match.add_argument("--limit", type=_positive, default=3, help="matches per statement (default 3)")
    match.add_argument("--json", action="store_true", help="machine-readable output")

    prof = sub.add_parser(
        "profile", help="a mixed-stage profile from a narrative (.txt, .md) or evidence (.json, .csv)"
    )
    prof.add_argument(
        "file", help="narrative text file, or JSON/CSV evidence file; - reads a narrative from stdin"
    )
    prof.add_argument("--json", action="store_true", help="machine-readable output")
    prof.add_argument("--format", choices=("narrative", "json", "csv", "tsv", "xlsx"), help=_FORMAT_HELP)
    prof.add_argument(
        "--priorities", type=_count, default=5, help="development priorities to show (default 5; 0: none)"
    )
    prof.add_argument("--skip-bad-rows", action="store_true", help=_SKIP_HELP)
    _ownership_options(prof)

    plan = sub.add_parser(
        "plan", help="a development plan from a narrative or evidence: goals, activities, evaluation"
    )
    plan.add_argument("file", help="as for profile: narrative, JSON/CSV evidence, or - for stdin")
    plan.add_argument("--goals", type=_count, help="goals in the plan (default 2: few, for sustained work)")
    plan.add_argument("--weeks", type=_positive, help="weeks the plan runs (default 24)")
    plan.add_argument(
        "--levels",
        type=_levels,
        help="Guskey evaluation levels, for example 1,2,3 (default: all five, 1,2,3,4,5)",
    )
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    plan.add_argument(
        "--activity-map",
        metavar="FILE",
        help="which activities serve which categories, for whom (JSON; default: the bundled map)",
    )
    plan.add_argument("--format", choices=("narrative", "json", "csv", "tsv", "xlsx"), help=_FORMAT_HELP)
    plan.add_argument("--skip-bad-rows", action="store_true", help=_SKIP_HELP)
    _ownership_options(plan)

    template = sub.add_parser(
        "template", help="a self-assessment template: a row per descriptor, a judgement column to fill in"
    )
    template.add_argument("out", help="the file to write: .xlsx or .csv (- for CSV on standard output)")
    template.add_argument(
        "--format",
        choices=("xlsx", "csv"),
        help="xlsx or csv (default: OUT's extension, .csv or .xlsx; other names xlsx)",
    )
    template.add_argument("--force", action="store_true", help="replace OUT if it exists (default: refuse)")

    review = sub.add_parser(
        "review",
        help="an organisation's CPD review against the CPD Quality Framework (Teacher Development Trust)",
    )
    review.add_argument("file", help="ratings: .csv (statement,rating[,note,evidence]) or .json (a list)")
    review.add_argument("--organisation", default="", help="who is reviewed (shown in the summary)")
    review.add_argument("--json", action="store_true", help="machine-readable output")
    review.add_argument("--skip-bad-rows", action="store_true", help=_SKIP_HELP)

    cohort = sub.add_parser(
        "cohort", help="a summary of a cohort: a file of judgements, or a folder of returned templates"
    )
    cohort.add_argument(
        "file",
        help=(
            "cohort file: .jsonl (one trainer per line) or .csv/.xlsx (one judgement per row); "
            "or a folder of filled templates (.csv, .xlsx), one trainer per file"
        ),
    )
    cohort.add_argument("--format", choices=("jsonl", "csv", "tsv", "xlsx"), help=_FORMAT_HELP)
    cohort.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="leave out bad rows (and unreadable files in a folder), with a count of problems by kind",
    )
    cohort.add_argument(
        "--by", metavar="COLUMN", help="one file of several rounds: a summary per round of this column"
    )
    form = cohort.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="the summary as JSON")
    form.add_argument("--csv", action="store_true", help="tidy records (trainer x category/component) as CSV")
    progress = sub.add_parser(
        "progress", help="how a cohort moved between rounds: two cohort files, or one file with --by COLUMN"
    )
    progress.add_argument(
        "file", help="the earlier round's cohort file (or, with --by, the file of all rounds)"
    )
    progress.add_argument("later", nargs="?", help="the later round's cohort file (not with --by)")
    progress.add_argument(
        "--by", metavar="COLUMN", help="split FILE into rounds by this column (e.g. round, or date)"
    )
    progress.add_argument("--format", choices=("jsonl", "csv", "tsv", "xlsx"), help=_FORMAT_HELP)
    progress.add_argument("--skip-bad-rows", action="store_true", help=_SKIP_HELP)
    progress.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


@_command("show")
def _show(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    if args.id is None:
        out.write(_render.overview(fw))
    elif not args.id.strip():
        raise UsageError("show: ID must not be empty (run show without an ID for the overview)")
    else:
        out.write(_render.item(fw, fw[args.id]))
    return EXIT_OK


@_command("search")
def _search(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    found = fw.search(" ".join(args.text))
    if not found:
        out.write("no descriptor contains every word\n")
        return EXIT_OK
    for d in found[: args.limit]:
        out.write(f"{d.id}  [{d.stage.name}]\n    {d.text}\n")
    if len(found) > args.limit:
        out.write(f"... {_plural(len(found) - args.limit, 'more descriptor')} (use --limit)\n")
    return EXIT_OK


@_command("export")
def _export(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    text = _render.export(fw, args.format)
    out.data(json_text(text) if args.format in {"json", "case"} else text)
    return EXIT_OK


@_command("match")
def _match(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._interchange._serialize import unstructure  # noqa: PLC0415
    from ._language._assertion import Assertion, read_clauses  # noqa: PLC0415
    from ._matching._matcher import match  # noqa: PLC0415

    if args.text == ["-"]:
        statements = [line.strip() for line in _read_stdin().splitlines() if line.strip()]
    else:
        statements = [" ".join(args.text)]
    results = [(s, match(fw, s, args.limit)) for s in statements]
    if args.json:
        doc = [
            {
                "statement": s,
                "assertion": found[0].assertion.value if found else None,
                "clauses": unstructure(read_clauses(s)),
                "matches": [
                    {
                        "descriptor": m.descriptor.id,
                        "category": m.descriptor.category_id,
                        "component": m.descriptor.component_id,
                        "stage": m.descriptor.stage.id,
                        "score": m.score,
                        "confidence": m.confidence,
                        "text": m.descriptor.text,
                        "explanation": m.explanation.text if m.explanation else None,
                    }
                    for m in found
                ],
            }
            for s, found in results
        ]
        out.json(doc)
        return EXIT_OK
    for s, found in results:
        if len(results) > 1:
            out.write(f"> {s}\n")
        if not found:
            out.write("  no match\n")
        elif found[0].assertion is not Assertion.ASSERTED:
            kept = [c for c in read_clauses(s) if c.assertion is found[0].assertion]
            said = f" ({kept[0].trigger!r})" if kept and kept[0].trigger else ""
            out.write(
                f"  not credited: {found[0].assertion.reason}{said}; "
                "the matches say what the statement is about, at confidence 0\n"
            )
        for m in found:
            d = m.descriptor
            out.write(
                f"{m.score:.2f}  {d.id}  [{d.stage.name}]  confidence {m.confidence:.2f}\n      {d.text}\n"
            )
            if m.explanation is not None:
                out.write(f"      why: {m.explanation.text}\n")
    return EXIT_OK


def _ownership_of(args: argparse.Namespace) -> str | bool:
    """The ownership model the options ask for: a model file, False (``--no-ownership``) or True (bundled).

    The file is read only for a narrative (:func:`_profile_of`): an evidence file does not use it.
    """
    if args.ownership_model is not None:
        return str(args.ownership_model)
    return not args.no_ownership


def _warn_unread(ownership: str | bool) -> None:
    """An evidence file is read as it is: the ownership options say nothing of it."""
    if ownership is not True:
        option = "--no-ownership" if ownership is False else "--ownership-model"
        _warn(f"{option} applies to narratives only: an evidence file is read as it is")


def _profile_of(
    fw: Framework,
    file: str,
    declared: str | None = None,
    *,
    skip: bool = False,
    ownership: str | bool = True,
) -> Profile:
    """The profile of a narrative or an evidence file, whose kind :func:`file_kind` decides.

    With ``skip`` (``--skip-bad-rows``) bad rows of evidence are left out, with a warning by kind;
    ``ownership``: the model a narrative is read with (:func:`_ownership_of`: a file, the bundled one
    or, False, none).
    """
    on_error: Literal["raise", "skip"] = "skip" if skip else "raise"
    from ._interchange._inputs import evidence_from_csv, evidence_from_json, file_kind, read_text  # noqa: PLC0415
    from ._interchange._workbook import is_xlsx, other_spreadsheet  # noqa: PLC0415
    from ._profiling._narrative import profile_text  # noqa: PLC0415
    from ._profiling._profile import profile  # noqa: PLC0415

    workbook = file != "-" and (is_xlsx(file) or other_spreadsheet(file) is not None)
    if declared == "xlsx" or (declared is None and workbook):
        from ._interchange._inputs import read_evidence  # noqa: PLC0415

        _warn_unread(ownership)
        # .xls, .ods: a hint to save as .xlsx
        evidence = read_evidence(file, format=declared, fw=fw, on_error=on_error)
        _warn_skipped(evidence.skipped)
        if not evidence:
            _warn(f"{file} holds no judgements: the profile has no evidence")
        return profile(fw, evidence)
    if file == "-":
        text, name = _read_stdin(), "<stdin>"
    else:
        text, name = read_text(file, newline=""), file
    kind = file_kind(name, text, ("narrative", "json", "csv", "tsv"), declared)
    if kind == "narrative":
        if ownership is True:
            result = profile_text(fw, text)
        else:
            from ._language._ownership import OwnershipModel  # noqa: PLC0415
            from ._matching._matcher import Matcher  # noqa: PLC0415

            model = OwnershipModel.load(ownership) if isinstance(ownership, str) else False
            result = profile_text(fw, text, matcher=Matcher(fw, ownership=model))
        if not result.sentences:
            _warn(f"{name} holds no sentences: the profile has no evidence")
        return result
    _warn_unread(ownership)
    if kind == "json":
        evidence = evidence_from_json(text, name, fw, on_error=on_error)
    else:
        delimiter = "\t" if kind == "tsv" else ","
        evidence = evidence_from_csv(text, name, delimiter=delimiter, fw=fw, on_error=on_error)
    _warn_skipped(evidence.skipped)
    if not evidence:
        _warn(f"{name} holds no judgements: the profile has no evidence")
    return profile(fw, evidence)


_WARNINGS: contextvars.ContextVar[list[str]] = contextvars.ContextVar("trainerframework_cli_warnings")


def _warn(message: str) -> None:
    """A warning for standard error (written by main() when the command ends)."""
    _WARNINGS.get([]).append(message)


def _warn_skipped(skipped: Skipped, what: tuple[str, str] = ("row", "rows")) -> None:
    """Warn of what ``--skip-bad-rows`` left out: how many, then each kind with its first place."""
    if not skipped:
        return
    places = len({p.path for p in skipped})
    count = len(skipped)
    problems = f"{count:,} problem{'' if count == 1 else 's'}"
    _warn(f"left out {places:,} {what[places != 1]} with problems ({problems}), by kind:")
    for kind, found in skipped.by_kind().items():
        _warn(f"  {len(found):>6,}  {kind} (first: {found[0].path})")


def _plural(n: int, word: str) -> str:
    """``1 trainer``, ``2 trainers``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _positive(text: str) -> int:
    """An argparse type: a whole number >= 1."""
    value = _count(text)
    if value < 1:
        msg = f"expected 1 or more, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _count(text: str) -> int:
    """An argparse type: a whole number >= 0."""
    try:
        value = int(text)
    except ValueError:
        msg = f"expected a whole number, not {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if value < 0:
        msg = f"expected 0 or more, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _levels(text: str) -> tuple[int, ...]:
    """An argparse type: Guskey levels as 1,2,4,5."""
    try:
        levels = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        msg = f"expected levels such as 1,2,4,5, not {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if not levels or not all(1 <= lv <= 5 for lv in levels):
        msg = f"levels are 1 to 5, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return levels


@_command("plan")
def _plan(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._interchange._serialize import unstructure  # noqa: PLC0415
    from ._planning._development import ActivityMap  # noqa: PLC0415
    from ._planning._planning import plan  # noqa: PLC0415

    activity_map = ActivityMap.load(args.activity_map) if args.activity_map else None
    given = {"goals": args.goals, "weeks": args.weeks, "levels": args.levels}
    result = plan(
        _profile_of(fw, args.file, args.format, skip=args.skip_bad_rows, ownership=_ownership_of(args)),
        activity_map=activity_map,
        **{k: v for k, v in given.items() if v is not None},
    )
    if args.json:
        out.json(unstructure(result))
    else:
        out.write(str(result) + "\n")
    return EXIT_OK


@_command("template")
def _template(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._interchange._template import self_assessment_template  # noqa: PLC0415

    if args.out == "-":
        if args.format == "xlsx":
            raise UsageError("template: an XLSX workbook cannot go to standard output; give a file name")
        out.data(self_assessment_template(fw, format="csv").decode("utf-8-sig"))
        return EXIT_OK
    self_assessment_template(fw, args.out, format=args.format, overwrite=args.force)
    out.write(
        f"wrote {args.out}: a row per descriptor ({len(fw.descriptors)}); fill in the judgement column\n"
    )
    return EXIT_OK


@_command("review")
def _review(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._interchange._serialize import unstructure  # noqa: PLC0415
    from ._planning._review import OrganisationReview  # noqa: PLC0415

    result = OrganisationReview.read(
        args.file, organisation=args.organisation, on_error="skip" if args.skip_bad_rows else "raise"
    )
    _warn_skipped(result.skipped)
    if not result.ratings:
        _warn(f"{args.file} holds no ratings")
    if args.json:
        doc = {
            "review": unstructure(result),
            "sections": [unstructure(s) for s in result.sections()],
            "priorities": list(result.priorities()),
        }
        out.json(doc)
    else:
        out.write(str(result) + "\n")
    return EXIT_OK


@_command("profile")
def _profile(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._interchange._serialize import unstructure  # noqa: PLC0415

    p = _profile_of(fw, args.file, args.format, skip=args.skip_bad_rows, ownership=_ownership_of(args))
    priorities = p.priorities(limit=max(args.priorities, 0))
    if args.json:
        doc = {
            "categories": {k: v.id if v else None for k, v in p.category_stages.items()},
            "components": {k: v.id if v else None for k, v in p.component_stages.items()},
            # why a stage is null: not attained, or not enough evidence
            "status": {r.id: r.status.value for r in (*p.categories, *p.components)},
            "most_common_stage": (s.id if (s := p.most_common_stage()) else None),
            "priorities": [
                {
                    "descriptor": x.descriptor.id,
                    "scope": x.scope_id,
                    "target": x.target.id,
                    "gap": x.gap,
                    "assessed": x.assessed,
                    "text": x.descriptor.text,
                }
                for x in priorities
            ],
            "sentences": [
                {
                    "index": r.index,
                    "text": r.text,
                    "status": r.status.value,
                    "credited": r.credited,
                    "category": fw.descriptor(r.credited).category_id if r.credited else None,
                    "best_match": r.match.descriptor.id if r.match else None,
                    "confidence": r.confidence,
                    "assertion": r.match.assertion.value if r.match else None,
                    "clauses": unstructure(r.clauses),
                    "ownership": r.ownership,
                }
                for r in p.sentences
            ],
            "profile": unstructure(p),
        }
        out.json(doc)
        return EXIT_OK
    out.write("Profile (a stage per category and component; mixed stages are normal)\n\n")
    out.write(p.summary() + "\n")
    common = p.most_common_stage()
    out.write(f"\nMost common category stage (a derived summary): {common.name if common else 'none'}\n")
    out.write(f"Evidence: {_plural(len(p.evidence), 'judgement')}\n")
    for w in p.warnings:
        out.write(f"warning: {w}\n")
    if p.sentences:
        _write_sentences(fw, p, out)
    out.write("\nWhy\n\n" + p.explanation() + "\n")
    if args.priorities == 0:
        return EXIT_OK
    out.write("\nDevelopment priorities (nearest to attaining first)\n\n")
    for x in priorities:
        out.write(f"- {x.descriptor.id} -> {x.target.name} ({_how_near(fw, x)})\n    {x.descriptor.text}\n")
    if not priorities:
        out.write("- none: every component and category is at the top stage\n")
    return EXIT_OK


def _how_near(fw: Framework, x: Priority) -> str:
    """A priority's gap in words: how many more statements met would attain its stage there."""
    if not x.assessed:
        return "nothing judged here yet: judge these statements first"
    if x.gap <= 1e-9:
        return f"{x.target.name} is scored high enough here; a lower stage is not yet attained"
    size = sum(1 for d in fw.scope(x.scope_id) if d.stage == x.target)
    needed = max(1, math.ceil(x.gap * size - 1e-9))
    statements = "1 more statement" if needed == 1 else f"{needed} more statements"
    return f"{statements} of this stage met here would attain it"


def _write_sentences(fw: Framework, p: Profile, out: Output) -> None:
    """Which sentence evidenced which descriptor, by category, then the sentences not used."""
    out.write(f"\nEvidence from the narrative (credited at confidence {p.rules.min_confidence:g} or more)\n")
    for category in fw.categories:
        used = [r for r in p.sentences if r.credited and fw.descriptor(r.credited).category_id == category.id]
        if used:
            out.write(f"\n{category.name}\n")
            for r in used:
                out.write(f'  {r.credited} ({r.describe()})\n    "{r.text}"\n')
    unused = [r for r in p.sentences if not r.credited]
    if unused:
        out.write(f"\nNot used ({len(unused)} sentence{'s' if len(unused) != 1 else ''})\n")
        for r in unused:
            out.write(f'  ({r.describe()})\n    "{r.text}"\n')


@_command("cohort")
def _cohort(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._cohort._cohort import Cohort  # noqa: PLC0415

    on_error: Literal["raise", "skip"] = "skip" if args.skip_bad_rows else "raise"
    if args.by is None:
        cohort = Cohort.read(args.file, fw, format=args.format, on_error=on_error)
        _warn_skipped(cohort.skipped, ("row or file", "rows or files"))
        if not cohort.members:
            _warn(f"{args.file} holds no trainers")
        if args.csv:
            out.data(cohort.to_csv())
            return EXIT_OK
        return _cohort_summary(cohort, fw, args, out)
    if args.csv:
        raise UsageError("cohort: --csv writes one cohort's records; with --by, read each round apart")
    rounds = Cohort.read_rounds(args.file, fw, by=args.by, format=args.format, on_error=on_error)
    for each in rounds.values():
        _warn_skipped(each.skipped, ("row", "rows"))
    if args.json:
        out.json({"rounds": {value: _cohort_document(each) for value, each in rounds.items()}})
        return EXIT_OK
    for n, (value, each) in enumerate(rounds.items()):
        out.write(("\n" if n else "") + f"== {args.by} {value}\n")
        _cohort_summary(each, fw, args, out)
    return EXIT_OK


def _cohort_document(cohort: Cohort) -> dict[str, Any]:
    """The ``cohort --json`` summary of one cohort."""
    return {
        "trainers": len(cohort),
        "categories": cohort.stage_distribution("category"),
        "components": cohort.stage_distribution("component"),
        "common_priorities": [
            {"descriptor": d, "trainers": n} for d, n in cohort.common_priorities(limit=10)
        ],
        "shapes": [
            {"shape": list(shape), "trainers": len(ids)} for shape, ids in list(cohort.shapes().items())[:10]
        ],
    }


def _cohort_summary(cohort: Cohort, fw: Framework, args: argparse.Namespace, out: Output) -> int:
    """The ``cohort`` summary of one cohort, as a table or (``--json``) a document."""
    if args.json:
        out.json(_cohort_document(cohort))
        return EXIT_OK
    dist = cohort.stage_distribution("category")
    comps = cohort.stage_distribution("component")
    priorities = cohort.common_priorities(limit=10)
    shapes = list(cohort.shapes().items())[:10]
    keys = [*(s.id for s in fw.stages), "not_attained", "not_enough_evidence"]
    heads = [*(s.name for s in fw.stages), "not attained", "no evidence"]
    rows = [*dist.items(), *comps.items()]
    width = max([len(scope) for scope, _ in rows], default=0)
    # every column as wide as its heading or its widest count, so counts sit under their heading
    widths = [
        max([len(h), *(len(str(counts[k])) for _, counts in rows)]) for h, k in zip(heads, keys, strict=True)
    ]
    out.write(f"Cohort: {_plural(len(cohort), 'trainer')}\n\n")
    out.write(" " * width + "  " + "  ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)) + "\n")
    for scope, counts in rows:
        cells = "  ".join(f"{counts[k]:>{w}}" for k, w in zip(keys, widths, strict=True))
        out.write(f"{scope:<{width}}  {cells}\n")
    out.write("\nMost common development priorities (trainers with it among their first five)\n")
    for did, n in priorities:
        out.write(f"  {n:>6}  {did}: {fw.descriptor(did).text}\n")
    out.write("\nMost common profile shapes (stage rank per category, 0: none)\n")
    for shape, ids in shapes:
        out.write(f"  {len(ids):>6}  {' '.join(map(str, shape))}\n")
    return EXIT_OK


@_command("progress")
def _progress(fw: Framework, args: argparse.Namespace, out: Output) -> int:
    from ._cohort._cohort import Cohort  # noqa: PLC0415

    on_error: Literal["raise", "skip"] = "skip" if args.skip_bad_rows else "raise"
    if (args.by is None) == (args.later is None):
        raise UsageError("progress: give two cohort files (EARLIER LATER), or one file and --by COLUMN")
    if args.by is not None:
        rounds = Cohort.read_rounds(
            args.file, fw, by=args.by, at_least=2, format=args.format, on_error=on_error
        )
        for cohort in rounds.values():
            _warn_skipped(cohort.skipped)
        named = list(rounds.items())
    else:
        named = []
        for file in (args.file, args.later):
            cohort = Cohort.read(file, fw, format=args.format, on_error=on_error)
            _warn_skipped(cohort.skipped, ("row or file", "rows or files"))
            named.append((file, cohort))
    steps = [(a, b, ca.progress(cb)) for (a, ca), (b, cb) in itertools.pairwise(named)]
    if args.json:
        out.json(
            [
                {
                    "from": a,
                    "to": b,
                    "trainers": p.trainers,
                    "left": list(p.left),
                    "joined": list(p.joined),
                    "moves": p.to_records(),
                }
                for a, b, p in steps
            ]
        )
        return EXIT_OK
    heads = ("up", "down", "same", "gained", "lost")
    for n, (a, b, p) in enumerate(steps):
        if n:
            out.write("\n")
        out.write(f"Progress from {a} to {b}: {_plural(p.trainers, 'trainer')} in both rounds\n")
        for what, ids in (("left", p.left), ("joined", p.joined)):
            if ids:
                shown = ", ".join(ids[:10]) + (f", ... ({len(ids)} in all)" if len(ids) > 10 else "")
                out.write(f"  {what} ({len(ids)}): {shown}\n")
        rows = p.to_records() if p.trainers else []
        if not rows:
            continue
        width = max([len(r["scope"]) for r in rows], default=0)
        out.write("\n" + " " * width + "  " + "  ".join(f"{h:>6}" for h in heads) + "\n")
        for r in rows:
            out.write(f"{r['scope']:<{width}}  " + "  ".join(f"{r[h]:>6}" for h in heads) + "\n")
    return EXIT_OK


def _error_text(exc: TrainerFrameworkError) -> str:
    """One line per problem; a single problem is one line naming the file and place."""
    problems: tuple[Problem, ...] = getattr(exc, "problems", ())
    source = getattr(exc, "source", None)
    if len(problems) == 1:
        problem = problems[0]
        where = problem.path
        if source and not where.startswith(source):  # a path inside the document: name the file too
            where = f"{source}: {where}"
        return f"trainerframework: error: {where}: {problem.message}\n"
    first, *rest = str(exc).splitlines()
    return f"trainerframework: error: {first}\n" + "".join(f"  {line.strip()}\n" for line in rest)


class UsageError(Exception):
    """A command-line usage problem found after parsing (exit code 2)."""


def _read_stdin() -> str:
    """Standard input as text: bounded like a file, and strictly UTF-8 whatever the locale says."""
    if sys.stdin is None:  # started with standard input closed (<&-)
        raise InputFileError("cannot read standard input: it is closed")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # replaced by a text stream (tests, notebooks)
        return sys.stdin.read()
    try:
        return read_bounded(buffer, "standard input")
    except (OSError, ValueError) as exc:  # a closed or unreadable stream
        if isinstance(exc, TrainerFrameworkError):
            raise
        msg = f"cannot read standard input: {getattr(exc, 'strerror', None) or exc}"
        raise InputFileError(msg) from None


_C1 = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def json_text(text: str) -> str:
    r"""JSON text with DEL and the C1 controls (U+009B starts an escape sequence too) as ``\u`` escapes.

    json.dumps escapes the C0 controls itself; outside strings JSON holds none of these.
    """
    return text.translate(_C1)


class StreamError(Exception):
    """Standard output cannot be written: closed, full, or an encoding that cannot hold the text."""


class Output:
    """What a command writes: text for people with control characters shown as escapes, data as it is.

    Every failure to write (a closed stream, a full disk, an encoding such as
    ``PYTHONIOENCODING=ascii`` that cannot hold the text) becomes one
    :class:`StreamError` naming standard output; a closed pipe is left to
    :func:`main` (a reader such as ``head`` has all it wanted).
    """

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> None:
        r"""Text for people: control characters (ESC, CR, C1) shown as ``\xNN``."""
        self._put(terminal_text(text))

    def data(self, text: str) -> None:
        """Data (CSV, JSON, Markdown) exactly as given."""
        self._put(text)

    def json(self, doc: object) -> None:
        """A JSON document, indented, with every control character escaped."""
        self._put(json_text(json.dumps(doc, ensure_ascii=False, indent=1)) + "\n")

    def flush(self) -> None:
        """Flush the stream: a full disk shows here, not at exit."""
        if self._stream is not None:
            self._guarded(self._stream.flush)

    def _put(self, text: str) -> None:
        stream = self._stream
        if stream is None:
            raise StreamError("cannot write to standard output: it is closed")
        self._guarded(lambda: stream.write(text))

    def _guarded(self, call: Callable[[], object]) -> None:
        try:
            call()
        except BrokenPipeError:
            raise
        except UnicodeEncodeError as exc:
            encoding = getattr(self._stream, "encoding", None) or exc.encoding
            bad = exc.object[exc.start : exc.end]
            msg = (
                f"cannot write to standard output: its encoding {encoding!r} cannot hold {bad!r} "
                "(set PYTHONIOENCODING=utf-8)"
            )
            raise StreamError(msg) from None
        except (OSError, ValueError) as exc:  # ValueError: a closed file
            msg = f"cannot write to standard output: {getattr(exc, 'strerror', None) or exc}"
            raise StreamError(msg) from None


def _say(err: TextIO | None, text: str) -> None:
    """A message on standard error, control characters escaped; a closed or broken stderr is not an error."""
    if err is None:
        return
    try:
        err.write(terminal_text(text))
        err.flush()
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    parser = _parser()
    try:
        # usage errors and --help go to the streams the caller gave, like every other message
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    output = Output(out)
    try:
        fw = load_framework(args.framework)
        handler = _COMMANDS[args.command or "show"]
        if args.command is None:
            args.id = None
        warnings: list[str] = []
        token = _WARNINGS.set(warnings)
        try:
            code = handler(fw, args, output)
            output.flush()
        finally:
            _WARNINGS.reset(token)
        _say(err, "".join(f"trainerframework: warning: {w}\n" for w in warnings))
        return code
    except UsageError as exc:
        _say(err, f"trainerframework: error: {exc}\n")
        return EXIT_USAGE
    except TrainerFrameworkError as exc:
        _say(err, _error_text(exc))
        return EXIT_INPUT
    except StreamError as exc:
        _say(err, f"trainerframework: error: {exc}\n")
        return EXIT_INPUT
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
