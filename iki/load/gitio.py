"""Read a project's data files at a git revision, without a checkout and without a shell.

git runs as a subprocess with an argument list. The revision is refused when it starts with `-`
(git would read it as an option) and is then resolved with `rev-parse --verify
--end-of-options`, so what reaches `ls-tree` is always a full commit id. The files are listed
with `ls-tree` and read with one `cat-file --batch`: one process for all the blobs, the same
bytes `git show REV:PATH` prints, and nothing in the working tree changes.
"""

from __future__ import annotations

import posixpath
import subprocess
from collections.abc import Sequence
from pathlib import Path

from iki.errors import UsageError
from iki.load.project import POSITIONS_DIR, REALISATIONS_DIR, Project
from iki.load.snapshot import Snapshot, is_data_file
from iki.messages import text as message

GIT_TIMEOUT = 120
"""Seconds; reading a few dozen small files takes well under one."""

_REGULAR_FILE_MODES = ("100644", "100755")
_SYMLINK_MODE = "120000"
"""A symbolic link's blob is the path it points to. The working tree reads a symlinked data file
as the file it points to, so a revision does the same: the link is followed inside the
commit's tree (a submodule has no blob at all and is skipped)."""

MAX_LINK_HOPS = 40
"""As the kernel's own limit on a chain of symbolic links."""


def _git(repo: Path, args: Sequence[str], stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args],
            input=stdin,
            capture_output=True,
            check=False,
            timeout=GIT_TIMEOUT,
        )
    except FileNotFoundError as exc:
        raise UsageError(message("git.missing")) from exc
    except subprocess.TimeoutExpired as exc:
        raise UsageError(message("git.timeout", command=args[0], seconds=GIT_TIMEOUT)) from exc
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip()
        raise UsageError(said or message("git.failed", command=args[0]))
    return done.stdout


def _line(output: bytes) -> str:
    return output.decode("utf-8", "replace").strip()


def repository_of(project: Project) -> tuple[Path, str]:
    """The repository's top folder and the project's place in it (`""` at the top, else `a/b/`)."""
    try:
        top = _line(_git(project.root, ["rev-parse", "--show-toplevel"]))
        prefix = _line(_git(project.root, ["rev-parse", "--show-prefix"]))
    except UsageError as exc:
        reason = str(exc)
        raise UsageError(
            message("git.no_repository", folder=str(project.root), reason=reason)
        ) from exc
    return Path(top), prefix


def resolve(repo: Path, revision: str) -> str:
    """The full commit id of `revision`; a usage error when it is not a commit."""
    if not revision or revision.startswith("-"):
        raise UsageError(message("git.dash", revision=revision))
    if any(ord(c) < 32 for c in revision):
        raise UsageError(message("git.control", revision=repr(revision)))
    try:
        out = _git(
            repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"]
        )
    except UsageError as exc:
        raise UsageError(message("git.unknown", revision=revision, repo=str(repo))) from exc
    return _line(out)


def _listing(repo: Path, commit: str, prefix: str) -> list[tuple[str, str]]:
    """`(object id, project-relative name)` of every data file at `commit`, sorted by name; a
    symlinked data file names the blob its link leads to."""
    out = _git(repo, ["ls-tree", "-r", "-z", "--full-tree", commit])
    tree: dict[str, tuple[str, str]] = {}
    for entry in out.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind, oid = meta.decode("ascii").split(" ")
        if kind == "blob":
            tree[raw_path.decode("utf-8", "surrogateescape")] = (mode, oid)
    _expand_linked_folders(repo, commit, tree, prefix)
    found = []
    links = {}
    for path, (mode, oid) in tree.items():
        if not path.startswith(prefix) or not is_data_file(path[len(prefix) :]):
            continue
        if mode in _REGULAR_FILE_MODES:
            found.append((oid, path[len(prefix) :]))
        elif mode == _SYMLINK_MODE:
            links[path] = path
    for path, oid in _follow_links(repo, commit, tree, links).items():
        found.append((oid, path[len(prefix) :]))
    return sorted(found, key=lambda item: item[1])


_DATA_FOLDERS = (
    "data",
    POSITIONS_DIR.as_posix(),
    REALISATIONS_DIR.as_posix(),
)
"""The folders the working tree walks from (`Project.data_files`): when one of them is a
symbolic link, the working tree reads the folder it leads to. A link further down is not
followed there (`rglob` does not follow linked subfolders), so not here either."""


def _lead(link: str, raw: bytes) -> tuple[str, str | None]:
    """A link's own text, and the path it leads to inside the repository (None when it leads
    out of it: an absolute path, or above the root)."""
    text = raw.decode("utf-8", "surrogateescape")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(link), text))
    if posixpath.isabs(text) or target == ".." or target.startswith("../"):
        return text, None
    return text, target


def _expand_linked_folders(
    repo: Path, commit: str, tree: dict[str, tuple[str, str]], prefix: str
) -> None:
    """Add to `tree`, under each linked data folder's own path, the files of the folder its
    link leads to inside the commit, as the working tree sees them through the link."""
    for folder in _DATA_FOLDERS:
        path = prefix + folder
        mode, oid = tree.get(path, ("", ""))
        if mode != _SYMLINK_MODE:
            continue
        (raw,) = _read_blobs(repo, [oid])
        text, target = _lead(path, raw)
        if target is None:
            raise UsageError(
                message("git.link_outside", path=path, commit=commit[:12], target=text)
            )
        inside = target + "/"
        for name, entry in list(tree.items()):
            if name.startswith(inside):
                tree.setdefault(path + "/" + name[len(inside) :], entry)


def _follow_links(
    repo: Path, commit: str, tree: dict[str, tuple[str, str]], links: dict[str, str]
) -> dict[str, str]:
    """The blob each symlinked data file leads to, following chains of links in the tree.

    `links` maps each data file to the link being followed (at first, itself). A link out of
    the repository, to a file missing at that commit, or in a loop is refused, as it would
    be if the working tree were read at that commit."""
    resolved: dict[str, str] = {}
    for _ in range(MAX_LINK_HOPS):
        if not links:
            return resolved
        names = list(links.items())
        targets = _read_blobs(repo, [tree[current][1] for _, current in names])
        links = {}
        for (path, current), raw in zip(names, targets, strict=True):
            text, lead = _lead(current, raw)
            if lead is None:
                raise UsageError(
                    message("git.link_outside", path=path, commit=commit[:12], target=text)
                )
            target = lead
            mode, oid = tree.get(target, ("", ""))
            for _ in range(MAX_LINK_HOPS):
                if mode:
                    break
                # `../../bersama/x.yaml` where `bersama` is itself a link to a folder: the kernel
                # follows it in the working tree, so the revision must too.
                moved = _through_linked_folder(repo, commit, tree, path, target)
                if moved is None:
                    break
                target = moved
                mode, oid = tree.get(target, ("", ""))
            if mode in _REGULAR_FILE_MODES:
                resolved[path] = oid
            elif mode == _SYMLINK_MODE:
                links[path] = target
            else:
                raise UsageError(
                    message("git.link_missing", path=path, commit=commit[:12], target=text)
                )
    raise UsageError(message("git.link_loop", paths=tuple(sorted(links)), commit=commit[:12]))


def _through_linked_folder(
    repo: Path, commit: str, tree: dict[str, tuple[str, str]], path: str, target: str
) -> str | None:
    """`target` with its first folder that is a symbolic link replaced by where it leads;
    None when no folder on the way is a link."""
    parts = target.split("/")
    for end in range(1, len(parts)):
        folder = "/".join(parts[:end])
        mode, oid = tree.get(folder, ("", ""))
        if mode != _SYMLINK_MODE:
            continue
        (raw,) = _read_blobs(repo, [oid])
        text, lead = _lead(folder, raw)
        if lead is None:
            raise UsageError(
                message(
                    "git.link_through_outside",
                    path=path,
                    commit=commit[:12],
                    folder=folder,
                    target=text,
                )
            )
        return posixpath.normpath(posixpath.join(lead, *parts[end:]))
    return None


def _read_blobs(repo: Path, oids: Sequence[str]) -> list[bytes]:
    if not oids:
        return []
    out = _git(repo, ["cat-file", "--batch"], stdin="".join(f"{oid}\n" for oid in oids).encode())
    blobs = []
    at = 0
    for oid in oids:
        header_end = out.index(b"\n", at)
        got_oid, kind, size = out[at:header_end].decode("ascii").split(" ")
        if got_oid != oid or kind != "blob":  # pragma: no cover - git answers in order
            raise UsageError(f"git cat-file answered {got_oid} {kind} for {oid}")
        start = header_end + 1
        blobs.append(out[start : start + int(size)])
        at = start + int(size) + 1  # each blob is followed by a newline
    return blobs


def revision_snapshot(project: Project, revision: str) -> Snapshot:
    """The project's data files as committed at `revision`.

    The project is looked for at the same place in the repository as it is now; at a revision
    from before the project existed, the snapshot is empty and everything shows as added.
    """
    repo, prefix = repository_of(project)
    commit = resolve(repo, revision)
    listing = _listing(repo, commit, prefix)
    blobs = _read_blobs(repo, [oid for oid, _ in listing])
    files = tuple((name, blob) for (_, name), blob in zip(listing, blobs, strict=True))
    return Snapshot(revision, commit, files)
