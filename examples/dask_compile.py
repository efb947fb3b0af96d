"""Compile an archive too large for one machine with Dask: a bag of files in, JSON Lines out.

    pip install 'briefing[dask]'
    python examples/dask_compile.py ARTICLES_DIR OUT_DIR [--scheduler tcp://host:8786] [--partitions N]

Each partition of the bag becomes one ``part-NNNN.jsonl`` file: one brief per line for articles
that compiled, and one ``{"path": ..., "error": ...}`` line for those that did not, so a run over a
messy archive finishes and says what it skipped.  Without ``--scheduler`` a local cluster of two
worker processes is started (what the test does).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

from briefing.batch import compile_path, expand
from briefing.store import json_line


def to_json_line(path: str) -> str:
    """One JSON line for one article: its brief, or the reason it could not be compiled."""
    result = compile_path(path)
    if result.brief is None:
        return json.dumps({"path": result.path, "error": result.error}, ensure_ascii=False)
    return json_line(result.brief)


def compile_archive(paths: list[str], out_dir: str, client: Client, partitions: int | None = None) -> list[str]:
    """Compile ``paths`` on the cluster behind ``client``; returns the JSON Lines files written."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence(paths, npartitions=partitions or max(1, min(len(paths), 4 * len(client.ncores()))))
    names = bag.map(to_json_line).to_textfiles(str(Path(out_dir) / "part-*.jsonl"), compute=False)
    client.compute(names, sync=True)
    return sorted(str(p) for p in Path(out_dir).glob("part-*.jsonl"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="+", help="article files or directories")
    parser.add_argument("out_dir")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args()
    paths = expand(args.articles)
    if args.scheduler:
        with Client(args.scheduler) as client:
            written = compile_archive(paths, args.out_dir, client, args.partitions)
    else:
        with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
            written = compile_archive(paths, args.out_dir, client, args.partitions)
    print(f"{len(paths)} articles -> {len(written)} JSON Lines files in {args.out_dir}")


if __name__ == "__main__":
    main()
