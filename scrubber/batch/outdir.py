"""The output folder of a run, and how a killed run is resumed from it.

Files: ``command.json`` (the run's fingerprint), the shards, ``manifest.jsonl`` (one line per
finished chunk), ``errors.jsonl``, ``dropped.jsonl``, ``site-stats.json.gz`` (``--learn-sites``
only) and, once the run is complete, ``stats.json``.

Resuming. Chunks are committed in input order, each in three steps: its shard is renamed into
place (by the worker: temp name, fsync, rename); its error and dropped entries are appended to
``errors.jsonl`` and ``dropped.jsonl`` and fsynced; then one manifest line, which records the
two files' sizes after the append, is appended and fsynced. That last write is the commit. A
new session reads the manifest (dropping a torn last line), cuts ``errors.jsonl`` and
``dropped.jsonl`` back to the sizes the last line records, deletes temporary files, and redoes
every chunk the manifest does not list: a redone shard is rewritten with the same bytes. So a
``kill -9`` at any moment loses no record and duplicates none.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import IO, Any

from .. import __version__
from .config import RunConfig, UsageError
from .plan import SHARD_NAME
from .readers import Source
from .records import json_line
from .stats import Tally
from .worker import ChunkResult, fsync_dir

COMMAND, MANIFEST, STATS = "command.json", "manifest.jsonl", "stats.json"
ERRORS, DROPPED, LOCK = "errors.jsonl", "dropped.jsonl", ".lock"
#: The statistics a ``--learn-sites`` run counted (see ``sites.py``).
SITE_STATS = "site-stats.json.gz"
#: Version of the output layout; a change refuses to resume older folders.
LAYOUT = 1


def fingerprint(args: list[str], sources: list[Source], config: RunConfig,
                site_stats_sha256: str | None = None) -> dict[str, Any]:
    """What makes two runs the same: arguments, input files (path, size, mtime), configuration,
    the content hash of ``--site-stats`` and scrubber's version. ``--jobs`` and ``--quiet``
    change no output byte: not part of it."""
    digest = hashlib.sha256()
    for s in sources:
        line = [s.path, os.path.abspath(s.path), s.kind, s.size, s.mtime_ns]
        digest.update(json.dumps(line).encode() + b"\n")
    fp = {"layout": LAYOUT, "scrubber": __version__, "inputs": args,
          "files": len(sources), "files_sha256": digest.hexdigest(),
          "config": json.loads(json.dumps(config.to_dict()))}
    if site_stats_sha256 is not None:  # absent otherwise: older runs keep their fingerprint
        fp["site_stats_sha256"] = site_stats_sha256
    return fp


def _short(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _changed(name: str, old: Any, new: Any) -> str:
    """An option that differs; for a group of options (``sites``), the members that do."""
    if isinstance(old, dict) and isinstance(new, dict):
        inner = [k for k in {**old, **new} if old.get(k) != new.get(k)]
        return f"{name} ({', '.join(inner)})"
    return name


def _difference(old: dict[str, Any], new: dict[str, Any]) -> str:
    if old.get("inputs") != new["inputs"]:
        return f"inputs {_short(old.get('inputs'))} here, {_short(new['inputs'])} now"
    if old.get("config") != new["config"]:
        before = old.get("config") or {}
        names = [*new["config"], *(k for k in before if k not in new["config"])]
        changed = [_changed(k, before.get(k), new["config"].get(k)) for k in names
                   if before.get(k) != new["config"].get(k)]
        return "options differ: " + ", ".join(changed)
    if old.get("site_stats_sha256") != new.get("site_stats_sha256"):
        return "other site statistics (--site-stats file content)"
    if old.get("files") != new["files"] or old.get("files_sha256") != new["files_sha256"]:
        return "the input files changed since the run began (list, size or modification time)"
    return f"made by scrubber {old.get('scrubber')} (layout {old.get('layout')})"


def write_atomic(path: str, data: bytes) -> None:
    temp = f"{path}.{os.getpid()}.tmp"
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    fsync_dir(os.path.dirname(path) or ".")


@contextmanager
def locked(outdir: str) -> Iterator[None]:
    """Hold OUTDIR's lock: waits for another run, or the workers of a killed one, to end."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(os.path.join(outdir, LOCK), "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"scrubber run: {outdir} is in use (another run, or the workers of a killed "
                  "one, still writing); waiting", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _ours(name: str) -> bool:
    return (name in (COMMAND, MANIFEST, STATS, ERRORS, DROPPED, SITE_STATS)
            or name.endswith(".tmp")
            or SHARD_NAME.match(name) is not None)


def prepare(outdir: str, fp: dict[str, Any], overwrite: bool) -> None:
    """Check that OUTDIR can take this run (refuse a different one), then record ``fp``.

    ``command.json`` is written before anything else and removed after everything else, so a
    folder with shards always says which command made them.
    """
    command = os.path.join(outdir, COMMAND)
    names = [n for n in os.listdir(outdir) if n != LOCK]
    if os.path.exists(command):
        with open(command, encoding="utf-8") as handle:
            old = json.load(handle)
        if old == fp and not overwrite:
            return
        if not overwrite:
            raise UsageError(f"scrubber run: {outdir} holds a different run ({_difference(old, fp)}"
                             "); use --overwrite to start over, or another OUTDIR")
    elif not all(_ours(name) for name in names):
        with suppress(FileNotFoundError):  # leave a folder that is not ours as it was
            os.remove(os.path.join(outdir, LOCK))
        raise UsageError(f"scrubber run: {outdir} is not empty and holds no scrubber run; "
                         "choose a new or empty OUTDIR")
    elif not overwrite and not all(name.endswith(".tmp") for name in names):
        raise UsageError(f"scrubber run: {outdir} holds part of a run but no {COMMAND}; "
                         "use --overwrite to start over")
    for name in sorted(names, key=lambda n: n == COMMAND):
        if _ours(name):
            os.remove(os.path.join(outdir, name))
    write_atomic(command, json.dumps(fp, indent=1).encode())


@dataclass
class Resumed:
    """What the manifest says is finished."""

    done: set[str] = field(default_factory=set)
    shards: set[str] = field(default_factory=set)
    total: Tally = field(default_factory=Tally)
    errors_size: int = 0
    dropped_size: int = 0
    #: The longest elapsed time seen per session: their sum is the run's time.
    sessions: dict[str, float] = field(default_factory=dict)
    #: Input bytes on disk of the finished chunks (for progress).
    done_bytes: int = 0


def _manifest_lines(path: str) -> Iterator[dict[str, Any]]:
    """The manifest's complete lines; a torn last line (a kill during its write) is cut off."""
    if not os.path.exists(path):
        return
    good = 0
    with open(path, "rb") as handle:
        for raw in handle:
            try:
                entry = json.loads(raw) if raw.endswith(b"\n") else None
            except json.JSONDecodeError:
                entry = None
            if entry is None:
                break
            good += len(raw)
            yield entry
    if good != os.path.getsize(path):
        os.truncate(path, good)


def committed(outdir: str) -> tuple[int, int]:
    """How many chunks the manifest lists, and how many documents they hold: what a stopped
    session leaves done (read from the file, which a signal cannot leave half-updated)."""
    chunks = documents = 0
    for entry in _manifest_lines(os.path.join(outdir, MANIFEST)):
        chunks += 1
        documents += int(entry["tally"].get("documents_in", 0))
    return chunks, documents


def resume(outdir: str) -> Resumed:
    """Read the manifest, and bring the folder back to the state its last line records."""
    state = Resumed()
    for entry in _manifest_lines(os.path.join(outdir, MANIFEST)):
        state.done.add(entry["chunk"])
        if entry["shard"]:
            state.shards.add(entry["shard"])
        state.total.add(Tally.from_dict(entry["tally"]))
        state.done_bytes += entry.get("file_bytes", 0)
        state.errors_size, state.dropped_size = entry["errors_size"], entry["dropped_size"]
        session = entry["session"]
        state.sessions[session] = max(state.sessions.get(session, 0.0), entry["elapsed"])
    for name, size in ((ERRORS, state.errors_size), (DROPPED, state.dropped_size)):
        path = os.path.join(outdir, name)
        with open(path, "ab"):  # create it: both files exist in every run folder
            pass
        if os.path.getsize(path) > size:
            os.truncate(path, size)
    for name in os.listdir(outdir):
        if name.endswith(".tmp"):
            os.remove(os.path.join(outdir, name))
    return state


def _append(handle: IO[bytes], entries: list[dict[str, Any]]) -> int:
    if entries:
        handle.write(b"".join(json_line(e) for e in entries))
        handle.flush()
        os.fsync(handle.fileno())
    return handle.tell()


class Committer:
    """Appends finished chunks to the folder, in input order (see the module's docstring)."""

    def __init__(self, outdir: str, state: Resumed, session: str) -> None:
        self.state = state
        self.session = session
        self._errors = open(os.path.join(outdir, ERRORS), "ab")  # noqa: SIM115 (closed in close)
        self._dropped = open(os.path.join(outdir, DROPPED), "ab")  # noqa: SIM115
        self._manifest = open(os.path.join(outdir, MANIFEST), "ab")  # noqa: SIM115

    def commit(self, result: ChunkResult, elapsed: float) -> None:
        entry = {
            "chunk": result.key, "shard": result.shard, "source": result.source,
            "file_bytes": result.file_bytes, "tally": result.tally.to_dict(),
            "errors_size": _append(self._errors, result.errors),
            "dropped_size": _append(self._dropped, result.dropped),
            "session": self.session, "elapsed": round(elapsed, 3),
        }
        _append(self._manifest, [entry])
        self.state.done.add(result.key)
        if result.shard:
            self.state.shards.add(result.shard)
        self.state.total.add(result.tally)
        self.state.done_bytes += result.file_bytes
        self.state.sessions[self.session] = elapsed

    def close(self) -> None:
        for handle in (self._errors, self._dropped, self._manifest):
            handle.close()


def finish(outdir: str, state: Resumed, stats: dict[str, Any]) -> None:
    """Remove shards no manifest line names (left by an earlier session), write stats.json.
    A skipped file's name that is not UTF-8 (a lone surrogate) is written as its JSON escape,
    as in the other files of the run."""
    for name in os.listdir(outdir):
        if SHARD_NAME.match(name) and name not in state.shards:
            os.remove(os.path.join(outdir, name))
    text = json.dumps(stats, indent=1, ensure_ascii=False)
    write_atomic(os.path.join(outdir, STATS), text.encode("utf-8", "backslashreplace"))


def finished(outdir: str) -> dict[str, Any] | None:
    """The stats of a complete run in OUTDIR, or ``None``."""
    path = os.path.join(outdir, STATS)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        stats: dict[str, Any] = json.load(handle)
    return stats if stats.get("complete") else None
