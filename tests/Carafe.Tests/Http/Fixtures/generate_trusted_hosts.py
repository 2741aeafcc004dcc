#!/usr/bin/python3
"""Generates TrustedHostsFixtures.g.cs: which Host headers Werkzeug trusts, and what Flask answers.

TRUSTED_HOSTS is Flask 3.1's key; Debian ships Flask and Werkzeug 2.2.2, which have the matcher
(Request.trusted_hosts, werkzeug.sansio.utils.get_host raising SecurityError) but not the key.
So the script runs twice, and needs both:
    /usr/bin/python3 tests/Carafe.Tests/Http/Fixtures/generate_trusted_hosts.py PYTHON_WITH_FLASK_3_1
Debian's python3-werkzeug 2.2.2 gives the "werkzeug22" column (get_host trusts the host); the given
interpreter (one with Flask 3.1.3 / Werkzeug 3.1.8 installed by pip) runs this script again with
--flask31 and gives the "werkzeug31" column the same way, and what a Flask 3.1 app with
TRUSTED_HOSTS set answers through its test client: the status and the body (a trusted request gets
its view's url_for(_external=True)). A host Werkzeug trusts can still be a 400: Werkzeug 3.1 refuses
a name that IDNA cannot encode ("a..b") when it binds the URL map, with or without TRUSTED_HOSTS.
The tests only read the generated C#, so they never need Python at run time.
"""
import json
import os
import subprocess
import sys

HOSTS = [
    "example.com", "example.com:8080", "example.com:80", "EXAMPLE.COM", "Example.com:8080", "example.com.",
    "sub.example.com", "a.b.example.com", "SUB.example.com", "evilexample.com", "example.com.evil.net",
    "evil.net", "evil.net:80", "127.0.0.1", "127.0.0.1:5000", "localhost", "localhost:5000",
    "[::1]", "[::1]:8080", "[::2]", "[2001:db8::1]:8080",
    "b\u00fccher.example", "xn--bcher-kva.example", "xn--bcher-kva.example:8443", "XN--BCHER-KVA.example",
    "", "exa mple.com", "example.com:", "example.com:abc", "example.com:80:90", "user@example.com",
    "example.com/x", "_u.example.com", "-dash.example.com", ".example.com", "a..example.com", "it's.example.com",
]
TRUSTED = [
    ["example.com"], [".example.com"], ["example.com:8080"], ["localhost", "127.0.0.1"],
    ["b\u00fccher.example"], ["xn--bcher-kva.example"], ["[::1]"], ["evil.net", ".example.com:443"],
]


def flask31_answers():
    """Under Flask 3.1: [trusted list, host, trusted, status, body] for every row, as JSON on stdout."""
    from flask import Flask, url_for

    rows = []
    for trusted in TRUSTED:
        app = Flask(__name__)
        app.config["TRUSTED_HOSTS"] = trusted
        app.add_url_rule("/", "index", lambda: url_for("index", _external=True))
        client = app.test_client()
        for host in HOSTS:
            response = client.get("/", headers={"Host": host})
            rows.append([trusted, host, get_host_trusts(host, trusted), response.status_code, response.get_data(as_text=True)])
    json.dump(rows, sys.stdout)


def get_host_trusts(host, trusted):
    from werkzeug.exceptions import SecurityError
    from werkzeug.sansio.utils import get_host

    try:
        get_host("http", host, None, trusted)
        return True
    except SecurityError:
        return False


def main():
    import flask
    from importlib.metadata import version

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from generate_fixtures import write

    assert version("werkzeug") == "2.2.2", "run this with Debian's /usr/bin/python3 (Werkzeug 2.2.2)"
    flask31 = sys.argv[1]
    answers = json.loads(subprocess.run([flask31, __file__, "--flask31"], check=True, capture_output=True, text=True).stdout)
    got = subprocess.run([flask31, "-c", "from importlib.metadata import version as v; print(v('flask'), v('werkzeug'))"],
                         check=True, capture_output=True, text=True).stdout.split()
    assert got[0].startswith("3.1."), f"{flask31} has Flask {got[0]}, not 3.1"
    rows = [(",".join(trusted), host, get_host_trusts(host, trusted), trusts, status, body)
            for trusted, host, trusts, status, body in answers]
    write("Http", "TrustedHostsFixtures", [("Requests", ["string", "string", "bool", "bool", "int", "string"], rows)],
          generator=f"generate_trusted_hosts.py from Werkzeug 2.2.2 (Debian) and Flask {got[0]} / Werkzeug {got[1]}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--flask31"]:
        flask31_answers()
    else:
        main()
