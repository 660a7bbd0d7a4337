"""Relations and claims as the extraction stages produce them, before they become record dicts."""

from __future__ import annotations

from dataclasses import dataclass

from actormap.extract.actors import Actor
from actormap.model.record import ClaimRecord, RelationRecord


@dataclass
class Relation:
    """A typed link between two actors, with the span that says so and who asserts it."""

    type: str
    source: Actor
    target: Actor
    evidence: tuple[int, int]
    label: str | None = None
    attributed_to: Actor | None = None

    def to_record(self) -> RelationRecord:
        return {
            "type": self.type,
            "source": self.source.id,
            "target": self.target.id,
            "label": self.label,
            "attributed_to": self.attributed_to.id if self.attributed_to is not None else None,
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]},
        }


@dataclass
class Claim:
    """A number asserted about an actor: value (and upper bound of a range), unit, hedge, claimant."""

    subject: Actor
    value: float
    unit: str
    unit_class: str
    qualifier: str
    evidence: tuple[int, int]
    claimant: Actor | None = None
    value_max: float | None = None

    def to_record(self) -> ClaimRecord:
        record: ClaimRecord = {
            "subject": self.subject.id,
            "value": _plain(self.value),
            "unit": self.unit,
            "unit_class": self.unit_class,
            "qualifier": self.qualifier,
            "claimant": self.claimant.id if self.claimant is not None else None,
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]},
        }
        if self.value_max is not None:
            record["value_max"] = _plain(self.value_max)
        return record


def _plain(value: float) -> float:
    """12000.0 prints as 12000 in JSON."""
    return int(value) if float(value).is_integer() else value  # type: ignore[return-value]
