#!/usr/bin/env python3
"""Counts the English word literals in the engine's C++ files, outside the language folders.

A word literal is a string literal made of words only (letters, with spaces, apostrophes,
hyphens, periods or '|' between them): "of", "a.m.", "last|next|this". Literals with other
characters that hold words ("invalid DCT \"", "kairos: word too long") are messages, counted
apart, and so are the words-only literals that are diagnostics rather than language: those in
a statement that reports one (a `diagnostics` push, `bad(...)`, `throw`) and those a function
returning `const char*` gives as a reason. A single capital letter ("Z", "T") is an ISO 8601
designator, not a word. Comments, #include lines and static_assert messages are not counted.

Usage: scripts/count_literals.py [--list] [ROOT]   (ROOT: the repository, default: cwd)
Prints per file counts for the engine (src outside src/lang/ and src/events/), the event
stage (src/events/) and the language folders (src/lang/), and each area's total; with --list,
the word literals of each engine and event-stage file too.
"""
import pathlib
import re
import sys

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
CHAR = re.compile(r"'(?:[^'\\\n]|\\.)*'")
WORDS_ONLY = re.compile(r"^[A-Za-z][A-Za-z' .|-]*$")
DESIGNATOR = re.compile(r"^[A-Z]$")


DIAGNOSTIC = re.compile(r"diagnostics|\bbad\(|\bthrow\b")
SIGNATURE = re.compile(r"^(?:static |inline |constexpr )*([\w:<>*& ]+?)\s*\b\w+\([^;]*$")


def statement_of(text, i):
    """The statement around offset i: from the previous ; or line-ending brace to the next ;."""
    start = max(text.rfind(";", 0, i), text.rfind("{\n", 0, i), text.rfind("}\n", 0, i)) + 1
    end = text.find(";", i)
    return text[start:end if end >= 0 else len(text)]


def returns_reason(text, i):
    """Whether the literal at i is returned by a function declared to return const char*."""
    if not re.search(r"\breturn\b", statement_of(text, i)):
        return False
    for line in reversed(text[:i].splitlines()):
        if line and not line[0].isspace() and line[0] not in "/}#":
            m = SIGNATURE.match(line)
            return bool(m) and m.group(1).replace(" ", "") == "constchar*"
    return False


def is_message(text, i):
    return bool(DIAGNOSTIC.search(statement_of(text, i))) or returns_reason(text, i)


def code_literals(text, messages=None):
    """The string literals of C++ source text, outside comments, #include and static_assert;
    with a list `messages`, the diagnostics among them go there instead."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif text[i] == '"':
            m = LITERAL.match(text, i)
            if not m:
                i += 1
                continue
            line_start = text.rfind("\n", 0, i) + 1
            line = text[line_start:i]
            if line.lstrip().startswith("#include") or "static_assert" in line:
                pass
            elif messages is not None and is_message(text, i):
                messages.append(m.group(1))
            else:
                out.append(m.group(1))
            i = m.end()
        elif text[i] == "'":
            m = CHAR.match(text, i)
            i = m.end() if m else i + 1
        else:
            i += 1
    return out


def area(path):
    parts = path.parts
    if parts[:2] == ("src", "lang"):
        return "language folders (src/lang)"
    if parts[:2] == ("src", "events"):
        return "event stage (src/events)"
    return "engine (src outside lang, events)"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    root = pathlib.Path(args[0] if args else ".")
    totals, messages = {}, {}
    for f in sorted((root / "src").rglob("*")):
        if f.suffix not in (".cpp", ".hpp"):
            continue
        rel = f.relative_to(root)
        reported = []
        lits = [s for s in code_literals(f.read_text(), reported) if re.search("[A-Za-z]", s)]
        words = [s for s in lits if WORDS_ONLY.match(s) and not DESIGNATOR.match(s)]
        lits += [s for s in reported if re.search("[A-Za-z]", s)]
        a = area(rel)
        totals[a] = totals.get(a, 0) + len(words)
        messages[a] = messages.get(a, 0) + len(lits) - len(words)
        if words:
            print(f"{len(words):5d}  {rel}")
            if listing and not area(rel).startswith("language"):
                print("       " + " ".join(f'"{w}"' for w in words))
    print()
    for a in sorted(totals):
        print(f"{totals[a]:5d} word literals, {messages[a]:3d} messages: {a}")


if __name__ == "__main__":
    main()
