"""History store at scale: 1,000,000 stored results on SQLite.

Prints, beside the targets: time to open the history page (open the store and fetch the first
screenful, as the history model's first ``fetchMore`` does), each kind of search and filter (first
screenful), and the journal's insert rate (``begin`` + ``complete``, each durable). Each figure is a
median of interleaved runs against a floor: the same query written by hand with the standard
``sqlite3`` module on the same file (for inserts: one hand-written INSERT + UPDATE per call, each
committed, same WAL/synchronous=FULL settings).

    python benchmarks/history.py [--rows 1000000] [--db PATH] [--repeats 7]

The database is built once (about a minute per million rows) and reused when ``--db`` names it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import interleaved
from faceid_console.store import CallKind, HistoryEntry, HistoryFilter, HistoryStore
from faceid_console.store.records import NAME_KEY_CHARS, UUID_KEY_CHARS, search_key

SCREENFUL = 100
SEARCH_TARGET_MS, OPEN_TARGET_MS = 50.0, 300.0
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
KINDS = [("verify", 70), ("get_result", 15), ("get_token", 8), ("get_biz_token", 5), ("callback_check", 2)]
PROFILES = ["local-engine", "cloud-cn", "cloud-sgp", "cloud-idn"]
ERRORS = ["AUTHENTICATION_ERROR", "NO_FACE_FOUND", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "CONCURRENCY_LIMIT_EXCEEDED"]
START = datetime.datetime(2025, 11, 1)


def _row(i: int, rng: random.Random) -> tuple[object, ...]:
    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    created = START + datetime.timedelta(seconds=i * 31.5 + rng.random())  # a year of calls, oldest first
    name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
    number = f"{110101 + rng.randrange(400000):06d}{1950 + rng.randrange(50)}{rng.randrange(1, 13):02d}" \
             f"{rng.randrange(1, 29):02d}{i % 1000:03d}{rng.choice('0123456789X')}"
    error = rng.choice(ERRORS) if rng.random() < 0.05 else None
    confidence = None if error or kind != "verify" else round(rng.uniform(20, 99), 3)
    verdict = "error" if error else (None if confidence is None else ("match" if confidence >= 72.6 else "no_match"))
    response = None if error else json.dumps({"request_id": f"{1700000000 + i},{i:032x}", "time_used": 120,
                                              "result_faceid": {"confidence": confidence, "thresholds": {
                                                  "1e-3": 62.2, "1e-4": 72.6, "1e-5": 80.1, "1e-6": 85.4}}})
    decision = rng.choice(("approve", "reject", "escalate")) if verdict and rng.random() < 0.3 else None
    return (kind, "error" if error else "complete", rng.choice(PROFILES), "https://api.megvii.com", "reviewer",
            "bench", 1, json.dumps({"idcard_name": name, "idcard_number": number}, ensure_ascii=False), name,
            search_key(name, NAME_KEY_CHARS), number, number[-4:], f"U-{i:08d}",
            search_key(f"U-{i:08d}", UUID_KEY_CHARS), f"BN-{i:08d}", f"{1700000000 + i},biz-{i:08d}",
            f"{1700000000 + i},{i:032x}", response, error, error is not None or confidence is not None, verdict,
            confidence, decision, created.isoformat(sep=" "), created.isoformat(sep=" "))


def build(path: Path, rows: int) -> None:
    """Create the schema with the store's own migrations, then bulk-fill ``rows`` results."""
    HistoryStore.open(sqlite_path=path, operator="bench").close()
    rng = random.Random(20261123)
    started = time.perf_counter()
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA synchronous=OFF")  # building the fixture only; the measured paths use FULL
        c.execute("PRAGMA journal_mode=OFF")
        # indexes are dropped for the bulk fill and rebuilt once (the migrations' own definitions)
        indexes = c.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='calls' "
                            "AND sql IS NOT NULL").fetchall()
        for name, _ in indexes:
            c.execute(f"DROP INDEX {name}")
        batch = 50_000
        for first in range(0, rows, batch):
            c.executemany(
                "INSERT INTO calls (kind, status, profile, base_url, operator, owner_host, owner_pid, parameters, "
                "idcard_name, idcard_name_key, idcard_number, idcard_last4, uuid, uuid_key, biz_no, biz_id, "
                "request_id, response_json, error_code, billed, verdict, confidence, current_decision, created_at, "
                "completed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (_row(i, rng) for i in range(first, min(rows, first + batch))))
            c.commit()
        for _, sql in indexes:
            c.execute(sql)
        c.execute("ANALYZE")
        c.execute("PRAGMA journal_mode=WAL")
    print(f"built {rows:,} results in {time.perf_counter() - started:.0f} s: {path} "
          f"({path.stat().st_size / 2**20:.0f} MiB)")


def _floor_query(path: Path, where: str, args: tuple[object, ...]) -> Callable[[], object]:
    def run() -> object:
        with sqlite3.connect(path) as c:
            return c.execute(f"SELECT * FROM calls WHERE {where} ORDER BY created_at DESC, id DESC LIMIT {SCREENFUL}",
                             args).fetchall()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="faceid-history-bench-")) / "history.sqlite3"
    if not path.exists():
        build(path, args.rows)
    with sqlite3.connect(path) as c:
        total = c.execute("SELECT COUNT(*) FROM calls").fetchone()[0]
        probe = c.execute("SELECT idcard_name, idcard_number, uuid, biz_no, biz_id, request_id, created_at FROM calls "
                          "WHERE id = ?", (total // 2,)).fetchone()
    print(f"{total:,} stored results; first screenful = {SCREENFUL} rows; medians of {args.repeats} interleaved runs")
    print(f"{'what':<34}{'floor ms':>10}{'ours ms':>10}{'ratio':>8}{'target ms':>11}  ok")

    def report(label: str, floor: Callable[[], object], ours: Callable[[], object], target: float) -> None:
        f, o = interleaved(floor, ours, args.repeats)
        print(f"{label:<34}{f * 1000:>10.1f}{o * 1000:>10.1f}{o / f:>8.2f}{target:>11.0f}  "
              f"{'yes' if o * 1000 < target else 'NO'}")

    def open_page() -> object:
        store = HistoryStore.open(sqlite_path=path, operator="bench")
        try:
            return store.history.page(HistoryFilter(), 0, SCREENFUL)
        finally:
            store.close()

    report("open history page (first screen)", _floor_query(path, "1", ()), open_page, OPEN_TARGET_MS)

    store = HistoryStore.open(sqlite_path=path, operator="bench")
    name, number, uuid, biz_no, biz_id, request_id, middle = probe
    # A week that ends at the middle entry: inside the data whatever --rows is (200 days missed 200,000 rows)
    until = datetime.datetime.fromisoformat(middle)
    searches: list[tuple[str, HistoryFilter, str, tuple[str, ...]]] = [
        ("search: name (prefix)", HistoryFilter(text=name), "idcard_name_key >= ? AND idcard_name_key < ?",
         (name, name + "\U0010ffff")),
        ("search: ID number, full", HistoryFilter(text=number), "idcard_number = ?", (number,)),
        ("search: ID number, last four", HistoryFilter(idcard_number=number[-4:]), "idcard_last4 = ?",
         (number[-4:],)),
        ("search: uuid", HistoryFilter(text=uuid), "uuid_key = ?", (uuid.lower(),)),
        ("search: uuid, in another case", HistoryFilter(text=uuid.lower()), "uuid_key = ?", (uuid.lower(),)),
        ("search: biz_no", HistoryFilter(text=biz_no), "biz_no = ?", (biz_no,)),
        ("search: biz_id", HistoryFilter(text=biz_id), "biz_id = ?", (biz_id,)),
        ("search: request_id", HistoryFilter(text=request_id), "request_id = ?", (request_id,)),
        ("filter: date range", HistoryFilter(since=until - datetime.timedelta(days=7), until=until),
         "created_at >= ? AND created_at < ?",
         (str(until - datetime.timedelta(days=7)), str(until))),
        ("filter: kind", HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), "kind = ?", ("callback_check",)),
        ("filter: verdict", HistoryFilter(verdict="no_match"), "verdict = ?", ("no_match",)),
        ("filter: error code", HistoryFilter(error_code="NO_FACE_FOUND"), "error_code = ?", ("NO_FACE_FOUND",)),
        ("filter: decision", HistoryFilter(decision="escalate"), "current_decision = ?", ("escalate",)),
        ("filter: profile", HistoryFilter(profile="cloud-idn"), "profile = ?", ("cloud-idn",)),
    ]
    for label, search, where, where_args in searches:
        assert store.history.page(search, 0, SCREENFUL), label  # each search finds something

        def ours_search(search: HistoryFilter = search) -> list[HistoryEntry]:
            return store.history.page(search, 0, SCREENFUL)

        report(label, _floor_query(path, where, where_args), ours_search, SEARCH_TARGET_MS)

    calls_per_run = 20
    params = {"comparison_type": "1", "idcard_name": name, "idcard_number": number}
    answer = {"request_id": "r", "result_faceid": {"confidence": 80.0, "thresholds": {"1e-4": 72.6}}}

    def ours_inserts() -> None:
        for _ in range(calls_per_run):
            entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", params, {"image": b"\xff\xd8" + bytes(2000)})
            store.journal.complete(entry, answer)

    floor_db = sqlite3.connect(path, isolation_level=None)
    floor_db.execute("PRAGMA synchronous=FULL")

    def floor_inserts() -> None:
        for _ in range(calls_per_run):
            floor_db.execute("BEGIN")
            cur = floor_db.execute("INSERT INTO calls (kind, status, profile, parameters, created_at) "
                                   "VALUES ('verify', 'pending', 'cloud-cn', ?, ?)",
                                   (json.dumps(params), str(datetime.datetime.now())))
            floor_db.execute("INSERT INTO call_images (call_id, field, sha256, data) VALUES (?, 'image', ?, ?)",
                             (cur.lastrowid, "0" * 64, b"\xff\xd8" + bytes(2000)))
            floor_db.execute("COMMIT")
            floor_db.execute("BEGIN")
            floor_db.execute("UPDATE calls SET status='complete', response_json=? WHERE id=?",
                             (json.dumps(answer), cur.lastrowid))
            floor_db.execute("COMMIT")

    times = [interleaved(floor_inserts, ours_inserts, 1) for _ in range(max(3, args.repeats // 2))]
    f = statistics.median(t[0] for t in times) / calls_per_run
    o = statistics.median(t[1] for t in times) / calls_per_run
    print(f"{'journal insert (begin+complete)':<34}{f * 1000:>10.1f}{o * 1000:>10.1f}{o / f:>8.2f}{'':>11}  "
          f"= {1 / o:.0f} calls/s (floor {1 / f:.0f}/s), each durable")
    floor_db.close()
    store.close()


if __name__ == "__main__":
    main()
