"""The window's words for FaceID things: profiles, levels, verdicts, failures and what to do next.

All through ``QCoreApplication.translate`` so that zh_CN and en come from the same catalogue.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication

from ..api import FaceIDError
from ..api.endpoint import validate_base_url
from ..api.errors import (
    ANSWER_BROKE_OFF,
    ANSWER_UNDECODABLE,
    CONNECTION_CLOSED,
    GATEWAY_ERROR,
    NOT_HTTP,
    OTHER_SESSION,
    REQUEST_ENTITY_TOO_LARGE,
    TLS_EXPIRED,
    TLS_FAILED,
    TLS_HOSTNAME_MISMATCH,
    TLS_NOT_HTTPS,
    TLS_SELF_SIGNED,
    TLS_UNKNOWN_ISSUER,
    TLS_UNTRUSTED,
    ErrorOrigin,
    RefusedField,
    authorization_reason,
)
from ..connections import CheckOutcome, ConnectionCheck, OpenFailure
from ..display_time import DisplayZone
from ..settings import CUSTOM_URL_FIELD, Profile, ProfileKind
from .detail_texts import detail_text
from .input_texts import known_message_text

if TYPE_CHECKING:
    from ..store.records import Decision


def profile_display_name(profile: Profile) -> str:
    """How a profile is named in the switcher."""
    names = {
        ProfileKind.LOCAL_ENGINE: QCoreApplication.translate("Texts", "Built-in engine (offline)"),
        ProfileKind.CLOUD_CN: QCoreApplication.translate("Texts", "FaceID cloud · China"),
        ProfileKind.CLOUD_SGP: QCoreApplication.translate("Texts", "FaceID cloud · Singapore"),
        ProfileKind.CLOUD_IDN: QCoreApplication.translate("Texts", "FaceID cloud · Indonesia"),
    }
    if profile.kind is ProfileKind.CUSTOM or profile.name != profile.kind.value:
        return QCoreApplication.translate("Texts", "{name} (custom host)").format(name=profile.name)
    return names[profile.kind]


def stored_profile_name(name: str, profiles: Iterable[Profile]) -> str:
    """A profile named in History, as the switcher names it ("local-engine" → "Built-in engine (offline)"); a profile
    removed since keeps the name it was recorded under."""
    for profile in profiles:
        if profile.name == name:
            return profile_display_name(profile)
    return name


def join_sentences(first: str, second: str) -> str:
    """Two sentences in a row: a space after an English full stop, none after a Chinese one (。)."""
    return f"{first}{second}" if first.endswith(("。", "！", "？")) else f"{first} {second}"


#: Between the parts of one status line (a signature's verdict, the outcome, a repeat), in either language.
STATUS_SEPARATOR: Final = " · "


def status_line(*parts: str) -> str:
    """The non-empty ``parts`` of one status line in a row, each but the last without its closing full stop:
    "… unchanged. · Attack suspected" and "…未被改动。 · 疑似攻击" read as glued together."""
    shown = [part for part in parts if part]
    return STATUS_SEPARATOR.join([part[:-1] if part.endswith((".", "。")) else part for part in shown[:-1]]
                                 + shown[-1:])


#: At most this many characters of a free-text value that came with a callback or an answer (biz_id, biz_no,
#: biz_extra_data, a version, a failure reason) are laid out in a label or a list: Qt lays out a label's whole
#: text, and a 3 MB biz_id held the window for 14 s.
SHOWN_CHARACTERS: Final = 200


def shortened(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` as a label shows it: whole when it has at most ``limit`` characters, else its start and its end
    with the middle replaced by a marker that says how much is left out ("… (12,345 more characters) …"). Only
    what is shown is shortened: the value itself stays whole where it is copied, looked up or recorded."""
    if len(text) <= limit:
        return text
    head = (limit + 1) // 2
    tail = limit - head
    marker = QCoreApplication.translate("Texts", " … ({count} more characters) … ").format(
        count=f"{len(text) - head - tail:,}")
    return text[:head] + marker + (text[-tail:] if tail else "")


def shown_clock(at: float, zone: DisplayZone, now: float | None = None) -> str:
    """``at`` (time.time()) as ``HH:MM:SS`` and the zone's name (``UTC``, ``UTC+08:00``) in the zone the window
    shows times in, as History lists them, so a token or link on show can be matched with its History entry. On
    another day there than ``now`` (by default the present) the date leads (``YYYY-MM-DD HH:MM:SS UTC+08:00``): a
    link valid past midnight must not read as expired already."""
    moment = zone.shown_epoch(at)
    today = zone.shown_epoch(time.time() if now is None else now).date()
    return f"{moment:%H:%M:%S} {zone.label(moment)}" if moment.date() == today else \
        f"{moment:%Y-%m-%d %H:%M:%S} {zone.label(moment)}"


def level_odds(level: str) -> str:
    """A false-accept level in words, not split at its hyphens: "1e-4" → "1‑in‑10,000"."""
    odds = {
        "1e-3": QCoreApplication.translate("Texts", "1-in-1,000"),
        "1e-4": QCoreApplication.translate("Texts", "1-in-10,000"),
        "1e-5": QCoreApplication.translate("Texts", "1-in-100,000"),
        "1e-6": QCoreApplication.translate("Texts", "1-in-1,000,000"),
    }
    return unbroken(odds.get(level, level))


def unbroken(text: str) -> str:
    """``text`` with non-breaking hyphens (U+2011, drawn and read as a hyphen), so "1-in-1,000,000" is not split
    after "1-". Chinese gets no invisible joiners: they would stay in any copied text and defeat a search."""
    return text.replace("-", "\u2011")


def level_use(level: str) -> str:
    """The vendor's guidance on where each level fits."""
    uses = {
        "1e-3": QCoreApplication.translate("Texts", "lenient, low-risk checks"),
        "1e-4": QCoreApplication.translate("Texts", "between lenient and high security"),
        "1e-5": QCoreApplication.translate("Texts", "high security: large loans, transfers"),
        "1e-6": QCoreApplication.translate("Texts", "extreme security"),
    }
    return uses.get(level, "")


def locked_keyring_text(reason: str, *, after_colon: bool = False) -> str:
    """A keyring whose unlock prompt was dismissed (``reason``: the keyring's own words): locked, and how to unlock it,
    not "start a Secret Service"; Settings and the window say it alike. ``after_colon``: said after "Not usable:" or
    "Nothing tested:", so it starts in lower case as every other reason there does."""
    if after_colon:
        return QCoreApplication.translate(
            "Texts", "the system keyring is locked ({reason}). Unlock the keyring when it asks, then try "
                     "again.").format(reason=reason)
    # Settings' words, in its context (and so with its translation), said by the window too.
    return QCoreApplication.translate(
        "SettingsDialog", "The system keyring is locked ({reason}). Unlock the keyring when it asks, then try "
                          "again.").format(reason=reason)


def address_problem_text(address: str, problem: str, field: str) -> str:
    """Why the base URL ``address`` cannot be used (``problem``: ``validate_base_url(address, field)``'s message),
    naming the field as Settings labels it, not by the validator's ``field``; one without its scheme is offered with
    https://."""
    typed = address.strip()
    if typed and "://" not in typed:
        try:
            suggested = validate_base_url("https://" + typed, field)
        except FaceIDError:
            pass
        else:
            return QCoreApplication.translate(  # Settings' words and context, as the label's below
                "SettingsDialog", "The Base URL must start with https:// (http:// only for this machine): did you "
                                  "mean {url}?").format(url=suggested)
    text = known_message_text(problem) or problem
    if not field or not text.startswith(field):
        return text
    label = QCoreApplication.translate("SettingsDialog", "Base URL")  # the field's label in Settings
    rest = text[len(field):]
    # The validator's field name is ASCII, followed by a space; Chinese sets none between its words.
    return label + (rest.lstrip(" ") if not label[-1:].isascii() else rest)


def not_os_keyring_text(backend: str, *, after_colon: bool = False) -> str:
    """No OS keyring: the keyring library's backend (``backend``, by name; "" when it found none) keeps api_secrets in
    a file or nowhere, so none are read from or written to it; what to install instead. ``after_colon``: said after
    "Not usable:"."""
    if not backend and after_colon:
        return QCoreApplication.translate(
            "Texts", "there is no system keyring. Install and start a Secret Service such as gnome-keyring or KWallet "
                     "(on macOS and Windows, the system's own keychain), then reopen the profile.")
    if not backend:
        return QCoreApplication.translate(
            "SettingsDialog", "No system keyring is available, so api_secrets cannot be stored. Install and start a "
                              "Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen "
                              "Settings. The built-in engine works without one.")
    if after_colon:
        return QCoreApplication.translate(
            "Texts", "there is no system keyring: the keyring library offers only {backend}, which keeps api_secrets "
                     "in a file or nowhere, so it is not used. Install and start a Secret Service such as "
                     "gnome-keyring or KWallet (on macOS and Windows, the system's own keychain), then reopen the "
                     "profile.").format(backend=backend)
    return QCoreApplication.translate(
        "SettingsDialog", "No system keyring is available, so api_secrets cannot be stored: the keyring library "
                          "offers only {backend}, which keeps them in a file or nowhere. Install and start a Secret "
                          "Service (for example gnome-keyring, or KWallet on KDE; on macOS and Windows, the system's "
                          "own keychain), remove any PYTHON_KEYRING_BACKEND or keyringrc.cfg setting that chooses "
                          "{backend}, log in again, and reopen Settings. The built-in engine works without "
                          "one.").format(backend=backend)


def open_failure_text(failure: OpenFailure | None, detail: str, *, in_settings: bool = False,
                      address: str = "") -> str:
    """Why a profile cannot be used, and what to do; ``in_settings``: said in Settings, whose fields are at hand;
    ``address``: the profile's stored base URL, which a BAD_ADDRESS ``detail`` is about."""
    if failure is OpenFailure.NO_CREDENTIALS:
        if in_settings:
            return QCoreApplication.translate(
                "Texts", "no api_key / api_secret stored for this profile. Enter them above and store them in the "
                         "keyring.")
        return QCoreApplication.translate(
            "Texts", "no api_key / api_secret stored for this profile. Enter them in Settings (Ctrl+,).")
    if failure is OpenFailure.KEYRING_UNAVAILABLE:
        if in_settings:
            return QCoreApplication.translate(
                "Texts", "the system keyring is not available ({detail}). Start a Secret Service such as "
                         "gnome-keyring or KWallet, then test again.").format(detail=detail)
        return QCoreApplication.translate(
            "Texts", "the system keyring is not available ({detail}). Start a Secret Service such as "
                     "gnome-keyring or KWallet, then reopen the profile.").format(detail=detail)
    if failure is OpenFailure.NOT_OS_KEYRING:
        return not_os_keyring_text(detail, after_colon=True)
    if failure is OpenFailure.KEYRING_LOCKED:
        return locked_keyring_text(detail, after_colon=True)
    if failure is OpenFailure.BAD_ADDRESS:
        # The validator's English ("custom_url: plain HTTP is only allowed…") in the window's words, as Settings' are.
        return QCoreApplication.translate("Texts", "the address is not usable: {detail}").format(
            detail=address_problem_text(address, detail, CUSTOM_URL_FIELD))
    if failure is OpenFailure.ENGINE_KEEPS_STOPPING:
        return QCoreApplication.translate(
            "Texts", "the built-in engine keeps stopping ({stopped}), so it is not started again by itself. Choose "
                     "it again in the profile list to retry.").format(stopped=engine_stop_text(detail))
    if failure is OpenFailure.ENGINE_FAILED:
        return QCoreApplication.translate(
            "Texts", "the built-in engine did not start ({detail}).").format(detail=detail)
    return detail


def engine_stop_text(code: str | int | None) -> str:
    """How the built-in engine's process ended: killed by a signal (a negative code) or exited with a code."""
    number = int(code) if code not in (None, "") else None
    if number is None:
        return QCoreApplication.translate("Texts", "it was replaced")
    if number < 0:
        return QCoreApplication.translate("Texts", "ended by signal {signal}").format(signal=-number)
    return QCoreApplication.translate("Texts", "exit code {code}").format(code=number)


def check_outcome_text(check: ConnectionCheck, *, in_settings: bool = False) -> str:
    """What *Test connection* found, in plain words; ``in_settings``: said in Settings, whose fields are at hand."""
    texts = {
        CheckOutcome.OK: QCoreApplication.translate("Texts", "OK: the service answers and accepts this api_key."),
        CheckOutcome.WRONG_CREDENTIALS: QCoreApplication.translate(
            "Texts", "wrong api_key or api_secret: the service refused them. Check them in Settings."),
        CheckOutcome.NOT_ALLOWED: QCoreApplication.translate(
            "Texts", "the api_key is accepted but may not make this call (disabled, over quota or no permission)."),
        CheckOutcome.UNREACHABLE: QCoreApplication.translate(
            "Texts", "unreachable: nothing answers at this address. Check the address and the network."),
        CheckOutcome.NO_ANSWER: QCoreApplication.translate(
            "Texts", "no answer in time. The network or the service is slow; try again."),
        CheckOutcome.NOT_FACEID: QCoreApplication.translate(
            "Texts", "something answers, but it is not a FaceID service (wrong address, or a proxy's page): check "
                     "this profile's base URL."),
        CheckOutcome.GATEWAY_ERROR: QCoreApplication.translate(
            "Texts", "a gateway or proxy on the way answered with an error instead of FaceID. Try again; if it keeps "
                     "happening, check this profile's base URL and any proxy between here and FaceID."),
        CheckOutcome.BUSY: QCoreApplication.translate(
            "Texts", "the api_key and api_secret are accepted, but this account is at its limit of calls at once "
                     "(concurrency limit). Wait a few seconds and test again."),
        CheckOutcome.OTHER: QCoreApplication.translate("Texts", "the service answered with an error."),
    }
    err = check.error
    # Said by what failed, whatever outcome the check files it under: a host that closed the connection, that does
    # not speak HTTP, a certificate that is not trusted, an error FaceID's documents do not list.
    found = None if err is None or check.outcome is CheckOutcome.OK else check_failure_text(err)
    text = found or texts[check.outcome]
    if in_settings and check.outcome is CheckOutcome.WRONG_CREDENTIALS:  # the api_key and api_secret fields are here
        text = QCoreApplication.translate(
            "Texts", "wrong api_key or api_secret: the service refused them. Enter the right ones above and store "
                     "them in the keyring.")
    if err is not None and check.outcome is not CheckOutcome.OK:
        # An answer's wrong field is said whole ("response field response.biz_id is missing"), not as a bare path.
        detail = detail_text(err.message) if answer_field(err) else err.detail
        text += " " + f"[{err.code}{': ' + detail if detail else ''}]"
    return text


def check_failure_text(err: FaceIDError) -> str | None:
    """What a connection test's failure means and what to do, for the failures a test outcome alone words wrongly;
    None for the others."""
    if err.code == CONNECTION_CLOSED:
        return QCoreApplication.translate(
            "Texts", "the connection was closed without an answer. When that happens at once, the address or port is "
                     "wrong: check this profile's base URL.")
    if err.code == ANSWER_BROKE_OFF:
        return QCoreApplication.translate(
            "Texts", "the answer broke off part-way: the network, or a proxy on the way, broke the connection. Try "
                     "again; if it keeps happening, check the network and this profile's base URL.")
    if err.code == ANSWER_UNDECODABLE:
        return QCoreApplication.translate(
            "Texts", "the answer came, but could not be decoded: a proxy on the way, or the service, sent a broken "
                     "compressed body. Check any proxy between here and FaceID, and this profile's base URL.")
    if err.code == NOT_HTTP:
        return QCoreApplication.translate(
            "Texts", "something answers at this address, but not in HTTP (another kind of service, or http:// to a "
                     "port that expects HTTPS): check the address and port of this profile's base URL.")
    if err.code == TLS_FAILED:
        return _tls_check_text(err.detail)
    if err.code == GATEWAY_ERROR and err.http_status is not None:  # it answered, maybe at once: not "no answer"
        return QCoreApplication.translate(
            "Texts", "a gateway or proxy on the way answered with an error (HTTP {status}) instead of FaceID: it had "
                     "no answer, or no usable one, from FaceID. Try again; if it keeps happening, check this "
                     "profile's base URL and any proxy between here and FaceID.").format(status=err.http_status)
    if err.code in ("MISSING_ARGUMENTS", "BAD_ARGUMENTS") and err.detail in CREDENTIAL_PARAMETERS:
        return QCoreApplication.translate(
            "Texts", "the service found this profile's {field} missing or not readable. Check this profile's api_key "
                     "and api_secret.").format(field=err.detail)
    if undocumented(err):
        if (err.http_status or 0) >= 500:
            return QCoreApplication.translate(
                "Texts", "the service answered with a server error its documents do not list. Try again later; if it "
                         "keeps happening, contact FaceID support.")
        return QCoreApplication.translate(
            "Texts", "the service answered with an error its documents do not list. Check this profile's api_key and "
                     "api_secret, and look the code up in FaceID's documents.")
    return None


def _tls_check_text(reason: str) -> str:
    """A TLS handshake that failed, by why (a TLS_FAILED's detail), as a connection test says it."""
    untrusted = {
        TLS_SELF_SIGNED: QCoreApplication.translate("Texts", "the service's certificate is self-signed"),
        TLS_UNKNOWN_ISSUER: QCoreApplication.translate(
            "Texts", "the service's certificate is signed by an authority the console does not trust"),
        TLS_UNTRUSTED: QCoreApplication.translate("Texts", "the service's certificate is not trusted"),
    }
    if reason in untrusted:
        return QCoreApplication.translate(
            "Texts", "HTTPS failed: {why}. If a proxy inspects HTTPS here, the console needs its CA certificate "
                     "(REQUESTS_CA_BUNDLE); otherwise check this profile's base URL.").format(why=untrusted[reason])
    if reason == TLS_HOSTNAME_MISMATCH:
        return QCoreApplication.translate(
            "Texts", "HTTPS failed: the service's certificate is for another host name than this address. Check the "
                     "host name in this profile's base URL.")
    if reason == TLS_EXPIRED:
        return QCoreApplication.translate(
            "Texts", "HTTPS failed: the service's certificate has expired or is not valid yet. Check this computer's "
                     "date and time.")
    if reason == TLS_NOT_HTTPS:
        return QCoreApplication.translate(
            "Texts", "HTTPS failed: the port at this address does not speak HTTPS. Check this profile's base URL: "
                     "http:// is only for a service on this computer.")
    return QCoreApplication.translate(
        "Texts", "HTTPS failed: the secure connection could not be set up. Check this profile's base URL; a proxy or "
                 "firewall may be stopping HTTPS.")


def undocumented(err: FaceIDError) -> bool:
    """Whether ``err`` is the service's error under a code FaceID's documents do not list (billing not known)."""
    return err.origin is ErrorOrigin.SERVICE and not err.documented


def answer_field(err: FaceIDError) -> str | None:
    """The field of a JSON answer that made it not a FaceID answer (``response.biz_id``,
    ``result_ref1.confidence``), if the error is about one."""
    if err.code != "INVALID_RESPONSE" or err.origin is not ErrorOrigin.SERVICE:
        return None
    # An error rebuilt from History has no refusal: its detail still names the field.
    return err.refused.path if err.refused is not None else err.detail or None


def other_session(err: FaceIDError) -> RefusedField | None:
    """The refusal of a get_result answer that is FaceID-shaped but for another biz_id, if ``err`` is one."""
    refused = err.refused
    return refused if err.code == "INVALID_RESPONSE" and refused is not None and refused.kind == OTHER_SESSION \
        else None


#: The request's photo fields, in the order the form shows them.
PHOTO_FIELDS: Final = ("image", "image_ref1", "image_ref2", "image_ref3")


def image_field_name(field: str, call: str = "") -> str:
    """A parameter that names a photo, in the reviewer's words; ``call``: the call refused (a ``CallKind`` value), whose
    page may name its photos otherwise (get_biz_token's ``image`` is the photo to compare)."""
    if field == "image" and call in V3_CALLS:
        return QCoreApplication.translate("Texts", "the photo to compare")
    names = {
        "image": QCoreApplication.translate("Texts", "the photo to check"),
        "image_ref1": QCoreApplication.translate("Texts", "reference photo 1"),
        "image_ref2": QCoreApplication.translate("Texts", "reference photo 2"),
        "image_ref3": QCoreApplication.translate("Texts", "reference photo 3"),
        "data_source": QCoreApplication.translate("Texts", "the identity data source's photo"),
        "idcard_name": QCoreApplication.translate("Texts", "the name"),
        "idcard_number": QCoreApplication.translate("Texts", "the ID number"),
        "uuid": QCoreApplication.translate("Texts", "the uuid"),
        "api_key": QCoreApplication.translate("Texts", "this profile's api_key"),
        "api_secret": QCoreApplication.translate("Texts", "this profile's api_secret"),
        "sign": QCoreApplication.translate("Texts", "the request's signature"),
        "sign_version": QCoreApplication.translate("Texts", "the signature's version"),
    }
    return names.get(field, field)


#: Parameters sent from the profile's credentials, not typed on any page: they are set in Settings.
CREDENTIAL_PARAMETERS: Final = frozenset({"api_key", "api_secret"})
#: Parameters the console makes itself for every signed call (get_biz_token), from the credentials and the clock.
SIGNATURE_PARAMETERS: Final = frozenset({"sign", "sign_version"})
#: Parameters a page marks at their field or photo slot when FaceID refuses one (Liveness results: the biz_id).
MARKED_PARAMETERS: Final = frozenset({*PHOTO_FIELDS, "idcard_name", "idcard_number", "uuid", "biz_no", "return_url",
                                      "notify_url", "biz_extra_data", "biz_id"})
#: Parameters the console always sends with one value, set by no control: verify's face_image_type (raw_image).
CONSOLE_SET_PARAMETERS: Final = frozenset({"face_image_type"})


def problem_text(err: FaceIDError, language: str, renumbered: Mapping[str, str] | None = None,
                 call: str = "") -> str:
    """An error in the window's words: our own checks' wording, a photo named as the reviewer knows it, or the
    catalogue's explanation. ``renumbered``: photo parameters sent under another number, mapped to the form's
    slot (reference photo 3 sent as ``image_ref2`` when slot 2 was empty); ``call``: the call refused (a
    ``CallKind`` value), where the words depend on it; "" when not known."""
    from .input_texts import input_problem_text

    if err.origin is ErrorOrigin.INPUT:
        return input_problem_text(err)
    too_large = too_large_texts(err, call)
    if too_large is not None:
        return too_large[0]
    other = other_session(err)
    if other is not None:  # FaceID's shape, another session's answer: its base URL is not what is wrong
        return QCoreApplication.translate(
            "Texts", "This answer is for another liveness session: biz_id {asked} was looked up, but the answer is "
                     "for biz_id {found}. FaceID answers a look-up with that session's own result, so a caching proxy "
                     "between here and FaceID, or a mix-up, gave another session's answer.").format(
            asked=shortened(other.asked), found=shortened(other.found))
    field = answer_field(err)
    if field is not None:
        return QCoreApplication.translate(
            "Texts", "The server's answer is not a FaceID answer: its field {field} is missing or not as FaceID "
                     "sends it.").format(field=field)
    return photo_problem_text(err, renumbered, call) or err.explanation(
        language, unbilled_call=call in UNBILLED_CALLS, v3=call in V3_CALLS)


#: The calls (``CallKind`` values) FaceID does not bill: fetching a session's result (the session was billed as it ran).
UNBILLED_CALLS: Final = frozenset({"get_result"})
#: The calls (``CallKind`` values) of the v3 document (get_biz_token), whose errors it words other than verify's: its
#: INVALID_IMAGE_SIZE is about pixels only, its MULTIPLE_FACES comes bare and is about the photo to compare.
V3_CALLS: Final = frozenset({"get_biz_token"})
#: The calls whose request the console keeps far below FaceID's size limit, so that an HTTP 413 of theirs is a proxy's:
#: a look-up (a biz_id), and an SDK token (at most three photos of at most 2 MB each, under the documents' 20 MB).
BELOW_FACEID_SIZE_LIMIT: Final = frozenset({"get_result", "get_biz_token"})


#: Service refusals that name no parameter, yet are about one thing on the form: LOW_QUALITY is always about the
#: photo to check (the documents say so); a name that does not match the ID number is checked against the name
#: (the number exists); an ID number the data source does not know, against the number.
_FIELD_OF_CODE: Final = {"LOW_QUALITY": "image", "ID_NUMBER_NAME_NOT_MATCH": "idcard_name",
                         "NO_SUCH_ID_NUMBER": "idcard_number"}
#: The same for the v3 document (get_biz_token): its MULTIPLE_FACES is "image图片中有多张人脸" (a reference photo with
#: several faces is compared by its largest).
_V3_FIELD_OF_CODE: Final = {**_FIELD_OF_CODE, "MULTIPLE_FACES": "image"}


def error_field(err: FaceIDError, call: str = "") -> str | None:
    """The field or photo an error is about: the one it names, else the one its code is always about (in the
    document of ``call``, a ``CallKind`` value; "" when not known)."""
    if err.origin is not ErrorOrigin.SERVICE:
        return err.field
    return err.field or (_V3_FIELD_OF_CODE if call in V3_CALLS else _FIELD_OF_CODE).get(err.code)


def photo_problem_text(err: FaceIDError, renumbered: Mapping[str, str] | None = None, call: str = "") -> str | None:
    """A service refusal about one photo, said of that photo ("No face was found in reference photo 1."), named
    by the form's slot when it was sent under another number (``renumbered``), in the words of ``call``'s document
    (a ``CallKind`` value; "" when not known)."""
    field = error_field(err, call)
    if field not in (*PHOTO_FIELDS, "data_source"):
        return None
    if err.code == "IMAGE_ERROR_UNSUPPORTED_FORMAT" and field == "data_source":
        return QCoreApplication.translate("Texts", "The identity data source has no usable photo of this person.")
    texts = {
        "NO_FACE_FOUND": QCoreApplication.translate("Texts", "No face was found in {photo}."),
        "MULTIPLE_FACES": QCoreApplication.translate("Texts", "More than one face was found in {photo}."),
        "LOW_QUALITY": QCoreApplication.translate(
            "Texts", "The face in {photo} is below the face quality threshold."),
        "IMAGE_ERROR_UNSUPPORTED_FORMAT": QCoreApplication.translate(
            "Texts", "FaceID could not decode {photo}: it is not an image, or it is damaged."),
        "INVALID_IMAGE_SIZE": QCoreApplication.translate(
            "Texts", "FaceID refused {photo} as too large: wider or taller than 4096 pixels.") if call in V3_CALLS
        else QCoreApplication.translate(
            "Texts", "FaceID refused {photo} as too large: over 2 MB, or wider or taller than 4096 pixels."),
    }
    text = texts.get(err.code)
    return None if text is None else text.format(photo=image_field_name((renumbered or {}).get(field, field), call))


def too_large_texts(err: FaceIDError, call: str) -> tuple[str, str] | None:
    """What an HTTP 413 means, and what to do, for a call (a ``CallKind`` value) whose request has no documented size
    limit: the catalogue's words are verify's 2 MB a photo and the SDK token's 20 MB. None for any other error or
    call. Starting a session is large only with reference photos; a look-up is never large (no photos, a biz_id)."""
    if err.code != REQUEST_ENTITY_TOO_LARGE or err.origin is not ErrorOrigin.SERVICE:
        return None
    if call == "get_token":
        return (QCoreApplication.translate(
                    "Texts", "The request to start the session was too large for FaceID or a proxy on the way. Its "
                             "reference photos are what make it large."),
                QCoreApplication.translate(
                    "Texts", "Choose smaller reference photos. If none were sent (KYC), a proxy between here and "
                             "FaceID refuses even a small request: check this profile's address in Settings "
                             "(Ctrl+,)."))
    if call == "get_result":
        return (QCoreApplication.translate(
                    "Texts", "The look-up was refused as too large, though it sends no photos, only the biz_id: far "
                             "below any size limit of FaceID's. A proxy between here and FaceID is the likely cause."),
                QCoreApplication.translate(
                    "Texts", "Check this profile's address in Settings (Ctrl+,). If it is right, ask whoever runs the "
                             "proxy between here and FaceID to let the look-up through."))
    if call == "get_biz_token":
        return (QCoreApplication.translate(
                    "Texts", "The request was refused as too large, though its photos (at most 2 MB each) keep it far "
                             "below FaceID's 20 MB limit for an SDK token. A proxy between here and FaceID is the "
                             "likely cause."),
                QCoreApplication.translate(
                    "Texts", "Check this profile's address in Settings (Ctrl+,). If it is right, ask whoever runs the "
                             "proxy between here and FaceID to let requests of a few MB through; smaller photos may "
                             "get through meanwhile."))
    return None


def next_step(err: FaceIDError, *, verify_options: bool = True, call: str = "") -> str:
    """What the reviewer should do after this error; ``verify_options``: the Verify page's options are at hand;
    ``call``: the call refused (a ``CallKind`` value), where the advice depends on it; "" when not known."""
    code = err.code
    too_large = too_large_texts(err, call)
    if too_large is not None:
        return too_large[1]
    if call in V3_CALLS and code in ("INVALID_IMAGE_SIZE", "MULTIPLE_FACES"):  # its document's limit, its option
        return {
            "INVALID_IMAGE_SIZE": QCoreApplication.translate(
                "Texts", "Choose a photo at most 4096 pixels wide and tall."),
            "MULTIPLE_FACES": QCoreApplication.translate(
                "Texts", "Crop the photo to compare to the applicant's face. Only if the applicant's face is clearly "
                         "the largest, untick fail_when_multiple_faces in Options to compare the largest face."),
        }[code]
    if not verify_options and code in ("NO_FACE_FOUND", "MULTIPLE_FACES", "LOW_QUALITY"):
        return {
            "NO_FACE_FOUND": QCoreApplication.translate(
                "Texts", "Choose a photo in which the face is clearly visible, upright, front-on and well lit."),
            "MULTIPLE_FACES": QCoreApplication.translate(
                "Texts", "Choose or crop a photo that shows only the applicant's face."),
            "LOW_QUALITY": QCoreApplication.translate("Texts", "Use a sharper, better-lit photo of the face."),
        }[code]
    steps = {
        "NO_FACE_FOUND": QCoreApplication.translate(
            "Texts", "Choose a photo in which the face is clearly visible, front-on and well lit; or turn on "
                     "'Try rotated photos' if it is sideways or upside down."),
        "MULTIPLE_FACES": QCoreApplication.translate(
            "Texts", "Crop the photo to the applicant's face. Only if the applicant's face is clearly the largest, "
                     "untick 'Fail when the photo to check has several faces' (or the reference photo option) in "
                     "Options to compare the largest face."),
        "LOW_QUALITY": QCoreApplication.translate(
            "Texts", "Use a sharper, better-lit photo, or lower the face quality threshold in Options."),
        "IMAGE_ERROR_UNSUPPORTED_FORMAT": QCoreApplication.translate(
            "Texts", "Choose a JPEG or PNG photo that opens in an image viewer."),
        "INVALID_IMAGE_SIZE": QCoreApplication.translate(
            "Texts", "Choose a smaller photo (at most 2 MB and 4096 pixels a side)."),
        "Request Entity Too Large": QCoreApplication.translate(
            "Texts", "The request was too large for the service or a proxy. Choose smaller photos."),
        "NO_SUCH_ID_NUMBER": QCoreApplication.translate(
            "Texts", "Check the ID number with the applicant's document; if it is right, the data source "
                     "has no record of it and KYC cannot be done this way."),
        "ID_NUMBER_NAME_NOT_MATCH": QCoreApplication.translate(
            "Texts", "Check the spelling of the name against the ID card; this can also be a sign of fraud."),
        "INVALID_NAME_FORMAT": QCoreApplication.translate("Texts", "Correct the name (at most 32 characters)."),
        "INVALID_IDCARD_NUMBER": QCoreApplication.translate(
            "Texts", "Correct the ID number: 18 characters, digits with an optional final X."),
        "DATA_SOURCE_ERROR": QCoreApplication.translate(
            "Texts", "Stop KYC checks and contact FaceID support until the data source works again."),
        "AUTHENTICATION_ERROR": QCoreApplication.translate(
            "Texts", "Check the api_key and api_secret of this profile in Settings (Ctrl+,)."),
        "CONCURRENCY_LIMIT_EXCEEDED": QCoreApplication.translate(
            "Texts", "Too many calls at once for this api_key. Wait a few seconds and send again; nothing was billed."),
        "INTERNAL_ERROR": QCoreApplication.translate(
            "Texts", "Send again; if it keeps failing, contact FaceID support."),
        "NETWORK_TIMEOUT": QCoreApplication.translate(
            "Texts", "The call may have been processed and billed. Check with your team before sending again."),
        "GATEWAY_ERROR": QCoreApplication.translate(
            "Texts", "The call may have been processed and billed. Check with your team before sending again."),
        "CONNECTION_FAILED": QCoreApplication.translate(
            "Texts", "Check the profile's address in Settings (Ctrl+,) and the network, then send again."),
        "CONNECTION_CLOSED": QCoreApplication.translate(
            "Texts", "Check this profile's address and port in Settings (Ctrl+,): a host that closes the connection at "
                     "once is not FaceID. If the address is right, the call may have been processed and billed: check "
                     "with your team before sending again."),
        "ANSWER_BROKE_OFF": QCoreApplication.translate(
            "Texts", "The call may have been processed and billed. Check with your team before sending again; if "
                     "answers keep breaking off, check the network and any proxy between here and FaceID."),
        "ANSWER_UNDECODABLE": QCoreApplication.translate(
            "Texts", "The call may have been processed and billed: do not send it again blindly, check with your team "
                     "first. If answers keep coming undecodable, a proxy between here and FaceID (or the service) is "
                     "breaking its compressed answers: tell whoever runs it (your IT team, or FaceID support)."),
        "NOT_HTTP": QCoreApplication.translate(
            "Texts", "Check this profile's address and port in Settings (Ctrl+,): FaceID's cloud addresses begin with "
                     "https:// and need no port. Nothing was billed: send again once the address is right."),
        "INVALID_RESPONSE": QCoreApplication.translate(
            "Texts", "Something between you and FaceID (a proxy or gateway) answered instead. Check the "
                     "address in Settings; if it is right, try again later."),
        "API_NOT_FOUND": QCoreApplication.translate("Texts", "Check the base URL of this profile in Settings."),
        "DATA_DESTROYED": QCoreApplication.translate(
            "Texts", "The service gives a result only once and for one day. If this console fetched it before, "
                     "open it in History; otherwise it is gone: run a new liveness session."),
        "RESULT_NOT_FOUND": QCoreApplication.translate(
            "Texts", "Check the biz_id (copy it from the callback or the return_url), and that the session was "
                     "made with this profile's api_key."),
        "MISSING_ARGUMENTS": QCoreApplication.translate("Texts", "Fill in the field that is marked."),
        "HISTORY_UNAVAILABLE": QCoreApplication.translate(
            "Texts", "Every call is recorded before it is sent. Check the history database in Settings (or the "
                     "disk space), then send again."),
        "BAD_ARGUMENTS": QCoreApplication.translate("Texts", "Correct the field that is marked."),
    }
    other = other_session(err)
    if other is not None:
        return QCoreApplication.translate(
            "Texts", "Look biz_id {asked} up again. If another session's answer comes back again, a proxy or cache "
                     "between here and FaceID is answering: have it pass get_result through uncached. Do not decide "
                     "on this answer: it is not this session's result.").format(asked=shortened(other.asked))
    if answer_field(err) is not None:  # JSON from the host, but not FaceID's: its address is the likely cause
        return QCoreApplication.translate(
            "Texts", "Check this profile's base URL in Settings (Ctrl+,): the host there answers, but not as FaceID "
                     "does. The answer is recorded in History as an error, not as a result.")
    if code == "AUTHORIZATION_ERROR":
        return authorization_step(err.detail)
    if code in ("MISSING_ARGUMENTS", "BAD_ARGUMENTS") and err.origin is ErrorOrigin.SERVICE:
        if err.detail in CREDENTIAL_PARAMETERS:  # no field on any page: the profile's, in Settings
            return QCoreApplication.translate(
                "Texts", "The api_key and api_secret are not fields of this page: they are this profile's, in "
                         "Settings (Ctrl+,). Check them there, then send again. If they are right, give FaceID "
                         "support the request_id.")
        if err.detail in SIGNATURE_PARAMETERS:  # made by the console for every signed call
            return QCoreApplication.translate(
                "Texts", "The console signs each request itself, from this profile's api_key and api_secret and "
                         "this computer's clock: check the api_key and api_secret in Settings (Ctrl+,) and the "
                         "clock. If they are right, give FaceID support the request_id.")
        if err.detail in CONSOLE_SET_PARAMETERS:
            return QCoreApplication.translate(
                "Texts", "The console sends {field} itself, as the documents give it: nothing on this page sets it. "
                         "Give FaceID support the request_id.").format(field=err.detail)
        if not err.detail:  # the web-liveness document writes "MISSING_ARGUMENTS:" with none
            return QCoreApplication.translate(
                "Texts", "FaceID did not say which parameter: check each field and option on this page, then send "
                         "again. If it keeps happening, give FaceID support the request_id.")
        if err.detail not in MARKED_PARAMETERS:  # an option or choice: no field of its own is marked
            return QCoreApplication.translate(
                "Texts", "Check how {field} is set on this page (its option or choice), then send again. If it is "
                         "set as the documents allow, give FaceID support the request_id.").format(field=err.detail)
    if err.origin is ErrorOrigin.INPUT and code not in ("MISSING_ARGUMENTS", "BAD_ARGUMENTS", "HISTORY_UNAVAILABLE"):
        return QCoreApplication.translate("Texts", "Correct the field or photo that is marked, then send again.")
    if code == TLS_FAILED:
        return _tls_step(err.detail)
    if undocumented(err) and err.http_status is not None and 400 <= err.http_status < 600:
        if err.http_status >= 500:
            return QCoreApplication.translate(
                "Texts", "FaceID's documents do not list this error, which came with a server error (HTTP {status}). "
                         "Try again later; if it keeps happening, give FaceID support the request_id.").format(
                status=err.http_status)
        return QCoreApplication.translate(
            "Texts", "FaceID's documents do not list this error. Check the request and this profile's api_key and "
                     "api_secret, and look the code up in FaceID's documents; if it stays unclear, give FaceID "
                     "support the request_id.")
    return steps.get(code, QCoreApplication.translate(
        "Texts", "Note the request_id and contact FaceID support if this keeps happening."))


def authorization_step(detail: str) -> str:
    """What to do about an AUTHORIZATION_ERROR, by its reason (``detail``, in either document's spelling): a clock to
    set, credentials to check, a permission or a limit to ask the account's administrator about."""
    steps = {
        "LIMIT_REACHED": QCoreApplication.translate(
            "Texts", "This test api_key has used up its calls. Ask your FaceID account administrator for a production "
                     "api_key, then store it for this profile in Settings (Ctrl+,)."),
        "NO_DATA_SOURCE_PERMISSION": QCoreApplication.translate(
            "Texts", "Compare with reference photos instead (comparison_type 0), or ask your FaceID account "
                     "administrator to give this api_key the KYC permission."),
        "NO_VERIFY_PERMISSION": QCoreApplication.translate(
            "Texts", "Use KYC verification instead (comparison_type 1), or ask your FaceID account administrator to "
                     "give this api_key the face comparison permission."),
        "API_KEY_BE_DISCONTINUED": QCoreApplication.translate(
            "Texts", "Ask your FaceID account administrator whether this api_key can be enabled again; otherwise "
                     "store a working api_key and api_secret for this profile in Settings (Ctrl+,)."),
        "IP_NOT_ALLOWED": QCoreApplication.translate(
            "Texts", "Ask your FaceID account administrator to allow calls from this network's public IP address, or "
                     "send from a network that is allowed."),
        "MORE_RETRY_TIMES": QCoreApplication.translate(
            "Texts", "FaceID takes no more comparison attempts for now: sending again is refused the same way. Ask "
                     "your FaceID account administrator about the retry limit."),
        "EXPIRED_SIGN": QCoreApplication.translate(
            "Texts", "Check this computer's date, time and time zone: each request is signed with the current time, "
                     "and FaceID found the signature already expired. Set the clock right (turn on automatic time), "
                     "then send again."),
        "INVALID_SIGN": QCoreApplication.translate(
            "Texts", "Check this profile's api_key and api_secret in Settings (Ctrl+,): the console signs each "
                     "request with them, and FaceID could not match the signature."),
    }
    return steps.get(authorization_reason(detail), QCoreApplication.translate(
        "Texts", "Ask your FaceID account administrator to enable this api_key for this call."))


#: A session's comparison errors about one of its photos (the error names which): the applicant's, as the session
#: took it, or a reference photo the session was started with.
_CAPTURE_CODES: Final = frozenset({"NO_FACE_FOUND", "MULTIPLE_FACES", "LOW_QUALITY", "IMAGE_ERROR_UNSUPPORTED_FORMAT",
                                   "INVALID_IMAGE_SIZE"})
#: The reference photos a session is started with (get_token's image_ref1..3): the reviewer's, not the applicant's.
_REFERENCE_PHOTOS: Final = PHOTO_FIELDS[1:]


def session_comparison_step(code: str, detail: str) -> str:
    """What to do about a liveness session's failed comparison (its ``verify_result`` error): a session's result is
    given once and its comparison is not run again, so the remedy is a new session, never sending again."""
    if code == "NO_SUCH_ID_NUMBER":
        return QCoreApplication.translate(
            "Texts", "Check the ID number this session was started with against the applicant's document. The "
                     "comparison is not run again for this session: if the number was wrong, start a new session "
                     "(get_token) with the right one; if it was right, the data source has no record of it and KYC "
                     "cannot be done this way.")
    if code == "ID_NUMBER_NAME_NOT_MATCH":
        return QCoreApplication.translate(
            "Texts", "Check the name this session was started with against the ID card; this can also be a sign of "
                     "fraud. The comparison is not run again for this session: to compare again, start a new session "
                     "(get_token) with the name corrected.")
    if code == "DATA_SOURCE_ERROR":
        return QCoreApplication.translate(
            "Texts", "Stop KYC checks and contact FaceID support. Once they confirm the data source works again, start "
                     "a new session (get_token) for this applicant.")
    if code in ("IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND") and detail in ("", "data_source"):
        return QCoreApplication.translate(
            "Texts", "The data source has no usable photo of this person, so a new session would fail the same way: "
                     "confirm the applicant another way, such as their documents.")
    if code in _CAPTURE_CODES and detail in _REFERENCE_PHOTOS:  # the organisation's photo: the applicant did no wrong
        photo = image_field_name(detail)
        if code == "MULTIPLE_FACES":
            return QCoreApplication.translate(
                "Texts", "Crop {photo}, which this session was started with, to the applicant's face alone, or choose "
                         "another photo of the applicant alone. The comparison is not run again for this session: "
                         "start a new session (get_token) with that photo and send the applicant its link.").format(
                photo=photo)
        return QCoreApplication.translate(
            "Texts", "Choose another photo for {photo}, which this session was started with: a JPEG or PNG of the "
                     "applicant's face, clearly visible, front-on and well lit. The comparison is not run again for "
                     "this session: start a new session (get_token) with that photo and send the applicant its "
                     "link.").format(photo=photo)
    if code in _CAPTURE_CODES:
        return QCoreApplication.translate(
            "Texts", "The applicant's photo from the session could not be compared. Start a new session (get_token) "
                     "and ask the applicant to be alone in front of the camera, the face well lit.")
    return QCoreApplication.translate(
        "Texts", "This session's comparison is not run again, and its result is given only once: start a new session "
                 "(get_token) on the Liveness session page and send the applicant its link. If comparisons keep "
                 "failing, note the biz_id and contact FaceID support.")


def session_comparison_problem(err: FaceIDError, language: str) -> str:
    """A liveness session's failed comparison (its ``verify_result`` error) in the window's words: a photo it names
    as the reviewer knows it, else the catalogue's words for a session's comparison, never a direct call's advice to
    send it again (that comparison is not run again: ``session_comparison_step`` says what to do)."""
    return photo_problem_text(err) or err.explanation(language, session_comparison=True)


def session_comparison_billed_text(billed: bool | None, *, charged: bool = True) -> str:
    """Whether a liveness session whose comparison failed is charged (``VerifyFailure.billed``); ``charged``: False
    for a session of the built-in engine, which charges nothing."""
    if not charged:
        return QCoreApplication.translate("Texts", "Not billed: the built-in engine charges nothing.")
    if billed is None:
        return QCoreApplication.translate(
            "Texts", "Billing not known: the answer does not say which verify error failed the comparison, and FaceID "
                     "bills some of them (an ID number it has no record of, a name that does not match it, no usable "
                     "photo in the data source).")
    if billed:
        return QCoreApplication.translate(
            "Texts", "Billed: FaceID's billing table charges the session for this failed comparison.")
    return QCoreApplication.translate("Texts", "Not billed: FaceID's billing tables do not list this error.")


def _tls_step(reason: str) -> str:
    """What to do about a TLS handshake that failed, by why (a TLS_FAILED's detail). requests checks certificates
    against the bundle REQUESTS_CA_BUNDLE (or CURL_CA_BUNDLE) names, else against certifi's, never the system's."""
    if reason in (TLS_SELF_SIGNED, TLS_UNKNOWN_ISSUER, TLS_UNTRUSTED):
        return QCoreApplication.translate(
            "Texts", "If your network inspects HTTPS (a bank's proxy often does), ask your IT team for the proxy's CA "
                     "certificate and add it to the system's trust store (on Debian or Ubuntu: copy it to "
                     "/usr/local/share/ca-certificates/ and run update-ca-certificates). Then start the console with "
                     "REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt: without that variable it trusts only the "
                     "authorities it ships with, not the system's store. Otherwise check this profile's address in "
                     "Settings (Ctrl+,).")
    if reason == TLS_HOSTNAME_MISMATCH:
        return QCoreApplication.translate(
            "Texts", "Check the host name in this profile's address in Settings (Ctrl+,): use the name the service's "
                     "certificate is issued for, not an IP address or another name for it. If the address is right, a "
                     "proxy that inspects HTTPS may be answering: ask your IT team.")
    if reason == TLS_EXPIRED:
        return QCoreApplication.translate(
            "Texts", "Check this computer's date and time. If they are right, the service's certificate has expired: "
                     "tell whoever runs the service (FaceID support, for FaceID's cloud).")
    if reason == TLS_NOT_HTTPS:
        return QCoreApplication.translate(
            "Texts", "Check this profile's address in Settings (Ctrl+,): FaceID's cloud addresses begin with https:// "
                     "and need no port. An address with http:// is only for a service on this computer, such as the "
                     "built-in engine.")
    return QCoreApplication.translate(
        "Texts", "Check this profile's address in Settings (Ctrl+,). If it is right, a proxy or firewall may be "
                 "stopping HTTPS to it: ask your IT team. Nothing was sent; send again once it is fixed.")


def call_billed(err: FaceIDError) -> bool | None:
    """Whether the failed call is charged, as ``billed_text`` says it: None when that is not known (its outcome, or
    an error the documents' billing tables do not list)."""
    if err.outcome_unknown or undocumented(err):
        return None
    return err.billed


def billed_text(err: FaceIDError) -> str:
    """Whether the failed call costs money."""
    if err.outcome_unknown:
        return QCoreApplication.translate("Texts", "Billing unknown: the call may have been processed.")
    if err.origin is not ErrorOrigin.SERVICE:
        return QCoreApplication.translate("Texts", "Not billed: nothing reached the service.")
    if undocumented(err):  # the billing tables list documented errors only
        return QCoreApplication.translate("Texts", "Billing not known: FaceID's documents do not list this error.")
    if err.billed:
        return QCoreApplication.translate("Texts", "Billed: this failed call is charged.")
    return QCoreApplication.translate("Texts", "Not billed.")


def unbilled_profile_text(err: FaceIDError, sent_with: str | None, profiles: Iterable[Profile]) -> str | None:
    """The billing line for ``err`` of a call sent with the profile named ``sent_with`` (one of ``profiles``) when
    that profile charges nothing (the built-in engine); None for the usual line (``billed_text``): a charged
    profile, none known, or an error whose usual line says not billed already."""
    return None if profile_charges(sent_with, profiles) else recorded_unbilled_text(err, False)


def profile_charges(name: str | None, profiles: Iterable[Profile]) -> bool:
    """Whether the profile named ``name`` (one of ``profiles``) is charged for its calls: not the built-in engine; an
    unknown name is taken to be charged (the usual words on billing)."""
    profile = next((p for p in profiles if p.name == name), None)
    return profile is None or profile.billed


def recorded_unbilled_text(err: FaceIDError, recorded_billed: bool | None) -> str | None:
    """The billing line for ``err`` of a call the history recorded as not billed (``recorded_billed`` False: sent to
    the built-in engine) where the usual line would say it was or may have been; None for the usual line."""
    if recorded_billed is not False or call_billed(err) is False:
        return None
    return QCoreApplication.translate("Texts", "Not billed: the built-in engine charges nothing.")


def verdict_text(verdict: str | None) -> str:
    """A recorded verdict (``match``, ``liveness_failed``, ``signature_invalid``…) in the window's words."""
    if not verdict:
        return ""
    return {"match": QCoreApplication.translate("Texts", "Same person"),
            "no_match": QCoreApplication.translate("Texts", "Not the same person"),
            "photos_disagree": QCoreApplication.translate("Texts", "Photos disagree"),
            "id_attacked": QCoreApplication.translate("Texts", "ID used in attacks"),
            "card_unchecked": QCoreApplication.translate("Texts", "ID card not checked"),
            "not_confirmed": QCoreApplication.translate("Texts", "Not confirmed"),
            "liveness_failed": QCoreApplication.translate("Texts", "Liveness failed"),
            "attack_suspected": QCoreApplication.translate("Texts", "Attack suspected"),
            "will_failed": QCoreApplication.translate("Texts", "Spoken consent failed"),
            "comparison_failed": QCoreApplication.translate("Texts", "Comparison failed"),
            "not_compared": QCoreApplication.translate("Texts", "Not compared"),
            "error": QCoreApplication.translate("Texts", "Error"),
            "signature_valid": QCoreApplication.translate("Texts", "Signature valid"),
            "signature_invalid": QCoreApplication.translate("Texts", "Signature invalid"),
            "signature_unchecked": QCoreApplication.translate("Texts", "Signature not checked"),
            }.get(verdict, verdict)


def error_title(code: str, detail: str = "") -> str:
    """An error code in a few words of the window's language ("NO_FACE_FOUND" → "No face found"); an unknown code as
    it is. An AUTHORIZATION_ERROR by its reason (``detail``), when it gives one the documents list."""
    if code == "AUTHORIZATION_ERROR" and (title := authorization_titles().get(authorization_reason(detail))):
        return title
    return error_titles().get(code, code)


def error_list_title(code: str, detail: str = "") -> str:
    """An error code in the words of a list's Verdict column, no wider than the verdicts beside it: its title, or a
    shorter one where the title is longer ("Wrong api_key or api_secret" → "Wrong key or secret"; the title is then
    the cell's tooltip); an unknown code as it is. An AUTHORIZATION_ERROR by its reason (``detail``), as
    ``error_title``."""
    if code == "AUTHORIZATION_ERROR" and (title := authorization_list_titles().get(authorization_reason(detail))):
        return title
    return error_list_titles().get(code) or error_title(code)


def authorization_titles() -> dict[str, str]:
    """The AUTHORIZATION_ERROR reasons (``authorization_reason``'s spelling) in a few words, as its error panel heads
    it: an expired signature is a clock to set, not an api_key to have enabled. (In the panel's context: its words,
    translated as its headlines.)"""
    return {"LIMIT_REACHED": QCoreApplication.translate("ErrorPanel", "This test api_key has reached its call limit"),
            "NO_DATA_SOURCE_PERMISSION": QCoreApplication.translate("ErrorPanel",
                                                                    "This api_key may not run KYC checks"),
            "NO_VERIFY_PERMISSION": QCoreApplication.translate("ErrorPanel",
                                                               "This api_key may not run face comparisons"),
            "API_KEY_BE_DISCONTINUED": QCoreApplication.translate("ErrorPanel", "This api_key has been disabled"),
            "IP_NOT_ALLOWED": QCoreApplication.translate("ErrorPanel", "FaceID refuses calls from this IP address"),
            "MORE_RETRY_TIMES": QCoreApplication.translate("ErrorPanel",
                                                           "FaceID's limit of comparison retries is reached"),
            "EXPIRED_SIGN": QCoreApplication.translate("ErrorPanel", "FaceID found the request's signature expired"),
            "INVALID_SIGN": QCoreApplication.translate("ErrorPanel", "FaceID found the request's signature invalid"),
            }


def authorization_list_titles() -> dict[str, str]:
    """The AUTHORIZATION_ERROR reasons in the shorter words of a list's Verdict column (``error_list_title``)."""
    return {"LIMIT_REACHED": QCoreApplication.translate("ErrorListTitles", "Call limit reached"),
            "NO_DATA_SOURCE_PERMISSION": QCoreApplication.translate("ErrorListTitles", "KYC not allowed"),
            "NO_VERIFY_PERMISSION": QCoreApplication.translate("ErrorListTitles", "Compare not allowed"),
            "API_KEY_BE_DISCONTINUED": QCoreApplication.translate("ErrorListTitles", "api_key disabled"),
            "IP_NOT_ALLOWED": QCoreApplication.translate("ErrorListTitles", "IP not allowed"),
            "MORE_RETRY_TIMES": QCoreApplication.translate("ErrorListTitles", "Retry limit reached"),
            "EXPIRED_SIGN": QCoreApplication.translate("ErrorListTitles", "Signature expired"),
            "INVALID_SIGN": QCoreApplication.translate("ErrorListTitles", "Signature invalid"),
            }


def error_list_titles() -> dict[str, str]:
    """The shorter words of the error codes whose title would be cut in a list's Verdict column."""
    return {"API_NOT_FOUND": QCoreApplication.translate("ErrorListTitles", "No such API"),
            "AUTHENTICATION_ERROR": QCoreApplication.translate("ErrorListTitles", "Wrong key or secret"),
            "AUTHORIZATION_ERROR": QCoreApplication.translate("ErrorListTitles", "Call not allowed"),
            "CONCURRENCY_LIMIT_EXCEEDED": QCoreApplication.translate("ErrorListTitles", "Too many at once"),
            "CONNECTION_CLOSED": QCoreApplication.translate("ErrorListTitles", "Connection closed"),
            "DATA_DESTROYED": QCoreApplication.translate("ErrorListTitles", "Fetched or expired"),
            "DATA_VALIDATION_ERROR": QCoreApplication.translate("ErrorListTitles", "Liveness data invalid"),
            "DELTA_USED": QCoreApplication.translate("ErrorListTitles", "Liveness data reused"),
            "ID_NUMBER_NAME_NOT_MATCH": QCoreApplication.translate("ErrorListTitles", "Name mismatch"),
            "MEGLIVE_BIZ_NO_USED": QCoreApplication.translate("ErrorListTitles", "biz_no used before"),
            }


def error_titles() -> dict[str, str]:
    """Each error code the window knows, in a few words of its language."""
    return {"API_NOT_FOUND": QCoreApplication.translate("ErrorTitles", "No such API at this address"),
            "ANSWER_BROKE_OFF": QCoreApplication.translate("ErrorTitles", "Answer broke off"),
            "ANSWER_UNDECODABLE": QCoreApplication.translate("ErrorTitles", "Answer not decodable"),
            "AUTHENTICATION_ERROR": QCoreApplication.translate("ErrorTitles", "Wrong api_key or api_secret"),
            "AUTHORIZATION_ERROR": QCoreApplication.translate("ErrorTitles", "api_key not allowed this call"),
            "BAD_ARGUMENTS": QCoreApplication.translate("ErrorTitles", "Input refused"),
            "CONCURRENCY_LIMIT_EXCEEDED": QCoreApplication.translate("ErrorTitles", "Too many calls at once"),
            "CONNECTION_CLOSED": QCoreApplication.translate("ErrorTitles", "Connection closed, no answer"),
            "CONNECTION_FAILED": QCoreApplication.translate("ErrorTitles", "Connection failed"),
            "DATA_DESTROYED": QCoreApplication.translate("ErrorTitles", "Result already fetched or expired"),
            "DATA_SOURCE_ERROR": QCoreApplication.translate("ErrorTitles", "Data source failed"),
            "DATA_VALIDATION_ERROR": QCoreApplication.translate("ErrorTitles", "Liveness data did not check"),
            "DELTA_USED": QCoreApplication.translate("ErrorTitles", "Liveness data used before"),
            "GATEWAY_ERROR": QCoreApplication.translate("ErrorTitles", "Gateway error"),
            "ID_NUMBER_NAME_NOT_MATCH": QCoreApplication.translate("ErrorTitles", "Name does not match the ID"),
            "IMAGE_ERROR_UNSUPPORTED_FORMAT": QCoreApplication.translate("ErrorTitles", "Photo not readable"),
            "INTERNAL_ERROR": QCoreApplication.translate("ErrorTitles", "FaceID internal error"),
            "INVALID_FACE_TOKEN": QCoreApplication.translate("ErrorTitles", "Unknown face_token"),
            "INVALID_IDCARD_NUMBER": QCoreApplication.translate("ErrorTitles", "ID number not valid"),
            "INVALID_IMAGE_SIZE": QCoreApplication.translate("ErrorTitles", "Photo too large"),
            "INVALID_NAME_FORMAT": QCoreApplication.translate("ErrorTitles", "Name not valid"),
            "INVALID_RESPONSE": QCoreApplication.translate("ErrorTitles", "Answer not FaceID's"),
            "LOW_QUALITY": QCoreApplication.translate("ErrorTitles", "Face quality too low"),
            "MEGLIVE_BIZ_NO_USED": QCoreApplication.translate("ErrorTitles", "meglive_biz_no used before"),
            "MISSING_ARGUMENTS": QCoreApplication.translate("ErrorTitles", "Input missing"),
            "MULTIPLE_FACES": QCoreApplication.translate("ErrorTitles", "Several faces"),
            "NETWORK_TIMEOUT": QCoreApplication.translate("ErrorTitles", "No answer in time"),
            "NOT_HTTP": QCoreApplication.translate("ErrorTitles", "Not an HTTP service"),
            "NO_FACE_FOUND": QCoreApplication.translate("ErrorTitles", "No face found"),
            "NO_SUCH_ID_NUMBER": QCoreApplication.translate("ErrorTitles", "ID number unknown"),
            "RESULT_NOT_FOUND": QCoreApplication.translate("ErrorTitles", "No such result"),
            "TLS_FAILED": QCoreApplication.translate("ErrorTitles", "HTTPS failed"),
            "Request Entity Too Large": QCoreApplication.translate("ErrorTitles", "Request too large"),
            "VERIFY_API_FAILED": QCoreApplication.translate("ErrorTitles", "Comparison failed"),
            }


def decision_text(decision: str | None) -> str:
    """A recorded decision (``approve``, ``reject``, ``escalate``) in the window's words."""
    if not decision:
        return ""
    return {"approve": QCoreApplication.translate("Texts", "Approved"),
            "reject": QCoreApplication.translate("Texts", "Rejected"),
            "escalate": QCoreApplication.translate("Texts", "Escalated")}.get(decision, decision)


def reason_text(reason: str) -> str:
    """A decision reason in the window's words: the default reasons are translated; a team's own are shown as
    written (they are data, shared by everyone using the same history, and recorded as written)."""
    return {
        "Same person, documents consistent": QCoreApplication.translate("Texts", "Same person, documents consistent"),
        "Different person": QCoreApplication.translate("Texts", "Different person"),
        "Photo quality too low to judge": QCoreApplication.translate("Texts", "Photo quality too low to judge"),
        "Suspected spoof (screen, mask, synthetic face)": QCoreApplication.translate(
            "Texts", "Suspected spoof (screen, mask, synthetic face)"),
        "ID number flagged by the data source": QCoreApplication.translate(
            "Texts", "ID number flagged by the data source"),
        "Name and ID number not confirmed by the data source": QCoreApplication.translate(
            "Texts", "Name and ID number not confirmed by the data source"),
        "Needs a senior reviewer": QCoreApplication.translate("Texts", "Needs a senior reviewer"),
    }.get(reason, reason)


def decision_summary(head: Decision, zone: DisplayZone, time_format: str = "%H:%M:%S") -> str:
    """A recorded decision in a line, its time in ``zone`` ("Rejected by root at 07:12:09 UTC+08:00 · …"): as
    History words it, for the answer on Verify and in its question about a decision made meanwhile."""
    # The time and its zone kept on one line where the line wraps (a narrow window broke "11:43:34 / UTC+08:00").
    when = f"{zone.text(head.decided_at, time_format)}\u00a0{zone.label(head.decided_at)}"
    return QCoreApplication.translate("HistoryPage", "{decision} by {operator} at {when} · {reason}").format(
        decision=decision_text(head.decision.value), operator=head.operator, when=when,
        reason=reason_text(head.reason))
