"""SQLAlchemy 2 typed models for the whole product. Import from here: `from wishdesk.core.models import Group`."""

from .accounts import Account, ConcernKey
from .base import Base
from .care import (
    Concern,
    Meeting,
    MeetingAttendance,
    ParentAttendance,
    ParentEvent,
    ReturnSlip,
    Setting,
)
from .curriculum import Curriculum, CurriculumEvent, HomeActivity, LessonStep, LessonTemplate
from .organisation import (
    Absence,
    Availability,
    CalendarEntry,
    Consent,
    Group,
    Guardian,
    LessonWindow,
    Organisation,
    Pupil,
    School,
    SchoolPartner,
    SchoolYear,
    Staff,
    StaffRole,
    group_teacher,
    pupil_guardian,
    staff_school,
)
from .sessions import Attendance, HandoutDelivery, Session, SessionChange, SessionLog
from .wellbeing import DuoAnswer, DuoCheck, WellbeingAnswer, WellbeingCheck

__all__ = [
    "Absence", "Account", "Attendance", "Availability", "Base", "CalendarEntry", "Concern", "ConcernKey", "Consent", "Curriculum",
    "CurriculumEvent", "Group", "Guardian", "HandoutDelivery", "HomeActivity", "LessonStep", "LessonTemplate",
    "LessonWindow", "Meeting", "MeetingAttendance", "Organisation", "ParentAttendance", "ParentEvent", "Pupil",
    "ReturnSlip", "School", "SchoolPartner", "SchoolYear", "Session", "SessionChange", "SessionLog", "Setting",
    "Staff", "StaffRole", "group_teacher", "pupil_guardian", "staff_school",
    "DuoAnswer", "DuoCheck", "WellbeingAnswer", "WellbeingCheck",
]
