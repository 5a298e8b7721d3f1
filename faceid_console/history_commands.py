"""The command line's side of the history: the journal around every API sub-command, and
``faceid-console history list|show|export|decide|resend``.

Identifiers (ID number, name, uuid) are masked in everything printed or exported unless ``--unmask``
is given, and every unmasking is written to the audit log before anything is shown.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .cli_args import at_least_one, not_negative, seconds, stdout_takes_unicode
from .settings import DEFAULT_POLICY_LEVEL, MAX_TIMEOUT_SECONDS, MIN_TIMEOUT_SECONDS
from .verdict import VERDICT_ORDER

# Only light imports at module level: the parser is built for every command, the window included;
# the store (SQLAlchemy, Alembic) and image code load when a history or API command runs.
if TYPE_CHECKING:
    from .api import FaceIDError, PreparedImage, VerifyRequest
    from .api.request_models import ImageSource
    from .store import CallKind, EntryId, HistoryEntry, HistoryFilter, HistoryStore
    from .store.decisions import DecidedMeanwhile
    from .store.journal import A, CallsInFlight

#: Choices of the filters (a test checks them against the store's enums).
CALL_KINDS: Final = ("verify", "get_result", "get_biz_token", "get_token", "callback_check")
DECISIONS: Final = ("approve", "reject", "escalate")
#: ``--decision`` for the entries still waiting for one (the store's ``UNDECIDED``).
UNDECIDED: Final = "undecided"
STATUSES: Final = ("pending", "complete", "error", "unknown")
SORT_COLUMNS: Final = ("created_at", "kind", "status", "profile", "idcard_name", "verdict", "confidence",
                       "error_code", "current_decision")
EXPORT_FORMATS: Final = ("csv", "json")
#: ``--verdict``: every verdict the history records (``verdict.VERDICT_ORDER``), then a liveness session's statuses
#: recorded as its verdict when it has no liveness result (``verdict.session_verdict``).
VERDICTS: Final = (*VERDICT_ORDER, "not_started", "processing", "webrtc_unsupported", "failed", "cancelled",
                   "timeout")

OUTCOME_UNKNOWN: Final = "outcome unknown, not resent"
#: An entry of unknown outcome that was sent again (``history resend``, or the window's Verify), as the new entry.
OUTCOME_RESENT: Final = "outcome unknown, resent as entry {entry}"
#: A pending entry whose sender may still be waiting for its answer (another console, younger than an hour), as the
#: window's History says it: not of unknown outcome yet.
OUTCOME_AWAITED: Final = "sent, no answer recorded yet"
EXIT_OK, EXIT_API_ERROR, EXIT_INPUT_ERROR = 0, 1, 2

T = TypeVar("T")


def _settings_policy_level() -> str:
    from .settings import Settings

    return Settings.load().policy_level


def open_store() -> HistoryStore:
    """The configured history store; a FaceIDError (nothing sent) when it cannot be opened."""
    from .api import FaceIDError
    from .settings import Settings
    from .store import HistoryStore, StoreError

    try:
        return HistoryStore.open(Settings.load())
    except (StoreError, OSError) as exc:
        raise FaceIDError.input("history", f"The history database cannot be opened, so nothing was sent: {exc}",
                                code="HISTORY_UNAVAILABLE") from None
    except Exception as exc:  # a driver error (server down, bad password) has many types
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg", "alembic")):
            raise FaceIDError.input("history", f"The history database cannot be opened, so nothing was sent: "
                                    f"{type(exc).__name__}: {exc}", code="HISTORY_UNAVAILABLE") from None
        raise


def prepare_images(sources: Mapping[str, ImageSource]) -> dict[str, PreparedImage]:
    """Prepare every photo before journaling, so the history keeps the SHA-256 of exactly what is sent."""
    from .api.images import prepare_image

    return {name: prepare_image(source, name) for name, source in sources.items()}


def journaled(kind: CallKind, *, profile: str, params: Mapping[str, Any], images: Mapping[str, PreparedImage],
              send: Callable[[], A], base_url: str, resend_of: EntryId | None = None,
              policy_level: str = DEFAULT_POLICY_LEVEL, billable: bool = True) -> A:
    """Send one API call with its journal entry durable before it leaves and its answer before it prints;
    ``billable``: False on the built-in engine, whose calls are recorded as not billed."""
    return journaled_entry(kind, profile=profile, params=params, images=images, send=send, base_url=base_url,
                           resend_of=resend_of, policy_level=policy_level, billable=billable)[1]


def journaled_entry(kind: CallKind, *, profile: str, params: Mapping[str, Any], images: Mapping[str, PreparedImage],
                    send: Callable[[], A], base_url: str, resend_of: EntryId | None = None,
                    policy_level: str = DEFAULT_POLICY_LEVEL, billable: bool = True) -> tuple[EntryId, A]:
    """``journaled``, and the history entry the call was recorded as (for a script to decide on it later)."""
    from .store.journal import send_journaled

    store = open_store()
    try:
        return send_journaled(store.journal, kind, profile=profile, params=params,
                              images={name: image.data for name, image in images.items()}, send=send,
                              base_url=base_url, resend_of=resend_of, policy_level=policy_level, billable=billable)
    finally:
        store.close()


def journal_callback_check(profile: str, signature_valid: bool, payload: Mapping[str, Any] | None) -> None:
    """Record a checked callback (no request is sent: the entry is complete at once)."""
    from .store import CallKind

    params = {k: str(payload[k]) for k in ("biz_id", "biz_no") if payload and isinstance(payload.get(k), str)}
    store = open_store()
    try:
        entry = store.journal.begin(CallKind.CALLBACK_CHECK, profile, params)
        store.journal.complete(entry, {"signature_valid": signature_valid, "payload": dict(payload or {})},
                               billed=False)
    finally:
        store.close()


# --- arguments -------------------------------------------------------------------------------------------


class _Day(datetime.datetime):
    """A ``--since``/``--until`` given as a date alone: ``--until`` then includes that whole day."""


def _when(text: str) -> datetime.datetime:
    """A moment in UTC, as the history stores them: an offset (``+08:00``, ``Z``) is converted, a time without one
    is UTC already."""
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return _Day(day.year, day.month, day.day)
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM, UTC "
                                         "unless it ends with an offset such as +08:00 or Z)") from None
    if moment.tzinfo is not None:  # dropping the offset read 17:00+08:00 as 17:00 UTC, eight hours late
        moment = moment.astimezone(datetime.UTC)
    return moment.replace(tzinfo=None)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("search", nargs="?", default="",
                        help="name or uuid (from its start), ID number (full or last four), biz_no, biz_id or "
                             "request_id (whole), or an entry by its number (#8); names and uuids in any case")
    parser.add_argument("--idcard-name", default="", help="name (or its beginning), in any case")
    parser.add_argument("--idcard-number", default="", help="ID number, or its last four characters")
    parser.add_argument("--uuid", default="", help="uuid (whole), in any case")
    parser.add_argument("--biz-no", default="")
    parser.add_argument("--biz-id", default="")
    parser.add_argument("--request-id", default="")
    parser.add_argument("--since", type=_when, metavar="WHEN",
                        help="from this moment (inclusive): YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], in UTC unless it "
                             "ends with an offset (+08:00, Z), which is converted")
    parser.add_argument("--until", type=_when, metavar="WHEN",
                        help="to this moment; a date alone includes that whole day (UTC); a time as for --since")
    parser.add_argument("--kind", action="append", choices=CALL_KINDS, default=[])
    parser.add_argument("--verdict", default="", choices=["", *VERDICTS], metavar="VERDICT",
                        help="one of: " + ", ".join(VERDICTS))
    parser.add_argument("--error-code", default="")
    parser.add_argument("--decision", default="", choices=["", *DECISIONS, UNDECIDED],
                        help="the current decision; undecided: the entries that can be decided on and have no "
                             "decision yet (not a token, nor an error that says nothing of the applicant, nor an "
                             "outcome unknown)")
    parser.add_argument("--profile", default="", help="the profile the call was made with")
    parser.add_argument("--status", default="", choices=["", *STATUSES])


def add_parser(sub: Any) -> None:
    """``history`` and its sub-commands."""
    history = sub.add_parser("history", help="list, show and export the journal of every call; record decisions")
    commands = history.add_subparsers(dest="history_command", required=True)
    listing = commands.add_parser("list", help="entries newest first (identifiers masked)")
    _add_filters(listing)
    listing.add_argument("--limit", type=at_least_one, default=50, help="at most this many entries (default 50)")
    listing.add_argument("--offset", type=not_negative, default=0, help="skip this many entries first (default 0)")
    listing.add_argument("--sort", choices=SORT_COLUMNS, default="created_at")
    listing.add_argument("--ascending", action="store_true")
    show = commands.add_parser("show", help="one entry: parameters, answer, photos' SHA-256, decisions, audit")
    show.add_argument("entry", type=int)
    show.add_argument("--unmask", action="store_true", help="show ID number, name and uuid in full (audited)")
    out = commands.add_parser("export", help="the filtered history as CSV or JSON (ID numbers masked)")
    _add_filters(out)
    out.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
    out.add_argument("--output", metavar="FILE",
                     help="file to write (default, or -: standard output); an existing file is kept unless "
                          "--overwrite is given")
    out.add_argument("--overwrite", action="store_true", help="replace the --output file when it exists")
    out.add_argument("--unmask", action="store_true", help="export ID numbers, names and uuids in full (audited)")
    decide = commands.add_parser("decide", help="record a decision on an entry (over a current one only with "
                                                "--supersede)")
    decide.add_argument("entry", type=int)
    decide.add_argument("decision", choices=DECISIONS)
    decide.add_argument("--reason", required=True, help="one of the configured reasons (see 'history reasons')")
    decide.add_argument("--note", default="")
    decide.add_argument("--against-verdict", action="store_true",
                        help="approve an entry whose verdict is not a match (the window asks the same first)")
    decide.add_argument("--supersede", type=at_least_one, metavar="ID",
                        help="the id of the entry's current decision, to record this one over it ('history show "
                             "ENTRY' lists the decisions with their ids, the current one first); without it, an entry "
                             "decided already is refused, and with it, one decided again since (exit 2)")
    listed = commands.add_parser("reasons", help="the configured decision reasons, each with the decisions it fits "
                                                 "(a team's own reason fits any)")
    shown = listed.add_mutually_exclusive_group()
    shown.add_argument("--json", dest="form", action="store_const", const="json",
                       help='print [{"reason": ..., "decisions": [...]}, ...] (the default when standard output is '
                            "not a terminal)")
    shown.add_argument("--summary", dest="form", action="store_const", const="summary",
                       help="print a reason a line with the decisions it fits (the default on a terminal)")
    resend = commands.add_parser("resend", help="send an entry whose outcome is unknown again (a new, linked entry)")
    resend.add_argument("entry", type=int)
    resend.add_argument("--base-url", help="service base URL (default: the entry's)")
    resend.add_argument("--profile", default=None, help="connection profile (default: the entry's)")
    resend.add_argument("--timeout", type=seconds, default=60.0, metavar="SECONDS",
                        help=f"how long to wait for the answer, {MIN_TIMEOUT_SECONDS:g} to {MAX_TIMEOUT_SECONDS:g} "
                             "seconds (default 60)")


def filter_from(args: argparse.Namespace) -> HistoryFilter:
    from .store import CallKind, HistoryFilter

    until = args.until
    if isinstance(until, _Day):
        until = datetime.datetime.combine(until.date() + datetime.timedelta(days=1), datetime.time(0))
    return HistoryFilter(
        text=args.search, idcard_name=args.idcard_name, idcard_number=args.idcard_number, uuid=args.uuid,
        biz_no=args.biz_no, biz_id=args.biz_id, request_id=args.request_id, since=args.since, until=until,
        kinds=tuple(CallKind(k) for k in args.kind), verdict=args.verdict, error_code=args.error_code,
        decision=args.decision, profile=args.profile, status=args.status,
    )


# --- output --------------------------------------------------------------------------------------------


def _print(data: Any) -> None:
    from .api import redact

    print(redact(json.dumps(data, ensure_ascii=not stdout_takes_unicode(), indent=2, default=str)))


def mask_tree(value: Any) -> Any:
    """A copy of a stored answer or parameters with identifiers masked wherever they appear."""
    from .api.identity import mask_idcard_number, mask_name, mask_uuid

    maskers: dict[str, Callable[[str], str]] = {
        "idcard_number": mask_idcard_number, "idcard_name": mask_name, "uuid": mask_uuid,
    }
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if isinstance(item, str) and key in maskers:
                out[key] = maskers[key](item)
            elif key == "idcard_info" and isinstance(item, dict):
                out[key] = {k: "***" for k in item}
            else:
                out[key] = mask_tree(item)
        return out
    if isinstance(value, list):
        return [mask_tree(v) for v in value]
    return value


def summary(entry: HistoryEntry, unmasked: bool = False, in_flight: CallsInFlight | None = None,
            resent_as: EntryId | None = None) -> dict[str, Any]:
    """The entry as ``history list`` prints it; ``in_flight``: the calls this process sent (none, by default), to
    tell a pending entry still awaited from one whose outcome is unknown, as the window's History does;
    ``resent_as``: the entry that sent it again, if one did (``HistoryReader.resends``)."""
    from .store import export
    from .store.journal import CallsInFlight

    row = export.row(entry, unmasked)
    standing = CallsInFlight() if in_flight is None else in_flight
    if standing.awaited(entry) is not None:
        row["outcome"] = OUTCOME_AWAITED
    elif entry.outcome_unknown:
        row["outcome"] = OUTCOME_UNKNOWN if resent_as is None else OUTCOME_RESENT.format(entry=resent_as)
    else:
        row["outcome"] = entry.status.value
    # Both ways of the link: the entry this one sends again, and the one that sent this one again.
    row["resend_of"], row["resent_as"] = entry.resend_of, resent_as
    return row


def reasons_with_decisions(reasons: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Each reason with the decisions it fits, in ``DECISIONS``' order: 'history decide' refuses any other."""
    from .store.decisions import reason_fits
    from .store.records import DecisionKind

    return [(reason, tuple(d for d in DECISIONS if reason_fits(reason, DecisionKind(d)))) for reason in reasons]


def reasons_summary(fitting: list[tuple[str, tuple[str, ...]]]) -> str:
    """The reasons as 'history reasons' lists them on a terminal: a reason a line, after the decisions it fits (a
    column of ASCII words, so it lines up whatever script a team's own reasons are written in)."""
    from .api import redact

    heading = "decisions it fits"
    width = max([len(heading), *(len(", ".join(decisions)) for _, decisions in fitting)])
    lines = [f"{heading:<{width}}  reason",
             *(f"{', '.join(decisions):<{width}}  {reason}" for reason, decisions in fitting)]
    return redact("\n".join(lines))


def _detail(store: HistoryStore, entry: HistoryEntry, unmasked: bool) -> dict[str, Any]:
    from .store import export

    images = store.history.images(entry.id)
    again = store.history.resent_as(entry.id)
    return {
        **summary(entry, unmasked, store.in_flight, None if again is None else again.id),
        "base_url": entry.base_url,
        "parameters": dict(entry.parameters) if unmasked else mask_tree(dict(entry.parameters)),
        "response": entry.response if unmasked else mask_tree(entry.response),
        "error": entry.error,
        "images": [{"field": i.field, "sha256": i.sha256, "media_type": i.media_type,
                    "kept": "full" if i.data else ("thumbnail" if i.thumbnail else "hash only")} for i in images],
        "decisions": [{"decision": d.decision.value, "reason": d.reason,
                       "note": d.note if unmasked else export.mask_note(d.note, entry), "operator": d.operator,
                       "decided_at": d.decided_at.isoformat(timespec="seconds") + "Z", "id": d.id,
                       "supersedes": d.supersedes} for d in store.history.decision_trail(entry.id)],
        "audit": [{"at": e.at.isoformat(timespec="seconds") + "Z", "operator": e.operator, "action": e.action,
                   "detail": e.detail} for e in store.audit_events(entry.id)],
    }


# --- commands ------------------------------------------------------------------------------------------


#: Connects as the command line does, from (base_url or None, profile name, timeout): a context manager
#: whose value has the FaceIDClient as ``.client`` and whether its host charges calls as ``.billable``.
ClientFactory = Callable[[str | None, str | None, float], AbstractContextManager[Any]]


def run(args: argparse.Namespace, make_client: ClientFactory) -> int:
    """Run a ``history`` sub-command."""
    store = open_store()
    try:
        return _run(store, args, make_client)
    finally:
        store.close()


def _run(store: HistoryStore, args: argparse.Namespace, make_client: ClientFactory) -> int:
    from .api import FaceIDError
    from .store import EntryId, SortColumn, export
    from .store.decisions import (
        APPROVABLE_VERDICTS,
        DecidedMeanwhile,
        DecisionError,
        NothingToSupersede,
        UndecidableEntry,
    )
    from .store.history import decidable
    from .store.records import DecisionKind

    command = args.history_command
    if command == "list":
        f = filter_from(args)
        entries = store.history.page(f, args.offset, args.limit, SortColumn(args.sort), not args.ascending)
        resends = store.history.resends([e.id for e in entries])  # one query for the page, not one per entry
        _print({"total": store.history.count(f), "entries": [summary(e, in_flight=store.in_flight,
                                                                     resent_as=resends.get(e.id)) for e in entries]})
        return EXIT_OK
    if command == "export":
        fmt = export.ExportFormat(args.format)
        f = filter_from(args)
        if args.output == "":  # Path("") is the current folder: "cannot write '.'" named neither the flag nor why
            raise FaceIDError.input("output", "--output: the file name is empty; give a file to write, or leave "
                                              "--output out (or give -) for standard output")
        if args.output is None or args.output == "-":  # "-" is standard output, as for other tools
            export.write(store.engine, f, fmt, sys.stdout, unmasked=args.unmask, operator=store.operator,
                         ascii_only=not stdout_takes_unicode(),
                         destination="standard output")
        else:
            count = _export_to_file(store, f, fmt, Path(args.output), args.unmask, overwrite=args.overwrite)
            print(json.dumps({"exported": count, "file": args.output, "masked": not args.unmask}),
                  file=sys.stderr)
        return EXIT_OK
    if command == "reasons":
        fitting = reasons_with_decisions(store.reasons())
        if args.form == "summary" or (args.form is None and sys.stdout.isatty()):
            print(reasons_summary(fitting))
        else:
            _print([{"reason": reason, "decisions": list(decisions)} for reason, decisions in fitting])
        return EXIT_OK
    entry = store.history.entry(EntryId(args.entry))
    if entry is None:
        raise FaceIDError.input("entry", f"There is no history entry {args.entry}.")
    if command == "show":
        if args.unmask:
            from .store import audit

            with store.engine.begin() as connection:
                audit.append(connection, store.operator, "entry.unmasked", entry.id)
        _print(_detail(store, entry, args.unmask))
        return EXIT_OK
    if command == "decide":
        decision = DecisionKind(args.decision)
        against = decision is DecisionKind.APPROVE and entry.verdict not in APPROVABLE_VERDICTS
        if against and decidable(entry) and not args.against_verdict:  # one no one can decide is refused below
            raise FaceIDError.input("entry", f"Entry {entry.id}'s verdict is {entry.verdict or 'none'}: approving it "
                                             "goes against it. Add --against-verdict to record it anyway.")
        try:
            # Over the current decision only when --supersede names it: a script never overrides a reviewer unaware,
            # and the id is checked under the entry's lock, so one recorded since is caught too.
            store.decide(entry.id, decision, args.reason, args.note, shown_current=args.supersede)
        except UndecidableEntry as exc:  # capitalize() would lower the rest: an error code keeps its case
            why = str(exc)
            raise FaceIDError.input("entry", f"{why[:1].upper()}{why[1:]}.") from None
        except DecidedMeanwhile as exc:
            raise _decided_already(exc, args.supersede) from None
        except NothingToSupersede as exc:
            raise FaceIDError.input("supersede", f"Entry {exc.entry} has no decision yet, so --supersede {exc.named} "
                                                 "names none of its decisions; nothing was recorded. Leave "
                                                 "--supersede out to decide it.") from None
        except DecisionError as exc:
            raise FaceIDError.input("reason", f"{exc}; see 'faceid-console history reasons'.") from None
        _print(_detail(store, store.history.entry(entry.id) or entry, False))
        return EXIT_OK
    return _resend(store, entry, args, make_client)


def _decided_already(refused: DecidedMeanwhile, named: int | None) -> FaceIDError:
    """``history decide`` refused: the entry's current decision is not ``named`` (the ``--supersede`` given, if any);
    who decided what, when and why, and the ``--supersede`` that records the new decision over it."""
    from .api import FaceIDError

    entry, current = refused.entry, refused.current
    what = (f"{current.decision.value} by {current.operator} at {current.decided_at.isoformat(timespec='seconds')}Z, "
            f'reason "{current.reason}" (decision {current.id})')
    if named is None:
        return FaceIDError.input("entry", f"Entry {entry} has a decision already: {what}; nothing was recorded. To "
                                          f"record yours over it, add --supersede {current.id} (see 'faceid-console "
                                          f"history show {entry}').")
    return FaceIDError.input("supersede", f"Decision {named} is not entry {entry}'s current one: that is {what}, "
                                          "recorded since or named wrongly; nothing was recorded. Check it with "
                                          f"'faceid-console history show {entry}', and to record yours over it, add "
                                          f"--supersede {current.id}.")


def _export_to_file(store: HistoryStore, f: HistoryFilter, fmt: Any, path: Path, unmasked: bool, *,
                    overwrite: bool = False) -> int:
    """``history export --output``: a path that cannot be written is an input error naming it (nothing is written);
    an existing file is replaced only with ``overwrite`` (the window asks first too)."""
    from .api import FaceIDError
    from .store import export

    folder = path.parent
    if not folder.is_dir():
        raise FaceIDError.input("output", f"--output: the folder {str(folder)!r} does not exist; create it or choose "
                                          "another")
    if not overwrite and (path.exists() or path.is_symlink()):
        raise FaceIDError.input("output", f"--output: {str(path)!r} exists already and was left as it is; add "
                                          "--overwrite to replace it, or choose another file")
    try:
        return export.to_file(store.engine, f, fmt, path, unmasked=unmasked, operator=store.operator)
    except OSError as exc:
        raise FaceIDError.input("output", f"--output: cannot write {str(path)!r} ({exc.strerror or exc})") from None


def _resend(store: HistoryStore, entry: HistoryEntry, args: argparse.Namespace, make_client: ClientFactory) -> int:
    """Send an entry again on the operator's explicit request, as a new entry linked to the old one."""
    from .api import FaceIDError
    from .store import EntryStatus
    from .store.journal import AlreadyResent

    if not entry.outcome_unknown and entry.status is not EntryStatus.ERROR:
        raise FaceIDError.input("entry", f"Entry {entry.id} has an answer; only an entry whose outcome is unknown "
                                         "or that failed can be sent again.")
    if entry.status is EntryStatus.ERROR and entry.billed:  # a billed refusal (no face, no such ID number)
        raise FaceIDError.input("entry", f"Entry {entry.id} was answered with {entry.error_code}, and billed: sent "
                                         "again it would be billed again for the same answer. Start a new "
                                         "verification with what the answer asks to change.")
    # Every call is billed: not one whose sender may still be waiting for its answer, nor one sent again already.
    store.journal.recover()  # a pending entry whose sender has gone is unknown from here
    current = store.history.entry(entry.id) or entry
    if current.status is EntryStatus.PENDING:
        raise FaceIDError.input("entry", f"Entry {entry.id} may still be on its way: the process that sent it is "
                                         "waiting for its answer. Send it again only once its outcome shows as "
                                         "unknown (when that process ends without an answer).")
    again = store.history.resent_as(entry.id)
    if again is not None:
        raise _already_resent(entry.id, again.id, again.status.value)
    try:
        return _send_again(store, entry, args, make_client)
    except AlreadyResent as exc:  # another resend of it began meanwhile (checked again under a lock, before sending)
        raise _already_resent(exc.entry, exc.again, exc.status) from None


def _already_resent(entry: int, again: int, status: str) -> FaceIDError:
    from .api import FaceIDError

    return FaceIDError.input("entry", f"Entry {entry} was already sent again, as entry {again} ({status}); resend "
                                      f"entry {again} if it has no answer either.")


def _send_again(store: HistoryStore, entry: HistoryEntry, args: argparse.Namespace, make_client: ClientFactory) -> int:
    """``_resend`` once the entry may be sent again: a new entry, linked to ``entry``, sent and printed."""
    from .api import FaceIDError, GetImageType, GetResultRequest
    from .cli import to_jsonable
    from .store import CallKind

    params = dict(entry.parameters)
    profile = args.profile or entry.profile
    # the built-in engine's port changes from run to run: its profile finds the running one
    base_url = args.base_url or (None if entry.profile == "local-engine" else entry.base_url or None)
    with make_client(base_url, profile, args.timeout) as connection:
        client = connection.client
        if entry.kind is CallKind.GET_RESULT:
            request = GetResultRequest(params.get("biz_id", ""), GetImageType(int(params.get("get_image_type", "0"))))
            request.validate()
            answer: Any = journaled(CallKind.GET_RESULT, profile=profile, params=request.query(), images={},
                                    send=lambda: client.get_result(request), base_url=client.base_url,
                                    resend_of=entry.id, policy_level=_settings_policy_level(),
                                    billable=connection.billable)
        elif entry.kind is CallKind.VERIFY:
            images = {i.field: i.data for i in store.history.images(entry.id)}
            if any(data is None for data in images.values()) or "image" not in images:
                raise FaceIDError.input("entry", f"Entry {entry.id}'s photos were not kept in full (retention), "
                                                 "so it cannot be sent again; start a new verification.")
            verify = _verify_request(params, {k: v for k, v in images.items() if v is not None})
            verify.validate()
            prepared = prepare_images(verify.image_fields())
            answer = journaled(CallKind.VERIFY, profile=profile, params=verify.form_fields(), images=prepared,
                               send=lambda: client.verify(verify, prepared=prepared), base_url=client.base_url,
                               resend_of=entry.id, policy_level=_settings_policy_level(), billable=connection.billable)
        else:
            raise FaceIDError.input("entry", f"A {entry.kind.value} call is not resent from the history; "
                                             "start a new one.")
    _print(to_jsonable(answer))
    return EXIT_OK


def _verify_request(params: Mapping[str, str], images: Mapping[str, bytes]) -> VerifyRequest:
    from .api import ComparisonType, VerifyRequest

    def flag(name: str) -> bool | None:
        return None if name not in params else params[name] == "1"

    threshold = params.get("face_quality_threshold")
    return VerifyRequest(
        comparison_type=ComparisonType(int(params["comparison_type"])), image=images["image"],
        uuid=params.get("uuid"), idcard_name=params.get("idcard_name"), idcard_number=params.get("idcard_number"),
        image_ref1=images.get("image_ref1"), image_ref2=images.get("image_ref2"), image_ref3=images.get("image_ref3"),
        fail_when_multiple_faces=flag("fail_when_multiple_faces"),
        face_quality_threshold=None if threshold is None else int(threshold), return_faces=flag("return_faces"),
        multi_oriented_detection=flag("multi_oriented_detection"),
        fail_when_ref_multiple_faces=flag("fail_when_ref_multiple_faces"),
    )


def replace_images(request: T, prepared: Mapping[str, PreparedImage]) -> T:
    """The request with its photos replaced by the prepared bytes (so what is sent is what is hashed)."""
    return dataclasses.replace(request, **{name: image.data for name, image in prepared.items()})  # type: ignore[type-var]
