"""Credentials against a real Secret Service (gnome-keyring on a private D-Bus; scripts/test starts it)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest

from faceid_console import credentials
from faceid_console.api import Credentials

pytestmark = pytest.mark.secret_service


@pytest.fixture
def secret_service():  # type: ignore[no-untyped-def]
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        usable = backend.priority > 0 and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    except Exception as exc:
        usable, reason = False, str(exc)
    else:
        reason = "no D-Bus session bus"
    if not usable:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run these against a real Secret Service: {reason}")
        pytest.skip(f"no Secret Service here ({reason}); scripts/test provides one")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_round_trip_in_a_real_keyring(secret_service) -> None:  # type: ignore[no-untyped-def]
    profile = f"test-{uuid.uuid4()}"
    creds = Credentials("real-key", "real-secret-" + uuid.uuid4().hex)
    credentials.save(profile, creds)
    try:
        assert credentials.load(profile) == creds
        assert secret_service.get_password(credentials.SERVICE, f"{profile}:api_secret") == creds.api_secret
    finally:
        credentials.delete(profile)
    assert credentials.load(profile) is None


def test_local_engine_pair_persists_in_the_real_keyring(secret_service) -> None:  # type: ignore[no-untyped-def]
    credentials.delete(credentials.LOCAL_ENGINE_PROFILE)
    try:
        first = credentials.local_engine_credentials()
        assert credentials.load(credentials.LOCAL_ENGINE_PROFILE) == first
    finally:
        credentials.delete(credentials.LOCAL_ENGINE_PROFILE)


def test_the_keyring_daemon_keeps_its_files_in_the_test_home(secret_service) -> None:  # type: ignore[no-untyped-def]
    """gnome-keyring writes ~/.local/share/keyrings: scripts/test starts it with a temporary HOME."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    from tests.conftest import ENV_REAL_HOME, SESSION_HOME

    if not os.environ.get(ENV_REAL_HOME):
        pytest.skip(f"{ENV_REAL_HOME} is set by scripts/test; this Secret Service was started another way")
    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(
            new_method_call(bus, "GetConnectionUnixProcessID", "s", ("org.freedesktop.secrets",)))
    daemon_pid = reply.body[0]
    environ = dict(item.split("=", 1) for item in
                   Path(f"/proc/{daemon_pid}/environ").read_text().split("\0") if "=" in item)
    assert environ["HOME"] == str(SESSION_HOME) != os.environ[ENV_REAL_HOME]
    profile = f"test-{uuid.uuid4()}"
    credentials.save(profile, Credentials("k", "s-" + uuid.uuid4().hex))
    try:
        keyrings = Path(environ["XDG_DATA_HOME"]) / "keyrings"
        assert keyrings.is_relative_to(SESSION_HOME) and any(keyrings.glob("*.keyring"))
    finally:
        credentials.delete(profile)
