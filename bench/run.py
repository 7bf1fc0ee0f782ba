"""`make bench`: time iki against check-jsonschema and a bare libyaml load, at 100, 1,000 and
10,000 positions, and write the ratios to bench/results.md.

Every command runs as its own process, as a user or CI would run it, and is measured with
`os.wait4`: CPU time (user + system) and peak memory of that process alone. CPU time is the
figure compared, because wall time on a shared two-core machine measures the neighbours too;
wall time is printed beside it. Each measurement is the best of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.synth import write_office

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

BARE_LOAD = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

GOALS = """\
Goals (from the issue): at 10,000 positions, `iki validate` with every check ≤ 0.1 × check-jsonschema
and ≤ 2 × the bare load; 10× the positions costs ≤ 11× the time for every command;
`iki report --all` ≤ 3 × `iki validate`; peak memory under 1 GiB."""


@dataclass(frozen=True)
class Measure:
    cpu: float
    wall: float
    peak_mib: float


def measure(args: list[str], repeat: int) -> Measure:
    best: Measure | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        stderr = process.stderr.read().decode() if process.stderr else ""
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise SystemExit(f"benchmark command failed ({code}): {' '.join(args)}\n{stderr}")
        current = Measure(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024)
        if best is None or current.cpu < best.cpu:
            best = current
    assert best is not None
    return best


def commands(office: Path, out: Path) -> dict[str, list[list[str]]]:
    """Each benchmarked job as the processes it takes (check-jsonschema needs one per schema)."""
    iki = str(BIN / "iki")
    positions = sorted(str(p) for p in (office / "data" / "positions").glob("*.yaml"))
    realisations = sorted(str(p) for p in (office / "data" / "realisasi").rglob("*.yaml"))
    jobs = {
        "iki validate": [[iki, "validate", "--project", str(office), "--format", "json"]],
        "iki achievement": [[iki, "achievement", "--project", str(office), "--format", "json"]],
        "check-jsonschema": [
            [str(BIN / "check-jsonschema"), "--schemafile", str(ROOT / schema), *files]
            for schema, files in (
                ("schemas/position.schema.json", positions),
                ("schemas/realisasi.schema.json", realisations),
            )
        ],
        "bare libyaml load": [[sys.executable, "-c", BARE_LOAD, str(office / "data")]],
    }
    if _has_command("report"):
        jobs["iki report --all"] = [
            [iki, "report", "--all", "--format", "html", "--project", str(office), "-o", str(out)]
        ]
    return jobs


def _has_command(name: str) -> bool:
    listing = subprocess.run(
        [str(BIN / "iki"), "--help"], capture_output=True, text=True, check=False
    ).stdout
    return any(line.split()[:1] == [name] for line in listing.splitlines())


def run_job(processes: list[list[str]], repeat: int) -> Measure:
    parts = [measure(args, repeat) for args in processes]
    return Measure(
        sum(p.cpu for p in parts), sum(p.wall for p in parts), max(p.peak_mib for p in parts)
    )


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
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; PyYAML {yaml.__version__} "
        f"(libyaml {'yes' if yaml.__with_libyaml__ else 'no'})"
    )


def ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.md")
    args = parser.parse_args()

    results: dict[int, dict[str, Measure]] = {}
    with tempfile.TemporaryDirectory(prefix="iki-bench-") as tmp:
        for size in args.sizes:
            office = Path(tmp) / f"office-{size}"
            write_office(office, size)
            out = Path(tmp) / f"reports-{size}"
            results[size] = {}
            for name, processes in commands(office, out).items():
                repeat = 1 if size >= 10_000 and name == "check-jsonschema" else args.repeat
                results[size][name] = run_job(processes, repeat)
                m = results[size][name]
                print(
                    f"{size:>6} positions  {name:<18} cpu {m.cpu:8.2f} s  "
                    f"wall {m.wall:8.2f} s  peak {m.peak_mib:7.1f} MiB",
                    flush=True,
                )
                shutil.rmtree(out, ignore_errors=True)
    report = render(results)
    args.output.write_text(report, encoding="utf-8")
    print()
    print(report)


def render(results: dict[int, dict[str, Measure]]) -> str:
    sizes = sorted(results)
    names = list(results[sizes[0]])
    lines = ["# Benchmark results", "", f"Machine: {machine()}.", "", GOALS, ""]
    lines += ["## Times (CPU seconds, user + system; best of the repeats)", ""]
    lines.append("| command | " + " | ".join(f"{s:,} positions" for s in sizes) + " |")
    lines.append("|---|" + "---:|" * len(sizes))
    for name in names:
        cells = [f"{results[s][name].cpu:.2f} s ({results[s][name].wall:.2f} s wall)" for s in sizes]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "## Peak memory (MiB, per process)", ""]
    lines.append("| command | " + " | ".join(f"{s:,}" for s in sizes) + " |")
    lines.append("|---|" + "---:|" * len(sizes))
    for name in names:
        lines.append(
            f"| {name} | " + " | ".join(f"{results[s][name].peak_mib:.0f}" for s in sizes) + " |"
        )
    big = sizes[-1]
    at = results[big]
    lines += ["", f"## Ratios at {big:,} positions", ""]
    checks: list[tuple[str, str, bool]] = []
    v = at["iki validate"].cpu
    cj = ratio(v, at["check-jsonschema"].cpu)
    bare = ratio(v, at["bare libyaml load"].cpu)
    checks.append(("iki validate / check-jsonschema", cj, float(cj) <= 0.1))
    checks.append(("iki validate / bare libyaml load", bare, float(bare) <= 2))
    if "iki report --all" in at:
        rv = ratio(at["iki report --all"].cpu, v)
        checks.append(("iki report --all / iki validate", rv, float(rv) <= 3))
    peak = max(m.peak_mib for m in at.values() if m is not at["check-jsonschema"])
    checks.append(("peak memory of iki (MiB)", f"{peak:.0f}", peak < 1024))
    if len(sizes) >= 2 and sizes[-2] * 10 == big:
        for name in names:
            if name.startswith("iki"):
                r = ratio(at[name].cpu, results[sizes[-2]][name].cpu)
                checks.append((f"{name}: {big:,} / {sizes[-2]:,}", r, float(r) <= 11))
    lines.append("| ratio | value | goal met |")
    lines.append("|---|---:|---|")
    for label, value, met in checks:
        lines.append(f"| {label} | {value} | {'yes' if met else 'NO'} |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
