"""Controlled vocabularies stored as text. Codes are English; the GUI translates them for display."""

HOLIDAY_REGIONS = ("noord", "midden", "zuid")
ORGANISATION_KINDS = ("school", "youth_care", "municipality", "partner")
STAFF_ROLES = ("teacher", "specialist", "care_coordinator", "programme_coordinator")
SUBGROUPS = ("boys", "girls")
SESSION_SUBGROUPS = ("all", "boys", "girls")
SESSION_STATUSES = ("unplanned", "planned", "held", "cancelled")
STEP_LEADS = ("teacher", "specialist", "both")
LESSON_KINDS = ("practice", "theory")
CONTACT_PREFERENCES = ("paper", "platform", "email")
CONSENT_PURPOSES = ("class_video", "photos", "share_youth_care")
CALENDAR_KINDS = ("school_holiday", "public_holiday", "study_day", "moved_holiday")
PARENT_EVENT_KINDS = ("parent_evening", "walk_in", "round_table", "online", "showcase")
MEETING_KINDS = ("intervision", "team_meeting")
CONCERN_CATEGORIES = ("wellbeing", "safety", "bullying", "behaviour", "home_situation", "other")
#: Dutch names of the categories for the CLI (the GUI has its own, translated, in gui/labels.py).
CONCERN_CATEGORY_LABELS = {"wellbeing": "welbevinden", "safety": "veiligheid", "bullying": "pesten",
                           "behaviour": "gedrag", "home_situation": "thuissituatie", "other": "anders"}
CONCERN_FOLLOW_UPS = ("none", "talk_parents", "care_coordinator", "reporting_code")
RETURN_SLIP_STATUSES = ("done", "not_done")
SESSION_CHANGE_KINDS = ("planned", "moved", "held", "cancelled", "pinned", "unpinned")
