"""Benchmark: reading and applying a curated file of many items.

Usage::

    python benchmarks/curation.py [--items 100000]

Makes ``items`` extracted routes and a curated file that corrects a third
of them, suppresses a third and adds as many new ones as it suppresses;
then times reading that file (libyaml's safe loader and the schema check)
and applying it, and prints both with the ratio to half as many items: a
ratio near 2 means the work grows in proportion to the items. Figures, not
pass/fail. Needs no boundary files.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd
import yaml

from progmap import records
from progmap.schema import ROUTE_COLUMNS


def extracted_routes(count: int) -> pd.DataFrame:
    """``count`` routes as extraction gives them."""
    return pd.DataFrame(
        {
            "route_id": [f"route-doc{i // 10}-{i:08x}" for i in range(count)],
            "origin_code": "VN-02",
            "destination_code": "CHN",
            "purposes": [["marriage"]] * count,
            "victims": [["women"]] * count,
            "volume": None,
            "direction": "trafficking",
            "doc": [f"doc{i // 10}.txt" for i in range(count)],
            "start": range(count),
            "end": range(1, count + 1),
            "evidence": [f"Women from Lao Cai were sold to China ({i})." for i in range(count)],
            "source": "extracted",
        },
        columns=ROUTE_COLUMNS,
    )


def curated_items(routes: pd.DataFrame) -> list[dict]:
    """Correct a third of ``routes``, suppress a third, add as many new ones."""
    items = []
    for number, route_id in enumerate(routes["route_id"]):
        if number % 3 == 0:
            items.append({"id": route_id, "destination_code": "LAO", "purposes": ["labour"]})
        elif number % 3 == 1:
            items.append({"id": route_id, "action": "suppress"})
        else:
            items.append({"id": f"added-{number}", "action": "add", "origin_code": "VN-44", "destination_code": "KHM",
                          "evidence": "Field visit."})
    return items


def time_once(count: int, folder: Path) -> tuple[float, float]:
    """Seconds to read, and to apply, a curated file of ``count`` items."""
    routes = extracted_routes(count)
    path = folder / f"curated-{count}.yaml"
    path.write_text(yaml.dump({"routes": curated_items(routes)}, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper)), encoding="utf-8")
    started = time.perf_counter()
    curated = records.read_curated(path)
    read = time.perf_counter() - started
    started = time.perf_counter()
    final = records.apply_curated({"routes": routes}, [curated])
    applied = time.perf_counter() - started
    suppressed, added = len(range(1, count, 3)), len(range(2, count, 3))
    assert len(final["routes"]) == count - suppressed + added
    return read, applied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        half_read, half_apply = time_once(args.items // 2, Path(folder))
        read, applied = time_once(args.items, Path(folder))
    print(f"curated items: {args.items} (a third corrected, a third suppressed, a third added)")
    print(f"read (safe YAML + schema): {read:6.2f} s   ratio to {args.items // 2} items: {read / half_read:.2f}")
    print(f"apply:                     {applied:6.2f} s   ratio to {args.items // 2} items: {applied / half_apply:.2f}")
    print(f"total:                     {read + applied:6.2f} s")


if __name__ == "__main__":
    main()
