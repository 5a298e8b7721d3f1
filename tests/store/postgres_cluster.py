"""A throw-away PostgreSQL cluster in a temporary folder, started with the server's own initdb/pg_ctl.

PostgreSQL refuses to run as root, so under root the commands run as the ``postgres`` system user
(created by Debian's package) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "faceid"


def server_bin_dir() -> Path | None:
    """The newest installed server's bin folder (Debian keeps it off PATH), or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresCluster:
    bin_dir: Path
    folder: Path
    port: int
    run_as: str | None

    @classmethod
    def start(cls, bin_dir: Path) -> PostgresCluster:
        run_as = "postgres" if os.geteuid() == 0 else None
        folder = Path(tempfile.mkdtemp(prefix="faceid-pg-"))
        if run_as:
            user = pwd.getpwnam(run_as)
            os.chown(folder, user.pw_uid, user.pw_gid)
        cluster = cls(bin_dir, folder, _free_port(), run_as)
        cluster._run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                     "--locale=C", "--no-sync")
        options = (f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        cluster._run("pg_ctl", "-D", str(folder / "data"), "-o", options, "-l", str(folder / "server.log"),
                     "-w", "-t", "60", "start")
        return cluster

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.folder)
        if done.returncode != 0:
            log = (self.folder / "server.log").read_text() if (self.folder / "server.log").exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}{done.stderr}{log}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, locale: str | None = None) -> str:
        """A new database, in the cluster's C locale or in ``locale`` (an operating system locale, e.g. en_US.utf8)."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres",
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"' + (f" TEMPLATE template0 LOCALE '{locale}'" if locale else ""))
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
