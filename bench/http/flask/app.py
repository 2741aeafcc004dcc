"""Flask doing what CarafeApp and AspNetCoreRaw do, for the HTTP benchmarks.

Run by gunicorn (see ../run.sh); FORTUNES_DB names the SQLite file.
"""
import os
import sqlite3
from pathlib import Path

from flask import Flask, Response, g, jsonify, render_template

app = Flask(__name__)
ROUTES = Path(__file__).resolve().parent.parent / "routes.txt"


@app.route("/plaintext")
def plaintext():
    return Response("Hello, World!", mimetype="text/plain")


@app.route("/json")
def json():
    return jsonify(message="Hello, World!")


def get_db():
    # The Flask tutorial's pattern: one connection per request, closed at teardown.
    if "db" not in g:
        g.db = sqlite3.connect(f"file:{os.environ['FORTUNES_DB']}?mode=ro", uri=True)
    return g.db


@app.teardown_appcontext
def close_db(exception):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/fortunes")
def fortunes():
    rows = [{"id": id, "message": message}
            for id, message in get_db().execute("SELECT id, message FROM fortune")]
    rows.append({"id": 0, "message": "Additional fortune added at request time."})
    rows.sort(key=lambda row: row["message"])
    return render_template("fortunes.html", fortunes=rows)


def github_view(index, names):
    prefix = f"route {index}"

    def view(**values):
        return Response(" ".join([prefix] + [values[name] for name in names]), mimetype="text/plain")

    return view


for index, template in enumerate(ROUTES.read_text().split()):
    names = [segment[1:-1] for segment in template.split("/") if segment.startswith("{")]
    rule = template.replace("{", "<").replace("}", ">")
    app.add_url_rule(rule, f"route{index}", github_view(index, names))
