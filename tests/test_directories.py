"""Directories: an article's run of records (name, address, phone, services, fees) of varying
length, found by the phone number each record holds."""

from __future__ import annotations

import scrubber

_INTRO = [("This list of counselling services in the city is offered as a resource for "
           "students. Being listed here is not an endorsement of any provider by the school."),
          ("Many of these clinics set their fees by income, and some see clients for free; "
           "call ahead to ask about waiting lists and which insurance plans they accept.")]
_CLINICS = (("Harbor Street Counselling Centre", "41 Harbor Street, Suite 200"),
            ("Northside Family Clinic", "1200 Elm Avenue"),
            ("Riverside Wellbeing Collective", "88 Mill Road, 3rd Floor"),
            ("Open Door Therapy Network", "Several city locations"),
            ("Hillcrest Community Health", "7 Hillcrest Plaza"),
            ("Lakeview Psychological Services", "350 Lake Drive, Suite 12"))
_MENU = ["Student Services", "Meet Our Team", "Case Management", "Health Insurance Basics",
         "Contact Us", "Privacy Statement"]


def _directory(phone: str | None = None) -> list[str]:
    lines: list[str] = []
    for k, (name, address) in enumerate(_CLINICS):
        lines += [name, address, phone or f"(555) 201-{4310 + 7 * k:04d}",
                  "Counselling & Medication" if k % 2 else "Counselling"]
        if k % 3 == 0:
            lines.append(f"Sliding scale: ${20 + 5 * k}-90 per session")
        if k % 2:
            lines.append("Fees based on income")
    return lines


def _page(body: list[str]) -> str:
    return "\n".join(["Home", "Students", "Log In", "Low-Cost Counselling Services", *_INTRO,
                      *body, *_MENU, "© 2025 City College"])


def test_a_directory_after_the_intro_is_the_article_s() -> None:
    """Records of four to six lines, each with its own phone number, right after the
    article's paragraphs: every field is kept, the menu after them is not."""
    records = _directory()
    doc = scrubber.scrub(_page(records))
    kept = {v.text for v in doc.lines if v.keep}
    assert all(line in kept for line in records)
    assert not any(line in kept for line in _MENU)


def test_one_phone_number_repeated_is_no_directory() -> None:
    """The same number in every record (a booking line) tells no records apart: the lines
    stay out."""
    records = _directory("(555) 201-4310")
    doc = scrubber.scrub(_page(records))
    assert not any(v.keep for v in doc.lines if v.text.startswith("(555)"))


def test_offices_in_a_footer_far_from_the_article_stay_out() -> None:
    """A footer's list of offices (name, address, phone) after a long menu is no record of
    the article."""
    menu = [f"Program {k}: {topic}" for k, topic in enumerate(
        ("Nursing", "Law", "Business", "Arts", "Science", "Education", "Music", "Design",
         "Media", "Sport", "Health", "History", "Computing", "Languages"))]
    doc = scrubber.scrub(_page([*menu, *_directory()]))
    assert not any(v.keep for v in doc.lines if v.text.startswith("(555)"))
