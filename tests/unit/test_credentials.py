"""Credentials live in the keyring (an in-memory backend here; see test_secret_service for the real one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from faceid_console import credentials
from faceid_console.api import Credentials


def test_save_load_delete() -> None:
    assert credentials.load("cloud-cn") is None
    credentials.save("cloud-cn", Credentials("key-1", "secret-1"))
    assert credentials.load("cloud-cn") == Credentials("key-1", "secret-1")
    credentials.delete("cloud-cn")
    credentials.delete("cloud-cn")  # forgetting twice is fine
    assert credentials.load("cloud-cn") is None


def test_local_engine_pair_is_generated_once() -> None:
    first = credentials.local_engine_credentials()
    assert first.api_key.startswith("local-") and len(first.api_secret) >= 24
    assert credentials.local_engine_credentials() == first


def test_environment_wins_and_needs_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACEID_API_KEY", "env-key")
    assert credentials.from_environment() is None
    monkeypatch.setenv("FACEID_API_SECRET", "env-secret")
    assert credentials.from_environment() == Credentials("env-key", "env-secret")


def test_settings_file_holds_no_secret(tmp_path: Path) -> None:
    from faceid_console.settings import Settings

    credentials.save("cloud-sgp", Credentials("key-2", "secret-in-keyring-only"))
    settings = Settings(active_profile="cloud-sgp")
    settings.save(tmp_path / "settings.json")
    assert "secret-in-keyring-only" not in (tmp_path / "settings.json").read_text()
    assert Settings.load(tmp_path / "settings.json").active_profile == "cloud-sgp"


def test_move_gives_the_new_name_the_credentials_and_takes_them_from_the_old() -> None:
    credentials.save("lab", Credentials("lab-key", "lab-secret-moved"))
    credentials.save("lab-sgp", Credentials("stale-key", "stale-secret"))  # an older profile of that name left them
    credentials.move("lab", "lab-sgp")
    assert credentials.load("lab-sgp") == Credentials("lab-key", "lab-secret-moved")
    assert credentials.load("lab") is None


def test_move_without_credentials_clears_what_an_older_profile_of_the_new_name_left() -> None:
    credentials.save("lab-sgp", Credentials("stale-key", "stale-secret"))
    credentials.move("lab", "lab-sgp")
    assert credentials.load("lab-sgp") is None and credentials.load("lab") is None


def test_a_move_the_keyring_refuses_leaves_them_under_the_old_name_and_nothing_under_the_new(
        caplog: pytest.LogCaptureFixture) -> None:
    import logging

    import keyring
    from keyring.errors import KeyringError

    from ..conftest import MemoryKeyring

    class HalfWriting(MemoryKeyring):
        """Stores the api_key under the new name, then refuses the api_secret (locked meanwhile)."""

        def set_password(self, service: str, username: str, password: str) -> None:
            if username == "lab-sgp:api_secret":
                raise KeyringError("the collection is locked")
            super().set_password(service, username, password)

    refusing = HalfWriting()
    refusing.store[(credentials.SERVICE, "lab:api_key")] = "lab-key"
    refusing.store[(credentials.SERVICE, "lab:api_secret")] = "lab-secret-kept"
    keyring.set_keyring(refusing)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(credentials.CredentialStoreError, match="refused to store"):
        credentials.move("lab", "lab-sgp")
    assert credentials.load("lab") == Credentials("lab-key", "lab-secret-kept")
    assert set(refusing.store) == {(credentials.SERVICE, "lab:api_key"), (credentials.SERVICE, "lab:api_secret")}
    assert "lab-secret-kept" not in caplog.text


def test_a_case_only_move_keeps_them_in_a_keyring_whose_names_ignore_case() -> None:
    """Windows' Credential Locker finds "Lab:api_key" as "lab:api_key": deleting the old name's entries deleted the
    new name's with them."""
    import keyring

    from ..conftest import CaseIgnoringKeyring

    keyring.set_keyring(CaseIgnoringKeyring())
    credentials.save("lab", Credentials("lab-key", "lab-secret-case"))
    credentials.move("lab", "Lab")
    assert credentials.load("Lab") == Credentials("lab-key", "lab-secret-case")


def test_a_locked_keyring_s_look_up_is_said_locked_not_missing() -> None:
    """Every KeyringError of a look-up was "The system keyring is not available", so a keyring whose unlock prompt was
    dismissed was advised to be started; storing in it said "refused", to unlock it."""
    import keyring
    from keyring.errors import KeyringError, KeyringLocked

    from ..conftest import MemoryKeyring

    class Failing(MemoryKeyring):
        error: KeyringError = KeyringLocked("Failed to unlock the collection!")

        def get_password(self, service: str, username: str) -> str | None:
            raise self.error

    failing = Failing()
    keyring.set_keyring(failing)
    with pytest.raises(credentials.LockedKeyring) as locked:
        credentials.load("lab")
    assert str(locked.value) == "The system keyring is locked: Failed to unlock the collection!"
    assert locked.value.reason == "Failed to unlock the collection!"
    assert isinstance(locked.value, credentials.CredentialStoreError)  # callers that take any keyring failure still do
    failing.error = KeyringError("no collection")
    with pytest.raises(credentials.CredentialStoreError, match=r"^The system keyring is not available: no collection$"):
        credentials.load("lab")


def test_a_backend_failing_with_an_error_not_keyring_s_own_is_a_store_error_without_what_it_was_given() -> None:
    """A D-Bus or jeepney error (not a KeyringError) went through as itself: the crash dialog, for the dialog's
    look-up, store and forget alike; one quoting the value it was given put part of it in the report."""
    import keyring

    from ..conftest import MemoryKeyring

    secret = "lab-secret-quoted-0123"

    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("DBusErrorResponse: org.freedesktop.DBus.Error.NoReply")

        def set_password(self, service: str, username: str, password: str) -> None:
            if username.endswith(":api_secret"):
                raise ValueError(f"cannot store {password!r}")

        def delete_password(self, service: str, username: str) -> None:
            raise OSError(5, "Input/output error")

    keyring.set_keyring(Broken())
    with pytest.raises(credentials.CredentialStoreError) as looked_up:
        credentials.load("lab")
    assert str(looked_up.value) == ("The system keyring is not available: RuntimeError: DBusErrorResponse: "
                                    "org.freedesktop.DBus.Error.NoReply")
    with pytest.raises(credentials.CredentialStoreError) as stored:
        credentials.save("lab", Credentials("lab-key", secret))
    assert str(stored.value) == "The system keyring is not available: ValueError: cannot store '…'"
    assert stored.value.__cause__ is None and stored.value.__suppress_context__  # its traceback quotes nothing

    class Encoding(Broken):
        def set_password(self, service: str, username: str, password: str) -> None:
            if username.endswith(":api_secret"):
                raise UnicodeEncodeError("latin-1", password, 0, 1, "cannot store this value")

    keyring.set_keyring(Encoding())
    with pytest.raises(credentials.CredentialStoreError) as stored:
        credentials.save("lab", Credentials("lab-key", secret))
    # A UnicodeError's own text quotes the character it could not encode: its reason alone is said.
    assert str(stored.value) == "The system keyring is not available: UnicodeEncodeError: cannot store this value"
    with pytest.raises(credentials.CredentialStoreError, match=r"^The system keyring is not available: OSError: "):
        credentials.delete("lab")


#: Where keyrings.alt's PlaintextKeyring keeps what it is given (under the test's HOME; XDG_DATA_HOME is set there).
PLAINTEXT_FILE = Path(".local/share/python_keyring/keyring_pass.cfg")
#: The folder an explorer installed keyrings.alt into on this machine, for the test with the real one.
KEYRINGS_ALT_HERE = Path("/tmp/explore8/pylib")


def _file_keyring_class() -> type:
    """A backend that writes what it is given to a file under HOME, from a module named as keyrings.alt's file
    backends are: the rule goes by the package, so this runs where keyrings.alt is not installed."""
    from ..conftest import MemoryKeyring

    class PlaintextKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            path = Path(os.environ["HOME"]) / PLAINTEXT_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as file:
                file.write(f"{service} {username} {password}\n")
            super().set_password(service, username, password)

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    return PlaintextKeyring


def _every_credential_call_refuses(backend_name: str, secret: str) -> None:
    """Reading, storing, moving and forgetting credentials, the built-in engine's pair and the history database's
    password: each refused naming ``backend_name``, and the engine runs with a pair kept in memory."""
    from faceid_console.local_engine import TEMPORARY_KEY_PREFIX, engine_credentials

    assert credentials.refused_backend() == backend_name
    pair = Credentials("lab-key", secret)
    calls = [lambda: credentials.load("lab"), lambda: credentials.save("lab", pair),
             lambda: credentials.save_and_read_back("lab", pair), lambda: credentials.delete("lab"),
             lambda: credentials.move("lab", "lab-2"), credentials.local_engine_credentials,
             lambda: credentials.load_database_password("postgresql://reviewer@db/faceid"),
             lambda: credentials.save_database_password("postgresql://reviewer@db/faceid", secret)]
    for call in calls:
        with pytest.raises(credentials.NotOSKeyring) as refused:
            call()
        assert refused.value.backend == backend_name
        assert isinstance(refused.value, credentials.CredentialStoreError)  # every caller's handling takes it
        words = str(refused.value)
        assert backend_name in words and "Secret Service" in words and "gnome-keyring" in words
        assert "keyrings.alt package" not in words  # keyring's advice to install a file backend is never passed on
    assert engine_credentials().api_key.startswith(TEMPORARY_KEY_PREFIX)


def _files_under_home() -> list[Path]:
    return [path for path in Path(os.environ["HOME"]).rglob("*") if path.is_file()]


def test_a_file_keyring_is_never_the_system_keyring_and_nothing_is_written() -> None:
    """With keyrings.alt installed and no Secret Service, keyring picks its PlaintextKeyring: the api_secret went to
    ~/.local/share/python_keyring/keyring_pass.cfg, and Settings said "Stored in the system keyring"."""
    import keyring

    backend = _file_keyring_class()()
    keyring.set_keyring(backend)
    _every_credential_call_refuses("keyrings.alt.file.PlaintextKeyring", "file-secret-0123")
    assert not backend.store and _files_under_home() == []


def test_keyrings_alt_s_own_plaintext_keyring_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real keyrings.alt, where it is installed beside the console (skipped elsewhere)."""
    import keyring

    if not (KEYRINGS_ALT_HERE / "keyrings" / "alt").is_dir():
        pytest.skip(f"keyrings.alt is not installed in {KEYRINGS_ALT_HERE}")
    monkeypatch.syspath_prepend(str(KEYRINGS_ALT_HERE))
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-not-found, unused-ignore]

    backend = PlaintextKeyring()
    assert str(Path(os.environ["HOME"])) in backend.file_path  # where it would have written, under the test's HOME
    keyring.set_keyring(backend)
    _every_credential_call_refuses("keyrings.alt.file.PlaintextKeyring", "plaintext-secret-0123")
    assert _files_under_home() == []


def test_keyring_s_fail_and_null_backends_and_a_chain_of_only_such_are_refused() -> None:
    import keyring
    from keyring.backends import chainer, fail, null

    keyring.set_keyring(fail.Keyring())  # none found: keyring's own words advised installing keyrings.alt
    _every_credential_call_refuses("", "nowhere-secret-0123")
    with pytest.raises(credentials.NotOSKeyring) as none_found:
        credentials.load("lab")
    assert str(none_found.value) == ("No system keyring was found: install and start a Secret Service such as "
                                     "gnome-keyring or KWallet (on macOS and Windows, the system's own keychain is "
                                     "used).")

    class EmptyChain(chainer.ChainerBackend):
        backends = ()  # type: ignore[assignment]

    keyring.set_keyring(EmptyChain())  # a chain of nothing: none found either
    assert credentials.refused_backend() == ""
    keyring.set_keyring(null.Keyring())
    _every_credential_call_refuses("keyring.backends.null.Keyring", "nowhere-secret-0123")

    file_backend = _file_keyring_class()()

    class FileChain(chainer.ChainerBackend):
        backends = (file_backend, null.Keyring())  # type: ignore[assignment]

    keyring.set_keyring(FileChain())
    with pytest.raises(credentials.NotOSKeyring, match=r"keyrings\.alt\.file\.PlaintextKeyring"):
        credentials.save("lab", Credentials("lab-key", "chained-secret-0123"))
    assert not file_backend.store and _files_under_home() == []


def test_a_chain_with_an_os_keyring_uses_it_alone() -> None:
    """A Secret Service chained with a file backend (keyrings.alt installed beside it): the credentials go to the OS
    keyring, and what the file backend holds is never read."""
    import keyring
    from keyring.backends import chainer

    from ..conftest import MemoryKeyring

    os_backend = MemoryKeyring()
    file_backend = _file_keyring_class()()
    file_backend.store[(credentials.SERVICE, "lab:api_key")] = "file-key"
    file_backend.store[(credentials.SERVICE, "lab:api_secret")] = "file-secret-0123"

    class MixedChain(chainer.ChainerBackend):
        backends = (file_backend, os_backend)  # type: ignore[assignment]

    keyring.set_keyring(MixedChain())
    assert credentials.refused_backend() is None
    assert credentials.load("lab") is None
    credentials.save("lab", Credentials("lab-key", "os-secret-0123"))
    assert os_backend.store[(credentials.SERVICE, "lab:api_secret")] == "os-secret-0123"
    assert _files_under_home() == []


def test_a_chain_whose_member_fails_to_load_is_an_unavailable_keyring_not_a_crash() -> None:
    """A chain lists its members anew each time by their priority, and the Secret Service's raises once D-Bus is gone:
    that escaped as a bare RuntimeError (the crash report; Settings could not open) where a keyring call had said the
    keyring is not available."""
    import keyring
    from keyring.backends import chainer

    class GoneChain(chainer.ChainerBackend):
        @property
        def backends(self):  # type: ignore[no-untyped-def, override]
            raise RuntimeError("Unable to initialize SecretService: no D-Bus session")

    keyring.set_keyring(GoneChain())
    for call in (lambda: credentials.load("lab"), lambda: credentials.save("lab", Credentials("k", "s-0123")),
                 lambda: credentials.delete("lab")):
        with pytest.raises(credentials.UnavailableKeyring, match="D-Bus"):
            call()
    assert credentials.refused_backend() is None  # not refused as a file keyring: each call says what failed


def test_the_test_suite_s_own_keyring_counts_as_an_os_keyring() -> None:
    """The in-memory backend tests install (tests/conftest.py) is not from a refused package: it stays usable."""
    assert credentials.refused_backend() is None
    credentials.save("lab", Credentials("lab-key", "memory-secret-0123"))
    assert credentials.load("lab") == Credentials("lab-key", "memory-secret-0123")
