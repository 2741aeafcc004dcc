#!/usr/bin/python3
"""Generates pagination.json, the golden answers of Flask-SQLAlchemy's pagination.

Run with Debian's Python and packages (python3-flask-sqlalchemy 3.0.3, python3-flask 2.2.2,
python3-sqlalchemy 1.4.46):
    /usr/bin/python3 extensions/Orm/Carafe.Orm.Tests/Fixtures/generate.py
Every case runs db.paginate() on a real SQLite table of items 1..N (ordered by id) inside a
request with the given query string, so the tests compare the same observable answers: the
page's numbers and items, or the 404 Flask-SQLAlchemy aborts with. The tests only read the JSON.
"""
import json
import os

import flask_sqlalchemy
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.pagination import Pagination
from werkzeug.exceptions import NotFound

HERE = os.path.dirname(os.path.abspath(__file__))

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)


def describe(p):
    return {
        "page": p.page, "per_page": p.per_page, "total": p.total, "items": [i.id for i in p.items],
        "pages": p.pages, "first": p.first, "last": p.last,
        "has_prev": p.has_prev, "prev_num": p.prev_num, "has_next": p.has_next, "next_num": p.next_num,
        "iter_pages": list(p.iter_pages()),
    }


def paginate_case(total, query_string, kwargs):
    """db.paginate over `total` items in a request with `query_string`; the answer or the abort."""
    with app.test_request_context("/?" + query_string):
        try:
            p = db.paginate(db.select(Item).order_by(Item.id), **kwargs)
        except NotFound:
            return {"abort": 404}
        answer = describe(p)
        for name in ("prev", "next"):
            try:
                other = getattr(p, name)()
                answer[name] = {"page": other.page, "total": other.total, "items": [i.id for i in other.items]}
            except NotFound:
                answer[name] = {"abort": 404}
        return answer


class Numbers(Pagination):
    """A pagination over nothing but its numbers: iter_pages depends only on page and total."""

    def _query_items(self):
        return []

    def _query_count(self):
        return self._query_args["total"]


def main():
    with app.app_context():
        db.create_all()
        db.session.add_all(Item(id=i) for i in range(1, 96))
        db.session.commit()
        table = 95

        query_strings = ["", "page=1", "page=2", "page=5", "page=6", "page=0", "page=-1", "page=abc", "page=",
                         "page=%202%20", "page=+3", "page=1_0", "page=%D9%A3", "page=1.5", "page=99",
                         "per_page=10", "per_page=0", "per_page=-5", "per_page=x", "per_page=1000",
                         "page=3&per_page=10", "page=10&per_page=10", "page=11&per_page=10", "page=2&per_page=x",
                         "page=x&per_page=10", "page=1&page=2", "per_page=95", "per_page=96&page=2"]
        argument_sets = [{}, {"error_out": False}, {"max_per_page": 15}, {"max_per_page": 15, "error_out": False},
                         {"page": 2, "per_page": 7}, {"page": 0, "error_out": False}, {"per_page": 0, "error_out": False},
                         {"count": False}, {"page": 14, "per_page": 7}, {"page": 15, "per_page": 7},
                         {"page": 15, "per_page": 7, "error_out": False}]
        paginate = []
        for total in (table, 0):
            if total == 0:
                db.session.query(Item).delete()
                db.session.commit()
            for query_string in query_strings:
                for kwargs in argument_sets:
                    paginate.append({"total_rows": total, "query": query_string, "args": kwargs,
                                     "answer": paginate_case(total, query_string, kwargs)})

    iter_pages = []
    argument_choices = [{}, {"left_edge": 0}, {"left_edge": 1, "right_edge": 1}, {"left_current": 0, "right_current": 0},
                        {"left_edge": 3, "left_current": 1, "right_current": 1, "right_edge": 3},
                        {"left_edge": 5, "left_current": 5, "right_current": 5, "right_edge": 5}, {"right_edge": 0}]
    for total, per_page in ((0, 10), (5, 10), (10, 10), (11, 10), (40, 10), (100, 5), (200, 10), (1000, 7)):
        pages = 0 if total == 0 else -(-total // per_page)
        for page in sorted({1, 2, 3, 4, 5, 6, 7, 10, pages // 2, pages - 3, pages - 1, pages, pages + 1} - {0, -1, -2}):
            with app.test_request_context("/"):
                p = Numbers(page=page, per_page=per_page, error_out=False, total=total)
            for arguments in argument_choices:
                iter_pages.append({"total": total, "per_page": per_page, "page": page, "args": arguments,
                                   "pages": p.pages, "answer": list(p.iter_pages(**arguments))})

    with open(os.path.join(HERE, "pagination.json"), "w", encoding="utf-8") as out:
        json.dump({"flask_sqlalchemy": flask_sqlalchemy.__version__, "paginate": paginate, "iter_pages": iter_pages},
                  out, indent=1, ensure_ascii=False)
        out.write("\n")


main()
