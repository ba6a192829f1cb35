"""Display names for the stored vocabularies (codes are English; the interface translates them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def roles() -> dict[str, str]:
    return {
        "teacher": QCoreApplication.translate("Labels", "class teacher"),
        "specialist": QCoreApplication.translate("Labels", "resilience specialist"),
        "care_coordinator": QCoreApplication.translate("Labels", "care coordinator"),
        "programme_coordinator": QCoreApplication.translate("Labels", "programme coordinator"),
    }


def organisation_kinds() -> dict[str, str]:
    return {
        "youth_care": QCoreApplication.translate("Labels", "youth care"),
        "municipality": QCoreApplication.translate("Labels", "municipality"),
        "partner": QCoreApplication.translate("Labels", "partner in the neighbourhood"),
        "school": QCoreApplication.translate("Labels", "school or school board"),
    }


def organisation_headings() -> dict[str, str]:
    """Plural headings for grouping partners by kind (the partner map)."""
    return {
        "youth_care": QCoreApplication.translate("Labels", "Youth care"),
        "municipality": QCoreApplication.translate("Labels", "Municipality"),
        "partner": QCoreApplication.translate("Labels", "Partners in the neighbourhood"),
        "school": QCoreApplication.translate("Labels", "Schools and school boards"),
    }


def regions() -> dict[str, str]:
    return {
        "noord": QCoreApplication.translate("Labels", "north"),
        "midden": QCoreApplication.translate("Labels", "central"),
        "zuid": QCoreApplication.translate("Labels", "south"),
    }


def contacts() -> dict[str, str]:
    return {
        "platform": QCoreApplication.translate("Labels", "parent platform"),
        "paper": QCoreApplication.translate("Labels", "paper"),
        "email": QCoreApplication.translate("Labels", "e-mail"),
    }


def purposes() -> dict[str, str]:
    return {
        "class_video": QCoreApplication.translate("Labels", "pupil in the class video"),
        "photos": QCoreApplication.translate("Labels", "photos"),
        "share_youth_care": QCoreApplication.translate("Labels", "sharing with youth care"),
    }


def subgroups() -> dict[str, str]:
    return {
        "boys": QCoreApplication.translate("Labels", "boy"),
        "girls": QCoreApplication.translate("Labels", "girl"),
    }


def leads() -> dict[str, str]:
    return {
        "both": QCoreApplication.translate("Labels", "together"),
        "teacher": QCoreApplication.translate("Labels", "teacher"),
        "specialist": QCoreApplication.translate("Labels", "specialist"),
    }


def lesson_kinds() -> dict[str, str]:
    return {
        "practice": QCoreApplication.translate("Labels", "practice lesson (duo)"),
        "theory": QCoreApplication.translate("Labels", "theory lesson (teacher)"),
    }


def languages() -> dict[str, str]:
    """Language names for guardians and home activities (Dutch names from the importer's list)."""
    from ...core.importers.values import LANGUAGE_NAMES

    return dict(sorted(LANGUAGE_NAMES.items(), key=lambda item: (item[0] != "nl", item[1])))
