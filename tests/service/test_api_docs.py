"""/docs and /redoc load only assets the service itself serves, so they work offline."""

from __future__ import annotations

import re
from typing import Any

import pytest

ASSET_REFERENCE = re.compile(r"""(?:src|href)=["']([^"']+)["']|url:\s*'([^']+)'""")


def _references(html: str) -> list[str]:
    return [first or second for first, second in ASSET_REFERENCE.findall(html)]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_documentation_page_references_only_local_assets(client: Any, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    references = _references(response.text)
    assert any(reference.endswith(".js") for reference in references), references
    for reference in references:
        assert reference.startswith("/"), f"{page} loads {reference} from elsewhere"
        assert not reference.startswith("//"), f"{page} loads {reference} from elsewhere"
        assert client.get(reference).status_code == 200, reference
    assert "cdn" not in response.text.lower()
    assert "https://" not in response.text and "http://" not in response.text
