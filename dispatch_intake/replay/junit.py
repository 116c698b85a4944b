"""JUnit XML for CI systems: one test case per scenario, its failure line as the message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from dispatch_intake.replay.runner import ScenarioResult


def junit_xml(results: Sequence[ScenarioResult], *, suite: str = "dispatch-intake replay") -> str:
    failures = sum(1 for result in results if not result.passed)
    root = ET.Element(
        "testsuite",
        name=suite,
        tests=str(len(results)),
        failures=str(failures),
        errors="0",
        time=f"{sum(result.seconds for result in results):.3f}",
    )
    for result in results:
        case = ET.SubElement(
            root,
            "testcase",
            name=result.name,
            classname=result.path.stem if result.path is not None else "scenario",
            file=str(result.path) if result.path is not None else "",
            time=f"{result.seconds:.3f}",
        )
        if result.failure is not None:
            failure = ET.SubElement(case, "failure", message=result.failure, type="expectation")
            failure.text = result.failure
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def write_junit(path: Path, results: Sequence[ScenarioResult]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(junit_xml(results) + "\n", encoding="utf-8")
