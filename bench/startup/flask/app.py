"""The smallest Flask app, to measure start-up against the bare .NET apps (run by gunicorn)."""
from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello, World!"
