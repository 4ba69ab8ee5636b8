"""Every struct and enum of mlhead.h against what the binding declares.

The C side is a program generated from the header itself: its structs and
their fields, its enums and their constants are read from mlhead.h, so a
field added, moved, renamed or resized there fails here."""

from __future__ import annotations

import ctypes
import dataclasses
import re
import subprocess
import unittest

from support import HEADER, compile_c, mlhead, scratch

from mlhead import _structs
from mlhead._convert import c_name

ENUMS = {  # C enum: (Python enum, prefix of its constants)
    "mlhead_status": (mlhead.Status, "MLHEAD_"),
    "mlhead_bound": (mlhead.Bound, "MLHEAD_"),
    "mlhead_step_kind": (mlhead.StepKind, "MLHEAD_STEP_"),
    "mlhead_unit": (mlhead.Unit, "MLHEAD_"),
    "mlhead_hit_kind": (mlhead.HitKind, "MLHEAD_HIT_"),
    "mlhead_offer_verdict": (mlhead.OfferVerdict, "MLHEAD_OFFER_"),
    "mlhead_name_kind": (mlhead.NameKind, "MLHEAD_NAME_"),
    "mlhead_match_what": (mlhead.MatchWhat, "MLHEAD_MATCH_"),
}

DATACLASSES = {  # C struct: the dataclass its answers become
    "mlhead_edition": mlhead.Edition,
    "mlhead_role": mlhead.Role,
    "mlhead_track": mlhead.Track,
    "mlhead_step": mlhead.Step,
    "mlhead_role_name": mlhead.RoleName,
    "mlhead_reach": mlhead.Reach,
    "mlhead_edge": mlhead.Edge,
    "mlhead_role_match_hit": mlhead.RoleMatch,
    "mlhead_match_hit": mlhead.Match,
    "mlhead_figure": mlhead.Figure,
    "mlhead_salary": mlhead.Salary,
    "mlhead_offer": mlhead.Offer,
    "mlhead_section": mlhead.Section,
    "mlhead_section_text": mlhead.types.SectionText,
    "mlhead_category": mlhead.Category,
    "mlhead_item": mlhead.Item,
    "mlhead_stat": mlhead.Stat,
    "mlhead_hit": mlhead.Hit,
}


def parse_header() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The header's structs (field names in order) and enums (constants)."""
    text = re.sub(r"/\*.*?\*/", "", HEADER.read_text(), flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    structs = {}
    for name, body in re.findall(r"typedef struct (mlhead_\w+) \{(.*?)\} \1;", text, re.S):
        decls = [d.strip() for d in body.split(";") if d.strip()]
        structs[name] = [re.findall(r"\w+", d)[-1] for d in decls]
    enums = {}
    for name, body in re.findall(r"typedef enum (mlhead_\w+) \{(.*?)\} \1;", text, re.S):
        enums[name] = [re.match(r"\s*(\w+)", c).group(1) for c in body.split(",") if c.strip()]
    return structs, enums


def c_layout(structs: dict[str, list[str]], enums: dict[str, list[str]]) -> list[list[str]]:
    lines = ["#include <stddef.h>", "#include <stdio.h>", '#include "mlhead.h"', "int main(void)", "{"]
    for s, fields in structs.items():
        lines.append(f'    printf("struct {s} %zu\\n", sizeof({s}));')
        for f in fields:
            lines.append(
                f'    printf("field {s} {f} %zu %zu\\n", offsetof({s}, {f}), sizeof((({s} *)0)->{f}));'
            )
    for e, consts in enums.items():
        lines.append(f'    printf("enum {e} %zu\\n", sizeof(enum {e}));')
        for c in consts:
            lines.append(f'    printf("const {e} {c} %lld\\n", (long long){c});')
    lines += ["    return 0;", "}"]
    source = scratch() / "layout.c"
    source.write_text("\n".join(lines) + "\n")
    exe = compile_c(source, "layout")
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()]


class LayoutTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.structs, cls.enums = parse_header()
        cls.rows = c_layout(cls.structs, cls.enums)

    def test_the_header_parse_finds_every_struct_and_enum(self) -> None:
        # A parser that found nothing would make every other test pass.
        self.assertGreaterEqual(len(self.structs), 11)
        self.assertGreaterEqual(len(self.enums), 5)
        self.assertEqual(self.structs["mlhead_figure"], ["bound", "usd"])

    def test_every_struct_of_the_header_is_declared_and_no_other(self) -> None:
        self.assertEqual(sorted(self.structs), sorted(_structs.STRUCTS))

    def test_fields_are_the_headers_in_its_order(self) -> None:
        for name, fields in self.structs.items():
            with self.subTest(struct=name):
                declared = [f[0] for f in _structs.STRUCTS[name]._fields_]
                self.assertEqual(declared, fields)

    def test_sizes_and_offsets_equal_the_compilers(self) -> None:
        checked = 0
        for row in self.rows:
            if row[0] == "struct":
                with self.subTest(struct=row[1]):
                    self.assertEqual(ctypes.sizeof(_structs.STRUCTS[row[1]]), int(row[2]))
            elif row[0] == "field":
                _, s, f, offset, size = row
                with self.subTest(field=f"{s}.{f}"):
                    desc = getattr(_structs.STRUCTS[s], f)
                    self.assertEqual((desc.offset, desc.size), (int(offset), int(size)))
                    checked += 1
        self.assertEqual(checked, sum(len(f) for f in self.structs.values()))

    def test_enums_are_int_sized_as_the_binding_reads_them(self) -> None:
        for row in self.rows:
            if row[0] == "enum":
                with self.subTest(enum=row[1]):
                    self.assertEqual(int(row[2]), ctypes.sizeof(_structs.c_enum))

    def test_every_enum_constant_has_its_member_with_its_value(self) -> None:
        self.assertEqual(sorted(self.enums), sorted(ENUMS))
        seen: dict[str, set[str]] = {e: set() for e in ENUMS}
        for row in self.rows:
            if row[0] != "const":
                continue
            _, e, const, value = row
            py, prefix = ENUMS[e]
            with self.subTest(const=const):
                self.assertTrue(const.startswith(prefix))
                member = py[const[len(prefix):]]
                self.assertEqual(int(member), int(value))
                seen[e].add(member.name)
        for e, (py, _) in ENUMS.items():
            with self.subTest(enum=e):
                self.assertEqual(seen[e], set(py.__members__))

    def test_each_dataclass_has_the_fields_of_its_struct(self) -> None:
        self.assertEqual(sorted(DATACLASSES), sorted(_structs.STRUCTS))
        for name, cls in DATACLASSES.items():
            with self.subTest(struct=name):
                self.assertEqual(
                    [c_name(f) for f in dataclasses.fields(cls)],
                    [f[0] for f in _structs.STRUCTS[name]._fields_],
                )


if __name__ == "__main__":
    unittest.main()
