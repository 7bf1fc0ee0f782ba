"""`make bench`: how iki's time grows with every dimension of an office, and how it compares
with check-jsonschema and a bare libyaml load; writes bench/results.md.

Three parts, in one run:

1. **The office itself**: the repository's own positions (data/positions), `iki validate`
   against `check-jsonschema` on the same files.
2. **Scale**: offices of `--positions` positions (10,000 by default) in both profiles, the
   *realistic* one (bench/realistic.py: standard texts repeated across positions of a kind,
   wide and deep trees, four quarters of realisations, several years, formula rows) and the
   *distinct* one (bench/distinct.py: every text different, as the first benchmark had it).
3. **The sweep**: a realistic office of `--sweep-positions` positions, each dimension multiplied
   by four on its own, the others fixed; the ratio of each command's time is printed. Linear
   growth is 4; the goal is at most 5.

Every command runs as its own process, as a user or CI would run it, and is measured with
`os.wait4`: CPU time (user + system) and peak memory of that process alone. CPU time is the
figure compared, because wall time on a shared machine measures the neighbours too. Each
measurement is the best of `--repeat` runs (least CPU, least wall time, most memory).

Run `python -m bench.run --help` for the sizes; `make bench` runs the defaults (about a quarter
of an hour on two cores).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import yaml

from bench import distinct, realistic
from bench.realistic import Shape

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
IKI = str(BIN / "iki")
DEFAULT_OUTPUT = ROOT / "bench" / "results.md"
DEFAULT_RAW = ROOT / "build" / "bench.json"

BARE_LOAD = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

COMMANDS = ("validate", "achievement", "tree", "report --all", "diff")

GIT = [
    "git",
    "-c",
    "user.name=iki bench",
    "-c",
    "user.email=bench@example.invalid",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "init.defaultBranch=main",
]


@dataclass(frozen=True)
class Measure:
    cpu: float
    wall: float
    peak_mib: float

    def __add__(self, other: Measure) -> Measure:
        return Measure(
            self.cpu + other.cpu, self.wall + other.wall, max(self.peak_mib, other.peak_mib)
        )


def measure(args: list[str], repeat: int) -> Measure:
    best: Measure | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        stderr = process.stderr.read().decode() if process.stderr else ""
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # 1: the office has findings, which is what offices have
            raise SystemExit(f"benchmark command failed ({code}): {' '.join(args)}\n{stderr}")
        current = Measure(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024)
        # The least CPU and the least wall time of the runs (what the program needs; the rest
        # was the neighbours), and the most memory (what it may need).
        best = (
            current
            if best is None
            else Measure(
                min(best.cpu, current.cpu),
                min(best.wall, current.wall),
                max(best.peak_mib, current.peak_mib),
            )
        )
    assert best is not None
    return best


def iki(command: str, office: Path, out: Path) -> list[str]:
    args = {
        "validate": ["validate", "--format", "json"],
        "achievement": ["achievement", "--format", "json"],
        "tree": ["tree", "--format", "json"],
        "report --all": ["report", "--all", "--format", "html", "-o", str(out)],
        "diff": ["diff", "HEAD", "--format", "json"],
    }[command]
    return [IKI, *args, "--project", str(office)]


def check_jsonschema(office: Path) -> list[list[str]]:
    """One process per schema, as a pre-commit hook would run it."""
    jobs = []
    for schema, folder in (("position", "positions"), ("realisasi", "realisasi")):
        files = sorted(str(p) for p in (office / "data" / folder).rglob("*.yaml"))
        if files:
            jobs.append(
                [
                    str(BIN / "check-jsonschema"),
                    "--schemafile",
                    str(ROOT / "schemas" / f"{schema}.schema.json"),
                    *files,
                ]
            )
    return jobs


def run(jobs: list[list[str]], repeat: int) -> Measure:
    total = Measure(0.0, 0.0, 0.0)
    for args in jobs:
        total = total + measure(args, repeat)
    return total


def git(office: Path, *args: str) -> None:
    subprocess.run([*GIT, "-C", str(office), *args], check=True, capture_output=True)


def commit(office: Path) -> None:
    git(office, "init", "-q")
    git(office, "add", "-A")
    git(office, "commit", "-qm", "kantor")


def time_diff(office: Path, changed: Callable[[], None], repeat: int) -> Measure:
    """`iki diff HEAD` of the change `changed` writes over the committed office; the office is
    restored afterwards."""
    commit(office)
    changed()
    found = measure(iki("diff", office, office), repeat)
    git(office, "checkout", "-q", "--", ".")
    git(office, "clean", "-qfd")
    shutil.rmtree(office / ".git")
    return found


def compile_bytecode() -> None:
    """Compile iki's modules to bytecode before anything is measured.

    An installed package has its bytecode written by pip, and a checkout writes `__pycache__`
    on its first run, so every later run only loads it. A machine that sets
    PYTHONDONTWRITEBYTECODE (CI images and sandboxes often do) would instead compile the whole
    of iki from source in every measured run (a fifth of `iki validate` on the office's 21
    files), while check-jsonschema, installed by pip, loads its bytecode: the comparison would
    be of the machine's setting, not of the programs."""
    compileall.compile_dir(ROOT / "iki", quiet=1)


def log(label: str, name: str, m: Measure) -> None:
    print(
        f"{label:<28} {name:<18} cpu {m.cpu:8.2f} s  wall {m.wall:8.2f} s  "
        f"peak {m.peak_mib:7.1f} MiB",
        flush=True,
    )


# -- the parts -------------------------------------------------------------------------------


def office_scale(repeat: int) -> dict[str, Measure]:
    with tempfile.TemporaryDirectory(prefix="iki-bench-office-") as tmp:
        office = Path(tmp) / "office"
        shutil.copytree(ROOT / "data" / "positions", office / "data" / "positions")
        shutil.copyfile(ROOT / "iki.yaml", office / "iki.yaml")
        found = {
            "iki validate": measure(iki("validate", office, office), repeat),
            "check-jsonschema": run(check_jsonschema(office), repeat),
        }
    for name, m in found.items():
        log("office (data/positions)", name, m)
    return found


def scale(
    profile: str, positions: int, repeat: int, touched: float, given: Path | None = None
) -> dict[str, Measure]:
    found: dict[str, Measure] = {}
    with tempfile.TemporaryDirectory(prefix=f"iki-bench-{profile}-") as tmp:
        office = Path(tmp) / "office"
        out = Path(tmp) / "reports"
        shape = Shape(positions=positions)
        if given is not None:  # an office generated elsewhere: its iki.yaml and data/ only
            shutil.copytree(given / "data", office / "data")
            shutil.copyfile(given / "iki.yaml", office / "iki.yaml")
        elif profile == "realistic":
            realistic.write_office(office, shape)
        else:
            distinct.write_office(office, positions)
        for command in COMMANDS[:-1]:
            found[f"iki {command}"] = measure(iki(command, office, out), repeat)
            shutil.rmtree(out, ignore_errors=True)
            log(f"{profile} {positions:,}", f"iki {command}", found[f"iki {command}"])
        if profile == "realistic":
            changed = realistic.change(shape, touched)
            found["iki diff"] = time_diff(
                office, lambda: realistic.write_office(office, changed), repeat
            )
            log(f"{profile} {positions:,}", "iki diff", found["iki diff"])
        bare = [sys.executable, "-c", BARE_LOAD, str(office / "data")]
        found["bare libyaml load"] = measure(bare, repeat)
        log(f"{profile} {positions:,}", "bare libyaml load", found["bare libyaml load"])
        found["check-jsonschema"] = run(check_jsonschema(office), 1)
        log(f"{profile} {positions:,}", "check-jsonschema", found["check-jsonschema"])
    return found


@dataclass(frozen=True)
class Dimension:
    name: str
    base: Shape
    times4: Shape
    renamed: tuple[float, float] | None = None
    """for the diff dimension: the share of positions renamed at the base and at ×4"""


def dimensions(positions: int) -> list[Dimension]:
    base = Shape(positions=positions, indicators=4, copies=16, depth=4, bands=5, years=2)
    return [
        Dimension("positions", base, replace(base, positions=4 * positions)),
        Dimension("indicators per position", base, replace(base, indicators=16)),
        Dimension("copies of one text", base, replace(base, copies=64)),
        Dimension("tree depth", base, replace(base, depth=16)),
        Dimension("renamed positions in a diff", base, base, renamed=(0.025, 0.1)),
        Dimension("predikat bands", base, replace(base, bands=20)),
        Dimension("realisation files", replace(base, realised=0.25), replace(base, realised=1.0)),
        Dimension("years", base, replace(base, years=8)),
    ]


def describe(dimension: Dimension) -> str:
    if dimension.renamed:
        a, b = dimension.renamed
        n = dimension.base.positions
        return f"{round(a * n):,} → {round(b * n):,} renamed"
    field = {
        "positions": "positions",
        "indicators per position": "indicators",
        "copies of one text": "copies",
        "tree depth": "depth",
        "predikat bands": "bands",
        "years": "years",
    }.get(dimension.name)
    if field:
        return f"{getattr(dimension.base, field):,} → {getattr(dimension.times4, field):,}"
    n = dimension.base.positions
    base_files = round(dimension.base.realised * n) * dimension.base.years
    return f"{base_files:,} → {round(dimension.times4.realised * n) * dimension.times4.years:,}"


def sweep_point(shape: Shape, commands: tuple[str, ...], renamed: float | None, repeat: int):
    found: dict[str, Measure] = {}
    with tempfile.TemporaryDirectory(prefix="iki-bench-sweep-") as tmp:
        office = Path(tmp) / "office"
        out = Path(tmp) / "reports"
        realistic.write_office(office, shape)
        for command in commands:
            if command == "diff":
                changed = (
                    realistic.change(shape, renamed, renamed_share=1.0)
                    if renamed is not None
                    else realistic.change(shape, 0.1)
                )
                found[command] = time_diff(
                    office, lambda c=changed: realistic.write_office(office, c), repeat
                )
            else:
                found[command] = measure(iki(command, office, out), repeat)
                shutil.rmtree(out, ignore_errors=True)
    return found


def sweep(positions: int, repeat: int) -> dict[str, tuple[str, dict[str, tuple[float, float]]]]:
    """Per dimension: its description and, per command, (base CPU, ×4 CPU)."""
    cache: dict[Shape, dict[str, Measure]] = {}
    results = {}
    for dimension in dimensions(positions):
        commands = ("diff",) if dimension.renamed else COMMANDS
        points = []
        for shape, renamed in (
            (dimension.base, dimension.renamed[0] if dimension.renamed else None),
            (dimension.times4, dimension.renamed[1] if dimension.renamed else None),
        ):
            if renamed is None and shape in cache:
                points.append(cache[shape])
                continue
            found = sweep_point(shape, commands, renamed, repeat)
            if renamed is None:
                cache[shape] = found
            points.append(found)
        ratios = {c: (points[0][c].cpu, points[1][c].cpu) for c in commands}
        results[dimension.name] = (describe(dimension), ratios)
        for command, (a, b) in ratios.items():
            print(
                f"sweep {dimension.name:<28} {command:<13} {a:7.2f} s → {b:7.2f} s  ×{b / a:5.2f}",
                flush=True,
            )
    return results


# -- the report ------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB memory"
    load = ""
    if hasattr(os, "getloadavg"):
        load = f"; load average at the end {os.getloadavg()[0]:.1f}"
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; PyYAML {yaml.__version__} "
        f"(libyaml {'yes' if yaml.__with_libyaml__ else 'no'}){load}"
    )


def goal(label: str, value: float, limit: float | None, strict: bool = False) -> str:
    """A table row: the value against its goal; `limit` None: shown, with no goal to meet."""
    if limit is None:
        return f"| {label} | {value:.3f} | – | – |"
    met = value < limit if strict else value <= limit
    sign = "<" if strict else "≤"
    return f"| {label} | {value:.3f} | {sign} {limit:g} | {'yes' if met else 'NO'} |"


def render(
    office: dict[str, Measure],
    scales: dict[str, dict[str, Measure]],
    positions: int,
    sweep_positions: int,
    swept: dict[str, tuple[str, dict[str, tuple[float, float]]]],
    argv: list[str],
    machine_text: str,
) -> str:
    """bench/results.md; a part that was skipped is left out."""
    rerun = "make bench" if not argv else f"python -m bench.run {' '.join(argv)}"
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py); rerun it with "
        f"`{rerun}` (about a quarter of an hour on two cores; "
        "`python -m bench.run --help` for smaller sizes, `--office DIR` to measure an office "
        "generated elsewhere beside these).",
        "",
        f"Machine: {machine_text}. Wall times depend on whatever else the machine runs, so CPU "
        "time (user + system) of each process alone is what the ratios compare, but for the "
        "goal that lets iki use both cores, which is on wall time.",
        "",
        "Profiles: **realistic** (bench/realistic.py) writes offices the way real ones are "
        "written: each position has a kind (Pengadministrasi Keuangan, Kepala Seksi …) and every "
        "position of a kind carries the same standard texts, each row supporting a row of the "
        "superior; a head, wide structural levels, a wide bottom of staff; targets and "
        "four quarters of realisations for each year of history; one row in four a percentage "
        "with a formula. **distinct** (bench/distinct.py) is the first benchmark's office, "
        "every text different.",
        "",
    ]
    if office:
        lines += _office_part(office)
    if scales:
        lines += _scale_part(scales, positions)
    if swept:
        lines += _sweep_part(swept, sweep_positions)
    return "\n".join(lines)


def _office_part(office: dict[str, Measure]) -> list[str]:
    count = len(list((ROOT / "data" / "positions").glob("*.yaml")))
    lines = [
        "## The office itself",
        "",
        f"The repository's own {count} positions (data/positions), CPU time of the whole "
        "process, best of the repeats.",
        "",
        "| command | CPU | wall | peak memory |",
        "|---|---:|---:|---:|",
    ]
    for name, m in office.items():
        lines.append(f"| {name} | {m.cpu:.3f} s | {m.wall:.3f} s | {m.peak_mib:.0f} MiB |")
    ratio = office["iki validate"].cpu / office["check-jsonschema"].cpu
    lines += [
        "",
        "| ratio | value | goal | met |",
        "|---|---:|---:|---|",
        goal("iki validate / check-jsonschema", ratio, 0.5),
        "",
    ]
    return lines


def _scale_part(scales: dict[str, dict[str, Measure]], positions: int) -> list[str]:
    shape = Shape(positions=positions)
    levels = ", ".join(f"{n:,}" for n in realistic.level_sizes(positions, shape.depth))
    lines = [
        f"## {positions:,} positions",
        "",
        f"The realistic office: levels of {levels} positions; {shape.indicators} indicators "
        f"each; {shape.copies} positions of each kind; {shape.years} years of targets and "
        "realisations. CPU seconds (wall seconds), peak memory of the process. `iki diff` "
        "compares the committed office with a change touching 10 % of the positions (a third "
        "renamed, the rest with edited targets and an edited text). check-jsonschema runs once "
        "per schema.",
        "",
    ]
    names = list(dict.fromkeys(n for found in scales.values() for n in found))
    lines.append("| command | " + " | ".join(scales) + " |")
    lines.append("|---|" + "---:|" * len(scales))
    for name in names:
        cells = [
            f"{found[name].cpu:.2f} s ({found[name].wall:.2f} s), {found[name].peak_mib:.0f} MiB"
            if name in found
            else "–"
            for found in scales.values()
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| profile | ratio | value | goal | met |", "|---|---|---:|---:|---|"]
    for profile, found in scales.items():
        v = found["iki validate"].cpu
        bare = found["bare libyaml load"]
        # Issue 19 set the report, diff and memory goals on offices with repeated texts (the
        # realistic profile, or one generated elsewhere); the distinct office shows them only.
        repeated = profile != "distinct"
        rows = [
            goal("iki validate / check-jsonschema", v / found["check-jsonschema"].cpu, 0.1),
            # The goal allows both cores, so it is on wall time: a second process adds CPU
            # (starting, pickling), it cannot save any. The CPU ratio is shown all the same.
            goal("iki validate / bare libyaml load, CPU", v / bare.cpu, None),
            goal(
                "iki validate / bare libyaml load, wall (iki may use both cores)",
                found["iki validate"].wall / bare.wall,
                1.0,
            ),
            goal(
                "iki report --all / iki validate",
                found["iki report --all"].cpu / v,
                3 if repeated else None,
            ),
        ]
        if "iki diff" in found:
            rows.append(
                goal("iki diff (10 % touched) / iki validate", found["iki diff"].cpu / v, 2)
            )
        peak = max(m.peak_mib for n, m in found.items() if n.startswith("iki")) / 1024
        rows.append(goal("peak memory of iki (GiB)", peak, 1 if repeated else None, strict=True))
        lines += [f"| {profile} | {row[2:]}" for row in rows]
    lines.append("")
    return lines


def _sweep_part(
    swept: dict[str, tuple[str, dict[str, tuple[float, float]]]], sweep_positions: int
) -> list[str]:
    lines = [
        f"## The sweep: each dimension × 4 on a realistic office of {sweep_positions:,} positions",
        "",
        "Base: 4 indicators per position, 16 positions of each kind, 4 levels, 5 predikat "
        "bands, realisations for every position, 2 years; `iki diff` of a change touching 10 % "
        "of the positions. Each cell: the CPU time with the dimension × 4 divided by the time "
        "at the base (base → × 4 in seconds). Linear is 4; the goal is ≤ 5. Part of each time "
        "is the start of the process (~0.1 s) and the parts that do not grow, so a linear "
        "dimension shows less than 4.",
        "",
        "| dimension | base → × 4 | " + " | ".join(COMMANDS) + " | worst | met |",
        "|---|---|" + "---:|" * len(COMMANDS) + "---:|---|",
    ]
    for name, (description, ratios) in swept.items():
        cells = []
        for command in COMMANDS:
            if command in ratios:
                a, b = ratios[command]
                cells.append(f"{b / a:.2f} ({a:.1f} → {b:.1f})")
            else:
                cells.append("–")
        worst = max(b / a for a, b in ratios.values())
        lines.append(
            f"| {name} | {description} | "
            + " | ".join(cells)
            + f" | {worst:.2f} | {'yes' if worst <= 5 else 'NO'} |"
        )
    lines.append("")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--positions", type=int, default=10_000, help="size of the scale part")
    parser.add_argument("--sweep-positions", type=int, default=1000, help="base size of the sweep")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each command (best)")
    parser.add_argument("--sweep-repeat", type=int, default=1)
    parser.add_argument("--skip", nargs="*", default=[], choices=["office", "scale", "sweep"])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--raw",
        type=Path,
        default=DEFAULT_RAW,
        help="the measurements, kept to write results.md again with --render-only",
    )
    parser.add_argument("--render-only", action="store_true")
    parser.add_argument(
        "--office",
        type=Path,
        help="also measure this office (a folder with iki.yaml and data/), e.g. one generated "
        "elsewhere; it is copied, never changed",
    )
    args = parser.parse_args()
    # Checked now, not after the quarter of an hour the other parts take.
    if args.office is not None and not (
        (args.office / "iki.yaml").is_file() and (args.office / "data").is_dir()
    ):
        parser.error(f"--office {args.office}: no iki.yaml and data/ there")

    if args.render_only:
        raw = json.loads(args.raw.read_text(encoding="utf-8"))
        office = {k: Measure(**v) for k, v in raw["office"].items()}
        scales = {p: {k: Measure(**v) for k, v in f.items()} for p, f in raw["scales"].items()}
        swept = {
            k: (d, {c: (a, b) for c, (a, b) in r.items()}) for k, (d, r) in raw["sweep"].items()
        }
        argv = raw["argv"]
    else:
        compile_bytecode()
        office = office_scale(5) if "office" not in args.skip else {}
        scales = (
            {p: scale(p, args.positions, args.repeat, 0.1) for p in ("realistic", "distinct")}
            if "scale" not in args.skip
            else {}
        )
        if args.office is not None:
            scales[f"given ({args.office.name})"] = scale(
                "given", args.positions, args.repeat, 0.1, args.office.resolve()
            )
        swept = sweep(args.sweep_positions, args.sweep_repeat) if "sweep" not in args.skip else {}
        argv = sys.argv[1:]
        raw = {
            "argv": argv,
            "positions": args.positions,
            "sweep_positions": args.sweep_positions,
            "office": {k: asdict(v) for k, v in office.items()},
            "scales": {p: {k: asdict(v) for k, v in f.items()} for p, f in scales.items()},
            "sweep": swept,
            "machine": machine(),
        }
        if not args.skip or args.raw != DEFAULT_RAW:  # a partial run keeps the full run's
            args.raw.parent.mkdir(parents=True, exist_ok=True)
            args.raw.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    # The machine as it was at the end of the run, not when the page is rendered again.
    machine_text = raw.get("machine") or machine().replace(
        "load average at the end", "load average when rendered again (the run's was not kept)"
    )
    report = render(
        office, scales, raw["positions"], raw["sweep_positions"], swept, argv, machine_text
    )
    # A part left out makes a partial run, whether it ran just now or is rendered again.
    partial = bool(args.skip) or not (office and scales and swept)
    if partial and args.output == DEFAULT_OUTPUT:
        print("\n(a partial run: bench/results.md is left as it is; --output to write one)")
    else:
        args.output.write_text(report, encoding="utf-8")
    print()
    print(report)


if __name__ == "__main__":
    main()
