"""的士 (a taxi) is heard only with a word that makes it one: alone its sound is 的时 of 的时候,
and a child who bumped into a table while running (跑的时候撞到桌角) was read as struck by a
car — critical."""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


@pytest.mark.parametrize(
    "text",
    [
        "孩子跑的时候撞到桌角了，额头青了一块",
        "我走路的时候撞到电线杆上了，头上起了个包",
        "搬东西的时候撞到门框了，胳膊有点疼",
    ],
)
def test_bumping_into_something_at_a_time_is_no_car(text: str) -> None:
    assert SHIPPED.assess([text]).priority != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "一辆的士撞了我爸",
        "我妈过马路被的士撞了",
        "刚才一个的士把人撞倒了",
        "我老豆俾架的士撞亲",
        "骑车的时候被一辆汽车撞到了",
    ],
)
def test_a_person_struck_by_a_taxi_or_a_car_is_sent_first(text: str) -> None:
    assert SHIPPED.assess([text]).priority == "critical"
