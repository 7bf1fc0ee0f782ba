"""What a jabatan's title says about its place in the office: head, second tier, section, staff.

Indonesian regional offices name their positions by a fixed pattern (Permendagri on the
structure of perangkat daerah): a Kepala Dinas, Kepala Badan or Camat heads the office; a
Sekretaris and the Kepala Bidang (or Kepala Bagian) answer to the head; a Kepala Sub Bagian
answers to the Sekretaris (or to a Kepala Bagian), a Kepala Seksi or Kepala Sub Bidang to a
Kepala Bidang (in a kecamatan, which has no bidang, to the Camat); everyone else is staff. The
importer infers `atasan` from this, and `iki validate` names the highest title as the head when
several positions have no `atasan`.

Only the start of the title is read, since that is where the pattern stands: "Kasubag
Keuangan … yang dikepalai oleh Kepala Sub Bagian …" is a Kasubag.
"""

from __future__ import annotations

import re
from enum import Enum


class Kind(Enum):
    HEAD = "kepala"
    SECRETARY = "sekretaris"
    DIVISION = "kepala bidang"
    DEPARTMENT = "kepala bagian"
    SUBDEPARTMENT = "kepala sub bagian"
    SECTION = "kepala seksi"
    STAFF = "staf"
    UNKNOWN = "tidak dikenali"
    """A "Kepala …" of a unit the pattern does not place (an UPT, a school): not guessed."""


_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (Kind.SUBDEPARTMENT, r"(kepala sub ?bag(ian)?|kasu?bb?ag|kasub bag)\b"),
        (Kind.SECTION, r"(kepala seksi|kasie?|kepala sub ?bidang|kasu?bb?id)\b"),
        (Kind.DIVISION, r"(kepala bidang|kabid|inspektur pembantu|irban)\b"),
        (Kind.DEPARTMENT, r"(kepala bagian|kabag)\b"),
        (Kind.SECRETARY, r"(sekretaris|sekdis|sekban|sekcam|seklur)\b"),
        (
            Kind.HEAD,
            r"((kepala|plt\.? kepala|pj\.? kepala) (dinas|badan|kantor|satuan|pelaksana|"
            r"kecamatan|kelurahan)|kadis|kaban|camat|lurah|inspektur|direktur)\b",
        ),
        (Kind.UNKNOWN, r"(kepala|plt|pj)\b"),
    )
)

RANKS = {
    Kind.HEAD: 1,
    Kind.SECRETARY: 2,
    Kind.DIVISION: 2,
    Kind.DEPARTMENT: 2,
    Kind.SUBDEPARTMENT: 3,
    Kind.SECTION: 3,
    Kind.STAFF: 4,
}
"""1 heads the office; a larger number stands lower. UNKNOWN has no rank."""


def kind(title: str) -> Kind:
    """The kind of position a jabatan names, from the start of its title."""
    text = re.sub(r"\s+", " ", title).strip().lower()
    text = re.sub(r"^\d{1,3}\s*[.)]?\s*", "", text)
    for found, pattern in _PATTERNS:
        if pattern.match(text):
            return found
    return Kind.STAFF


_SUBUNIT_HEAD = re.compile(r"(?:(?:plt|pj)\.? )?(?:lurah|kepala kelurahan)\b")


def heads_a_subunit(title: str) -> bool:
    """A Lurah heads an office of their own, but a kelurahan is part of a kecamatan: where a
    Camat (or any other head) stands in the same document, the Lurah answers to them."""
    text = re.sub(r"\s+", " ", title).strip().lower()
    text = re.sub(r"^\d{1,3}\s*[.)]?\s*", "", text)
    return _SUBUNIT_HEAD.match(text) is not None


def rank(title: str) -> int | None:
    """1 for the head of the office, 2 for the second tier, 3 for sections, 4 for staff."""
    return RANKS.get(kind(title))
