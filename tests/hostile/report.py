"""Figures for README: the hostile corpus through every path, counted.

    python -m tests.hostile.report

Generates the corpus into a temporary folder, starts ``faceid-console engine`` in its own process,
sends every input through prepare_image, ``faceid-console verify`` and the engine (raw), and prints
inputs tried, results, clear errors, crashes, hangs, wrong answers and peak memory per path.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from .corpus import build_corpus
from .runner import Outcome, cli_outcome, client_outcome, engine_env, engine_outcome, judge, standalone_engine

FACES = Path(__file__).resolve().parents[1] / "data" / "faces"


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        cases = build_corpus(root / "corpus", FACES / "obama_1.jpg")
        reference = FACES / "obama_2.jpg"
        rows: dict[str, list[tuple[str, Outcome, str | None]]] = {"prepare_image": [], "cli": [], "engine": []}
        with standalone_engine(root / "home") as engine:
            for case in cases:
                outcome = client_outcome(case)
                rows["prepare_image"].append((case.name, outcome, judge(case.client, outcome)))
                outcome = cli_outcome(case, engine.base_url, reference, engine_env(root / "home"))
                rows["cli"].append((case.name, outcome, judge(case.client, outcome)))
                if case.engine is not None:
                    outcome = engine_outcome(case, engine.base_url, reference.read_bytes())
                    rows["engine"].append((case.name, outcome, judge(case.engine, outcome)))
            engine_peak = engine.peak_rss_mb()
    print(f"Hostile corpus: {len(cases)} inputs\n")
    print(f"{'path':<15} {'tried':>5} {'results':>7} {'clear errors':>12} {'crashes':>7} {'hangs':>5} "
          f"{'wrong':>5} {'slowest s':>9} {'peak MB':>8}")
    for path, outcomes in rows.items():
        kinds = Counter(o.kind for _, o, _ in outcomes)
        wrong = sum(1 for _, o, problem in outcomes if problem and o.kind not in ("crash", "hang"))
        slowest = max(o.seconds for _, o, _ in outcomes)
        peak = engine_peak if path == "engine" else max((o.peak_rss_mb or 0.0) for _, o, _ in outcomes)
        peak_text = f"{peak:.0f}" if peak else "—"
        print(f"{path:<15} {len(outcomes):>5} {kinds['result']:>7} {kinds['error']:>12} {kinds['crash']:>7} "
              f"{kinds['hang']:>5} {wrong:>5} {slowest:>9.1f} {peak_text:>8}")
    print("\n(peak MB: largest resident memory of one CLI process; of the engine process over the whole run)")
    problems = [(path, name, problem) for path, outcomes in rows.items() for name, _, problem in outcomes if problem]
    if problems:
        print("\nNot as expected:")
        for path, name, problem in problems:
            print(f"  {path:<14} {name!r}: {problem}")


if __name__ == "__main__":
    main()
