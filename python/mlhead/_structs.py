"""The C structs of mlhead.h as ctypes Structures, field for field.

tests/test_layout.py compiles a program from mlhead.h itself and fails on
any size, offset or field name that differs from these.
"""

from __future__ import annotations

from ctypes import Structure, c_char_p, c_double, c_int, c_int64

# Every C enum of mlhead.h is an int-sized field.
c_enum = c_int


class mlhead_edition(Structure):
    _fields_ = [
        ("title", c_char_p),
        ("source", c_char_p),
        ("edition", c_char_p),
        ("market", c_char_p),
        ("currency", c_char_p),
        ("year", c_int),
        ("schema_version", c_int),
    ]


class mlhead_role(Structure):
    _fields_ = [
        ("title", c_char_p),
        ("slug", c_char_p),
        ("track", c_char_p),
        ("track_title", c_char_p),
        ("level", c_int),
        ("section", c_char_p),
        ("line", c_int),
    ]


class mlhead_track(Structure):
    _fields_ = [
        ("slug", c_char_p),
        ("title", c_char_p),
        ("steps", c_int),
        ("line", c_int),
    ]


class mlhead_step(Structure):
    _fields_ = [
        ("role", mlhead_role),
        ("kind", c_enum),
        ("note", c_char_p),
        ("line", c_int),
    ]


class mlhead_role_name(Structure):
    _fields_ = [
        ("name", c_char_p),
        ("kind", c_enum),
        ("role", mlhead_role),
    ]


class mlhead_role_match_hit(Structure):
    _fields_ = [
        ("role", mlhead_role),
        ("score", c_double),
        ("matched", c_enum),
        ("name", c_char_p),
    ]


class mlhead_match_hit(Structure):
    _fields_ = [
        ("slug", c_char_p),
        ("title", c_char_p),
        ("section", c_char_p),
        ("score", c_double),
        ("matched", c_enum),
        ("name", c_char_p),
    ]


class mlhead_reach(Structure):
    _fields_ = [
        ("role", mlhead_role),
        ("distance", c_int),
    ]


class mlhead_edge(Structure):
    _fields_ = [
        ("from", mlhead_role),
        ("to", mlhead_role),
        ("kind", c_enum),
        ("note", c_char_p),
        ("line", c_int),
    ]


class mlhead_figure(Structure):
    _fields_ = [
        ("bound", c_enum),
        ("usd", c_int64),
    ]


class mlhead_salary(Structure):
    _fields_ = [
        ("role", c_char_p),
        ("band", c_char_p),
        ("heading", c_char_p),
        ("market", c_char_p),
        ("currency", c_char_p),
        ("year", c_int),
        ("period", c_char_p),
        ("min", mlhead_figure),
        ("max", mlhead_figure),
        ("avg", mlhead_figure),
        ("avg_high", mlhead_figure),
        ("avg_is_range", c_int),
        ("line", c_int),
    ]


class mlhead_offer(Structure):
    _fields_ = [
        ("usd", c_int64),
        ("range", c_enum),
        ("average", c_enum),
    ]


class mlhead_section(Structure):
    _fields_ = [
        ("slug", c_char_p),
        ("title", c_char_p),
        ("position", c_int),
        ("items", c_int),
        ("line", c_int),
    ]


class mlhead_section_text(Structure):
    _fields_ = [
        ("section", c_char_p),
        ("title", c_char_p),
        ("intro", c_char_p),
        ("intro_line", c_int),
        ("closing", c_char_p),
        ("closing_line", c_int),
    ]


class mlhead_category(Structure):
    _fields_ = [
        ("section", c_char_p),
        ("slug", c_char_p),
        ("title", c_char_p),
        ("group", c_char_p),
        ("position", c_int),
        ("items", c_int),
        ("line", c_int),
    ]


class mlhead_item(Structure):
    _fields_ = [
        ("section", c_char_p),
        ("group", c_char_p),
        ("category", c_char_p),
        ("position", c_int),
        ("term", c_char_p),
        ("text", c_char_p),
        ("line", c_int),
    ]


class mlhead_stat(Structure):
    _fields_ = [
        ("slug", c_char_p),
        ("value", c_double),
        ("unit", c_enum),
        ("basis", c_char_p),
        ("period", c_char_p),
        ("source", c_char_p),
        ("qualifier", c_char_p),
        ("text", c_char_p),
        ("line", c_int),
    ]


class mlhead_hit(Structure):
    _fields_ = [
        ("kind", c_enum),
        ("section", c_char_p),
        ("category", c_char_p),
        ("text", c_char_p),
        ("snippet", c_char_p),
        ("rank", c_double),
        ("line", c_int),
    ]


# Every public struct, by its C name: what the layout test walks.
STRUCTS: dict[str, type[Structure]] = {
    cls.__name__: cls
    for cls in (
        mlhead_edition,
        mlhead_role,
        mlhead_track,
        mlhead_step,
        mlhead_role_name,
        mlhead_reach,
        mlhead_edge,
        mlhead_role_match_hit,
        mlhead_match_hit,
        mlhead_figure,
        mlhead_salary,
        mlhead_offer,
        mlhead_section,
        mlhead_section_text,
        mlhead_category,
        mlhead_item,
        mlhead_stat,
        mlhead_hit,
    )
}
