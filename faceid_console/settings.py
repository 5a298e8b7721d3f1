"""Typed, non-secret settings: connection profiles and where data lives. Secrets live in the keyring."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

import platformdirs

from .api.endpoint import CloudRegion, validate_base_url
from .display_time import DEFAULT_SHOWN_TIMES, DisplayZone, ShownTimes

APP_NAME: Final = "faceid-console"
ENV_CONFIG_DIR: Final = "FACEID_CONSOLE_CONFIG_DIR"
ENV_DATA_DIR: Final = "FACEID_CONSOLE_DATA_DIR"
#: One folder for everything (portable installs, tests): settings in ``config/``, data in ``data/``.
ENV_HOME: Final = "FACEID_CONSOLE_HOME"


#: The name the address validator gives a custom profile's stored base URL (its words are said with Settings' label).
CUSTOM_URL_FIELD: Final = "custom_url"


class ProfileKind(StrEnum):
    """Where a profile's calls go."""

    LOCAL_ENGINE = "local-engine"
    CLOUD_CN = "cloud-cn"
    CLOUD_SGP = "cloud-sgp"
    CLOUD_IDN = "cloud-idn"
    CUSTOM = "custom"


_CLOUD_URLS: Final = {
    ProfileKind.CLOUD_CN: CloudRegion.CN.value,
    ProfileKind.CLOUD_SGP: CloudRegion.SGP.value,
    ProfileKind.CLOUD_IDN: CloudRegion.IDN.value,
}


@dataclass(frozen=True)
class Profile:
    """A named connection: the built-in engine, a FaceID cloud region, or a custom URL."""

    name: str
    kind: ProfileKind
    custom_url: str | None = None

    def base_url(self, engine_url: str | None = None) -> str:
        """The service base URL; the local engine's is only known once it runs."""
        if self.kind is ProfileKind.LOCAL_ENGINE:
            if engine_url is None:
                raise ValueError("the local engine is not running")
            return engine_url
        if self.kind is ProfileKind.CUSTOM:
            return validate_base_url(self.custom_url or "", CUSTOM_URL_FIELD)
        return _CLOUD_URLS[self.kind]

    @property
    def billed(self) -> bool:
        """Whether its calls are charged: FaceID's cloud's and a custom host's are; the built-in engine's never."""
        return self.kind is not ProfileKind.LOCAL_ENGINE


#: The names the built-in profiles go by: never a custom profile's (the built-in engine's generated key pair is in
#: the keyring under "local-engine", and a profile's credentials are found by its name).
BUILT_IN_NAMES: Final = frozenset(kind.value for kind in ProfileKind if kind is not ProfileKind.CUSTOM)
#: The longest name a custom profile can be given: the top bar's switcher is as wide as its longest name, and a
#: name is a label (e.g. "lab-staging-sgp-2"), not a description.
MAX_PROFILE_NAME_CHARS: Final = 40


class ProfileNameProblem(StrEnum):
    """Why a name cannot name a custom profile."""

    BLANK = "blank"
    TOO_LONG = "too-long"
    TAKEN = "taken"


def profile_name_problem(name: str, taken: Iterable[str]) -> ProfileNameProblem | None:
    """Why ``name`` (stripped) cannot be a new custom profile's name, or None; ``taken`` are the other profiles'
    names. Names are compared ignoring case: "Lab" and "lab" look alike in the switcher, and some keyrings (Windows')
    would keep their credentials under one entry."""
    name = name.strip()
    if not name:
        return ProfileNameProblem.BLANK
    if len(name) > MAX_PROFILE_NAME_CHARS:
        return ProfileNameProblem.TOO_LONG
    if name.casefold() in {other.casefold() for other in (*taken, *BUILT_IN_NAMES)}:
        return ProfileNameProblem.TAKEN
    return None


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    home = os.environ.get(ENV_HOME)
    return Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    home = os.environ.get(ENV_HOME)
    return Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))


POLICY_LEVELS: Final = ("1e-3", "1e-4", "1e-5", "1e-6")
#: The level a match must meet unless the reviewer chooses another (the vendor calls 1e-4 the middle
#: ground between the lenient 1e-3 and the high-security 1e-5).
DEFAULT_POLICY_LEVEL: Final = "1e-4"


def _level(value: Any) -> str:
    return value if value in POLICY_LEVELS else DEFAULT_POLICY_LEVEL


#: The waits the console accepts, in seconds (the settings' time-outs and the command line's --timeout).
MIN_TIMEOUT_SECONDS: Final = 0.5
MAX_TIMEOUT_SECONDS: Final = 600.0


def _shown_times(value: Any) -> str:
    return value if value in {t.value for t in ShownTimes} else DEFAULT_SHOWN_TIMES.value


def _seconds(value: Any, default: float) -> float:
    if (isinstance(value, (int, float)) and not isinstance(value, bool)
            and MIN_TIMEOUT_SECONDS <= value <= MAX_TIMEOUT_SECONDS):
        return float(value)
    return default


def default_profiles() -> list[Profile]:
    return [Profile(k.value, k) for k in ProfileKind if k is not ProfileKind.CUSTOM]


@dataclass
class Settings:
    """What the console remembers between runs (no secrets)."""

    active_profile: str = ProfileKind.LOCAL_ENGINE.value
    profiles: list[Profile] = field(default_factory=default_profiles)
    language: str = ""
    #: A team's shared history on PostgreSQL (``postgresql://user@host/db``; the password is in the
    #: keyring); empty keeps the history in this machine's SQLite file.
    history_database_url: str = ""
    #: The false-accept level the organisation decides at ("1e-3" … "1e-6").
    policy_level: str = DEFAULT_POLICY_LEVEL
    connect_timeout: float = 5.0
    read_timeout: float = 60.0
    #: The zone the window shows times in: this computer's ("local") or "utc" (``display_time.ShownTimes``); the
    #: history keeps UTC whichever is chosen.
    shown_times: str = DEFAULT_SHOWN_TIMES.value
    #: The settings as this process last read or saved them (None: never read from the file): a save keeps, of what
    #: the file holds by then, every setting this process has not changed since, so that a change made meanwhile by
    #: the command line (a tightened policy level, a profile added) is not undone.
    _read: Settings | None = field(default=None, init=False, repr=False, compare=False)

    def display_zone(self) -> DisplayZone:
        """The zone the window shows times in, as set now."""
        return DisplayZone.chosen(self.shown_times)

    def profile(self, name: str | None = None) -> Profile:
        wanted = name or self.active_profile
        for p in self.profiles:
            if p.name == wanted:
                return p
        raise KeyError(f"no profile named {wanted!r}")

    def profile_or_none(self, name: str | None = None) -> Profile | None:
        try:
            return self.profile(name)
        except KeyError:
            return None

    @classmethod
    def load(cls, path: Path | None = None, *, put_aside: bool = True) -> Settings:
        """Read settings; a missing or damaged file gives the defaults (the damaged file is kept aside, unless not
        ``put_aside``)."""
        path = path or config_dir() / "settings.json"
        try:
            raw: Any = json.loads(path.read_text("utf-8"))
            profiles = [Profile(p["name"], ProfileKind(p["kind"]), p.get("custom_url")) for p in raw["profiles"]]
            loaded = cls(
                str(raw.get("active_profile", "")), profiles, str(raw.get("language", "")),
                history_database_url=str(raw.get("history_database_url", "")),
                policy_level=_level(raw.get("policy_level")),
                connect_timeout=_seconds(raw.get("connect_timeout"), 5.0),
                read_timeout=_seconds(raw.get("read_timeout"), 60.0),
                shown_times=_shown_times(raw.get("shown_times")),
            )
        except FileNotFoundError:
            loaded = cls()
        except (OSError, ValueError, KeyError, TypeError):
            if put_aside:
                path.replace(path.with_suffix(".damaged.json"))
            return cls()
        loaded._read = loaded._snapshot()
        return loaded

    def _snapshot(self) -> Settings:
        return replace(self, profiles=list(self.profiles))

    def _merge_from_file(self, path: Path) -> None:
        """Take from the file each setting this process has not changed since it read it (another process may have);
        of the profiles, this process's removals, additions and changes are made to the file's list."""
        read = self._read
        if read is None:
            return
        on_file = type(self).load(path, put_aside=False)
        if on_file._read is None:  # damaged: what this process has is written whole
            return
        own_active = self.active_profile
        for setting in fields(self):
            name = setting.name
            if setting.compare and name != "profiles" and getattr(self, name) == getattr(read, name):
                setattr(self, name, getattr(on_file, name))
        self.profiles = _merged_profiles(read.profiles, self.profiles, on_file.profiles)
        names = {p.name for p in self.profiles}
        if self.active_profile not in names:  # the file's choice, a profile this process removed meanwhile
            self.active_profile = own_active if own_active in names else ProfileKind.LOCAL_ENGINE.value

    def save(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._merge_from_file(path)
        body = {
            "active_profile": self.active_profile,
            "language": self.language,
            "history_database_url": self.history_database_url,
            "policy_level": self.policy_level,
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "shown_times": self.shown_times,
            "profiles": [{**asdict(p), "kind": p.kind.value} for p in self.profiles],
        }
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(body, indent=2, ensure_ascii=False), "utf-8")
        tmp.replace(path)
        self._read = self._snapshot()


def _merged_profiles(read: list[Profile], own: list[Profile], on_file: list[Profile]) -> list[Profile]:
    """The file's profiles with this process's changes since it read ``read`` (now ``own``) made to them: the ones it
    removed go, the ones it changed replace theirs, the ones it added follow."""
    read_by_name = {p.name: p for p in read}
    own_names = {p.name for p in own}
    changed = {p.name: p for p in own if read_by_name.get(p.name) != p}
    kept = [changed.pop(p.name, p) for p in on_file if p.name in own_names or p.name not in read_by_name]
    return kept + list(changed.values())
