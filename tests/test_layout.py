"""Article structure rules, on made-up pages (no model needed)."""

from __future__ import annotations

import pytest

from factpull.layout import Zone, analyse, is_title_case

PAGE = """Home › World › Europe › Ministers Agree New Fishing Quotas...

Ministers Agree New Fishing Quotas for the Baltic

Jean Dupont speaks in Brussels
Photo: Jane Roe / Reuters

Fisheries ministers agreed on Tuesday to cut cod quotas in the Baltic Sea.

Read more: Why the cod are disappearing

Quotas Fall Again

The cuts follow scientific advice from ICES.

Share this article
Advertisement
© 2025 Example Media Ltd. All rights reserved.
"""


def zones(text: str) -> list[tuple[str, Zone]]:
    layout = analyse(text)
    return [(text[line.start:line.end], line.zone) for line in layout.lines
            if line.zone is not Zone.BLANK]


def test_page_zones():
    assert zones(PAGE) == [
        ("Home › World › Europe › Ministers Agree New Fishing Quotas...", Zone.FURNITURE),
        ("Ministers Agree New Fishing Quotas for the Baltic", Zone.HEADLINE),
        ("Jean Dupont speaks in Brussels", Zone.CAPTION),
        ("Photo: Jane Roe / Reuters", Zone.CREDIT),
        ("Fisheries ministers agreed on Tuesday to cut cod quotas in the Baltic Sea.", Zone.BODY),
        ("Read more: Why the cod are disappearing", Zone.FURNITURE),
        ("Quotas Fall Again", Zone.HEADLINE),
        ("The cuts follow scientific advice from ICES.", Zone.BODY),
        ("Share this article", Zone.FURNITURE),
        ("Advertisement", Zone.FURNITURE),
        ("© 2025 Example Media Ltd. All rights reserved.", Zone.FURNITURE),
    ]


@pytest.mark.parametrize(
    "line, zone",
    [
        ("Also read", Zone.FURNITURE),
        ("Others are reading now", Zone.FURNITURE),
        ("Related Articles", Zone.FURNITURE),
        ("Ads by Outbrain", Zone.FURNITURE),
        ("Sponsored content by Acme", Zone.FURNITURE),
        ("Subscribe to our newsletter for free updates", Zone.FURNITURE),
        ("Facebook Twitter WhatsApp Email", Zone.FURNITURE),
        ("5 min read", Zone.FURNITURE),
        ("photographer1 / Shutterstock.com", Zone.CREDIT),
        ("Image credit: Getty Images", Zone.CREDIT),
        ("(Photo by John Smith/AFP)", Zone.CREDIT),
        ("Jane Roe Image: U.S. Senate.", Zone.CREDIT),
        ("Protesters in Lagos. Photo: J. Roe.", Zone.CREDIT),
        ("The image: a short film of the dam in St. Ives was shown at the hearing.", Zone.BODY),
        ("LONDON 1996-08-30", Zone.BODY),
        ("NAIROBI, Kenya (AP) _", Zone.BODY),
        ("SOCCER - LEEDS WIN AT HOME .", Zone.HEADLINE),
        ("Parliament Votes to Delay Budget", Zone.HEADLINE),
        ("Will the Budget Pass?", Zone.HEADLINE),
        ("The parliament voted to delay the budget.", Zone.BODY),
        ("parliament votes to delay budget", Zone.BODY),
        ("1. Jane Roe ( Kenya ) 2:10.45", Zone.BODY),
        ("By Jane Roe and John Smith", Zone.FURNITURE),
        ("Share on Facebook Share on Twitter Email", Zone.FURNITURE),
        ("World › Africa › Kenya Signs Trade Deal...", Zone.FURNITURE),
        ("News | Politics | Elections", Zone.FURNITURE),
        ("Published: 19 June 2023 · 4 min read", Zone.FURNITURE),
        ("Updated 10:32 AM EDT, Mon August 25, 2025", Zone.FURNITURE),
        ("By Jane Roe, Reuters", Zone.FURNITURE),
        ("Reporting by Jane Roe; Editing by John Smith", Zone.FURNITURE),
        ("By leaving the treaty, Russia signals its rejection.", Zone.BODY),
        ("Home Secretary Yvette Cooper said on Monday that the law would change.", Zone.BODY),
        ("Latest figures from the statistics office show prices rose again.", Zone.BODY),
        ("People were watching in horror as the building collapsed.", Zone.BODY),
        ("Follow the money, investigators told the court today", Zone.BODY),
        ("Watch out for the new rules, the minister warned voters.", Zone.BODY),
        ("Presented by the minister, the bill passed its first reading.", Zone.BODY),
        ("Copyright lawyers say the ruling changes everything for artists.", Zone.BODY),
        ("Watch: The moment the bridge collapsed", Zone.FURNITURE),
        ("Latest News", Zone.FURNITURE),
    ],
)
def test_line_zones(line, zone):
    assert zones(f"\n{line}\n\nSome body text follows here, as prose.\n")[0] == (line, zone)


def test_adjacent_title_case_lines_are_a_list_not_headlines():
    text = "Results:\nJane Roe ( Kenya ) beat Mary Major ( Peru )\nAnn Lee ( Chile ) beat Bo Li\n"
    assert [zone for _, zone in zones(text)][1:] == [Zone.BODY, Zone.BODY]


def test_headline_right_above_prose_stays_a_headline():
    text = "Storm Hits Coast\nA storm hit the coast on Monday, officials said.\n"
    assert [zone for _, zone in zones(text)] == [Zone.HEADLINE, Zone.BODY]


def test_offsets_cover_crlf_and_cr():
    text = "One line.\r\nTwo Title Words\rthird line.\n"
    layout = analyse(text)
    assert [text[line.start:line.end] for line in layout.lines] == [
        "One line.", "Two Title Words", "third line."
    ]
    assert layout.zone_at(text.index("Two")) is layout.lines[1].zone


def test_empty_text_has_no_lines():
    assert analyse("").lines == ()


@pytest.mark.parametrize(
    "line, expected",
    [("Russia Moves to Exit the Treaty", True), ("A Break with European Standards", True),
     ("FIVE DEAD IN STORM", True), ("Russia moves to exit the treaty", False), ("", False)],
)
def test_is_title_case(line, expected):
    assert is_title_case(line) is expected


def test_title_after_a_teaser_is_furniture_but_prose_is_not():
    text = ("Read more\n\nMinisters Clash Over Quotas in Brussels\n\n"
            "Also read\n\nThe cuts follow scientific advice.\n")
    assert [zone for _, zone in zones(text)] == [
        Zone.FURNITURE, Zone.FURNITURE, Zone.FURNITURE, Zone.BODY
    ]
