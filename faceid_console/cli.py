"""``faceid-console``: the GUI by default; sub-commands for scripting and for the local engine.

Each API sub-command takes one flag per API parameter, named after it with ``-`` for ``_``, and
goes to the active profile: with the built-in engine (the default) it uses the console's running
engine or starts one in-process for the call. Credentials come from FACEID_API_KEY /
FACEID_API_SECRET or the keyring, never from a flag. Output: a summary on a terminal, JSON
otherwise (``--json`` / ``--summary`` choose). Exit codes: see ``EXIT_CODES_HELP``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from . import credentials as credential_store
from .api import (
    CallbackBody,
    ComparisonType,
    Credentials,
    ErrorOrigin,
    FaceIDClient,
    FaceIDError,
    GetBizTokenRequest,
    GetImageType,
    GetResultRequest,
    GetTokenRequest,
    LivenessType,
    MalformedPayload,
    VerifyRequest,
    biz_id_from_return_url,
    parse_callback_form,
    redact,
)
from .api.errors import (
    OTHER_SESSION,
    REQUEST_ENTITY_TOO_LARGE,
    TLS_EXPIRED,
    TLS_FAILED,
    TLS_HOSTNAME_MISMATCH,
    TLS_NOT_HTTPS,
    TLS_SELF_SIGNED,
    TLS_UNKNOWN_ISSUER,
    TLS_UNTRUSTED,
    explain,
    unlisted_code_text,
)
from .api.identity import MAX_BIZ_EXTRA_DATA_BYTES, MAX_BIZ_NO_BYTES
from .api.redaction import mask_api_key
from .api.results import THRESHOLD_LEVELS, LivenessSessionResult, VerifyFailure, VerifyResult
from .cli_args import at_least_one, port, seconds, stdout_takes_unicode
from .settings import (
    DEFAULT_POLICY_LEVEL,
    MAX_PROFILE_NAME_CHARS,
    MAX_TIMEOUT_SECONDS,
    MIN_TIMEOUT_SECONDS,
    Profile,
    ProfileKind,
    ProfileNameProblem,
    Settings,
    profile_name_problem,
)

#: When the command started, for --smoke's start-up figure (as early as this module can know it).
_STARTED: Final = time.monotonic()
ENV_BASE_URL: Final = "FACEID_BASE_URL"
EXIT_OK, EXIT_API_ERROR, EXIT_INPUT_ERROR, EXIT_BELOW_POLICY = 0, 1, 2, 3
#: check-callback's forged or mis-signed callback: like a verdict below the policy level, the data confirms nothing
#: (no call is made, so 1, an API or network error, would send a script looking for a network fault).
EXIT_SIGNATURE_INVALID: Final = EXIT_BELOW_POLICY
#: A liveness session's verdicts (``verdict.session_verdict``) that leave the applicant not confirmed: get-result
#: exits 3 on them, as verify does below the policy level (a script read 0 as "confirmed").
NOT_CONFIRMED_VERDICTS: Final = frozenset({"photos_disagree", "id_attacked", "card_unchecked", "not_confirmed",
                                           "no_match", "liveness_failed", "attack_suspected", "will_failed",
                                           "comparison_failed", "not_compared",
                                           # A session without a liveness result: not (or not yet) done at all.
                                           "not_started", "processing", "webrtc_unsupported", "failed", "cancelled",
                                           "timeout"})

EXIT_CODES_HELP: Final = """\
exit codes:
  0  success; for verify: the confidence meets the policy level (--level, default the policy_level setting)
     and no other compared photo falls below it
  3  verify: the call succeeded but the confidence is below the policy level's threshold, or another
     compared photo falls below it (the summary starts NEEDS REVIEW: the photos disagree), or the ID
     number has been used in attacks (id_exceptions.id_attacked; NEEDS REVIEW: this ID number...);
     get-result: the session's answer does not confirm the applicant (liveness failed, an attack
     suspected, the spoken consent failed, the ID number used in attacks, the comparison failed, did not
     run, gave no verdict or is below the policy level, it matched only an ID card that nothing checks
     against the data source, or the session has no liveness result: not started, in progress,
     cancelled, timed out, failed);
     check-callback: the signature does not match (the data was changed or is not from FaceID: do not use it)
  1  API or network error (the FaceID error code is in the output)
  2  input error: a bad flag value, an unreadable photo, missing credentials, an unknown profile
  130  interrupted (Ctrl+C); 141  the reader of standard output went away (| head)

output: a readable summary when standard output is a terminal, JSON otherwise (scripts can rely on
it); --json or --summary choose explicitly. Secrets are never printed."""

CHECK_CALLBACK_EXIT_CODES: Final = """\
exit codes:
  0  the signature matches: the data is FaceID's, signed with this profile's api_secret
  3  the signature does not match: the data was changed or is not from FaceID (or was signed with another
     api_secret); do not use it
  2  input error: an unreadable file, closed standard input, missing credentials, an unknown profile"""

TOP_HELP_EPILOG: Final = f"""\
where calls go: the active profile ('faceid-console profile list'). The default, local-engine, is the
built-in FaceID-compatible engine: a call uses the console window's engine (or a standing
'faceid-console engine') when one runs, otherwise starts one in-process on a free loopback port for
the call; no account or network needed. --base-url or ${ENV_BASE_URL} send a call to any other host.

{EXIT_CODES_HELP}"""

#: Vendor guidance on the four false-accept levels (verify 2.0.6, result_faceid).
LEVEL_HELP: Final = ("1e-3 lenient (low-risk steps), 1e-4 between, 1e-5 high security (large loans, "
                     "transfers), 1e-6 extreme")


# --- JSON output -----------------------------------------------------------------------------------


def to_jsonable(value: Any) -> Any:
    """A typed result as JSON-ready data, with the documents' field names (``raw`` left out)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.name == "raw" or f.name.startswith("_"):
                continue
            item = getattr(value, f.name)
            if f.name == "result_refs":
                for index, score in sorted(item.items()):
                    out[f"result_ref{index}"] = to_jsonable(score)
                continue
            out[f.name] = to_jsonable(item)
        if isinstance(value, VerifyResult):
            primary = value.primary_score()
            out["assessment"] = None if primary is None else {
                "confidence": primary.confidence,
                "strictest_level_met": primary.strictest_level_met(),
                "passes": {level: primary.passes(level) for level in primary.thresholds},
            }
        if isinstance(value, VerifyFailure):  # the comparison failed inside a liveness session: charged?
            out["billed"] = value.billed
            out["explanation"] = explain(value.code, value.detail, "en")  # as an error's, with what to do
            out["hint"] = comparison_hint(value)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def _print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=not stdout_takes_unicode(), indent=2)
    print(redact(text))


# --- error hints: the flag that helps, per FaceID error code ---------------------------------------------


def _flag(parameter: str) -> str:
    return "--" + parameter.replace("_", "-")


#: code -> hint; "{flag}" is the flag of the parameter the error names, "{command}" the sub-command.
_HINTS: Final[dict[str, str]] = {
    "LOW_QUALITY": "the largest face's quality is below face_quality_threshold (default 30): use a sharper, "
                   "better-lit photo, or lower --face-quality-threshold (0-100); --return-faces 1 shows the quality",
    "NO_SUCH_ID_NUMBER": "the data source has no record of --idcard-number; on the built-in engine add the person "
                         "with 'faceid-console engine registry add'",
    "ID_NUMBER_NAME_NOT_MATCH": "--idcard-name is not the name on record for --idcard-number",
    "INVALID_IDCARD_NUMBER": "--idcard-number: 18 characters, 17 digits then a digit or X",
    "INVALID_NAME_FORMAT": "--idcard-name: at most 32 characters, UTF-8",
    "INVALID_IMAGE_SIZE": "{flag}: at most 4096 pixels a side and 2 MB",
    "IMAGE_ERROR_UNSUPPORTED_FORMAT": "{flag} is not a readable photo: give a JPEG or PNG file",
    "Request Entity Too Large": "the request is larger than the service accepts: use smaller photos",
    "AUTHENTICATION_ERROR": "the api_key/api_secret were refused: check FACEID_API_KEY/FACEID_API_SECRET or "
                            "store the right pair with 'faceid-console credentials set --profile NAME'",
    "CONCURRENCY_LIMIT_EXCEEDED": "too many calls at once for this api_key: try again in a moment",
    "CONNECTION_FAILED": "the host cannot be reached: check the network, --base-url / $FACEID_BASE_URL, or "
                         "--profile ('faceid-console profile list'); --timeout for slow links",
    "NETWORK_TIMEOUT": "no answer in time: raise --timeout (seconds), or check the network and --base-url",
    "GATEWAY_ERROR": "a gateway between here and the service answered instead of it: the call may have reached the "
                     "service and been processed, so it is kept in the history as outcome unknown ('faceid-console "
                     "history list --status unknown'); check before sending it again ('faceid-console history resend "
                     "ID')",
    "INVALID_RESPONSE": "the host did not answer like FaceID: check --base-url / --profile",
    "CONNECTION_CLOSED": "the host closed the connection without answering: if it did so at once, --base-url / "
                         "--profile points at the wrong address or port. Otherwise the call may have been processed, "
                         "so it is kept in the history as outcome unknown ('faceid-console history list --status "
                         "unknown'); check before sending it again ('faceid-console history resend ID')",
    "ANSWER_BROKE_OFF": "the answer broke off part-way (the network, or a proxy on the way): the call may have been "
                        "processed, so it is kept in the history as outcome unknown ('faceid-console history list "
                        "--status unknown'); check before sending it again ('faceid-console history resend ID')",
    "ANSWER_UNDECODABLE": "the answer came but could not be decoded (a proxy on the way, or the service, sent a broken "
                          "compressed body): the call may have been processed, so it is kept in the history as "
                          "outcome unknown ('faceid-console history list --status unknown'); check before sending it "
                          "again ('faceid-console history resend ID'); if it keeps happening, have whoever runs the "
                          "proxy (or the service) check how it compresses its answers",
    "NOT_HTTP": "the host does not speak HTTP at that address and port: check --base-url / --profile (nothing was "
                "billed)",
    "TLS_FAILED": "the HTTPS connection could not be set up: check --base-url / --profile; a proxy or firewall may be "
                  "stopping HTTPS (nothing was sent)",
    "RESULT_NOT_FOUND": "no result for --biz-id: get_result answers once, for one day; with the built-in engine the "
                        "session lives in the engine that ran it (keep the console or 'faceid-console engine' "
                        "running between get-token and get-result)",
    "DATA_DESTROYED": "get_result answers only once per biz_id, and this one was already fetched",
    "INTERNAL_ERROR": "the service failed; sending the same call again is safe",
    "DATA_SOURCE_ERROR": "the identity data source failed: stop KYC checks and contact FaceID support",
}
#: What to do about a TLS handshake that failed, by why (the error's detail). requests checks certificates against
#: the bundle REQUESTS_CA_BUNDLE (or CURL_CA_BUNDLE) names, else certifi's: never the system's trust store.
_UNTRUSTED_HINT: Final = (
    "the certificate is not trusted. If a proxy inspects HTTPS here, add its CA certificate to the system's trust "
    "store (update-ca-certificates) and set REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt: without it, only "
    "the authorities shipped with the console (certifi) are trusted. Otherwise check --base-url / --profile")
_TLS_HINTS: Final[dict[str, str]] = {
    TLS_SELF_SIGNED: _UNTRUSTED_HINT,
    TLS_UNKNOWN_ISSUER: _UNTRUSTED_HINT,
    TLS_UNTRUSTED: _UNTRUSTED_HINT,
    TLS_HOSTNAME_MISMATCH: "the certificate is for another host name: use the name it is issued for in --base-url "
                           "(not an IP address)",
    TLS_EXPIRED: "the certificate has expired or is not valid yet: check this machine's clock",
    TLS_NOT_HTTPS: "the port does not speak HTTPS: check --base-url (http:// only for a service on this machine)",
}
_AUTHORIZATION_HINTS: Final[dict[str, str]] = {
    "EXPIRED_SIGN": "the signature expired: check this machine's clock",
    "No data source permission.": "this api_key may not use KYC: use --comparison-type 0 with --uuid and "
                                  "--image-ref1, or ask FaceID for the KYC permission",
    "NO_DATA_SOURCE_PERMISSION": "this api_key may not use KYC: use --comparison-type 0 with --uuid and "
                                 "--image-ref1, or ask FaceID for the KYC permission",
}


#: What to do about a look-up refused as too large: it sends no photos, so a proxy's limit refused it, not FaceID's.
GET_RESULT_TOO_LARGE_HINT: Final = (
    "get-result sends no photos, only --biz-id: a proxy between here and the service refuses even a small request; "
    "check --base-url / --profile, or ask whoever runs that proxy to let the look-up through")


#: What an HTTP 413 means for a call whose request has no documented size limit (the catalogue's words are verify's
#: 2 MB a photo and the SDK token's 20 MB), and what to do: the window's words for it (``ui/texts.too_large_texts``).
TOO_LARGE_BY_COMMAND: Final[dict[str, tuple[str, str]]] = {
    "get-result": (
        "The look-up was refused as too large, though it sends no photos, only the biz_id: far below any size limit "
        "of FaceID's. A proxy between here and FaceID is the likely cause.", GET_RESULT_TOO_LARGE_HINT),
    "get-token": (
        "The request to start the session was too large for FaceID or a proxy on the way. Its reference photos are "
        "what make it large.",
        "use smaller --image-ref1..3; if none were sent (KYC), a proxy between here and the service refuses even a "
        "small request: check --base-url / --profile"),
    "biz-token": (
        "The request was refused as too large, though its photos (at most 2 MB each) keep it far below FaceID's 20 MB "
        "limit for an SDK token. A proxy between here and FaceID is the likely cause.",
        "the request was too large on the way to FaceID: check --base-url / --profile; if it is right, ask whoever "
        "runs the proxy between here and the service to let requests of a few MB through; smaller --image / "
        "--image-ref1..3 may get through meanwhile"),
}


#: The commands whose call FaceID does not bill: fetching a session's result (the session was billed as it ran).
UNBILLED_COMMANDS: Final = frozenset({"get-result"})


def explanation_for(err: FaceIDError, command: str) -> str:
    """The error's explanation, in the words that fit ``command`` where the catalogue's do not (a 413; an unknown
    outcome of a call that is never billed)."""
    if err.code == REQUEST_ENTITY_TOO_LARGE and command in TOO_LARGE_BY_COMMAND:
        return TOO_LARGE_BY_COMMAND[command][0]
    if err.origin is ErrorOrigin.SERVICE and not err.documented:  # "Unknown error: X" said the code named before it
        return unlisted_code_text()
    # biz-token's refusals in get_biz_token's own document's words (no 2 MB a photo; a bare MULTIPLE_FACES is image's).
    return err.explanation("en", unbilled_call=command in UNBILLED_COMMANDS, v3=command == "biz-token")


#: What to do when there is no OS keyring at all.
NO_KEYRING_HINT: Final = (f"without a keyring, set {credential_store.ENV_API_KEY} and "
                          f"{credential_store.ENV_API_SECRET} in the environment of each command instead")

#: What to do about get_result's answer for another biz_id: the window's next step, in the command line's words.
OTHER_SESSION_HINT: Final = (
    "run get-result for this --biz-id again; if another session's answer comes back again, a proxy or cache "
    "between here and FaceID is answering: have it pass get_result through uncached. Do not decide on this "
    "answer: it is not this session's result")


#: A liveness session's comparison refusals about one of its photos: the applicant's capture (``image_best``), which a
#: new session redoes, or a reference photo get-token was given.
_CAPTURE_CODES: Final = frozenset({"NO_FACE_FOUND", "MULTIPLE_FACES", "LOW_QUALITY", "IMAGE_ERROR_UNSUPPORTED_FORMAT",
                                   "INVALID_IMAGE_SIZE"})
#: The reference photos get-token starts a session with (the reviewer's): a refusal naming one is about that photo.
_SESSION_REFERENCE_PHOTOS: Final = ("image_ref1", "image_ref2", "image_ref3")
#: A liveness session's comparison refusals about the identity get-token was given (KYC).
_IDENTITY_CODES: Final = frozenset({"NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "INVALID_NAME_FORMAT",
                                    "INVALID_IDCARD_NUMBER", "DATA_SOURCE_ERROR"})
DATA_SOURCE_PHOTO_HINT: Final = ("the data source has no usable photo for this person; on the built-in engine replace "
                                 "it with 'faceid-console engine registry add --photo ...'")


def comparison_hint(failure: VerifyFailure) -> str:
    """What to do when a liveness session's comparison did not run (its ``verify_result`` is an error). get_result
    answers once, so nothing is sent again: the identity and the reference photos are get-token's, and a new session
    redoes the capture."""
    code, detail = failure.code, failure.detail
    if detail == "data_source" or (code == "NO_FACE_FOUND" and not detail):  # the billing table's bare NO_FACE_FOUND
        return DATA_SOURCE_PHOTO_HINT
    if code in _CAPTURE_CODES and detail in _SESSION_REFERENCE_PHOTOS:  # the reviewer's photo, not the applicant's
        fix = ("holds several faces: crop it to the applicant's face alone, or give another photo of the applicant "
               "alone" if code == "MULTIPLE_FACES" else
               "could not be compared: give another photo of the applicant's face, clearly visible, front-on and well "
               "lit")
        return (f"{_flag(detail)} of the get-token that started this session {fix}; the comparison is not run again "
                "for this session: start a new session with get-token with that photo")
    if code in _CAPTURE_CODES:
        return (f"the applicant's liveness photo ({detail or 'image_best'}) could not be compared: start a new "
                "session with get-token, with the applicant alone in front of the camera, the face well lit")
    if code in _IDENTITY_CODES:
        hint = hint_for(FaceIDError(code=code, detail=detail), "get-token", frozenset()) or ""
        return f"in the get-token that started this session, {hint}" if "--" in hint else hint
    return "this session's comparison cannot be run again: start a new session with get-token"


#: The photos multi_oriented_detection turns when no face is found in them, by command, and whether it does unless
#: told 0: verify 2.0.6 "对image参数和image_ref[x]参数启用" (缺省值为“0”), get_biz_token v3 "对于image_ref[x]参数对应的
#: 图片" only (1:默认值).
_TURNED_PHOTOS: Final[dict[str, tuple[tuple[str, ...], bool]]] = {
    "verify": (("image", "image_ref1", "image_ref2", "image_ref3"), False),
    "biz-token": (("image_ref1", "image_ref2"), True),
}


def hint_for(err: FaceIDError, command: str, known_flags: frozenset[str]) -> str | None:
    """The flag or step that helps with ``err``, when there is one."""
    detail = err.detail
    flag = _flag(detail) if detail else ""
    if err.code == "MULTIPLE_FACES":
        if detail == "image" or (not detail and command == "biz-token"):
            return "the photo holds several faces: --fail-when-multiple-faces 0 compares the largest one instead"
        if "--fail-when-ref-multiple-faces" in known_flags:
            return (f"{flag or 'a reference photo'} holds several faces: --fail-when-ref-multiple-faces 0 "
                    "compares its largest face instead")
        return None
    if err.code == "NO_FACE_FOUND":
        if detail == "data_source":
            return DATA_SOURCE_PHOTO_HINT
        hint = f"no face found in {flag or 'a photo'}: use a photo with the face upright and unobstructed"
        turned, by_default = _TURNED_PHOTOS.get(command, ((), False))
        if "--multi-oriented-detection" not in known_flags or detail not in turned:
            return hint  # no such flag, or not for this photo (get_biz_token turns image_ref[x] only)
        if by_default:
            return hint + "; it was tried turned 90, 180 and 270 degrees too, unless --multi-oriented-detection 0"
        return hint + "; --multi-oriented-detection 1 also tries it turned 90, 180 and 270 degrees"
    if err.refused is not None and err.refused.kind == OTHER_SESSION:  # FaceID's answer, another session's
        return OTHER_SESSION_HINT
    if err.code == "AUTHORIZATION_ERROR":
        return _AUTHORIZATION_HINTS.get(detail, "the api_key is not allowed this call: ask FaceID to check its "
                                                "permissions and limits")
    if err.code == TLS_FAILED and detail in _TLS_HINTS:
        return _TLS_HINTS[detail]
    if err.code == "IMAGE_ERROR_UNSUPPORTED_FORMAT" and err.origin is ErrorOrigin.INPUT:
        from .api.images import CUT_OFF_REFUSAL  # loaded already: the photo was refused by it

        if err.message.endswith(CUT_OFF_REFUSAL):  # a photo, but not all of it: "not a readable photo" misled
            return (f"{flag or 'the photo'} is cut off: the file holds only part of its picture (an interrupted "
                    "copy or download, for one); copy or download it again and give the whole file")
    if err.code in ("MISSING_ARGUMENTS", "BAD_ARGUMENTS") and detail:
        if detail == ENV_BASE_URL:
            return f"check ${ENV_BASE_URL} (used when --base-url is not given), or unset it for the profile's host"
        if detail in ("api_key", "api_secret"):
            return ("set FACEID_API_KEY and FACEID_API_SECRET, or store them with "
                    "'faceid-console credentials set --profile NAME' and call with --profile NAME")
        if flag in known_flags:
            return f"check {flag}: 'faceid-console {command} --help' gives its values and default"
        return None
    if err.code == REQUEST_ENTITY_TOO_LARGE and command in TOO_LARGE_BY_COMMAND:  # not "use smaller photos"
        return TOO_LARGE_BY_COMMAND[command][1]
    template = _HINTS.get(err.code)
    if template is None and err.origin is ErrorOrigin.SERVICE and not err.documented and err.http_status:
        if err.http_status >= 500:
            return ("the documents do not list this error, which came with a server error: try again later; if it "
                    "keeps happening, give FaceID support the request_id")
        if err.http_status >= 400:
            return ("the documents do not list this error: check the request and the api_key/api_secret, and look "
                    "the code up in FaceID's documents; give FaceID support the request_id if it stays unclear")
    return None if template is None else template.format(flag=flag or "the photo", command=command)


# --- argument helpers ---------------------------------------------------------------------------------


def _flag01(text: str) -> bool:
    if text not in ("0", "1"):
        raise argparse.ArgumentTypeError("must be 0 or 1")
    return text == "1"


def _path(text: str) -> Path:
    return Path(text)  # read (and refused with a named error) when the request is prepared


def _add_common(parser: argparse.ArgumentParser) -> None:
    where = parser.add_argument_group("where the call goes and how the answer is shown")
    where.add_argument(
        "--profile", metavar="NAME",
        help="connection profile ('faceid-console profile list'); default: the active profile, which is "
             "local-engine (the built-in engine) until 'faceid-console profile use' changes it",
    )
    where.add_argument(
        "--base-url", metavar="URL",
        help=f"send the call to this FaceID-compatible host instead (https:// required except for this "
             f"machine); default: ${ENV_BASE_URL}, else the profile's host",
    )
    where.add_argument("--timeout", type=seconds, metavar="SECONDS",
                       help=f"how long to wait for the answer, {MIN_TIMEOUT_SECONDS:g} to {MAX_TIMEOUT_SECONDS:g} "
                            "seconds (default: the read_timeout setting, 60 unless changed)")
    shown = where.add_mutually_exclusive_group()
    shown.add_argument("--json", dest="output", action="store_const", const="json",
                       help="print the full result as JSON (the default when standard output is not a terminal)")
    shown.add_argument("--summary", dest="output", action="store_const", const="summary",
                       help="print the readable summary (the default on a terminal)")


def _uuid(text: str) -> str:
    """A uuid as the window takes it: spaces and a line break around it (copied with it) are not part of it."""
    return text.strip()


def _add_identity(parser: argparse.ArgumentParser, refs: int, uuid_limit: int, several_faces: str,
                  liveness_only: bool = False) -> None:
    """The identity flags; ``several_faces``: what a reference photo with several faces gets; ``liveness_only``:
    comparison type -1 is offered (get_token's alone: verify and get_biz_token take "1" or "0")."""
    who = parser.add_argument_group("whom to compare with (comparison_type)")
    only = ("-1 = liveness only: no face is compared, so no --uuid, --idcard-name/--idcard-number or --image-ref*; "
            "the session's verify_result is null (get-result); " if liveness_only else "")
    who.add_argument(
        "--comparison-type", type=int, choices=(-1, 0, 1) if liveness_only else (0, 1), required=True,
        help=only + "0 = face comparison: the photo against your own reference photos (needs --uuid and "
                    "--image-ref1); 1 = KYC: against the identity data source's photo of --idcard-name/--idcard-number "
                    "(needs the KYC permission; the built-in engine uses its registry)",
    )
    who.add_argument("--uuid", metavar="ID", type=_uuid,
                     help=f"comparison type 0: your id for the applicant, at most {uuid_limit} bytes; use the same "
                          "id for the same person")
    who.add_argument("--idcard-name", metavar="NAME",
                     help="comparison type 1: the applicant's name (UTF-8, at most 32 characters)")
    who.add_argument("--idcard-number", metavar="NUMBER",
                     help="comparison type 1: the 18-character resident ID number (the last may be X)")
    for i in range(1, refs + 1):
        need = "required for comparison type 0, optional for 1" if i == 1 else f"optional, after --image-ref{i - 1}"
        who.add_argument(f"--image-ref{i}", type=_path, metavar="PATH",
                         help=f"reference photo {i} of the applicant ({need}); scored as result_ref{i}; "
                              f"{several_faces}")


def _add_photo_checks(parser: argparse.ArgumentParser, image_help: str, image_required: bool) -> None:
    photo = parser.add_argument_group("the photo to check")
    photo.add_argument("--image", type=_path, required=image_required, metavar="PATH", help=image_help)
    photo.add_argument("--fail-when-multiple-faces", type=_flag01, metavar="0|1",
                       help="1 (default): answer MULTIPLE_FACES when --image holds several faces; "
                            "0: compare the largest face")
    photo.add_argument("--face-quality-threshold", type=int, metavar="0-100",
                       help="answer LOW_QUALITY when the largest face's quality is below this (default 30)")
    photo.add_argument("--return-faces", type=_flag01, metavar="0|1",
                       help="1: return faces (box, quality, suggested quality threshold), even with LOW_QUALITY, "
                            "MULTIPLE_FACES or NO_FACE_FOUND; 0: do not. With --json the default is 0, the service's; "
                            "the terminal summary asks for 1 by default, to show the faces' count and quality (free)")


def _version() -> str:
    """The installed distribution's version (the bundle may lack metadata: then the package's own)."""
    try:
        return metadata.version("faceid-console")
    except metadata.PackageNotFoundError:
        from . import __version__

        return __version__


def _build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="faceid-console", formatter_class=formatter, epilog=TOP_HELP_EPILOG,
        description="FaceID Console: face-based identity checks. Without a sub-command, opens the window.",
    )
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, wait for its first paint, print the start-up time in ms, exit 0")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="SUB-COMMAND")

    gui = sub.add_parser("gui", help="open the console window (the default)")
    gui.add_argument("--lang", choices=("en", "zh_CN"), help="user interface language (default: settings, else system)")
    gui.add_argument("--screenshot", type=Path, metavar="PNG",
                     help="save a picture of the window once it is shown, then quit (for docs and smoke tests)")

    verify = sub.add_parser(
        "verify", formatter_class=formatter, epilog=EXIT_CODES_HELP,
        help="compare a photo with reference photos or the ID data source (POST /faceid/v2/verify)",
        description="POST /faceid/v2/verify with face_image_type=raw_image: compare --image with the reference "
                    "photos (comparison type 0) or the identity data source (1), and judge the confidence against "
                    "the four false-accept thresholds of the same answer.",
    )
    _add_identity(verify, refs=3, uuid_limit=512,
                  several_faces="several faces answer MULTIPLE_FACES unless --fail-when-ref-multiple-faces 0")
    _add_photo_checks(verify, "the photo to check (JPEG, PNG, BMP, WebP or TIFF; turned upright, reduced to 4096 "
                              "pixels a side and 2 MB, metadata removed before sending)", image_required=True)
    checks = verify.add_argument_group("detection")
    checks.add_argument("--face-image-type", choices=("raw_image",), default="raw_image",
                        help="raw_image (the default, and the only type without the mobile SDK): --image is an "
                             "ordinary photo")
    checks.add_argument("--multi-oriented-detection", type=_flag01, metavar="0|1",
                        help="1: when no face is found, also try --image and the references turned 90, 180 and 270 "
                             "degrees (slower, slightly more false detections); 0 (default): do not")
    checks.add_argument("--fail-when-ref-multiple-faces", type=_flag01, metavar="0|1",
                        help="1 (default): answer MULTIPLE_FACES when a reference photo holds several faces; "
                             "0: use its largest face")
    judged = verify.add_argument_group("the verdict")
    judged.add_argument("--level", choices=THRESHOLD_LEVELS, metavar="|".join(THRESHOLD_LEVELS),
                        help="the false-accept level the confidence must reach for exit 0 (" + LEVEL_HELP
                             + f"); default: the policy_level setting, {DEFAULT_POLICY_LEVEL} unless changed "
                             "with 'faceid-console policy-level'")
    _add_common(verify)

    token = sub.add_parser(
        "biz-token", formatter_class=formatter, epilog=EXIT_CODES_HELP,
        help="configure a mobile-SDK liveness session (POST /faceid/v3/sdk/get_biz_token, signed)",
        description="POST /faceid/v3/sdk/get_biz_token (hmac_sha1 signed): configure a MegLiveStill SDK liveness "
                    "and comparison session; the biz_token is single-use and valid for one hour.",
    )
    token.add_argument("--liveness-type", choices=[t.value for t in LivenessType], required=True,
                       help="meglive: action liveness; still: silent liveness; flash: colour-flash liveness (safer, "
                            "slightly lower pass rate); raw_image: no liveness, compare --image")
    _add_identity(token, refs=2, uuid_limit=128, several_faces="if it holds several faces the largest is used")
    session = token.add_argument_group("the session")
    session.add_argument("--biz-no", metavar="TEXT",
                         help=f"your business serial number, returned unchanged (at most {MAX_BIZ_NO_BYTES} bytes; "
                              "default empty)")
    session.add_argument("--liveness-timeout", type=int, metavar="5-60",
                         help="seconds: per action for meglive (default 10), the mirror stage for still (default 60)")
    session.add_argument("--liveness-action-count", type=int, metavar="1-3",
                         help="meglive: number of actions (default 3)")
    session.add_argument("--face-replace-detection", type=_flag01, metavar="0|1",
                         help="meglive: 1 (default) compares every action frame with the reference; 0: off")
    session.add_argument("--eyes-close-detection", type=_flag01, metavar="0|1",
                         help="still/flash: 1 fails when the eyes stay closed throughout (slower); 0 (default): off")
    session.add_argument("--flash-liveness-timeout", type=int, metavar="60-180",
                         help="flash: seconds to finish (default 120)")
    _add_photo_checks(token, "raw_image only (and required there): the photo to compare", image_required=False)
    sdk = token.add_argument_group("comparison and SDK behaviour")
    sdk.add_argument("--verbose", type=int, choices=(0, 1),
                     help="0: the conclusion only; 1 (default): the conclusion and summary information")
    sdk.add_argument("--security-level", type=int, choices=(1, 2, 3, 4),
                     help="strictness of the comparison: 1 lenient, 2 regular (default), 3 strict, 4 very strict")
    sdk.add_argument("--force-compare", type=_flag01, metavar="0|1",
                     help="1: compare even when the face is judged fake (billed); 0 (default): stop there")
    sdk.add_argument("--multi-oriented-detection", type=_flag01, metavar="0|1",
                     help="1 (default): try the reference photos turned 90, 180 and 270 degrees when no face is "
                          "found; 0: do not")
    sdk.add_argument("--liveness-level", type=int, choices=(0, 1, 2),
                     help="SDK strictness: 0 strict (default), 1 standard, 2 fast")
    sdk.add_argument("--maximum-brightness", type=_flag01, metavar="0|1",
                     help="1: the SDK turns screen brightness to maximum (meglive and still, SDK 3.3.3+); "
                          "0 (default): no change")
    sdk.add_argument("--get-liveness-video", type=int, choices=(0, 1, 2, 3),
                     help="keep the liveness recording on the device, encrypted: 0 nothing (default), 1 video and "
                          "images, 2 video only, 3 images only")
    sdk.add_argument("--device-risk", type=_flag01, metavar="0|1",
                     help="1: check the device for risk at verify; 0 (default): off")
    sdk.add_argument("--multiple-faces-detection", type=_flag01, metavar="0|1",
                     help="1: the SDK stops when several faces appear; 0 (default): off")
    _add_common(token)

    web = sub.add_parser(
        "get-token", formatter_class=formatter, epilog=EXIT_CODES_HELP,
        help="start a web-liveness session (POST /faceid/liveness/v2/get_token)",
        description="POST /faceid/liveness/v2/get_token: start a web-liveness session and print the liveness_url "
                    "the applicant opens. With the built-in engine the session lives in that engine's memory: keep "
                    "the console window or 'faceid-console engine' running while the applicant uses the page and "
                    "until get-result; an engine started just for this call stops when it returns.",
    )
    _add_identity(web, refs=3, uuid_limit=512, liveness_only=True,
                  several_faces="several faces answer MULTIPLE_FACES: give a photo of the applicant alone")
    back = web.add_argument_group("callbacks")
    back.add_argument("--return-url", required=True, metavar="URL",
                      help="where the applicant's browser goes afterwards, with the signed result (data, sign)")
    back.add_argument("--notify-url", required=True, metavar="URL",
                      help="where the service posts the signed result, server to server")
    back.add_argument("--biz-no", metavar="TEXT",
                      help=f"your business serial number, returned with the result (at most {MAX_BIZ_NO_BYTES} bytes; "
                           "default empty)")
    back.add_argument("--biz-extra-data", metavar="TEXT",
                      help=f"free text returned with the result (at most {MAX_BIZ_EXTRA_DATA_BYTES} bytes, UTF-8; "
                           "default empty)")
    _add_common(web)

    result = sub.add_parser(
        "get-result", formatter_class=formatter, epilog=EXIT_CODES_HELP,
        help="fetch a web-liveness result (GET /faceid/liveness/v2/get_result; once, within one day)",
        description="GET /faceid/liveness/v2/get_result: the liveness and comparison result of a session. It "
                    "answers once per biz_id, within one day.",
    )
    which = result.add_mutually_exclusive_group(required=True)
    which.add_argument("--biz-id", metavar="BIZ_ID", help="the session's biz_id from the notify_url/return_url data")
    which.add_argument("--return-url", metavar="URL",
                       help="a return_url as the browser reached it (...?biz_id=...): the biz_id is taken from it")
    result.add_argument("--get-image-type", type=int, choices=(0, 1, 2), default=0,
                        help="0 (default): no images; 1: image_best; 2: all images (image_best and image_action*)")
    result.add_argument("--level", choices=THRESHOLD_LEVELS, metavar="|".join(THRESHOLD_LEVELS),
                        help="the level the summary judges the comparison at (default: the policy_level setting)")
    _add_common(result)

    callback = sub.add_parser("check-callback", help="check a notify_url/return_url callback's signature",
                              formatter_class=formatter, epilog=CHECK_CALLBACK_EXIT_CODES)
    callback.add_argument("file", help="a form-encoded callback body (data=…&sign=…); - for standard input")
    callback.add_argument("--profile", metavar="NAME",
                          help="profile whose api_secret signs the callbacks (default: the active profile; "
                               "FACEID_API_SECRET wins when set)")

    creds = sub.add_parser("credentials", help="store or forget a profile's api_key/api_secret in the OS keyring")
    creds_sub = creds.add_subparsers(dest="credentials_command", required=True)
    creds_set = creds_sub.add_parser("set", help="prompt for the api_key and api_secret (or read two lines from stdin)")
    creds_set.add_argument("--profile", required=True, metavar="NAME", help="the profile the pair belongs to")
    creds_forget = creds_sub.add_parser("delete", help="forget a profile's credentials")
    creds_forget.add_argument("--profile", required=True, metavar="NAME", help="the profile to forget")

    profile = sub.add_parser("profile", help="list connection profiles or choose the one the window uses")
    profile_sub = profile.add_subparsers(dest="profile_command", required=True)
    profile_sub.add_parser("list", help="list profiles and their base URLs")
    use = profile_sub.add_parser("use", help="make a profile the active one (window and command line)")
    use.add_argument("name", help="a name from 'profile list'")
    custom = profile_sub.add_parser("add-custom", help="add a profile for another FaceID-compatible host")
    custom.add_argument("name", help="the new profile's name")
    custom.add_argument("base_url", help="its base URL (https:// except for this machine)")

    policy = sub.add_parser("policy-level", help="show or set the false-accept level a verify must meet")
    policy.add_argument("level", nargs="?", choices=THRESHOLD_LEVELS,
                        help=f"the new level: {LEVEL_HELP} (default {DEFAULT_POLICY_LEVEL})")

    from . import history_commands

    history_commands.add_parser(sub)

    engine = sub.add_parser("engine", help="run the built-in FaceID-compatible engine")
    engine.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    engine.add_argument("--port", type=port, default=8789, help="port, 0-65535 (default 8789; 0 picks a free one)")
    engine.add_argument("--data-dir", type=Path, help="where the KYC registry lives")
    engine.add_argument("--concurrency-limit", type=at_least_one, default=8,
                        help="requests in flight before 403, 1 or more (default 8)")
    engine.add_argument("--threads", type=at_least_one, default=4, help="worker threads, 1 or more (default 4)")
    engine.add_argument("--preload-model", action="store_true",
                        help="load the face model before announcing the address (the console waits for it)")
    engine.add_argument("--exit-with-parent", action="store_true",
                        help="stop when the process that started this one ends (the console's own engine)")
    engine.add_argument("--allow-remote-callbacks", action="store_true",
                        help="when listening beyond loopback, still post notify_url callbacks to other hosts")
    engine_sub = engine.add_subparsers(dest="engine_command")
    registry = engine_sub.add_parser("registry", help="manage the local KYC registry")
    registry_sub = registry.add_subparsers(dest="registry_command", required=True)
    add = registry_sub.add_parser("add", help="add or replace a person")
    add.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)  # else it hides engine --data-dir
    add.add_argument("--idcard-number", required=True)
    add.add_argument("--idcard-name", required=True)
    add.add_argument("--photo", type=Path, required=True)
    add.add_argument("--id-attacked", action="store_true", help="flag the ID number as used in attacks")
    listing = registry_sub.add_parser("list", help="list everyone")
    listing.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)  # else it hides engine --data-dir
    remove = registry_sub.add_parser("remove", help="remove a person")
    remove.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)  # else it hides engine --data-dir
    remove.add_argument("--idcard-number", required=True)
    for sub_parser in sub.choices.values():  # error hints name only flags the sub-command has
        sub_parser.set_defaults(known_flags=frozenset(s for a in sub_parser._actions for s in a.option_strings))
    return parser


# --- where a call goes --------------------------------------------------------------------------------


def _credentials(profile: str, for_host: str | None = None) -> Credentials:
    """The environment's credentials, else ``profile``'s in the keyring; ``for_host``: a URL given for a call from
    the built-in engine's profile, named when there are none (its stored pair is the engine's own)."""
    found = credential_store.from_environment()
    keyring_problem = ""
    if found is None:
        try:
            found = credential_store.load(profile)
        except credential_store.CredentialStoreError as exc:
            keyring_problem = f" ({exc})"
    if found is None:
        missing, stored = "No credentials", f"store them for profile {profile!r} in the console's keyring"
        if for_host is not None:  # a pair stored for the built-in engine's profile is no way to another host
            missing = f"No credentials for {for_host}"
            stored = "add --profile NAME of a profile whose credentials are stored"
        raise FaceIDError.input(
            "api_key",
            f"{missing}: set {credential_store.ENV_API_KEY} and {credential_store.ENV_API_SECRET}, or {stored}"
            f"{keyring_problem}.",
            code="MISSING_ARGUMENTS",
        )
    return found


def _profile(name: str | None) -> Profile:
    """The named profile, else the active one (the built-in engine when the active name is gone)."""
    settings = Settings.load()
    try:
        return settings.profile(name)
    except KeyError:
        if name:
            raise FaceIDError.input(
                "profile", f"No profile named {name!r}; see 'faceid-console profile list'."
            ) from None
    print(f"warning: the active profile {settings.active_profile!r} does not exist; using the built-in engine",
          file=sys.stderr)
    return Profile(ProfileKind.LOCAL_ENGINE.value, ProfileKind.LOCAL_ENGINE)


@dataclasses.dataclass(frozen=True)
class _Connection:
    client: FaceIDClient
    #: True when the built-in engine was started for this call only (it stops when the call returns).
    call_scoped_engine: bool
    #: The profile the call is made with (recorded in the history).
    profile: str = ""
    #: Whether the host charges its calls: not the built-in engine (recorded in the history as not billed).
    billable: bool = True


class _Connect:
    """A client for the host the flags and the profile name: the built-in engine by default.

    A class, not a generator: FaceIDError is a frozen dataclass and contextlib cannot re-raise it.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> _Connection:
        args = self._args
        # An empty $FACEID_BASE_URL (set, then cleared with `FACEID_BASE_URL=`) counts as unset, as --base-url "" does.
        explicit_url = args.base_url or os.environ.get(ENV_BASE_URL) or None
        if explicit_url is not None:
            from .api.endpoint import validate_base_url

            # Refused before credentials are looked for (plain HTTP to another host read as missing credentials),
            # naming where it came from.
            explicit_url = validate_base_url(explicit_url, "base_url" if args.base_url else ENV_BASE_URL)
        profile = _profile(args.profile)
        settings = Settings.load()
        timeout = (settings.connect_timeout, args.timeout or settings.read_timeout)
        if explicit_url is None and profile.kind is ProfileKind.LOCAL_ENGINE:
            from .local_engine import embedded_engine

            try:
                engine = self._stack.enter_context(embedded_engine())
                client = self._stack.enter_context(FaceIDClient(engine.base_url, engine.credentials, timeout=timeout))
            except BaseException:
                self._stack.close()
                raise
            return _Connection(client, engine.call_scoped, profile.name, billable=False)
        base_url = explicit_url or profile.base_url()
        # From the built-in engine's profile, a missing pair is worded for the host given (see ``_credentials``).
        for_host = explicit_url if profile.kind is ProfileKind.LOCAL_ENGINE else None
        client = self._stack.enter_context(FaceIDClient(base_url, _credentials(profile.name, for_host),
                                                        timeout=timeout))
        return _Connection(client, call_scoped_engine=False, profile=profile.name)

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


# --- API commands: each returns what to print and the exit code -------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Outcome:
    result: Any
    summary: str
    exit_code: int = EXIT_OK


def _policy_level(args: argparse.Namespace) -> str:
    return str(args.level or Settings.load().policy_level)


def _cmd_verify(args: argparse.Namespace, summary_wanted: bool) -> _Outcome:
    from .cli_summary import verify_summary

    return_faces = args.return_faces
    if return_faces is None and summary_wanted:
        return_faces = True  # the summary shows face count and quality; free, and changes nothing else
    request = VerifyRequest(
        comparison_type=ComparisonType(args.comparison_type), image=args.image, uuid=args.uuid,
        idcard_name=args.idcard_name, idcard_number=args.idcard_number, image_ref1=args.image_ref1,
        image_ref2=args.image_ref2, image_ref3=args.image_ref3,
        fail_when_multiple_faces=args.fail_when_multiple_faces, face_quality_threshold=args.face_quality_threshold,
        return_faces=return_faces, multi_oriented_detection=args.multi_oriented_detection,
        fail_when_ref_multiple_faces=args.fail_when_ref_multiple_faces,
    )
    _refuse_input(request)
    level = _policy_level(args)
    from .history_commands import journaled_entry, prepare_images
    from .store import CallKind
    from .verdict import recorded_verdict

    prepared = prepare_images(request.image_fields())
    with _Connect(args) as connection:
        client = connection.client
        entry, result = journaled_entry(
            CallKind.VERIFY, profile=connection.profile, params=request.form_fields(), images=prepared,
            send=lambda: client.verify(request, prepared=prepared), base_url=client.base_url, policy_level=level,
            billable=connection.billable)
    judged = recorded_verdict(result, level)
    # What a script needs to act on the answer: the history's verdict at the level used, and the entry to decide on.
    out = {**to_jsonable(result), "verdict": judged, "policy_level": level, "history_entry": int(entry)}
    # Only a clean match is 0: photos that disagree (one reference below the level) or an ID number used in attacks
    # need a reviewer, as in the window.
    return _Outcome(out, verify_summary(result, level), EXIT_OK if judged == "match" else EXIT_BELOW_POLICY)


def _cmd_biz_token(args: argparse.Namespace, summary_wanted: bool) -> _Outcome:
    from .cli_summary import biz_token_summary

    names = [f.name for f in dataclasses.fields(GetBizTokenRequest)]
    values = {name: getattr(args, name) for name in names}
    values["liveness_type"] = LivenessType(args.liveness_type)
    values["comparison_type"] = ComparisonType(args.comparison_type)
    raw_image = values["liveness_type"] is LivenessType.RAW_IMAGE  # return_faces is raw_image's alone
    if raw_image and args.return_faces is None and summary_wanted:
        values["return_faces"] = True  # as verify's: the summary shows face count and quality; free
    request = GetBizTokenRequest(**values)
    _refuse_input(request)
    from .history_commands import journaled, prepare_images, replace_images
    from .store import CallKind

    prepared = prepare_images(request.image_fields())
    request = replace_images(request, prepared)  # what is hashed is what is sent
    with _Connect(args) as connection:
        client = connection.client
        token = journaled(CallKind.GET_BIZ_TOKEN, profile=connection.profile, params=request.form_fields(),
                          images=prepared, send=lambda: client.get_biz_token(request), base_url=client.base_url,
                          billable=connection.billable)
    return _Outcome(token, biz_token_summary(token, faces_asked=raw_image))


#: Printed with get-token's answer when the engine that holds the session has already stopped.
CALL_SCOPED_TOKEN_NOTE: Final = (
    "note: the built-in engine was started for this call and has stopped, so this liveness_url no longer "
    "opens. For the whole web-liveness flow keep an engine running (the console window, or "
    "'faceid-console engine' in another terminal) and run get-token again."
)


def _cmd_get_token(args: argparse.Namespace, summary_wanted: bool) -> _Outcome:
    from .cli_summary import token_summary

    request = GetTokenRequest(
        comparison_type=ComparisonType(args.comparison_type), return_url=args.return_url,
        notify_url=args.notify_url, idcard_name=args.idcard_name, idcard_number=args.idcard_number,
        uuid=args.uuid, image_ref1=args.image_ref1, image_ref2=args.image_ref2, image_ref3=args.image_ref3,
        biz_no=args.biz_no, biz_extra_data=args.biz_extra_data,
    )
    _refuse_input(request)
    from .history_commands import journaled, prepare_images, replace_images
    from .store import CallKind

    prepared = prepare_images(request.image_fields())
    request = replace_images(request, prepared)  # what is hashed is what is sent
    with _Connect(args) as connection:
        client = connection.client
        token = journaled(CallKind.GET_TOKEN, profile=connection.profile, params=request.form_fields(),
                          images=prepared, send=lambda: client.get_token(request), base_url=client.base_url,
                          billable=connection.billable)
        url = connection.client.liveness_page_url(token.token)
        call_scoped = connection.call_scoped_engine
    if call_scoped:
        print(CALL_SCOPED_TOKEN_NOTE, file=sys.stderr)
    out = to_jsonable(token)
    out["liveness_url"] = url
    return _Outcome(out, token_summary(token, url))


def _cmd_get_result(args: argparse.Namespace, summary_wanted: bool) -> _Outcome:
    from .cli_summary import session_summary, without_liveness

    # --biz-id "" is the session's id, empty: refused as biz_id (not read from a --return-url that was not given).
    biz_id = args.biz_id if args.return_url is None else biz_id_from_return_url(args.return_url)
    request = GetResultRequest(biz_id, GetImageType(args.get_image_type))
    _refuse_input(request)
    from .history_commands import journaled
    from .store import CallKind

    with _Connect(args) as connection:
        client = connection.client
        result: LivenessSessionResult = journaled(
            CallKind.GET_RESULT, profile=connection.profile, params=request.query(), images={},
            send=lambda: client.get_result(request), base_url=client.base_url, policy_level=_policy_level(args),
            billable=connection.billable)
    failure = result.verify_result if isinstance(result.verify_result, VerifyFailure) else None
    from .verdict import session_verdict

    verdict, _ = session_verdict(result, _policy_level(args))
    # A comparison that gave no verdict (only result_idcard_datasource, or no threshold at the policy level) confirms
    # nothing, as verify exits 3 on it: 0 read as "confirmed".
    not_judged = isinstance(result.verify_result, VerifyResult) and verdict != "match"
    out: Any = result
    said = without_liveness(result)
    if said is not None:  # as the summary says it, and as an error's JSON carries it: what it means, what next
        _headline, meaning, reason, step = said
        out = {**to_jsonable(result), "explanation": meaning if reason is None else f"{meaning} {reason}",
               "hint": step}
    return _Outcome(out, session_summary(result, _policy_level(args),
                                            comparison_hint=None if failure is None else comparison_hint(failure)),
                    EXIT_BELOW_POLICY if verdict in NOT_CONFIRMED_VERDICTS or not_judged else EXIT_OK)


_API_COMMANDS: Final[dict[str, Callable[[argparse.Namespace, bool], _Outcome]]] = {
    "verify": _cmd_verify,
    "biz-token": _cmd_biz_token,
    "get-token": _cmd_get_token,
    "get-result": _cmd_get_result,
}


def _summary_wanted(args: argparse.Namespace) -> bool:
    chosen = getattr(args, "output", None)
    return chosen == "summary" if chosen else sys.stdout.isatty()


def _error_for_a_person(args: argparse.Namespace) -> bool:
    """Whether an error is said in words on standard error (for a person: --summary, or a terminal unless --json),
    rather than as JSON where the command's result would have gone (for a script, which reads the code there)."""
    # An API command's --json/--summary, or history reasons' (history export's --output is a file, not a form).
    chosen = getattr(args, "output" if args.command in _API_COMMANDS else "form", None)
    if chosen:
        return bool(chosen == "summary")
    return sys.stdout is not None and sys.stdout.isatty()


class _InputProblems(Exception):
    """Every problem a request's input has, reported together: the caller fixes them in one go, not one per run."""

    def __init__(self, problems: list[FaceIDError]) -> None:
        super().__init__(f"{len(problems)} problems in the input")
        self.problems = problems


def _refuse_input(request: VerifyRequest | GetBizTokenRequest | GetTokenRequest | GetResultRequest) -> None:
    """Nothing is sent while the input has a problem; each one is named (``problems()``, in the service's order)."""
    problems = request.problems()
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise _InputProblems(problems)


def _report_problems(problems: list[FaceIDError], args: argparse.Namespace) -> int:
    """Each problem as ``_report_error`` reports one; the JSON keeps the first as ``error`` for scripts that read it."""
    from .cli_summary import error_summary

    command = str(args.command)
    known: frozenset[str] = getattr(args, "known_flags", frozenset())
    hints = [hint_for(err, command, known) for err in problems]
    if _error_for_a_person(args):
        print(f"{len(problems)} problems in the input; nothing was sent:", file=sys.stderr)
        print("\n".join(redact(error_summary(err, hint)) for err, hint in zip(problems, hints, strict=True)),
              file=sys.stderr)
    else:
        each = [{"error": err.to_dict(), "explanation": err.explanation("en"), **({"hint": hint} if hint else {})}
                for err, hint in zip(problems, hints, strict=True)]
        _print_json({**each[0], "problems": each})
    return EXIT_INPUT_ERROR


def _report_error(err: FaceIDError, args: argparse.Namespace, hint: str | None = None) -> int:
    """Print ``err`` for a person or as JSON, with ``hint`` (else the error's own, ``hint_for``)."""
    from .api.results import error_faces
    from .cli_summary import error_summary

    command = str(args.command)
    hint = hint or hint_for(err, command, getattr(args, "known_flags", frozenset()))
    faces = error_faces(err)  # return_faces=1: kept on LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND, as documented
    if _error_for_a_person(args):  # any sub-command's: never on standard output, where its result goes
        print(redact(error_summary(err, hint, explanation_for(err, command), faces=faces)), file=sys.stderr)
    else:
        _print_json({"error": err.to_dict(), "explanation": explanation_for(err, command),
                     **({"hint": hint} if hint else {}),
                     **({"faces": to_jsonable(faces)} if faces is not None else {})})
    return EXIT_INPUT_ERROR if err.origin is ErrorOrigin.INPUT else EXIT_API_ERROR


# --- other commands -----------------------------------------------------------------------------------


def _cmd_check_callback(args: argparse.Namespace) -> int:
    if args.file == "-":
        if sys.stdin is None:
            raise FaceIDError.input("file", "Standard input is closed: pipe the callback body (data=…&sign=…) into "
                                            "'check-callback -', or give its file instead of -.")
        body = sys.stdin.buffer.read()
    else:
        try:
            body = Path(args.file).read_bytes()
        except OSError as exc:
            raise FaceIDError.input("file", f"Cannot read {args.file}: {exc.strerror}") from None
    callback = parse_callback_form(body)
    profile = _profile(args.profile).name
    secret = _credentials(profile).api_secret
    valid = callback.signature_valid(secret)
    payload: Any
    raw: Any = None
    try:
        parsed = callback.payload()
        payload, raw = to_jsonable(parsed), parsed.raw
    except FaceIDError as err:
        payload = _unreadable_payload(callback, err, valid)
    from .history_commands import journal_callback_check

    journal_callback_check(profile, valid, raw)
    _print_json({"signature_valid": valid, "payload": payload})
    return EXIT_OK if valid else EXIT_SIGNATURE_INVALID


def _unreadable_payload(callback: CallbackBody, err: FaceIDError, signature_valid: bool) -> dict[str, Any]:
    """A callback's data that cannot be read, as the callback inspector explains it: the field that is malformed
    (or the data as a whole), why, and what to do; ``error`` as before, for scripts."""
    from .cli_summary import malformed_explanation, malformed_next_step

    try:
        malformed: object = callback.payload_or_malformed()
    except FaceIDError:
        malformed = None
    if not isinstance(malformed, MalformedPayload):  # not JSON at all, or a refusal the inspector has no words for
        return {"error": err.to_dict(), "explanation": err.explanation("en")}
    return {"error": err.to_dict(), "field": malformed.path or "data", "explanation": malformed_explanation(malformed),
            "next_step": malformed_next_step(signature_valid)}


def _cmd_engine(args: argparse.Namespace) -> int:
    from . import settings
    from .engine.registry import KycRegistry

    data_dir = args.data_dir or settings.data_dir() / "engine"
    if args.engine_command == "registry":
        registry = KycRegistry(data_dir)
        if args.registry_command == "add":
            return _registry_add(registry, args)
        if args.registry_command == "list":
            _print_json([
                {"idcard_number": e.idcard_number, "idcard_name": e.idcard_name,
                 "has_photo": e.photo_sha256 is not None, "id_attacked": e.id_attacked}
                for e in registry.entries()
            ])
            return EXIT_OK
        removed = registry.remove(args.idcard_number)
        _print_json({"removed": removed, "idcard_number": args.idcard_number})
        return EXIT_OK if removed else EXIT_INPUT_ERROR
    return _serve_engine(args, data_dir)


def _registry_add(registry: Any, args: argparse.Namespace) -> int:
    from .api.identity import validate_idcard_name, validate_idcard_number
    from .api.images import prepare_image

    number = validate_idcard_number(args.idcard_number)
    name = validate_idcard_name(args.idcard_name)
    photo = prepare_image(args.photo, "photo")  # the same checks and clean-up as an upload
    registry.add(number, name, photo.data, id_attacked=args.id_attacked)
    _print_json({"added": number, "idcard_name": name, "photo_bytes": len(photo.data), "id_attacked": args.id_attacked})
    return EXIT_OK


def _serve_engine(args: argparse.Namespace, data_dir: Path) -> int:
    from threadpoolctl import threadpool_limits

    from .api.endpoint import is_loopback_host
    from .engine.server import EngineServer, warn_if_exposed
    from .local_engine import publish, unpublish

    creds = credential_store.from_environment()
    if creds is None:
        try:
            creds = credential_store.local_engine_credentials()
        except credential_store.CredentialStoreError as exc:
            raise FaceIDError.input(
                "api_key",
                f"Set {credential_store.ENV_API_KEY} and {credential_store.ENV_API_SECRET} "
                f"(the keyring is unavailable: {exc})",
                code="MISSING_ARGUMENTS",
            ) from None
    warning = warn_if_exposed(args.host)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        server = EngineServer(
            data_dir, {creds.api_key: creds.api_secret}, host=args.host, port=args.port,
            threads=args.threads, concurrency_limit=args.concurrency_limit,
            allow_remote_callbacks=args.allow_remote_callbacks,
        )
    except OSError as exc:
        raise _listen_problem(exc, args.host, args.port) from None

    def on_sigterm(*_: object) -> None:
        # stop() waits for the serving loop, which runs in this (main) thread: call it from another one.
        threading.Thread(target=server.stop, name="faceid-engine-sigterm", daemon=True).start()

    signal.signal(signal.SIGTERM, on_sigterm)
    # Each request thread describes faces on one core: BLAS's own threads would only compete with the
    # other requests for the cores (and spin while they wait, doubling the CPU a verify costs).
    threadpool_limits(1, user_api="blas")
    if getattr(args, "preload_model", False):
        server.backend.preload()
    if getattr(args, "exit_with_parent", False):
        _stop_when_parent_ends()
    if is_loopback_host(args.host):  # command-line calls with the same api_key use this engine
        publish(server.base_url, creds.api_key)
    print(json.dumps({"engine": server.base_url, "api_key": creds.api_key, "data_dir": str(data_dir)}), flush=True)
    try:
        server.serve_forever()  # returns after stop() or Ctrl+C (waitress ends its loop on KeyboardInterrupt)
    except KeyboardInterrupt:  # Ctrl+C outside waitress's loop (start-up, shutdown)
        pass
    finally:
        server.stop()
        unpublish()
    return EXIT_OK


def _listen_problem(exc: OSError, host: str, port: int) -> FaceIDError:
    """Why the engine cannot listen on ``host:port``, naming the flag that fixes it."""
    import errno

    if exc.errno == errno.EADDRINUSE:
        return FaceIDError.input("port", f"port {port} is in use; choose another with --port or 0 for a free one")
    if exc.errno == errno.EACCES:
        return FaceIDError.input("port", f"port {port} needs administrator rights; choose one above 1023 with --port "
                                         "or 0 for a free one")
    return FaceIDError.input("host", f"cannot listen on {host}:{port} ({exc.strerror or exc}); check --host "
                                     "(an address of this machine, default 127.0.0.1) and --port")


def _stop_when_parent_ends() -> None:
    """An engine started by the console does not outlive it, even when the console is killed."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _prompt(ask: Callable[[], str]) -> str:
    """One answer typed at a prompt, stripped; "" when the input ends there (Ctrl+D)."""
    try:
        return ask().strip()
    except EOFError:
        print(file=sys.stderr)  # the prompt's line ends before the error is printed
        return ""


def _cmd_credentials(args: argparse.Namespace) -> int:
    import getpass

    if args.credentials_command == "delete":
        _print_json({"profile": args.profile, "deleted": credential_store.delete(args.profile)})  # false: none were
        return EXIT_OK
    if Settings.load().profile_or_none(args.profile) is None:  # a typo would store a pair no profile ever uses
        raise FaceIDError.input("profile", f"There is no profile named {args.profile!r}: see 'faceid-console profile "
                                           "list', or add one with 'faceid-console profile add-custom'.")
    if sys.stdin is None:
        raise FaceIDError.input("api_key", "Standard input is closed: run 'credentials set' at a terminal to be "
                                           "prompted, or pipe api_key and api_secret on two lines.")
    if sys.stdin.isatty():
        api_key = _prompt(lambda: input("api_key: "))  # Ctrl+D at a prompt: that value is missing
        api_secret = _prompt(lambda: getpass.getpass("api_secret: ")) if api_key else ""
    else:
        lines = [*sys.stdin.read().splitlines(), "", ""]
        api_key, api_secret = lines[0].strip(), lines[1].strip()
    for field, value in (("api_key", api_key), ("api_secret", api_secret)):
        if not value:
            raise FaceIDError.input(field, f"No {field} was given: type it at the prompt, or pipe api_key and "
                                           "api_secret on two lines.")
    credential_store.save(args.profile, Credentials(api_key, api_secret))
    _print_json({"profile": args.profile, "api_key": mask_api_key(api_key), "stored_in": "keyring"})
    return EXIT_OK


#: Why a name cannot name a custom profile, as the command line says it.
_PROFILE_NAME_PROBLEMS: Final = {
    ProfileNameProblem.BLANK: "A profile needs a name.",
    ProfileNameProblem.TOO_LONG: f"A profile's name has at most {MAX_PROFILE_NAME_CHARS} characters.",
    ProfileNameProblem.TAKEN: "{name!r} is already the name of a profile (names are compared ignoring case, and the "
                              "built-in profiles' names cannot be reused); see 'faceid-console profile list'.",
}


def _cmd_profile(args: argparse.Namespace) -> int:
    settings = Settings.load()
    if args.profile_command == "use":
        try:
            settings.profile(args.name)
        except KeyError:
            raise FaceIDError.input(
                "name", f"No profile named {args.name!r}; see 'faceid-console profile list'."
            ) from None
        settings.active_profile = args.name
        settings.save()
    elif args.profile_command == "add-custom":
        from .api.endpoint import validate_base_url

        url = validate_base_url(args.base_url)
        name = args.name.strip()
        # The window's rule for a new name; a custom profile of exactly this name is updated (its new address).
        others = [p.name for p in settings.profiles if not (p.kind is ProfileKind.CUSTOM and p.name == name)]
        problem = profile_name_problem(name, others)
        if problem is not None:
            raise FaceIDError.input("name", _PROFILE_NAME_PROBLEMS[problem].format(name=name))
        settings.profiles = [p for p in settings.profiles if p.name != name]
        settings.profiles.append(Profile(name, ProfileKind.CUSTOM, url))
        settings.save()
    _print_json({
        "active_profile": settings.active_profile,
        "profiles": [
            {"name": p.name, "kind": p.kind.value,
             "base_url": None if p.kind is ProfileKind.LOCAL_ENGINE else p.base_url()}
            for p in settings.profiles
        ],
    })
    return EXIT_OK


def _cmd_policy_level(args: argparse.Namespace) -> int:
    settings = Settings.load()
    if args.level:
        settings.policy_level = args.level
        settings.save()
    _print_json({"policy_level": settings.policy_level})
    return EXIT_OK


#: Ctrl+C: 128 + SIGINT, as a shell reports a command it stopped.
EXIT_INTERRUPTED: Final = 130
#: The reader of standard output went away (``| head -1``): 128 + SIGPIPE, what the shell reports for ``cat`` or
#: ``yes`` there (they die of SIGPIPE, which Python ignores), so ``set -o pipefail`` scripts see the same.
EXIT_OUTPUT_CLOSED: Final = 141
INTERRUPTED_MESSAGE: Final = ("faceid-console: interrupted; a call already sent stays in the history as outcome "
                              "unknown ('faceid-console history list --status unknown')")
STDOUT_CLOSED_MESSAGE: Final = "faceid-console: standard output is closed, so nothing was done; give the command one"


def _occupy_closed_descriptors() -> None:
    """Put the null device on a closed standard descriptor (``<&-``, ``>&-``), so no file opened later (the history
    database) takes its number and receives what is meant for the terminal. ``sys.stdin``/``sys.stdout`` stay None,
    which the commands check."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def _tolerant_output() -> None:
    """A character the terminal's encoding lacks ("≥" under LC_ALL=C) is written escaped, not a UnicodeEncodeError
    after a billed call was recorded."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``faceid-console`` command: Ctrl+C and a closed pipe end it quietly, with their codes."""
    _occupy_closed_descriptors()
    if sys.stderr is None:  # closed (2>&-): print(file=None) would put the messages into standard output's JSON
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  # for the process's whole life
    _tolerant_output()
    try:
        code = _main(argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader gone away shows here, not as "Exception ignored" at exit
        return code
    except KeyboardInterrupt:
        print(INTERRUPTED_MESSAGE, file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The recipe of Python's signal documentation: the rest of the output goes nowhere, exit quietly.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
        return EXIT_OUTPUT_CLOSED


def _main(argv: Sequence[str] | None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if sys.stdout is None and args.command not in (None, "gui", "engine"):  # an engine serves without printing
        print(STDOUT_CLOSED_MESSAGE, file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.command in (None, "gui"):
        from .app import main as gui_main

        return gui_main(language=getattr(args, "lang", None), screenshot=getattr(args, "screenshot", None),
                        smoke=args.smoke, started=_STARTED)
    try:
        if args.command == "check-callback":
            return _cmd_check_callback(args)
        if args.command == "engine":
            return _cmd_engine(args)
        if args.command == "credentials":
            return _cmd_credentials(args)
        if args.command == "profile":
            return _cmd_profile(args)
        if args.command == "policy-level":
            return _cmd_policy_level(args)
        if args.command == "history":
            from . import history_commands

            return history_commands.run(args, lambda base_url, profile, timeout: _Connect(
                argparse.Namespace(base_url=base_url, profile=profile, timeout=timeout)))
        summary_wanted = _summary_wanted(args)
        outcome = _API_COMMANDS[args.command](args, summary_wanted)
    except FaceIDError as err:
        return _report_error(err, args)
    except _InputProblems as many:
        return _report_problems(many.problems, args)
    except credential_store.CredentialStoreError as err:
        # No keyring at all: the environment's pair needs none (a locked or failing one is the keyring's to fix).
        return _report_error(FaceIDError.input("keyring", str(err)), args, hint=NO_KEYRING_HINT if isinstance(
            err, credential_store.NoKeyring) else None)
    if summary_wanted:
        print(redact(outcome.summary))
    else:
        _print_json(to_jsonable(outcome.result))
    return outcome.exit_code


if __name__ == "__main__":
    sys.exit(main())
