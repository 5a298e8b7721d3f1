"""``faceid-console``: the GUI by default; sub-commands for scripting and for the local engine.

Each API sub-command takes one flag per API parameter, named after it with ``-`` for ``_``.
Credentials come from FACEID_API_KEY / FACEID_API_SECRET or the keyring, never from a flag.
Output is JSON on stdout; exit 0 on success, 1 on an API or transport error, 2 on an input error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Final

from . import credentials as credential_store
from .api import (
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
    VerifyRequest,
    biz_id_from_return_url,
    parse_callback_form,
    redact,
)
from .api.client import CloudRegion
from .api.results import VerifyResult

#: When the command started, for --smoke's start-up figure (as early as this module can know it).
_STARTED: Final = time.monotonic()
ENV_BASE_URL: Final = "FACEID_BASE_URL"
EXIT_OK, EXIT_API_ERROR, EXIT_INPUT_ERROR = 0, 1, 2


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
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def _print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    print(redact(text))


def _error_exit(err: FaceIDError) -> int:
    _print_json({"error": err.to_dict()})
    return EXIT_INPUT_ERROR if err.origin is ErrorOrigin.INPUT else EXIT_API_ERROR


# --- argument helpers ---------------------------------------------------------------------------------


def _flag01(text: str) -> bool:
    if text not in ("0", "1"):
        raise argparse.ArgumentTypeError("must be 0 or 1")
    return text == "1"


def _existing_path(text: str) -> Path:
    return Path(text)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base-url",
        help=f"service base URL (default: ${ENV_BASE_URL}, else {CloudRegion.CN.value})",
    )
    parser.add_argument(
        "--profile", default="default",
        help="keyring profile holding the api_key/api_secret when the environment has none (default: default)",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for an answer (default 60)")


def _add_identity(parser: argparse.ArgumentParser, refs: int) -> None:
    parser.add_argument("--comparison-type", type=int, choices=(0, 1), required=True)
    parser.add_argument("--uuid")
    parser.add_argument("--idcard-name")
    parser.add_argument("--idcard-number")
    for i in range(1, refs + 1):
        parser.add_argument(f"--image-ref{i}", type=_existing_path, metavar="PATH")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faceid-console",
        description="FaceID Console: face-based identity checks. Without a sub-command, opens the window.",
    )
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, wait for its first paint, print the start-up time in ms, exit 0")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the console window (the default)")
    gui.add_argument("--lang", choices=("en", "zh_CN"), help="user interface language")
    gui.add_argument("--screenshot", type=Path, metavar="PNG",
                     help="save a picture of the window once it is shown, then quit (for docs and smoke tests)")

    verify = sub.add_parser("verify", help="POST /faceid/v2/verify with face_image_type=raw_image")
    _add_common(verify)
    _add_identity(verify, refs=3)
    verify.add_argument("--face-image-type", choices=("raw_image",), default="raw_image")
    verify.add_argument("--image", type=_existing_path, required=True, metavar="PATH")
    verify.add_argument("--fail-when-multiple-faces", type=_flag01, metavar="0|1")
    verify.add_argument("--face-quality-threshold", type=int, metavar="0-100")
    verify.add_argument("--return-faces", type=_flag01, metavar="0|1")
    verify.add_argument("--multi-oriented-detection", type=_flag01, metavar="0|1")
    verify.add_argument("--fail-when-ref-multiple-faces", type=_flag01, metavar="0|1")

    token = sub.add_parser("biz-token", help="POST /faceid/v3/sdk/get_biz_token (signed)")
    _add_common(token)
    token.add_argument("--liveness-type", choices=[t.value for t in LivenessType], required=True)
    _add_identity(token, refs=2)
    token.add_argument("--biz-no")
    token.add_argument("--liveness-timeout", type=int, metavar="5-60")
    token.add_argument("--liveness-action-count", type=int, metavar="1-3")
    token.add_argument("--face-replace-detection", type=_flag01, metavar="0|1")
    token.add_argument("--eyes-close-detection", type=_flag01, metavar="0|1")
    token.add_argument("--flash-liveness-timeout", type=int, metavar="60-180")
    token.add_argument("--image", type=_existing_path, metavar="PATH")
    token.add_argument("--fail-when-multiple-faces", type=_flag01, metavar="0|1")
    token.add_argument("--face-quality-threshold", type=int, metavar="0-100")
    token.add_argument("--return-faces", type=_flag01, metavar="0|1")
    token.add_argument("--verbose", type=int, choices=(0, 1))
    token.add_argument("--security-level", type=int, choices=(1, 2, 3, 4))
    token.add_argument("--force-compare", type=_flag01, metavar="0|1")
    token.add_argument("--multi-oriented-detection", type=_flag01, metavar="0|1")
    token.add_argument("--liveness-level", type=int, choices=(0, 1, 2))
    token.add_argument("--maximum-brightness", type=_flag01, metavar="0|1")
    token.add_argument("--get-liveness-video", type=int, choices=(0, 1, 2, 3))
    token.add_argument("--device-risk", type=_flag01, metavar="0|1")
    token.add_argument("--multiple-faces-detection", type=_flag01, metavar="0|1")

    web = sub.add_parser("get-token", help="POST /faceid/liveness/v2/get_token: start a web-liveness session")
    _add_common(web)
    _add_identity(web, refs=3)
    web.add_argument("--return-url", required=True)
    web.add_argument("--notify-url", required=True)
    web.add_argument("--biz-no")
    web.add_argument("--biz-extra-data")

    result = sub.add_parser("get-result", help="GET /faceid/liveness/v2/get_result (valid once, for one day)")
    _add_common(result)
    which = result.add_mutually_exclusive_group(required=True)
    which.add_argument("--biz-id")
    which.add_argument("--return-url", help="take the biz_id from a GET return_url")
    result.add_argument("--get-image-type", type=int, choices=(0, 1, 2), default=0)

    callback = sub.add_parser("check-callback", help="check a notify_url/return_url callback's signature")
    callback.add_argument("file", help="a form-encoded callback body (data=…&sign=…); - for standard input")
    callback.add_argument("--profile", default="default", help="keyring profile holding the api_secret")

    creds = sub.add_parser("credentials", help="store or forget a profile's api_key/api_secret in the OS keyring")
    creds_sub = creds.add_subparsers(dest="credentials_command", required=True)
    creds_set = creds_sub.add_parser("set", help="prompt for the api_key and api_secret (or read two lines from stdin)")
    creds_set.add_argument("--profile", required=True)
    creds_forget = creds_sub.add_parser("delete", help="forget a profile's credentials")
    creds_forget.add_argument("--profile", required=True)

    profile = sub.add_parser("profile", help="list connection profiles or choose the one the window uses")
    profile_sub = profile.add_subparsers(dest="profile_command", required=True)
    profile_sub.add_parser("list", help="list profiles and their base URLs")
    use = profile_sub.add_parser("use", help="make a profile the active one")
    use.add_argument("name")
    custom = profile_sub.add_parser("add-custom", help="add a profile for another FaceID-compatible host")
    custom.add_argument("name")
    custom.add_argument("base_url")

    engine = sub.add_parser("engine", help="run the built-in FaceID-compatible engine")
    engine.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    engine.add_argument("--port", type=int, default=8789, help="port (default 8789; 0 picks a free one)")
    engine.add_argument("--data-dir", type=Path, help="where the KYC registry lives")
    engine.add_argument("--concurrency-limit", type=int, default=8, help="requests in flight before 403 (default 8)")
    engine.add_argument("--threads", type=int, default=4, help="worker threads (default 4)")
    engine_sub = engine.add_subparsers(dest="engine_command")
    registry = engine_sub.add_parser("registry", help="manage the local KYC registry")
    registry_sub = registry.add_subparsers(dest="registry_command", required=True)
    add = registry_sub.add_parser("add", help="add or replace a person")
    add.add_argument("--data-dir", type=Path)
    add.add_argument("--idcard-number", required=True)
    add.add_argument("--idcard-name", required=True)
    add.add_argument("--photo", type=Path, required=True)
    add.add_argument("--id-attacked", action="store_true", help="flag the ID number as used in attacks")
    listing = registry_sub.add_parser("list", help="list everyone")
    listing.add_argument("--data-dir", type=Path)
    remove = registry_sub.add_parser("remove", help="remove a person")
    remove.add_argument("--data-dir", type=Path)
    remove.add_argument("--idcard-number", required=True)
    return parser


# --- commands -------------------------------------------------------------------------------------------


def _credentials(profile: str) -> Credentials:
    found = credential_store.from_environment()
    keyring_problem = ""
    if found is None:
        try:
            found = credential_store.load(profile)
        except credential_store.CredentialStoreError as exc:
            keyring_problem = f" ({exc})"
    if found is None:
        raise FaceIDError.input(
            "api_key",
            f"No credentials: set {credential_store.ENV_API_KEY} and {credential_store.ENV_API_SECRET}, "
            f"or store them for profile {profile!r} in the console's keyring{keyring_problem}.",
            code="MISSING_ARGUMENTS",
        )
    return found


def _client(args: argparse.Namespace) -> FaceIDClient:
    base_url = args.base_url or os.environ.get(ENV_BASE_URL) or CloudRegion.CN.value
    return FaceIDClient(base_url, _credentials(args.profile), timeout=(5.0, args.timeout))


def _cmd_verify(args: argparse.Namespace) -> Any:
    request = VerifyRequest(
        comparison_type=ComparisonType(args.comparison_type), image=args.image, uuid=args.uuid,
        idcard_name=args.idcard_name, idcard_number=args.idcard_number, image_ref1=args.image_ref1,
        image_ref2=args.image_ref2, image_ref3=args.image_ref3,
        fail_when_multiple_faces=args.fail_when_multiple_faces, face_quality_threshold=args.face_quality_threshold,
        return_faces=args.return_faces, multi_oriented_detection=args.multi_oriented_detection,
        fail_when_ref_multiple_faces=args.fail_when_ref_multiple_faces,
    )
    request.validate()
    with _client(args) as client:
        return client.verify(request)


def _cmd_biz_token(args: argparse.Namespace) -> Any:
    names = [f.name for f in dataclasses.fields(GetBizTokenRequest)]
    values = {name: getattr(args, name) for name in names}
    values["liveness_type"] = LivenessType(args.liveness_type)
    values["comparison_type"] = ComparisonType(args.comparison_type)
    request = GetBizTokenRequest(**values)
    request.validate()
    with _client(args) as client:
        return client.get_biz_token(request)


def _cmd_get_token(args: argparse.Namespace) -> Any:
    request = GetTokenRequest(
        comparison_type=ComparisonType(args.comparison_type), return_url=args.return_url,
        notify_url=args.notify_url, idcard_name=args.idcard_name, idcard_number=args.idcard_number,
        uuid=args.uuid, image_ref1=args.image_ref1, image_ref2=args.image_ref2, image_ref3=args.image_ref3,
        biz_no=args.biz_no, biz_extra_data=args.biz_extra_data,
    )
    request.validate()
    with _client(args) as client:
        token = client.get_token(request)
        out = to_jsonable(token)
        out["liveness_url"] = client.liveness_page_url(token.token)
        return out


def _cmd_get_result(args: argparse.Namespace) -> Any:
    biz_id = args.biz_id if args.biz_id else biz_id_from_return_url(args.return_url)
    request = GetResultRequest(biz_id, GetImageType(args.get_image_type))
    request.validate()
    with _client(args) as client:
        return client.get_result(request)


def _cmd_check_callback(args: argparse.Namespace) -> int:
    if args.file == "-":
        body = sys.stdin.buffer.read()
    else:
        try:
            body = Path(args.file).read_bytes()
        except OSError as exc:
            raise FaceIDError.input("file", f"Cannot read {args.file}: {exc.strerror}") from None
    callback = parse_callback_form(body)
    secret = _credentials(args.profile).api_secret
    valid = callback.signature_valid(secret)
    payload: Any
    try:
        payload = to_jsonable(callback.payload())
    except FaceIDError as err:
        payload = {"error": err.to_dict()}
    _print_json({"signature_valid": valid, "payload": payload})
    return EXIT_OK if valid else EXIT_API_ERROR


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
    from .engine.server import EngineServer, warn_if_exposed

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
    server = EngineServer(
        data_dir, {creds.api_key: creds.api_secret}, host=args.host, port=args.port,
        threads=args.threads, concurrency_limit=args.concurrency_limit,
    )
    signal.signal(signal.SIGTERM, lambda *_: server.stop())
    print(json.dumps({"engine": server.base_url, "api_key": creds.api_key, "data_dir": str(data_dir)}), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()
    return EXIT_OK


def _cmd_credentials(args: argparse.Namespace) -> int:
    import getpass

    if args.credentials_command == "delete":
        credential_store.delete(args.profile)
        _print_json({"profile": args.profile, "deleted": True})
        return EXIT_OK
    if sys.stdin.isatty():
        api_key = input("api_key: ").strip()
        api_secret = getpass.getpass("api_secret: ").strip()
    else:
        lines = [*sys.stdin.read().splitlines(), "", ""]
        api_key, api_secret = lines[0].strip(), lines[1].strip()
    credential_store.save(args.profile, Credentials(api_key, api_secret))
    _print_json({"profile": args.profile, "api_key": api_key, "stored_in": "keyring"})
    return EXIT_OK


def _cmd_profile(args: argparse.Namespace) -> int:
    from .settings import Profile, ProfileKind, Settings

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
        from .api.client import validate_base_url

        url = validate_base_url(args.base_url)
        settings.profiles = [p for p in settings.profiles if p.name != args.name]
        settings.profiles.append(Profile(args.name, ProfileKind.CUSTOM, url))
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


_API_COMMANDS: Final[dict[str, Callable[[argparse.Namespace], Any]]] = {
    "verify": _cmd_verify,
    "biz-token": _cmd_biz_token,
    "get-token": _cmd_get_token,
    "get-result": _cmd_get_result,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``faceid-console`` command."""
    args = _build_parser().parse_args(argv)
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
        result = _API_COMMANDS[args.command](args)
    except FaceIDError as err:
        return _error_exit(err)
    except credential_store.CredentialStoreError as err:
        return _error_exit(FaceIDError.input("keyring", str(err)))
    _print_json(to_jsonable(result))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
