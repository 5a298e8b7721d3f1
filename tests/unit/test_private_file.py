"""Files written whole: replaced only once complete, readable by their owner only, links written through."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from faceid_console.private_file import written_whole


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "files"  # tmp_path holds the test's home folder too
    made.mkdir()
    return made


def test_a_file_replaces_the_old_one_only_once_written_whole(folder: Path) -> None:
    target = folder / "report.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), written_whole(target, "w") as out:
        out.write("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old" and [p.name for p in folder.iterdir()] == ["report.csv"]
    with written_whole(target, "w") as out:
        out.write("new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symbolic_link_is_written_through_and_stays_a_link(folder: Path) -> None:
    """A reviewer's "latest-export.csv" linking into a shared folder: the folder's file is replaced, the link
    stays and names it, and no partial file is left in either folder."""
    shared = folder / "shared"
    shared.mkdir()
    (shared / "export.csv").write_text("old")
    link = folder / "latest-export.csv"
    link.symlink_to(shared / "export.csv")
    with written_whole(link, "w") as out:
        out.write("new")
    assert link.is_symlink() and link.read_text() == "new"
    assert (shared / "export.csv").read_text() == "new"
    assert sorted(p.name for p in folder.iterdir()) == ["latest-export.csv", "shared"]
    assert [p.name for p in shared.iterdir()] == ["export.csv"]


def test_a_link_to_a_file_not_yet_there_creates_it(folder: Path) -> None:
    link = folder / "report.pdf"
    link.symlink_to(folder / "reports-report.pdf")
    with written_whole(link) as out:
        out.write(b"%PDF")
    assert link.is_symlink() and (folder / "reports-report.pdf").read_bytes() == b"%PDF"
