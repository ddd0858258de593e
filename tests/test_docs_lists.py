"""Lists of a documentation page that continue its article (``scrubber.docs``). Synthetic
pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

HEAD = ["Shaping Data - Example Handbook", "Docs", "Handbook", "Community", "Shaping Data"]
PROSE = [
    "A pipeline is easier to reason about when each stage takes one shape and returns another, "
    "so that the stages can be swapped without touching the code around them.",
    "The handbook describes the stages one at a time. Each has its own page with examples that "
    "you can paste into the console and run against the sample data set.",
    "Read them in order the first time; later, the list below is a quick way back to a stage.",
]
TERMS = [
    "Filters - Stages which drop the records that fail a test",
    "Mappers - Stages which turn each record into a new one",
    "Reducers - Stages which fold many records into a single value",
    "Windows - Grouping records by the time at which they arrived",
]
FOOT = ["Is this page helpful?", "Next", "Privacy", "Terms of Use", "© 2025 Example Docs"]


def _verdicts(lines: list[str]) -> dict[str, tuple[bool, str]]:
    doc = scrub("\n".join(lines))
    return {v.text: (v.keep, v.reason) for v in doc.lines if v.text.strip()}


def test_a_definition_list_after_the_article_is_kept() -> None:
    verdicts = _verdicts([*HEAD, *PROSE, *TERMS, *FOOT])
    for line in PROSE:
        assert verdicts[line][0], line
    for line in TERMS:
        assert verdicts[line] == (True, "definition_list"), line
    assert not verdicts["Privacy"][0]


def test_headlines_with_a_site_name_after_the_article_are_no_definitions() -> None:
    # A related box: the part after the dash is the shorter one.
    related = ["Why every pipeline stage should own its errors - Example Weekly",
               "Five mistakes teams make with streaming joins - Data Journal Online",
               "How we cut our batch window from six hours to one - Example Weekly"]
    verdicts = _verdicts([*HEAD, *PROSE, *related, *FOOT])
    for line in PROSE:
        assert verdicts[line][0], line
    for line in related:
        assert verdicts[line][1] != "definition_list", line


def test_two_definition_lines_are_no_list() -> None:
    verdicts = _verdicts([*HEAD, *PROSE, *TERMS[:2], *FOOT])
    for line in TERMS[:2]:
        assert verdicts[line][1] != "definition_list", line


GUIDE = [
    "Sign-in - Example Cloud Docs", "Docs", "Guides", "Sign-in",
    "Use Example Cloud to sign your users in and to decide what each of them may reach.",
    "Overview#",
    "Sign-in checks that a user is who they claim to be, and access rules decide which rows "
    "of the database a signed-in user may read or change.",
    "The service stores its users in your project's own database, so that you can join them "
    "with your tables and back them up like any other data.",
    "Providers#",
    "Example Cloud works with many providers, from passwords and one-time codes to the social "
    "accounts most of your users already have.",
    "Social sign-in#",
]
PROVIDERS = ["Apple", "Bitbucket", "Discord", "Facebook", "GitHub", "Google", "LinkedIn",
             "Slack", "Twitter", "Zoom"]
PHONE = ["Phone sign-in#", "MessageBird", "Twilio", "Vonage"]


def test_short_named_lines_inside_an_anchored_section_are_its_entries() -> None:
    verdicts = _verdicts([*GUIDE, *PROVIDERS, *PHONE, "Edit this page", "Need some help?",
                          "Contact support", "© 2025 Example Cloud"])
    for line in PROVIDERS:
        assert verdicts[line][0], line
    assert verdicts["Vonage"][0]
    assert not verdicts["Edit this page"][0]  # a documentation page's link ends the section


def test_a_share_bar_after_the_last_section_stays_removed() -> None:
    share = ["Share this guide", "Facebook", "Twitter", "LinkedIn"]
    verdicts = _verdicts([*GUIDE, *PROVIDERS[:3], *share, "Need some help?",
                          "Contact support", "© 2025 Example Cloud"])
    for line in PROVIDERS[:3]:
        assert verdicts[line][0], line
    for line in share[1:]:
        assert not verdicts[line][0], line


#: A glossary written as a <dl>: each term on its own line over its description.
GLOSSARY = ["Aft", "Towards the back of the boat.", "Boom",
            "The horizontal pole along the bottom of the mainsail.", "Bow",
            "The front of the boat.", "Halyard", "A rope used to hoist a sail.", "Port",
            "The left-hand side of the boat when facing forward."]
SAIL_HEAD = ["Sailing Glossary | Tideline Sailing School", "Tideline Sailing School", "Courses",
             "Charter", "Blog", "Sailing Glossary", "By Captain Rhys Morgan",
             "Boats have their own language, and it can feel overwhelming on your first day. "
             "Here are the words you will hear most often, in alphabetical order."]


def test_terms_over_their_descriptions_after_the_article_are_kept() -> None:
    verdicts = _verdicts([*SAIL_HEAD, *GLOSSARY, "Related posts", "Knots You Need to Know",
                          *FOOT])
    for line in GLOSSARY:
        assert verdicts[line][0], (line, verdicts[line])
    assert not verdicts["Knots You Need to Know"][0]


def test_teaser_headlines_over_their_summaries_are_no_terms() -> None:
    """A related box's cards: a headline of more than a few words over its teaser."""
    cards = ["Why every pipeline stage should own its errors",
             "Errors that travel far from where they happened are hard to trace.",
             "Five mistakes teams make with streaming joins",
             "Most of them come down to late data and unbounded state.",
             "How we cut our batch window from six hours to one",
             "A story of caching, partitioning and one very slow query."]
    verdicts = _verdicts([*HEAD, *PROSE, *cards, *FOOT])
    for line in cards:
        assert verdicts[line][1] != "definition_list", line
