#!/usr/bin/env python3
"""Makes what one layer uses of another `package`, from the errors of a `swift build` log.

After a merge brings new code into the layered targets (docs/ARCHITECTURE.md), an internal
declaration used by another target fails to compile. Usage, repeated until nothing changes:
    swift build 2>&1 | tee /tmp/build.log; scripts/package-access.py /tmp/build.log
It handles:
- "'X' is inaccessible due to 'internal' protection level" with its "declared here" note:
  `package` is inserted at the declaration;
- "must be as accessible as its enclosing type" / "must be declared package": at that line;
- "cannot find (type) 'X' in scope": X's top-level declaration in a Sources/Khaosan* target
  is made `package`, or, when it is already public or package, the file gets the import.
Everything else (e.g. an implicit memberwise initializer, which needs an explicit `package
init`) is printed for a person to fix. Each change is printed as file:line.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources")
ERROR = re.compile(r"^(/[^:]+):(\d+):\d+: error: (.*)$")
NOTE = re.compile(r"^(/[^:]+):(\d+):\d+: note: .*declared here")
MODIFIERS = ("public ", "package ", "internal ", "private ", "fileprivate ", "open ")


def layer_files():
    for target in sorted(os.listdir(ROOT)):
        if not target.startswith("Khaosan") or target in ("Khaosan", "KhaosanCLI"):
            continue
        for directory, _, files in os.walk(os.path.join(ROOT, target)):
            for name in files:
                if name.endswith(".swift"):
                    yield target, os.path.join(directory, name)


def make_package(path, line_number):
    lines = open(path).read().split("\n")
    line = lines[line_number - 1]
    indent = len(line) - len(line.lstrip())
    rest, attributes = line[indent:], ""
    while (match := re.match(r"@\w+(\([^)]*\))?\s+", rest)):
        attributes += match.group(0)
        rest = rest[match.end():]
    if rest.startswith(MODIFIERS):
        return False
    lines[line_number - 1] = line[:indent] + attributes + "package " + rest
    open(path, "w").write("\n".join(lines))
    return True


def add_import(path, module):
    lines = open(path).read().split("\n")
    if f"import {module}" in lines:
        return False
    # Imports at the top level only: one inside `#if canImport(Glibc) … #endif` would be
    # compiled on one platform alone.
    imports, depth = [], 0
    for i, line in enumerate(lines):
        if line.startswith("#if"):
            depth += 1
        elif line.startswith("#endif"):
            depth -= 1
        elif depth == 0 and line.startswith("import "):
            imports.append(i)
    if imports:
        lines.insert(imports[-1] + 1, f"import {module}")
    else:
        lines[0:0] = [f"import {module}", ""]
    open(path, "w").write("\n".join(lines))
    return True


def main(log_path):
    log = open(log_path).read().split("\n")
    declarations, missing, unhandled = set(), {}, []
    for index, line in enumerate(log):
        error = ERROR.match(line)
        if not error:
            continue
        message = error.group(3)
        if "is inaccessible due to 'internal' protection level" in message:
            notes = (NOTE.match(l) for l in log[index + 1:index + 12])
            note = next((n for n in notes if n), None)
            if note:
                declarations.add((note.group(1), int(note.group(2))))
                continue
        elif "must be as accessible as its enclosing type" in message or "must be declared package" in message:
            declarations.add((error.group(1), int(error.group(2))))
            continue
        elif (name := re.search(r"cannot find (?:type )?'(\w+)' in scope", message)):
            missing.setdefault(name.group(1), set()).add(error.group(1))
            continue
        unhandled.append(line)
    for path, number in sorted(declarations):
        if make_package(path, number):
            print(f"package: {os.path.relpath(path)}:{number}")
    for name, users in sorted(missing.items()):
        internal = re.compile(r"^((?:@\w+(?:\([^)]*\))?\s+)*)(?:final |indirect )?(?:struct|enum|class|protocol|actor|typealias|func|let|var) " + name + r"\b", re.M)
        visible = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:public|package) (?:final |indirect )?(?:struct|enum|class|protocol|actor|typealias|func|let|var) " + name + r"\b", re.M)
        found = False
        for target, path in layer_files():
            source = open(path).read()
            if (match := internal.search(source)):
                start = match.start() + len(match.group(1))
                open(path, "w").write(source[:start] + "package " + source[start:])
                print(f"package: {os.path.relpath(path)} ({name})")
                found = True
            elif visible.search(source):
                for user in sorted(users):
                    if add_import(user, target):
                        print(f"import {target}: {os.path.relpath(user)} ({name})")
                found = True
        if not found:
            unhandled.append(f"cannot find '{name}' in any layer (used in {', '.join(sorted(users))})")
    for line in sorted(set(unhandled)):
        print("left:", line)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
