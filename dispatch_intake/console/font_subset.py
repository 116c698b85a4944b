"""Make the console's CJK font: Noto Sans SC cut to the characters a call-taker will see.

The console must render Chinese on a workstation with no CJK font installed, and must load
nothing from outside the service. A whole Noto Sans SC is ~16 MB; this keeps every character
the console, the prompts and the gazetteer's place names use, plus the 3,755 characters of
GB 2312 level 1 (what callers say and call-takers type), and writes one WOFF2 per weight.

Run after changing prompts or place data (needs the `fonts` extra and Debian's
fonts-noto-cjk, whose Noto Sans CJK SC is the same SIL OFL 1.1 font as npm's Noto Sans SC)::

    python -m dispatch_intake.console.font_subset
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = Path(__file__).parent / "static"
FONT_DIR = STATIC / "fonts"
SYSTEM_FONTS = Path("/usr/share/fonts/opentype/noto")
SOURCES = {
    "console-sc.woff2": "NotoSansCJK-Regular.ttc",
    "console-sc-bold.woff2": "NotoSansCJK-Bold.ttc",
}
SC_FACE = "Noto Sans CJK SC"
# Text whose characters must all be in the font.
TEXT_GLOBS = (
    (STATIC, "**/*.html"),
    (STATIC, "**/*.js"),
    (ROOT / "config", "**/*.toml"),
    (ROOT / "gazetteer" / "data", "**/*.yaml"),
    (ROOT / "gazetteer" / "data", "**/*.csv"),
)
# Punctuation, digits, Latin and the symbols the console draws (arrows, ±, ×, ✓, …).
BASE = "".join(chr(c) for c in range(0x20, 0x7F)) + "，。、；：？！“”‘’（）《》【】…—～·±×✓→←↑↓–　"


def gb2312_level1() -> str:
    """The 3,755 most common hanzi (GB 2312 rows 16–55), in code order.

    >>> chars = gb2312_level1()
    >>> len(chars), chars[:3]
    (3755, '啊阿埃')
    """
    chars: list[str] = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def characters_in(paths: Iterable[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        found.update(path.read_text(encoding="utf-8", errors="ignore"))
    return {c for c in found if c.isprintable() and ord(c) >= 0x20}


def wanted_characters() -> str:
    texts = [path for base, glob in TEXT_GLOBS for path in sorted(base.glob(glob))]
    chars = characters_in(texts) | set(BASE) | set(gb2312_level1())
    return "".join(sorted(chars))


def subset(source: Path, target: Path, text: str) -> int:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source))
    (font,) = [f for f in collection.fonts if f["name"].getDebugName(1) == SC_FACE]
    options = ft_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "palt", "vert", "locl"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(str(target))
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fonts", type=Path, default=SYSTEM_FONTS)
    parser.add_argument("--out", type=Path, default=FONT_DIR)
    args = parser.parse_args(argv)
    text = wanted_characters()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "characters.txt").write_text(text + "\n", encoding="utf-8")
    for name, source in SOURCES.items():
        size = subset(args.fonts / source, args.out / name, text)
        print(f"{name}: {len(text)} characters, {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
