"""Shared helpers for the end-to-end tests of the kairos executable.

Each test runs the built CLI as a user would and checks what the user sees: stdout, the one-line
error on stderr, the exit code, and the files left behind. KAIROS names the executable;
KAIROS_SHARED_DIR the folder with corpora/ and eval/.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

KAIROS = os.environ.get("KAIROS", "kairos")
SHARED = os.environ.get("KAIROS_SHARED_DIR", "")
TBAQ = os.path.join(SHARED, "corpora", "tbaq")
EVAL = os.path.join(SHARED, "eval")

# The documented exit codes (docs/reliability.md).
OK, DOCUMENT_FAILED, USAGE, INPUT, OUTPUT = 0, 1, 2, 3, 4

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def tml_io():
    """The evaluation's own TimeML reader, the reference our output must satisfy."""
    if not os.path.isfile(os.path.join(EVAL, "tml_io.py")):
        raise unittest.SkipTest("the shared eval folder (tml_io.py) is not beside the checkout")
    if EVAL not in sys.path:
        sys.path.insert(0, EVAL)
    import tml_io as module  # noqa: E402
    return module


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out_bytes = proc.stdout
        self.out = proc.stdout.decode("utf-8", "replace")
        self.err = proc.stderr.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.out)

    def json_lines(self):
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


class CliTest(unittest.TestCase):
    """A test with its own scratch folder (self.tmp), removed afterwards."""

    maxDiff = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="kairos-cli-")
        os.chmod(self.tmp, 0o755)  # readable by the unprivileged user of the permission tests

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def write(self, name, content, mode=None):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        if mode is not None:
            os.chmod(p, mode)
        return p

    def run_kairos(self, *args, stdin=b"", env=None, unprivileged=False, stdout=None, timeout=300):
        cmd = [KAIROS, *args]
        if unprivileged and os.geteuid() == 0:
            if shutil.which("setpriv") is None:
                self.skipTest("running as root without setpriv: permissions cannot be tested")
            cmd = NOBODY + cmd
        full_env = dict(os.environ)
        full_env.update(env or {})
        if isinstance(stdin, str):
            stdin = stdin.encode("utf-8")
        proc = subprocess.run(cmd, input=stdin, stdout=stdout or subprocess.PIPE,
                              stderr=subprocess.PIPE, env=full_env, cwd=self.tmp,
                              timeout=timeout)
        if stdout is not None:
            proc.stdout = b""
        return Result(proc)

    # --- assertions on what the user sees -------------------------------------------------

    def assert_one_line_error(self, r, code, *fragments):
        """Exit code `code`, and one line `kairos: <problem>: <input>` holding each fragment."""
        self.assertEqual(r.code, code, "stderr: " + r.err)
        lines = r.err.splitlines()
        self.assertEqual(len(lines), 1, "expected one line on stderr, got: " + r.err)
        self.assertTrue(lines[0].startswith("kairos: "), lines[0])
        for frag in fragments:
            self.assertIn(frag, lines[0])

    def assert_no_leftovers(self, folder):
        """No temporary or partial file of ours remains in `folder`."""
        for name in os.listdir(folder):
            self.assertNotIn(".kairos-", name, "temporary file left behind: " + name)

    def find_mention(self, doc, text):
        for m in doc["mentions"]:
            if m["text"] == text:
                return m
        self.fail("no mention %r in %r" % (text, [m["text"] for m in doc["mentions"]]))


def main():
    unittest.main(verbosity=2)
