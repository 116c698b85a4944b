"""The place data is read with libyaml's parser where PyYAML has it (building the index is mostly
reading the data), and that parser reads what the data files hold as the pure-Python one does."""

from __future__ import annotations

import yaml

from gazetteer import _load

# What the curated files hold: quoted adcodes with leading zeros, Han names, numbers of both kinds,
# YAML's other spellings of booleans and null, block and flow lists, nested mappings.
_DOCUMENT = """\
landmarks:
  - id: lm-x
    name: 河南大学明伦校区
    adcode: '0410202'
    lat: 34.8144
    lon: 114.3552
    aliases: [河大, 明伦校区, "明伦 校区"]
    precision: approx
    source: ~
    open: yes
    closed: no
    floors: 012
    note: |
      第一行
      第二行
"""


def test_the_data_is_read_with_libyaml_where_pyyaml_has_it() -> None:
    expected = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
    assert _load._SAFE_LOADER is expected


def test_both_parsers_read_a_data_file_alike() -> None:
    by_python = yaml.load(_DOCUMENT, Loader=yaml.SafeLoader)
    assert _load.read_yaml_text(_DOCUMENT) == by_python
    entry = by_python["landmarks"][0]
    assert (entry["adcode"], entry["source"], entry["open"], entry["closed"]) == (
        "0410202",
        None,
        True,
        False,
    )
