#!/usr/bin/env bash
# Mutation testing (mutmut 3) of the profiling core: _profiling/_rules, _profile,
# _index, _evidence and _cohort/_cohort (paths under src/trainerframework, no .py).
# Repeatable: a fresh copy of the committed tree and a fresh virtual environment
# holding the test dependencies but not trainerframework
# itself (mutmut imports its mutated copy from mutants/src).
#
#   bash tools/mutation.sh            # every target module
#   bash tools/mutation.sh _profiling/_rules     # some of them
#   MUTMUT_MAX_CHILDREN=1 nice -n 19 bash tools/mutation.sh ...   # on a shared machine
#
# Prints the share of mutants killed per module (a mutant that makes the tests run
# past mutmut's CPU-time limit counts as killed, as mutmut counts it) and lists the survivors
# (`mutmut show NAME` in the printed folder shows a mutant's diff). Hypothesis
# runs its "mutation" profile (few, derandomized examples per mutant). Tests that
# start a new interpreter (marked ``subprocess``: the command line in a child
# process, the wheel build) are left out: a child process does not see mutmut's
# mutant switch.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(_profiling/_rules _profiling/_profile _profiling/_index _profiling/_evidence _cohort/_cohort)

work=$(mktemp -d)
echo "working in $work"
git archive HEAD | tar -x -C "$work"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet ".[test]" mutmut
"$work/venv/bin/pip" uninstall --quiet --yes trainerframework

keep=$(printf '"src/trainerframework/%s.py",' "${targets[@]}")
skip=""
for f in src/trainerframework/*.py src/trainerframework/*/*.py; do
  name=${f#src/trainerframework/}
  name=${name%.py}
  [[ " ${targets[*]} " == *" $name "* ]] || skip+="\"$f\","
done
cat >> "$work/pyproject.toml" <<TOML

[tool.mutmut]
paths_to_mutate = ["src/"]
do_not_mutate = [${skip%,}]
tests_dir = ["tests/"]
also_copy = ["benchmarks/", "tools/", "docs/", "examples/", "README.md", "CHANGELOG.md", "LICENSE"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q", "-m", "not subprocess"]
TOML
echo "mutating: ${keep%,}"
cd "$work"
children=()
[ -z "${MUTMUT_MAX_CHILDREN:-}" ] || children=(--max-children "$MUTMUT_MAX_CHILDREN")
HYPOTHESIS_PROFILE=mutation venv/bin/mutmut run "${children[@]}" >mutmut.log 2>&1 || { tail -40 mutmut.log; exit 1; }
venv/bin/mutmut results --all true >results.txt 2>/dev/null || venv/bin/mutmut results >results.txt
python3 - "${targets[@]}" <<'PY'
import re, sys
rows = [line.strip() for line in open("results.txt") if ": " in line]
for module in sys.argv[1:]:
    module = module.replace("/", ".")
    mine = [r for r in rows if r.startswith(f"trainerframework.{module}.")]
    killed = sum(1 for r in mine if r.endswith((": killed", ": timeout")))
    timeouts = sum(1 for r in mine if r.endswith(": timeout"))
    total = sum(1 for r in mine if not r.endswith(": not checked"))
    print(
        f"{module:22} {killed:5} of {total:5} killed = {killed / total:.0%} ({timeouts} of them by a timeout)"
        if total
        else f"{module:22} no mutants"
    )
print("\nsurvivors:")
for r in rows:
    if r.endswith(": survived") or r.endswith(": no tests"):
        print("  " + r)
PY
