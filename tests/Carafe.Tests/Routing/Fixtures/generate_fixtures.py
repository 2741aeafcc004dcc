"""Generates routing-fixtures.json from real Werkzeug (Debian python3-werkzeug 2.2.2).

Run with the system interpreter: /usr/bin/python3 generate_fixtures.py
The C# tests (WerkzeugFixtureTests.cs) read the rule table from the JSON too.
Not listed: runs of three or more slashes, where 2.2.2 merges only pairs (fixed in 2.3;
Carafe merges whole runs, see MatchingTests).
"""
import json
import uuid
from pathlib import Path

import werkzeug
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import BuildError, Map, RequestRedirect, Rule

# (pattern, endpoint, methods, defaults, strict_slashes)
RULES = [
    ("/", "index", ["GET"], None, True),
    ("/projects/", "projects", ["GET"], None, True),
    ("/about", "about", ["GET"], None, True),
    ("/hello", "hello", ["GET"], None, True),
    ("/hello/<name>", "hello_name", ["GET"], None, True),
    ("/user/<username>", "show_user", ["GET"], None, True),
    ("/post/<int:post_id>", "show_post", ["GET"], None, True),
    ("/path/<path:subpath>", "show_subpath", ["GET"], None, True),
    ("/shop/item/<int:id>", "shop_item", ["GET"], None, True),
    ("/pages/", "show_pages", ["GET"], {"page": 1}, True),
    ("/pages/<int:page>", "show_pages", ["GET"], None, True),
    ("/conflict/<int:id>", "conflict_int", ["GET"], None, True),
    ("/conflict/<name>", "conflict_str", ["GET"], None, True),
    ("/int/<int:v>", "int", ["GET"], None, True),
    ("/signed/<int(signed=True):v>", "signed", ["GET"], None, True),
    ("/ranged/<int(min=1,max=100):v>", "ranged", ["GET"], None, True),
    ("/fixed/<int(fixed_digits=4):v>", "fixed", ["GET"], None, True),
    ("/float/<float:v>", "float", ["GET"], None, True),
    ("/sfloat/<float(signed=True):v>", "sfloat", ["GET"], None, True),
    ("/uuid/<uuid:v>", "uuid", ["GET"], None, True),
    ("/fruit/<any(apple, banana, 'cherry pie'):v>", "fruit", ["GET"], None, True),
    ("/code/<string(length=3):v>", "code", ["GET"], None, True),
    ("/name/<string(minlength=2, maxlength=4):v>", "name", ["GET"], None, True),
    ("/methods", "methods", ["GET", "POST"], None, True),
    ("/postonly", "postonly", ["post"], None, True),
    ("/multi", "multi_get", ["GET"], None, True),
    ("/multi", "multi_put", ["PUT", "DELETE"], None, True),
    ("/files/<path:p>/edit", "file_edit", ["GET"], None, True),
    ("/static/<path:filename>", "static", ["GET"], None, True),
    ("/<lang>/docs", "docs_lang", ["GET"], None, True),
    ("/docs/<page>.html", "docs_page", ["GET"], None, True),
    ("/docs/<page>", "docs_plain", ["GET"], None, True),
    ("/archive/<int:year>/<int:month>", "archive", ["GET"], None, True),
    ("/archive/<int:year>/", "archive_year", ["GET"], None, True),
    ("/nostrict/", "nostrict", ["GET"], None, False),
    ("/branch/<name>/", "branch", ["GET"], None, True),
    ("/v<int:major>.<int:minor>/api", "api_version", ["GET"], None, True),
    ("/search", "search", ["GET"], {"q": ""}, True),
    ("/w/<a>/<b>", "w_two", ["GET"], None, True),
    ("/w/<int:a>/x", "w_int_x", ["GET"], None, True),
    ("/w/<path:p>", "w_path", ["GET"], None, True),
    ("/m/<a>-<b>", "m_pair", ["GET"], None, True),
    ("/m/<a>", "m_one", ["GET"], None, True),
    ("/m/x-<b>", "m_static", ["GET"], None, True),
    ("/p/<path:a>/to/<path:b>", "p_two", ["GET"], None, True),
    ("/s/<path:rest>", "s_rest", ["GET"], None, True),
    ("/s/special", "s_special", ["GET"], None, True),
    ("/o/<a>", "o_str", ["GET"], None, True),
    ("/o/<uuid:a>", "o_uuid", ["GET"], None, True),
    ("/o/<float:a>", "o_float", ["GET"], None, True),
    ("/o/<int:a>", "o_int", ["GET"], None, True),
    ("/d/", "d", ["POST"], {"x": 1}, True),
    ("/d/<int:x>", "d", ["GET", "POST"], None, True),
    ("/e/<int(min=5):n>", "e_min", ["GET"], None, True),
    ("/e/<int:n>", "e_any", ["GET"], None, True),
    ("/q/<name>/", "q_branch", ["POST"], None, True),
    ("/q/<name>", "q_leaf", ["GET"], None, True),
]

REQUESTS = [
    ("GET", "/"), ("HEAD", "/"), ("POST", "/"), ("FOO", "/"), ("OPTIONS", "/"),
    ("GET", "/projects/"), ("GET", "/projects"), ("POST", "/projects"), ("HEAD", "/projects"),
    ("GET", "/about"), ("GET", "/about/"), ("GET", "//about"),
    ("GET", "/hello"), ("GET", "/hello/"), ("GET", "/hello//"), ("GET", "/hello/World"),
    ("GET", "/user/John Doe"), ("GET", "/user/a/b"), ("GET", "/user/"), ("GET", "/user/ünï"),
    ("GET", "/post/5"), ("GET", "/post/007"), ("GET", "/post/123456789012345678901234567890"),
    ("GET", "/post/-1"), ("GET", "/post/1.5"), ("GET", "/post/abc"),
    ("GET", "/path/a/b/c"), ("GET", "/path/a//b"), ("GET", "/path/"), ("GET", "/path/a/"),
    ("GET", "/shop//item/3"), ("POST", "/shop//item/3"),
    ("GET", "/pages/"), ("GET", "/pages"), ("GET", "/pages/1"), ("GET", "/pages/2"), ("POST", "/pages/1"),
    ("GET", "/conflict/5"), ("GET", "/conflict/5x"), ("GET", "/conflict/x"),
    ("GET", "/int/0"), ("GET", "/int/42"),
    ("GET", "/signed/-5"), ("GET", "/signed/5"), ("GET", "/signed/--5"),
    ("GET", "/ranged/0"), ("GET", "/ranged/1"), ("GET", "/ranged/100"), ("GET", "/ranged/101"),
    ("GET", "/fixed/0042"), ("GET", "/fixed/42"), ("GET", "/fixed/00042"),
    ("GET", "/float/2.5"), ("GET", "/float/3"), ("GET", "/float/.5"), ("GET", "/float/-1.5"), ("GET", "/float/1.50"),
    ("GET", "/sfloat/-1.5"), ("GET", "/sfloat/0.0"),
    ("GET", "/uuid/12345678-1234-5678-1234-567812345678"),
    ("GET", "/uuid/ABCDEF12-ABCD-ABCD-ABCD-ABCDEF123456"),
    ("GET", "/uuid/12345678123456781234567812345678"),
    ("GET", "/fruit/apple"), ("GET", "/fruit/APPLE"), ("GET", "/fruit/cherry pie"), ("GET", "/fruit/kiwi"),
    ("GET", "/code/abc"), ("GET", "/code/ab"), ("GET", "/code/abcd"),
    ("GET", "/name/a"), ("GET", "/name/ab"), ("GET", "/name/abcd"), ("GET", "/name/abcde"),
    ("GET", "/methods"), ("POST", "/methods"), ("PUT", "/methods"), ("HEAD", "/methods"),
    ("GET", "/postonly"), ("POST", "/postonly"), ("post", "/postonly"),
    ("GET", "/multi"), ("PUT", "/multi"), ("DELETE", "/multi"), ("PATCH", "/multi"),
    ("GET", "/files/a/b/edit"), ("GET", "/files/a/edit"), ("GET", "/files/edit"), ("GET", "/files/a/b"),
    ("GET", "/static/css/site.css"), ("GET", "/static//etc/passwd"), ("GET", "/static/"),
    ("GET", "/en/docs"), ("GET", "/en/docs/"), ("GET", "/docs/intro.html"), ("GET", "/docs/intro"),
    ("GET", "/docs/docs"),
    ("GET", "/archive/2024/05"), ("GET", "/archive/2024"), ("GET", "/archive/2024/"),
    ("GET", "/nostrict/"), ("GET", "/nostrict"),
    ("GET", "/branch/x/"), ("GET", "/branch/x"),
    ("GET", "/v1.2/api"), ("GET", "/v1/api"),
    ("GET", "/search"), ("GET", "/nothing/here"), ("FOO", "/nothing/here"),
    ("GET", "/w/1/x"), ("GET", "/w/1/y"), ("GET", "/w/a/x"), ("GET", "/w/a/b/c"), ("GET", "/w/a"),
    ("GET", "/m/a-b"), ("GET", "/m/x-b"), ("GET", "/m/ab"), ("GET", "/m/a-b-c"), ("GET", "/m/x-"),
    ("GET", "/p/a/b/to/c/d"), ("GET", "/p/a/to/b/to/c"), ("GET", "/p/to/to/x"),
    ("GET", "/s/special"), ("GET", "/s/special/x"), ("GET", "/s/other"),
    ("GET", "/o/5"), ("GET", "/o/5.5"), ("GET", "/o/12345678-1234-5678-1234-567812345678"), ("GET", "/o/x"),
    ("GET", "/d/1"), ("POST", "/d/1"), ("POST", "/d/2"), ("GET", "/d/"), ("POST", "/d/"),
    ("GET", "/e/7"), ("GET", "/e/3"),
    ("GET", "/q/a"), ("POST", "/q/a"), ("GET", "/q/a/"), ("PUT", "/q/a"),
]

BUILDS = [
    ("index", {}, None),
    ("show_user", {"username": "John Doe"}, None),
    ("show_user", {"username": "a/b?c&d#e%f+g"}, None),
    ("show_user", {"username": "<b>&\"'"}, None),
    ("show_user", {"username": "ünï cödé ☃"}, None),
    ("show_user", {"username": "x", "q": "x y", "lang": "en"}, None),
    ("show_user", {"username": "x", "tag": ["a", "b&c"]}, None),
    ("show_user", {"username": "x", "skip": None, "flag": True, "n": 3, "f": 2.5, "g": 1e20}, None),
    ("show_user", {"username": "x", "empty": [None]}, None),
    ("show_user", {"username": 5}, None),
    ("show_user", {"username": True}, None),
    ("show_user", {"username": 2.0}, None),
    ("show_user", {"username": "x", "ü k": "a+b=c/d"}, None),
    ("show_post", {"post_id": 5}, None),
    ("show_post", {"post_id": "42"}, None),
    ("show_post", {}, None),
    ("show_post", {"post_id": None}, None),
    ("show_post", {"other": 1}, None),
    ("show_post", {"post_id": 5}, "POST"),
    ("show_pages", {}, None),
    ("show_pages", {"page": 1}, None),
    ("show_pages", {"page": 2}, None),
    ("show_pages", {"page": 1, "x": "y"}, None),
    ("show_subpath", {"subpath": "a/b c/d"}, None),
    ("static", {"filename": "js/hello.js"}, None),
    ("static", {"filename": "style.css", "v": 3}, None),
    ("methods", {}, None),
    ("methods", {}, "POST"),
    ("postonly", {}, None),
    ("multi_put", {}, "DELETE"),
    ("fixed", {"v": 42}, None),
    ("signed", {"v": -5}, None),
    ("float", {"v": 2.5}, None),
    ("float", {"v": 3}, None),
    ("uuid", {"v": "12345678-1234-5678-1234-567812345678"}, None),
    ("fruit", {"v": "apple"}, None),
    ("fruit", {"v": "cherry pie"}, None),
    ("docs_page", {"page": "intro"}, None),
    ("archive", {"year": 2024, "month": 5}, None),
    ("api_version", {"major": 1, "minor": 2}, None),
    ("search", {}, None),
    ("search", {"q": "hello"}, None),
    ("nostrict", {}, None),
    ("no_such_endpoint", {}, None),
    ("show_usr", {"username": "x"}, None),
    ("index2", {"a": 1}, "POST"),
    ("d", {}, None),
    ("d", {"x": 1}, None),
    ("d", {"x": 1}, "POST"),
    ("d", {"x": 2}, "POST"),
    ("m_pair", {"a": "x y", "b": "z"}, None),
    ("p_two", {"a": "1/2", "b": "3"}, None),
    ("w_two", {"a": "a", "b": "b", "c": ["x", None, 2]}, None),
    ("show_user", {"username": "x", "zero": 0, "neg": -1.5, "small": 1e-07, "big": 12345678901234567890}, None),
]


def typed(value):
    if isinstance(value, bool):
        return ["bool", str(value)]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float", repr(value)]
    if isinstance(value, uuid.UUID):
        return ["uuid", str(value)]
    return ["str", value]


def match(adapter, method, path):
    try:
        rule, values = adapter.match(path, method, return_rule=True)
    except RequestRedirect as e:
        return {"kind": "Redirect", "location": e.new_url.removeprefix("http://localhost")}
    except MethodNotAllowed as e:
        return {"kind": "MethodNotAllowed", "allowed": sorted(e.valid_methods)}
    except NotFound:
        return {"kind": "NotFound"}
    return {
        "kind": "Found",
        "endpoint": rule.endpoint,
        "values": {k: typed(v) for k, v in values.items()},
    }


def build(adapter, endpoint, values, method):
    try:
        return {"url": adapter.build(endpoint, values, method)}
    except BuildError as e:
        return {"error": str(e)}
    except ValueError as e:
        return {"valueError": str(e)}


def main():
    url_map = Map(
        [
            Rule(p, endpoint=e, methods=m, defaults=d, strict_slashes=s)
            for p, e, m, d, s in RULES
        ]
    )
    adapter = url_map.bind("localhost")
    fixtures = {
        "werkzeug": werkzeug.__version__ if hasattr(werkzeug, "__version__") else "2.2.2",
        "rules": [
            {"pattern": p, "endpoint": e, "methods": m, "defaults": d, "strictSlashes": s}
            for p, e, m, d, s in RULES
        ],
        "matches": [
            {"method": m, "path": p, **match(adapter, m, p)} for m, p in REQUESTS
        ],
        "builds": [
            {"endpoint": e, "values": v, "method": m, **build(adapter, e, v, m)}
            for e, v, m in BUILDS
        ],
    }
    target = Path(__file__).with_name("routing-fixtures.json")
    target.write_text(json.dumps(fixtures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
