"""The result model: one analysed article, every fact with character offsets into ``text``.

This module is the one contract between the NLP side (components fill it) and everything
downstream (store, API, UI). Offsets are Python ``str`` indexes into :attr:`Document.text`,
end-exclusive, so ``doc.text[start:end]`` is always the span's surface text.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "chronik/1"

Span = Annotated[list[int], Field(min_length=2, max_length=2, description="[start, end), str indexes")]

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
GeoKind = Literal["country", "admin1", "city", "site"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuantityKind = Literal["money", "percent", "count", "duration", "measure"]
QuoteKind = Literal["direct", "indirect", "reported", "partial"]
Modality = Literal["asserted", "planned", "negated", "hypothetical"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip


class _Model(BaseModel):
    # Extra fields are allowed so a component can add detail (e.g. `date_source`) without a
    # contract change; the JSON Schema still documents them as optional extras.
    model_config = ConfigDict(extra="allow")


class Geo(_Model):
    lat: float
    lon: float
    geonameid: int | None = None
    kind: GeoKind
    precision_km: float = Field(ge=0)


class Entity(_Model):
    id: str
    label: EntityLabel
    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    roles: list[str] = []
    mentions: list[Span] = []
    geo: Geo | None = None


class Timex(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value, e.g. 2024-03-14, 2024-03-14TEV, P3Y, XXXX-10-28")
    anchor: str | None = Field(None, description="what a relative value was resolved against")


class Quantity(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: QuantityKind
    value: float | None
    unit: str | None = None
    counted: str | None = None


class Quote(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: QuoteKind
    speaker: str | None = Field(None, description="entity id")
    speaker_text: str | None = None
    cue: Span | None = None


class DescribedActor(_Model):
    """An unnamed actor as the text describes it ("Demonstranten", "zwei Verdächtige", "die Polizei" less its
    article): a common noun phrase for people or a body of people, output only (not scored, no entity)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Event(_Model):
    id: str
    type: EventType
    mode: str | None = None
    trigger: Span
    sentence: int = Field(ge=0, description="index into `sentences`")
    source: list[str] = []
    target: list[str] = []
    place: str | None = Field(None, description="entity id")
    date: str | None = Field(None, description="TIMEX3 value")
    modality: Modality = "asserted"
    quantities: list[int] = Field([], description="indexes into `quantities`")
    source_groups: list[DescribedActor] = Field(
        [], description="unnamed source actors as written, only when `source` is empty (not scored)"
    )
    target_groups: list[DescribedActor] = Field(
        [], description="unnamed target actors as written, only when `target` is empty (not scored)"
    )


class Document(_Model):
    schema_: str = Field(SCHEMA_ID, alias="schema")
    id: str
    lang: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    text: str
    sentences: list[Span] = []
    entities: list[Entity] = []
    timexes: list[Timex] = []
    quantities: list[Quantity] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    warnings: list[str] = []

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_json(self, **kwargs: Any) -> str:
        return self.model_dump_json(by_alias=True, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


def text_id(text: str) -> str:
    """Stable document id: sha256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def json_schema() -> dict[str, Any]:
    schema = Document.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def write_schema(path: Path) -> None:
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
