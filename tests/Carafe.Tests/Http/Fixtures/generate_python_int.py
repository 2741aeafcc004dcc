#!/usr/bin/python3
"""Generates python_int.json: what each Python call site that Carafe ports does with int(text).

Run with Debian's Python and packages (python3 3.11, python3-werkzeug 2.2.2, python3-flask 2.2.2,
python3-wtforms 3.0.1, python3-flask-sqlalchemy 3.0.3):
    /usr/bin/python3 tests/Carafe.Tests/Http/Fixtures/generate_python_int.py

For every text the fixture records, as decimal strings (Python's ints are unbounded) or null
where Python raises ValueError:
- "int": plain int(text);
- "args": Werkzeug's request.args.get("n", type=int) with the text in the query string;
- "header": int() of a header value as a WSGI server hands it to Werkzeug (the UTF-8 bytes
  decoded as Latin-1), which is what parse_range_header and the date parser see;
- "range": parse_range_header("bytes=<text>-").range_for_length(100000) as [start, stop], or null;
- "wtforms": IntegerField's data, or its error, for the text posted as the field;
- "page": the page Flask-SQLAlchemy's _prepare_page_args takes from ?page=<text>, or "404".
Werkzeug 2.2.2 has no _plain_int (that came in 2.3): its header parsers call int() itself.
Carafe.Abstractions' PythonInt is checked against "int" and "header"; the core's byte ranges,
Carafe.Forms and Carafe.Orm each check their own column. The tests only read the JSON.
"""
import json
import os
import sys
import unicodedata
from urllib.parse import quote

from flask import Flask, request
from flask_sqlalchemy.pagination import Pagination
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import NotFound
from werkzeug.http import parse_range_header
from wtforms import Form
from wtforms.fields import IntegerField

HERE = os.path.dirname(os.path.abspath(__file__))

TEXTS = [
    "42", " 42 ", "+7", "-0", "-12", "00012", "1_000", "1__000", "_1", "1_", "+_1",
    "\u0664\u0662", "\uff14\uff12", "\U0001d7d2\U0001d7d0", "\u0967\u0966", "\u00b2", "\u2460",
    "0x10", "0o7", "0b1", "1e3", "1.0", "1.5", "", " ", "+", "-", "+-1", "- 1", "4 2",
    "\t5\n", "\x0b5\x0c", "\r5\r", "\xa05", "5\u3000", "\u20035\u2028", "\x1c5", "5\x1f", "\u200b5", "5\x00",
    "abc", "5a", "\u0664 ", " -\u0662",
    "2147483647", "2147483648", "-2147483648", "-2147483649",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "99999999999999999999999999", "0" * 4300 + "7", "0" * 4301 + "7", "1_" * 4299 + "1", "1_" * 4300 + "1",
]
# Every character str.isspace() calls whitespace, around a digit; and 7 and 0 in every script's digits.
TEXTS += [c + "5" + c for c in map(chr, range(0x10000)) if c.isspace()]
TEXTS += [chr(c + 7) + chr(c) for c in range(0x110000) if chr(c).isdecimal() and unicodedata.decimal(chr(c)) == 0]


def outcome(function, text):
    try:
        return str(function(text))
    except ValueError:
        return None


app = Flask(__name__)


class NumberForm(Form):
    n = IntegerField()


def args(text):
    with app.test_request_context("/?n=" + quote(text)):
        value = request.args.get("n", type=int)
        return None if value is None else str(value)


def header(text):
    return outcome(int, text.encode("utf-8").decode("latin-1"))


def byte_range(text):
    parsed = parse_range_header(("bytes=" + text + "-").encode("utf-8").decode("latin-1"))
    answer = parsed and parsed.range_for_length(100000)
    return None if answer is None else [str(answer[0]), str(answer[1])]


def wtforms(text):
    form = NumberForm(MultiDict({"n": text}))
    form.validate()
    return {"data": None if form.n.data is None else str(form.n.data), "errors": form.n.errors}


def page(text):
    with app.test_request_context("/?page=" + quote(text)):
        try:
            return str(Pagination._prepare_page_args(error_out=True)[0])
        except NotFound:
            return "404"


def main():
    cases = [{"text": t, "int": outcome(int, t), "args": args(t), "header": header(t), "range": byte_range(t),
              "wtforms": wtforms(t), "page": page(t)} for t in TEXTS]
    path = os.path.join(HERE, "python_int.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, ensure_ascii=True, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(path), len(cases), "cases")


main()
