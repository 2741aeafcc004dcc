#!/usr/bin/python3
"""Generates wtforms.json, the golden fixtures of Carafe.Forms.Tests, from real WTForms and Flask-WTF.

Run with Debian's Python and packages (python3-wtforms 3.0.1, python3-flaskext.wtf 1.1.1,
python3-flask 2.2.2, python3-email-validator):
    /usr/bin/python3 extensions/Forms/Carafe.Forms.Tests/Fixtures/generate.py

Each case is a tiny form bound to some data; the fixture records the HTML its field renders (with
the keyword arguments given) and the errors validation gives. FormCases.cs declares the same forms
in C# under the same case names.
"""
import datetime
import decimal
import io
import json
import os

from flask import Flask
from flask_wtf.file import FileAllowed, FileField, FileRequired, FileSize
from werkzeug.datastructures import FileStorage, MultiDict
from wtforms import Form
from wtforms.fields import (BooleanField, DateField, DateTimeField, DecimalField, FieldList, FloatField,
                            FormField, HiddenField, IntegerField, MultipleFileField, PasswordField, RadioField, SelectField,
                            SelectMultipleField, StringField, SubmitField, TextAreaField)
from wtforms.validators import (URL, AnyOf, DataRequired, Email, EqualTo, InputRequired, Length, NoneOf,
                                NumberRange, Optional, Regexp)

LANGUAGES = [("py", "Python"), ("cpp", "C++"), ("rb", "Ruby <3")]


class Address(Form):
    street = StringField()
    zip_code = HiddenField()


def form_of(**fields):
    return type("CaseForm", (Form,), fields)


def upload(name, filename, size):
    return FileStorage(stream=io.BytesIO(b"x" * size), filename=filename, name=name)


# name: (fields, submitted data or None, object data or None, field to render, keyword arguments)
RENDER = {
    "string_empty": ({"name": StringField()}, None, None, "name", {}),
    "string_kwargs": ({"name": StringField()}, None, {"name": 'A <b>&"'}, "name", {"size": 20, "class_": "wide", "data_role": "x", "disabled": True, "readonly": False}),
    "string_flags": ({"name": StringField(validators=[DataRequired(), Length(min=2, max=10)])}, None, None, "name", {}),
    "string_render_kw": ({"name": StringField(render_kw={"placeholder": "Your name", "autofocus": True})}, None, None, "name", {"placeholder": "Other"}),
    "string_submitted": ({"first_name": StringField()}, {"first_name": "Ada"}, None, "first_name", {}),
    "textarea": ({"text": TextAreaField(validators=[InputRequired(), Length(max=200)])}, None, {"text": "x < y & \"z\""}, "text", {"rows": 3}),
    "password": ({"secret": PasswordField(validators=[DataRequired()])}, {"secret": "hunter2"}, None, "secret", {}),
    "hidden": ({"token": HiddenField()}, None, {"token": "a&b"}, "token", {}),
    "boolean_checked": ({"accept": BooleanField()}, None, {"accept": True}, "accept", {}),
    "boolean_unchecked": ({"accept": BooleanField(validators=[DataRequired()])}, None, None, "accept", {}),
    "boolean_submitted": ({"accept": BooleanField()}, {"accept": "yes"}, None, "accept", {}),
    "integer": ({"age": IntegerField(validators=[NumberRange(min=18, max=130)])}, None, {"age": 42}, "age", {}),
    "integer_invalid": ({"age": IntegerField()}, {"age": "forty"}, None, "age", {}),
    "decimal": ({"price": DecimalField()}, None, {"price": decimal.Decimal("3.14159")}, "price", {}),
    "decimal_places": ({"price": DecimalField(places=3)}, None, {"price": decimal.Decimal("2.5")}, "price", {}),
    "float": ({"ratio": FloatField()}, None, {"ratio": 2.5}, "ratio", {}),
    "date": ({"born": DateField()}, None, {"born": datetime.date(1815, 12, 10)}, "born", {}),
    "date_submitted": ({"born": DateField()}, {"born": "1815-12-10"}, None, "born", {}),
    "datetime": ({"at": DateTimeField()}, None, {"at": datetime.datetime(2024, 5, 1, 9, 30, 0)}, "at", {}),
    "select": ({"language": SelectField(choices=LANGUAGES, validators=[InputRequired()])}, None, {"language": "cpp"}, "language", {}),
    "select_submitted": ({"language": SelectField(choices=LANGUAGES)}, {"language": "rb"}, None, "language", {"class_": "pick"}),
    "select_int": ({"level": SelectField(choices=[(1, "One"), (2, "Two")], coerce=int)}, {"level": "2"}, None, "level", {}),
    "select_groups": ({"language": SelectField(choices={"Compiled": [("cpp", "C++")], "Scripting": [("py", "Python"), ("rb", "Ruby")]})}, None, {"language": "py"}, "language", {}),
    "select_multiple": ({"languages": SelectMultipleField(choices=LANGUAGES)}, {"languages": ["py", "rb"]}, None, "languages", {"size": 3}),
    "radio": ({"language": RadioField(choices=LANGUAGES)}, None, {"language": "py"}, "language", {}),
    "radio_required": ({"language": RadioField(choices=LANGUAGES, validators=[DataRequired()])}, None, None, "language", {"class_": "choices"}),
    "file": ({"photo": FileField(validators=[FileRequired()])}, None, None, "photo", {}),
    "files": ({"photos": MultipleFileField()}, None, None, "photos", {}),
    "submit": ({"send": SubmitField("Send it")}, None, None, "send", {}),
    "field_list": ({"tags": FieldList(StringField("Tag"), min_entries=2)}, None, {"tags": ["a"]}, "tags", {}),
    "field_list_submitted": ({"tags": FieldList(StringField("Tag"))}, {"tags-0": "x", "tags-2": "z"}, None, "tags", {}),
    "form_field": ({"address": FormField(Address)}, None, {"address": {"street": "1 Main St", "zip_code": "12345"}}, "address", {}),
}

LABELS = {
    "label_default": ({"first_name": StringField()}, "first_name", (), {}),
    "label_text": ({"email": StringField("E-mail <address>")}, "email", (), {}),
    "label_call": ({"email": StringField("E-mail")}, "email", ("Your e-mail",), {"class_": "big", "for_": "other"}),
}

# name: (fields, submitted data, field whose errors are recorded)
ERRORS = {
    "integer_not_a_number": ({"n": IntegerField()}, {"n": "abc"}, "n"),
    "integer_with_spaces": ({"n": IntegerField()}, {"n": " 12 "}, "n"),
    "decimal_not_a_number": ({"n": DecimalField()}, {"n": "1,5"}, "n"),
    "float_not_a_number": ({"n": FloatField()}, {"n": "x1"}, "n"),
    "date_invalid": ({"d": DateField()}, {"d": "2024-13-01"}, "d"),
    "datetime_invalid": ({"d": DateTimeField()}, {"d": "2024-05-01"}, "d"),
    "select_not_a_choice": ({"s": SelectField(choices=LANGUAGES)}, {"s": "go"}, "s"),
    "select_cannot_coerce": ({"s": SelectField(choices=[(1, "One")], coerce=int)}, {"s": "one"}, "s"),
    "select_multiple_invalid": ({"s": SelectMultipleField(choices=LANGUAGES)}, {"s": ["py", "go"]}, "s"),
    "select_multiple_cannot_coerce": ({"s": SelectMultipleField(choices=[(1, "One")], coerce=int)}, {"s": ["1", "x"]}, "s"),
    "data_required_empty": ({"s": StringField(validators=[DataRequired()])}, {"s": "   "}, "s"),
    "data_required_message": ({"s": StringField(validators=[DataRequired(message="Tell us.")])}, {"s": ""}, "s"),
    "data_required_clears_conversion": ({"n": IntegerField(validators=[DataRequired()])}, {"n": ""}, "n"),
    "input_required_missing": ({"n": IntegerField(validators=[InputRequired()])}, {}, "n"),
    "input_required_zero": ({"n": IntegerField(validators=[InputRequired()])}, {"n": "0"}, "n"),
    "optional_empty": ({"n": IntegerField(validators=[Optional(), NumberRange(min=1)])}, {"n": ""}, "n"),
    "length_min": ({"s": StringField(validators=[Length(min=3)])}, {"s": "ab"}, "s"),
    "length_min_one": ({"s": StringField(validators=[Length(min=1)])}, {"s": ""}, "s"),
    "length_max": ({"s": StringField(validators=[Length(max=2)])}, {"s": "abc"}, "s"),
    "length_exact": ({"s": StringField(validators=[Length(min=4, max=4)])}, {"s": "abc"}, "s"),
    "length_between": ({"s": StringField(validators=[Length(min=2, max=5)])}, {"s": "a"}, "s"),
    "length_counts_characters": ({"s": StringField(validators=[Length(max=2)])}, {"s": "\U0001F600\U0001F600"}, "s"),
    "number_range_min": ({"n": IntegerField(validators=[NumberRange(min=5)])}, {"n": "4"}, "n"),
    "number_range_max": ({"n": IntegerField(validators=[NumberRange(max=5)])}, {"n": "6"}, "n"),
    "number_range_between": ({"n": IntegerField(validators=[NumberRange(min=1, max=5)])}, {"n": "9"}, "n"),
    "number_range_missing": ({"n": IntegerField(validators=[NumberRange(min=1, max=5)])}, {}, "n"),
    "equal_to": ({"password": PasswordField(), "confirm": PasswordField(validators=[EqualTo("password")])}, {"password": "a", "confirm": "b"}, "confirm"),
    "equal_to_message": ({"password": PasswordField("Password"), "confirm": PasswordField(validators=[EqualTo("password", message="Must match %(other_label)s.")])}, {"password": "a", "confirm": "b"}, "confirm"),
    "equal_to_unknown": ({"confirm": PasswordField(validators=[EqualTo("nope")])}, {"confirm": "b"}, "confirm"),
    "email_invalid": ({"e": StringField(validators=[Email()])}, {"e": "ada@"}, "e"),
    "email_valid": ({"e": StringField(validators=[Email()])}, {"e": "ada@example.com"}, "e"),
    "url_invalid": ({"u": StringField(validators=[URL()])}, {"u": "http://localhost/x"}, "u"),
    "url_valid": ({"u": StringField(validators=[URL()])}, {"u": "https://example.com:8080/a?b=c"}, "u"),
    "url_no_tld": ({"u": StringField(validators=[URL(require_tld=False)])}, {"u": "http://localhost/x"}, "u"),
    "regexp_invalid": ({"s": StringField(validators=[Regexp(r"[a-z]+$")])}, {"s": "abc1"}, "s"),
    "regexp_prefix_match": ({"s": StringField(validators=[Regexp(r"[a-z]+")])}, {"s": "abc1"}, "s"),
    "any_of": ({"s": StringField(validators=[AnyOf(["a", "b"])])}, {"s": "c"}, "s"),
    "none_of": ({"n": IntegerField(validators=[NoneOf([1, 2])])}, {"n": "2"}, "n"),
    "file_required": ({"f": FileField(validators=[FileRequired()])}, {"f": upload("f", "", 0)}, "f"),
    "file_allowed": ({"f": FileField(validators=[FileAllowed(["jpg", "png"])])}, {"f": upload("f", "cat.GIF", 3)}, "f"),
    "file_allowed_ok": ({"f": FileField(validators=[FileAllowed(["jpg", "png"])])}, {"f": upload("f", "cat.PNG", 3)}, "f"),
    "file_size": ({"f": FileField(validators=[FileSize(max_size=2)])}, {"f": upload("f", "big.txt", 3)}, "f"),
}


def build(fields, formdata, obj):
    form_class = form_of(**fields)
    data = None if formdata is None else MultiDict([(k, v) for k, vs in formdata.items() for v in (vs if isinstance(vs, list) else [vs])])
    return form_class(formdata=data, data=obj or {})


def main():
    app = Flask(__name__)
    with app.test_request_context():
        render = {}
        for name, (fields, formdata, obj, field, kwargs) in RENDER.items():
            render[name] = str(build(fields, formdata, obj)[field](**kwargs))
        labels = {}
        for name, (fields, field, args, kwargs) in LABELS.items():
            labels[name] = str(build(fields, None, None)[field].label(*args, **kwargs))
        errors = {}
        for name, (fields, formdata, field) in ERRORS.items():
            form = build(fields, formdata, None)
            form.validate()
            errors[name] = form[field].errors
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wtforms.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"render": render, "labels": labels, "errors": errors}, out, indent=1, ensure_ascii=False, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
