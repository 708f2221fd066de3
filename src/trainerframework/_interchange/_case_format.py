"""The CASE 1.1 package as :func:`~trainerframework.from_case` reads it: document classes.

A package is first structured by the strict document reader into these
classes, so a value of the wrong kind is a problem at its path
(``$.CFItems[3].fullStatement: expected a string, found an integer``) and no
item or association that is not an object is passed over. They name only the
fields the importer reads, each with its type in the CASE 1.1 JSON schema; a
package carries many more (``uri``, ``lastChangeDateTime``, a CASE 1.0 item's
``CFDocumentURI``, a registry's own), and those keys are allowed and left
unread (:func:`~trainerframework._base._documents.open_record`). What a type
cannot say (the hierarchy, stages, unknown item types) the importer checks.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._base._documents import open_record

__all__ = [
    "CaseAssociationDoc",
    "CaseCriterionDoc",
    "CaseDefinitionsDoc",
    "CaseDocumentDoc",
    "CaseItemDoc",
    "CaseLevelDoc",
    "CaseLicenseDoc",
    "CaseLinkDoc",
    "CasePackageDoc",
    "CaseRubricDoc",
]


@open_record
@attrs.frozen
class CaseLinkDoc:
    """A LinkURI / LinkGenURI: the node an association or rubric criterion points to."""

    identifier: str


@open_record
@attrs.frozen
class CaseDocumentDoc:
    """The CFDocument."""

    identifier: str | None = None
    title: str = ""
    notes: str | None = None
    publisher: str | None = None
    officialSourceURL: str | None = None  # field names are CASE's spelling
    licenseURI: CaseLinkDoc | None = None
    extensions: dict[str, Any] | None = None


@open_record
@attrs.frozen
class CaseItemDoc:
    """A CFItem."""

    identifier: str
    CFItemType: str | None = None
    fullStatement: str = ""
    humanCodingScheme: str | None = None
    listEnumeration: str | None = None
    abbreviatedStatement: str | None = None
    notes: str | None = None
    extensions: dict[str, Any] | None = None


@open_record
@attrs.frozen
class CaseAssociationDoc:
    """A CFAssociation."""

    associationType: str
    originNodeURI: CaseLinkDoc
    destinationNodeURI: CaseLinkDoc
    sequenceNumber: int | None = None


@open_record
@attrs.frozen
class CaseLevelDoc:
    """A CFRubricCriterionLevel: a cell of a rubric."""

    description: str | None = None
    quality: str | None = None
    position: int | None = None


@open_record
@attrs.frozen
class CaseCriterionDoc:
    """A CFRubricCriterion: a row of a rubric."""

    CFItemURI: CaseLinkDoc | None = None
    position: int | None = None
    CFRubricCriterionLevels: tuple[CaseLevelDoc, ...] = ()


@open_record
@attrs.frozen
class CaseRubricDoc:
    """A CFRubric."""

    CFRubricCriteria: tuple[CaseCriterionDoc, ...] = ()


@open_record
@attrs.frozen
class CaseLicenseDoc:
    """A CFLicense of the CFDefinitions."""

    identifier: str | None = None
    licenseText: str | None = None


@open_record
@attrs.frozen
class CaseDefinitionsDoc:
    """The CFDefinitions."""

    CFLicenses: tuple[CaseLicenseDoc, ...] = ()


@open_record
@attrs.frozen
class CasePackageDoc:
    """A CFPackage: what a registry's ``/CFPackages/{id}`` returns."""

    CFDocument: CaseDocumentDoc
    CFItems: tuple[CaseItemDoc, ...]
    CFAssociations: tuple[CaseAssociationDoc, ...] = ()
    CFDefinitions: CaseDefinitionsDoc | None = None
    CFRubrics: tuple[CaseRubricDoc, ...] = ()
