"""Issue 12, defect 6: "Kva står att" names every goal that is still open.

A goal that continues (kept in the review, "held fram"), a goal given a new
deadline and a goal set at the newer meeting all still stand ahead of the family;
the summary and the printed evaluation must say so instead of "Ingenting å melde".
"""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import ActionStatus, Goal, GoalStatus, Meeting
from samtaleduk.evaluation import carry_forward, compare_meetings, summary_lines
from samtaleduk.printing import evaluation_pdf
from samtaleduk.templates.model import Template
from tests.samtaleduk.printing.pdfcheck import page_texts


def _haugland() -> list[Meeting]:
    return demo_cases()[0][1]


def _all_done_long_term_goals_continue(familie: Template) -> tuple[Meeting, Meeting]:
    """Meeting 4 after meeting 3: every action done, the two long-term goals kept."""
    m3 = _haugland()[2]
    m4 = carry_forward(m3, familie, number=4, date=dt.date(2026, 6, 17))
    for content in m4.fields.values():
        for action in content.actions:
            action.status = ActionStatus.DONE
        for goal in content.goals:
            if goal.text == "Emil er på skulen kvar dag":
                goal.status = GoalStatus.REACHED
    return m3, m4


def test_continuing_goals_remain(familie: Template) -> None:
    m3, m4 = _all_done_long_term_goals_continue(familie)
    remains = summary_lines(compare_meetings(m3, m4, familie, familie), "nn")["remains"]
    assert "Målet held fram: Sara er i arbeid eller utdanning (innan 31.12.2026)." in remains
    assert "Målet held fram: Større bustad (innan 31.12.2026)." in remains
    nb = summary_lines(compare_meetings(m3, m4, familie, familie), "nb")["remains"]
    assert "Målet fortsetter: Større bustad (innen 31.12.2026)." in nb


def test_goals_kept_in_the_review_remain(familie: Template) -> None:
    # Meeting 2 → 3 of the demo: "Sara er i arbeid eller utdanning" and "Større
    # bustad" were kept ("held fram") in the review and nothing else was said of them.
    _, m2, m3 = _haugland()
    lines = summary_lines(compare_meetings(m2, m3, familie, familie), "nn")
    assert "Målet held fram: Sara er i arbeid eller utdanning (innan 31.12.2026)." \
        in lines["remains"]
    # Said once: the goal whose deadline passed keeps its own sentence.
    emil = [s for s in lines["remains"] if "Emil er på skulen kvar dag" in s]
    assert emil == ["Målet «Emil er på skulen kvar dag»: fristen 15.04.2026 er ute."]


def test_a_new_deadline_and_a_new_goal_remain(familie: Template) -> None:
    m3, m4 = _all_done_long_term_goals_continue(familie)
    goals = m4.field("lang_sikt").goals
    goals[0].deadline = dt.date(2027, 6, 30)
    goals.append(Goal(text="Feriereise saman"))
    lines = summary_lines(compare_meetings(m3, m4, familie, familie), "nn")
    assert f"Målet held fram: {goals[0].text} (innan 30.06.2027)." in lines["remains"]
    assert f"Ny frist for målet «{goals[0].text}»: 30.06.2027." in lines["changed"]
    new = [s for k in ("remains", "changed") for s in lines[k] if "Feriereise" in s]
    assert new == ["Nytt mål i «På lang sikt, innan»: Feriereise saman (innan 31.12.2026)."]
    assert new[0] in lines["remains"]


def test_printed_evaluation_names_the_continuing_goals(familie: Template) -> None:
    m3, m4 = _all_done_long_term_goals_continue(familie)
    case = demo_cases()[0][0]
    text = "\n".join(page_texts(evaluation_pdf(m3, m4, case, familie, familie)))
    remains = text.split("Kva står att", 1)[1].split("Kva har endra seg", 1)[0]
    assert "Ingenting å melde" not in remains
    assert "Målet held fram: Større bustad" in remains
    assert "Målet held fram: Sara er i arbeid eller utdanning" in remains
