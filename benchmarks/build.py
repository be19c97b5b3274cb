"""Benchmark: whole builds (``progmap build``) of growing corpora, for cron-job sizing.

Usage::

    PROGMAP_MIRROR=../shared/geodata python benchmarks/build.py [--sizes 10,25,50,100] [--big 16]

Generates corpora of ordinary documents (2-8 KB, recombined at run time from
the paragraphs of ``examples/`` and ``../shared/corpus/dev/corpus``, see
``benchmarks/corpus.py``) and builds each in a fresh process with an empty
per-document cache. For each size it prints wall and CPU time, MB/s, the
peak memory of the build's processes (proportional set sizes summed, so
pages forked workers share count once; sampled every 0.2 s),
the time of each stage (``progmap -v``), the size of map.html, and the ratio
to geotext's throughput on the same corpus in the same run (geotext finds
capitalized place names only; progmap does the whole build). Then:

- an incremental rebuild of the largest corpus after adding 1% new
  documents, against its full build;
- on the smallest corpus, the same and a check that the incremental
  outputs are byte for byte those of a full build;
- ``progmap extract`` of one large file against the same megabytes of
  small files (``--big`` MB; 0 skips).

The machine's load average is printed before and after: on a shared
machine, wall times vary with it; CPU times much less. Figures, not
pass/fail.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_big_file, write_corpus  # noqa: E402

_STAGE = re.compile(r"^progmap: (\S.*?)\s+([\d.]+) s \(.*CPU here\s+([\d.]+) s")


def _pss(pid: int) -> int:
    """A process's proportional set size in bytes: shared pages (a forked worker's
    copy of the gazetteer) count once across the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_memory(root: int) -> int:
    """Memory of a process and all its descendants (summed PSS), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss(pid)
        stack.extend(children.get(pid, []))
    return total


def run(command: list[str], env: dict) -> tuple[float, float, int, str]:
    """Run a command; its wall seconds, CPU seconds (with its children), peak memory of its processes (bytes) and stderr."""
    before = os.times()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]

    def sample():
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_memory(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    sampler.join()
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr}")
    return wall, cpu, peak[0], stderr


def stages(stderr: str) -> dict[str, tuple[float, float]]:
    """Stage wall times and CPU times (of the process that ran each stage), from ``progmap -v`` output."""
    found = {}
    for line in stderr.splitlines():
        match = _STAGE.match(line)
        if match:
            found[match.group(1).strip()] = (float(match.group(2)), float(match.group(3)))
    return found


def stage_text(times: dict) -> str:
    return ", ".join(f"{name} {wall:.1f} ({cpu:.1f})" for name, (wall, cpu) in times.items())


def build(corpus: Path, out: Path, env: dict, full: bool = True):
    command = [sys.executable, "-m", "progmap.cli", "-v", "build", str(corpus), "--out", str(out)]
    return run(command + (["--full"] if full else []), env)


def geotext_seconds(corpus: Path, env: dict) -> float:
    """Wall seconds geotext takes over a folder's files in a fresh process (its index load excluded)."""
    code = (
        "import sys, time, pathlib\n"
        "from geotext import GeoText\n"
        "GeoText('warm up in Paris')\n"
        "texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path(sys.argv[1]).iterdir())]\n"
        "start = time.perf_counter()\n"
        "for text in texts: GeoText(text)\n"
        "print(time.perf_counter() - start)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, env=env, check=True)
    return float(result.stdout.strip())


def megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def same_outputs(a: Path, b: Path) -> list[str]:
    """Output files whose bytes differ (the GeoPackage holds write times and is left out)."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    return [n for n in names if not n.endswith(".gpkg") and ((a / n).read_bytes() if (a / n).exists() else None) != ((b / n).read_bytes() if (b / n).exists() else None)]


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,25,50,100", help="corpus sizes in MB, comma-separated (default 10,25,50,100)")
    parser.add_argument("--big", type=float, default=16.0, help="MB of the one-file extract comparison (0: skip)")
    parser.add_argument("--keep", help="a folder to keep the corpora and outputs in (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s]
    env = dict(os.environ)
    if not env.get("PROGMAP_MIRROR") and (HERE.parent.parent / "shared" / "geodata").is_dir():
        env["PROGMAP_MIRROR"] = str(HERE.parent.parent / "shared" / "geodata")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(args.keep) if args.keep else Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        # A cache of our own: no document is cached before its full build.
        env["PROGMAP_CACHE"] = str(root / "cache")
        print(f"machine: {os.cpu_count()} CPUs, load average {_load()} at start; {time.strftime('%Y-%m-%d %H:%M')}")
        warm = root / "warm"
        write_corpus(warm, 0.01)
        build(warm, root / "warm-out", env)  # the gazetteer goes into the new cache once
        results = []
        for size in sizes:
            corpus = root / f"corpus-{size:g}"
            count = write_corpus(corpus, size)
            mb = megabytes(corpus)
            out = root / f"out-{size:g}"
            wall, cpu, peak, stderr = build(corpus, out, env)
            seconds = geotext_seconds(corpus, env)
            times = stages(stderr)
            results.append((size, corpus, out, count, wall))
            print(
                f"{mb:6.1f} MB, {count:6d} documents: {wall:7.1f} s ({cpu:7.1f} CPU s), {mb / wall:5.2f} MB/s, "
                f"{wall / mb:5.2f} s/MB, peak {peak / 2**20:6.0f} MiB; map.html {(out / 'map.html').stat().st_size / 1e6:5.1f} MB; "
                f"geotext {mb / seconds:5.1f} MB/s, ratio progmap/geotext {seconds / wall:.3f}\n"
                f"         stages, wall s (CPU s of the process that ran it; the outputs after the tables are written by two at once): {stage_text(times)}",
                flush=True,
            )
        for (size, corpus, out, count, wall), check in ((results[-1], False), (results[0], True)):
            added = max(1, round(count * 0.01))
            write_corpus(corpus, megabytes(corpus) * 0.01, seed=97, first=count)
            again, cpu, _, stderr = build(corpus, out, env, full=False)
            line = f"incremental rebuild, {size:g} MB + 1% ({added} new documents): {again:6.1f} s ({cpu:.1f} CPU s), {100 * again / wall:4.1f}% of the full build"
            if check:
                full_out = root / f"out-{size:g}-full"
                build(corpus, full_out, env)
                differing = same_outputs(out, full_out)
                line += "; outputs byte-identical to a full build" if not differing else f"; DIFFERENT from a full build: {differing}"
            print(line + f"\n         stages: {stage_text(stages(stderr))}", flush=True)
        if args.big:
            big = root / "big" / "big.txt"
            write_big_file(big, args.big)
            small = root / "small"
            write_corpus(small, args.big, seed=5)
            command = [sys.executable, "-m", "progmap.cli", "-q", "extract"]
            one_wall, one_cpu, _, _ = run(command + [str(big)], env)
            many_wall, many_cpu, _, _ = run(command + [str(small)], env)
            mb_one, mb_many = megabytes(big.parent), megabytes(small)
            print(
                f"extract, one {mb_one:.1f} MB file: {mb_one / one_wall:5.2f} MB/s ({one_cpu:.1f} CPU s); "
                f"{mb_many:.1f} MB of small files: {mb_many / many_wall:5.2f} MB/s ({many_cpu:.1f} CPU s); "
                f"per MB, the one file takes {(one_wall / mb_one) / (many_wall / mb_many):.2f} times as long "
                f"({(one_cpu / mb_one) / (many_cpu / mb_many):.2f} in CPU time)",
                flush=True,
            )
        print(f"load average {_load()} at the end")
        shutil.rmtree(root / "cache", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
