"""The Dask example compiles on a local two-worker cluster (runs when the dask extra is installed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "dask_compile.py"


def load_example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dask_compile", EXAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_archive_compiles_on_a_two_worker_cluster_and_reports_bad_files(tmp_path: Path) -> None:
    example = load_example()
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"a{i}.txt").write_text(f"Story {i}.\n\nThe council met on Monday, officials said. Item {i}.\n")
    (src / "broken.txt").write_bytes(b"\x00\x01\x02")
    paths = sorted(str(p) for p in src.iterdir())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.ncores()) == 2
            written = example.compile_archive(paths, str(tmp_path / "out"), client, partitions=3)
    rows = [json.loads(line) for name in written for line in Path(name).read_text().splitlines()]
    assert len(written) == 3 and len(rows) == 7
    briefs = [r for r in rows if "schema" in r]
    errors = [r for r in rows if "error" in r]
    assert sorted(b["sources"][0]["path"] for b in briefs) == [p for p in paths if "broken" not in p]
    assert errors == [{"path": str(src / "broken.txt"), "error": f"{src / 'broken.txt'}: looks like binary data (NUL bytes), not an article"}]
