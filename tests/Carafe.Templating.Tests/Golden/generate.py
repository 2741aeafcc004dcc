#!/usr/bin/env python3
"""Golden fixtures for Carafe.Templating, rendered by real Jinja2 3.1.

The cases below are the source of truth: each theme function adds cases, and
running this script renders every case with Jinja2 and writes `<theme>.json`
plus `fuzz_seeds.txt` next to this file. See README.md for the format.

    python3 generate.py        (Debian: apt-get install python3-jinja2)
"""

import json
import re
import sys
from pathlib import Path

import jinja2
import jinja2.filters
import jinja2.tests
from jinja2 import ChainableUndefined, DictLoader, Environment, StrictUndefined, Undefined

HERE = Path(__file__).resolve().parent
EXTENSIONS = ["jinja2.ext.loopcontrols", "jinja2.ext.do"]
UNDEFINED_POLICIES = {"default": Undefined, "strict": StrictUndefined, "chainable": ChainableUndefined}

# Jinja's defaults; a case lists only the options that differ from these.
DEFAULT_OPTIONS = {
    "autoescape": False,
    "trim_blocks": False,
    "lstrip_blocks": False,
    "keep_trailing_newline": False,
    "newline_sequence": "\n",
    "undefined": "default",
    "line_statement_prefix": None,
    "line_comment_prefix": None,
    "block_start_string": "{%",
    "block_end_string": "%}",
    "variable_start_string": "{{",
    "variable_end_string": "}}",
    "comment_start_string": "{#",
    "comment_end_string": "#}",
}

# A float must be written with a dot and without an exponent so every JSON
# reader keeps it a float.
FLOAT_TEXT = re.compile(r"-?\d+\.\d+")

THEMES = {}


class Theme:
    """Collects the cases of one fixture file."""

    def __init__(self, name):
        self.name = name
        self.cases = []
        THEMES[name] = self

    def ok(self, slug, templates, context=None, *, entry="main", **options):
        """A case Jinja renders; the generator fails if it raises."""
        self._add(slug, templates, context, entry, options, expect_error=False)

    def err(self, slug, templates, context=None, *, entry="main", **options):
        """A case where Jinja raises on purpose; the generator fails if it renders."""
        self._add(slug, templates, context, entry, options, expect_error=True)

    def _add(self, slug, templates, context, entry, options, expect_error):
        if isinstance(templates, str):
            templates = {"main": templates}
        for key, value in options.items():
            if key not in DEFAULT_OPTIONS:
                raise ValueError(f"{self.name}/{slug}: unknown option {key}")
            if value == DEFAULT_OPTIONS[key]:
                raise ValueError(f"{self.name}/{slug}: option {key} repeats Jinja's default")
        self.cases.append({
            "name": f"{self.name}/{slug}",
            "templates": templates,
            "entry": entry,
            "context": context or {},
            "options": options,
            "expect_error": expect_error,
        })


# --------------------------------------------------------------------------
# syntax: delimiters, comments, raw, custom delimiters
# --------------------------------------------------------------------------
def syntax():
    t = Theme("syntax")
    t.ok("plain-text", "Hello, world")
    t.ok("empty-template", "")
    t.ok("variable", "Hello {{ name }}!", {"name": "World"})
    t.ok("variable-no-spaces", "{{name}}|{{   name   }}", {"name": "x"})
    t.ok("two-variables-adjacent", "{{ a }}{{ b }}", {"a": 1, "b": 2})
    t.ok("comment", "a{# a comment #}b")
    t.ok("comment-multiline", "a{# line one\nline two #}b")
    t.ok("comment-hides-tags", "{# {{ x }} {% if %} #}ok")
    t.ok("comment-only", "{# nothing #}")
    t.ok("single-brace-is-text", "{ not a tag } and {x}")
    t.ok("percent-and-hash-are-text", "100% {#x#} #1")
    t.ok("string-with-variable-end", "{{ '}}' }}")
    t.ok("string-with-block-end", "{{ '%}' }}|{{ \"{%\" }}")
    t.ok("print-delimiters-as-strings", "{{ '{{' }} x {{ '}}' }}")
    t.ok("raw", "{% raw %}{{ x }}{% if %}{# c #}{% endraw %}")
    t.ok("raw-keeps-whitespace", "{% raw %}\n  {{ a }}\n{% endraw %}")
    t.ok("raw-whitespace-control", "a  {%- raw -%}  {{ x }}  {%- endraw -%}  b")
    t.ok("raw-inside-for", "{% for i in [1, 2] %}{% raw %}{{ i }}{% endraw %}{{ i }}{% endfor %}")
    t.ok("multiline-tag", "{% if\n  x\n%}yes{% endif %}", {"x": True})
    t.ok("multiline-expression", "{{\n  1 +\n  2\n}}")
    t.ok("unicode-text", "héllo wörld ✓ 日本 {{ s }}", {"s": "ünï"})
    t.ok("crlf-newlines-normalised", "a\r\nb\r\n{{ x }}\r\nc", {"x": 1})
    t.ok("cr-newlines-normalised", "a\rb")
    t.ok("newline-sequence-crlf", "a\nb\n{% if true %}\nc{% endif %}", newline_sequence="\r\n")
    delims = dict(block_start_string="<%", block_end_string="%>",
                  variable_start_string="${", variable_end_string="}",
                  comment_start_string="<#", comment_end_string="#>")
    t.ok("custom-delimiters", "<% for x in xs %>${ x }<# c #>,<% endfor %> {{ x }} {% y %}",
         {"xs": [1, 2]}, **delims)
    t.ok("custom-delimiters-whitespace-control", "a <%- if true -%> b <%- endif %>|${- 1 -} |", **delims)
    t.ok("custom-delimiters-raw", "<% raw %>${ x }<% endraw %>", **delims)
    t.ok("custom-delimiters-brackets", "[[ a ]] [% if a %]yes[% endif %] {{ a }}", {"a": 1},
         variable_start_string="[[", variable_end_string="]]",
         block_start_string="[%", block_end_string="%]")
    t.ok("custom-variable-only", "<<x>> {{ x }}", {"x": 5},
         variable_start_string="<<", variable_end_string=">>")
    t.ok("custom-comment-only", "a/* gone */b {# kept #}",
         comment_start_string="/*", comment_end_string="*/")
    t.ok("custom-delimiters-strings-inside", "${ '}' } ${ \"%>\" }", **delims)
    t.ok("latex-like-delimiters", r"\VAR{ x } \BLOCK{ if x }on\BLOCK{ endif }", {"x": 1},
         block_start_string=r"\BLOCK{", block_end_string="}",
         variable_start_string=r"\VAR{", variable_end_string="}")
    t.ok("comment-ends-at-first-close", "a{# {# inner #}b")
    t.ok("comment-between-tags", "{% if true %}{# c #}x{# d #}{% endif %}")
    t.ok("unicode-identifiers", "{% set ñame = 'u' %}{{ ñame }}{{ café }}", {"café": "c"})
    t.ok("keyword-like-attribute-names", "{{ d.if }}{{ d.for }}{{ d['in'] }}", {"d": {"if": 1, "for": 2, "in": 3}})
    t.ok("extra-closing-brace-is-text", "{{ 1 }}}")
    t.ok("whitespace-only-template", " \n \t")
    t.ok("newline-only-template", "\n")
    t.ok("names-with-digits-and-underscores", "{{ _a1 }}{{ b_2 }}{{ __c }}", {"_a1": 1, "b_2": 2, "__c": 3})
    t.ok("tag-without-spaces", "{%if x%}{{x}}{%endif%}", {"x": "y"})
    t.ok("text-around-many-tags", "<{{ 1 }}><{% if true %}{{ 2 }}{% endif %}>{# c #}<{{ 3 }}>")
    t.ok("raw-in-raw-text", "{% raw %}{% raw %}{% endraw %}")
    t.ok("raw-multiline-with-tags", "{% raw %}\n{% for x in y %}\n  {{ x }}\n{% endfor %}\n{% endraw %}")
    t.ok("long-literal-text", "x" * 2000 + "{{ 1 }}" + "y" * 2000)
    t.ok("deeply-nested-expression", "{{ ((((((1 + 2) * 3) - 4) / 5) // 1) % 2) }}")
    t.ok("line-statement-prefix-ignored-by-default", "# for x in xs\n## c\n", {"xs": [1]})


# --------------------------------------------------------------------------
# whitespace: - and + markers, trim_blocks, lstrip_blocks, trailing newline
# --------------------------------------------------------------------------
LIST_TEMPLATE = "<ul>\n  {% for x in xs %}\n    <li>{{ x }}</li>\n  {% endfor %}\n</ul>\n"


def whitespace():
    t = Theme("whitespace")
    xs = {"xs": [1, 2]}
    t.ok("block-default", LIST_TEMPLATE, xs)
    t.ok("block-trim-blocks", LIST_TEMPLATE, xs, trim_blocks=True)
    t.ok("block-lstrip-blocks", LIST_TEMPLATE, xs, lstrip_blocks=True)
    t.ok("block-trim-and-lstrip", LIST_TEMPLATE, xs, trim_blocks=True, lstrip_blocks=True)
    t.ok("block-keep-trailing-newline", LIST_TEMPLATE, xs, keep_trailing_newline=True)
    t.ok("all-three", LIST_TEMPLATE, xs, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    t.ok("minus-left-block", "a  \n  {%- if true %}b{% endif %}")
    t.ok("minus-right-block", "{% if true -%}  \n  b{% endif %}")
    t.ok("minus-both-block", "a \n {%- if true -%} \n b \n {%- endif -%} \n c")
    t.ok("minus-variable", "a  {{- x -}}  b", {"x": 1})
    t.ok("minus-variable-left-only", "a \n {{- x }} \n b", {"x": 1})
    t.ok("minus-comment", "a  {#- c -#}  b")
    t.ok("minus-strips-newlines-and-tabs", "a\n\t \n{{- 'x' -}}\n\t\nb")
    t.ok("minus-inside-loop", "{% for x in xs -%}\n  {{ x }}\n{%- endfor %}", {"xs": [1, 2, 3]})
    t.ok("plus-disables-lstrip", "  {%+ if true %}x{% endif %}", lstrip_blocks=True)
    t.ok("plus-disables-trim", "{% if true +%}\nx{% endif %}", trim_blocks=True)
    t.ok("minus-beats-trim", "{% if true -%}\n\n  x{% endif %}", trim_blocks=True)
    t.ok("trim-removes-one-newline-only", "{% if true %}\n\nx{% endif %}", trim_blocks=True)
    t.ok("trim-does-not-affect-variables", "{{ 1 }}\n{{ 2 }}\n", trim_blocks=True)
    t.ok("trim-comment", "{# c #}\nx", trim_blocks=True)
    t.ok("lstrip-comment", "  {# c #}x", lstrip_blocks=True)
    t.ok("lstrip-not-after-text", "a  {% if true %}x{% endif %}", lstrip_blocks=True)
    t.ok("lstrip-tabs", "\t\t{% if true %}x{% endif %}", lstrip_blocks=True)
    t.ok("lstrip-does-not-affect-variables", "  {{ 1 }}", lstrip_blocks=True)
    t.ok("lstrip-raw", "  {% raw %}x{% endraw %}", lstrip_blocks=True)
    t.ok("trailing-newline-dropped", "a\n")
    t.ok("only-one-trailing-newline-dropped", "a\n\n")
    t.ok("trailing-newline-kept", "a\n", keep_trailing_newline=True)
    t.ok("trailing-crlf-dropped", "a\r\n")
    t.ok("trailing-newline-after-block", "{% if true %}a{% endif %}\n")
    t.ok("include-drops-trailing-newline", {"main": "[{% include 'i' %}]", "i": "x\n"})
    t.ok("include-keeps-trailing-newline", {"main": "[{% include 'i' %}]", "i": "x\n"},
         keep_trailing_newline=True)
    t.ok("set-block-trim", "{% set x %}\n  a\n{% endset %}[{{ x }}]", trim_blocks=True, lstrip_blocks=True)
    t.ok("macro-trim", "{% macro m() %}\n  hi\n{% endmacro %}\n[{{ m() }}]", trim_blocks=True)
    t.ok("minus-before-else", "{% if false %}a{% else -%}\n  b\n{%- endif %}")
    t.ok("whitespace-in-output-preserved", "  {{ '  x  ' }}  ")
    t.ok("lstrip-with-minus", "  {%- if true %}x{% endif %}", lstrip_blocks=True)
    t.ok("lstrip-variable-after-block-on-line", "  {% if true %}{{ 1 }}{% endif %}\n", lstrip_blocks=True)
    t.ok("lstrip-mixed-tabs-spaces", "a\n \t {% if true %}x{% endif %}", lstrip_blocks=True)
    t.ok("lstrip-block-after-newline-only", "a\n{% if true %}x{% endif %}", lstrip_blocks=True)
    t.ok("trim-comment-with-minus", "{#- c -#}\n\nx", trim_blocks=True)
    t.ok("trim-crlf", "{% if true %}\r\nx{% endif %}", trim_blocks=True)
    t.ok("trim-endblock-then-text", "{% for x in [1, 2] %}{{ x }}{% endfor %}\nend", trim_blocks=True)
    t.ok("plus-and-minus-combined", "  {%+ if true -%}  x  {%- endif +%}\ny", trim_blocks=True, lstrip_blocks=True)
    t.ok("keep-trailing-multiple-newlines", "a\n\n\n", keep_trailing_newline=True)
    t.ok("trailing-newline-after-variable", "{{ 1 }}\n")
    t.ok("minus-strips-into-previous-output", "{% for x in [1, 2] %}{{ x }}  {%- endfor %}")
    t.ok("minus-on-set", "a\n{%- set x = 1 -%}\nb{{ x }}")
    t.ok("lstrip-trim-nested-if", "{% if true %}\n  {% if true %}\n    deep\n  {% endif %}\n{% endif %}\n",
         trim_blocks=True, lstrip_blocks=True)
    t.ok("lstrip-trim-macro-call", "{% macro m() %}\n  <{{ caller() }}>\n{% endmacro %}\n{% call m() %}\n  body\n{% endcall %}\n",
         trim_blocks=True, lstrip_blocks=True)
    t.ok("minus-with-only-whitespace-between-tags", "{% if true %} \n {%- if true -%} \n {% endif %}{% endif %}")
    t.ok("newline-sequence-applies-to-string-literals", "a\n{{ 'b\nc' }}\n", newline_sequence="\r\n", keep_trailing_newline=True)


# --------------------------------------------------------------------------
# line_statements: line statement and line comment prefixes
# --------------------------------------------------------------------------
def line_statements():
    t = Theme("line_statements")
    hashes = dict(line_statement_prefix="#", line_comment_prefix="##")
    t.ok("for", "# for x in xs\n{{ x }}\n# endfor\n", {"xs": [1, 2]}, **hashes)
    t.ok("for-with-colon", "# for x in xs:\n{{ x }}\n# endfor\n", {"xs": [1, 2]}, **hashes)
    t.ok("if-else", "# if x\nyes\n# else\nno\n# endif\n", {"x": False}, **hashes)
    t.ok("indented", "  # if true\n  yes\n  # endif\n", **hashes)
    t.ok("comment", "a ## hidden\nb\n## whole line\nc", **hashes)
    t.ok("comment-only-prefix", "a ## hidden\nb", line_comment_prefix="##")
    t.ok("prefix-mid-line-is-text", "a # if x\nb", **hashes)
    t.ok("mixed-with-blocks", "# set a = 1\n{% if a %}{{ a }}{% endif %}\n", **hashes)
    t.ok("multiline-parentheses", "# for x in [\n  1,\n  2]\n{{ x }}\n# endfor\n", **hashes)
    t.ok("percent-prefix", "% for x in xs\n- {{ x }}\n% endfor\n", {"xs": ["a", "b"]},
         line_statement_prefix="%")
    t.ok("double-prefix", "%% if true\nyes\n%% endif\n", line_statement_prefix="%%")
    t.ok("with-trim-blocks", "# for x in xs\n{{ x }}\n# endfor\nend", {"xs": [1, 2]},
         trim_blocks=True, **hashes)
    t.ok("macro", "# macro m(a)\n<{{ a }}>\n# endmacro\n{{ m(1) }}{{ m(2) }}", **hashes)
    t.ok("set-and-print", "# set greeting = 'hi'\n{{ greeting }}", **hashes)
    t.err("line-comment-after-statement-is-error", "# if true ## trailing\nyes\n# endif\n", **hashes)
    t.ok("empty-lines-kept", "\n# if true\n\nx\n\n# endif\n\n", **hashes)
    t.ok("line-comment-strips-to-newline", "x## c\ny", line_comment_prefix="##", keep_trailing_newline=True)
    t.ok("with-minus-variables", "# for x in xs\n{{- x -}}\n# endfor\n",
         {"xs": [1, 2]}, **hashes)
    t.ok("set-block", "# set body\nhello {{ 1 }}\n# endset\n[{{ body }}]", **hashes)
    t.ok("call-block", "# macro m()\n<{{ caller() }}>\n# endmacro\n# call m()\nbody\n# endcall\n", **hashes)
    t.ok("filter-block", "# filter upper\nabc\n# endfilter\n", **hashes)
    t.ok("line-comment-inside-block", "{% if true %}a ## c\nb{% endif %}", **hashes)
    t.ok("prefix-inside-raw-is-text", "{% raw %}\n# for x in y\n{% endraw %}", **hashes)
    t.ok("lstrip-blocks", "  # if true\n  x\n  # endif\n", lstrip_blocks=True, **hashes)
    t.ok("block-comments-still-work", "{# c #}\n# if true\nyes\n# endif\n", **hashes)
    t.ok("elif", "# for n in [1, 2, 3]\n# if n == 1\none\n# elif n == 2\ntwo\n# else\nmany\n# endif\n# endfor\n", **hashes)
    t.ok("with-and-namespace", "# set ns = namespace(n=0)\n# for x in [1, 2]\n# set ns.n = ns.n + x\n# endfor\n{{ ns.n }}", **hashes)
    t.ok("keep-trailing-newline", "# if true\nx\n# endif\n", keep_trailing_newline=True, **hashes)
    t.ok("trailing-whitespace-after-statement", "# if true   \nx\n# endif\t\n", **hashes)
    t.err("syntax-error-line-number", "a\nb\n# if\nc\n# endif\n", **hashes)
    t.ok("custom-delimiters-and-line-statements", "<% set a = 1 %>\n% for x in [a, 2]\n${ x }\n% endfor\n",
         line_statement_prefix="%", block_start_string="<%", block_end_string="%>",
         variable_start_string="${", variable_end_string="}")


# --------------------------------------------------------------------------
# expressions: literals, arithmetic, comparisons, logic, slicing, lookups, calls
# --------------------------------------------------------------------------
def expressions():
    t = Theme("expressions")
    # literals
    t.ok("int-literals", "{{ 0 }} {{ 42 }} {{ -7 }} {{ 1_000_000 }}")
    t.ok("radix-literals", "{{ 0x1F }} {{ 0o17 }} {{ 0b101 }}")
    t.ok("float-literals", "{{ 1.0 }} {{ 0.5 }} {{ -2.25 }} {{ 1e3 }} {{ 2.5e-3 }} {{ 1_0.0_1 }}")
    t.ok("large-floats-print-exponent", "{{ 1e15 }} {{ 1e16 }} {{ 1e20 }} {{ 12345678901234567890.0 }}")
    t.ok("small-floats-print-exponent", "{{ 0.0001 }} {{ 0.00001 }} {{ 1.5e-7 }}")
    t.ok("string-literal-quotes", "{{ 'single' }} {{ \"double\" }} {{ 'it\\'s' }} {{ \"say \\\"hi\\\"\" }}")
    t.ok("string-escapes", r"[{{ 'a\nb' }}][{{ 'tab\there' }}][{{ 'back\\slash' }}]")
    t.ok("string-unicode-escapes", r"{{ '\u00e9\x41\u2713' }}")
    t.ok("string-unknown-escape-kept", r"{{ '\d\q' }}")
    t.ok("string-concat-adjacent", "{{ 'a' 'b' \"c\" }}")
    t.ok("booleans-and-none", "{{ true }} {{ True }} {{ false }} {{ False }} {{ none }} {{ None }}")
    t.ok("list-literal", "{{ [1, 'a', none, true, 1.5] }}")
    t.ok("list-trailing-comma", "{{ [1, 2,] }}")
    t.ok("empty-collections", "{{ [] }} {{ {} }} {{ () }}")
    t.ok("tuple-literals", "{{ (1,) }} {{ (1, 2) }} {{ (1, 'a', (2,)) }}")
    t.ok("dict-literal", "{{ {'a': 1, 'b': [1, 2], 'c': {'d': none}} }}")
    t.ok("dict-literal-non-string-keys", "{{ {1: 'one', 2.5: 'x', none: 0, (1, 2): 'tuple'} }}")
    # arithmetic
    t.ok("add-sub-mul", "{{ 1 + 2 }} {{ 5 - 8 }} {{ 3 * 4 }}")
    t.ok("true-division-always-float", "{{ 4 / 2 }} {{ 7 / 2 }} {{ 1 / 3 }} {{ -1 / 4 }}")
    t.ok("floor-division", "{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 // -2 }} {{ 7.0 // 2 }} {{ -7.5 // 2 }}")
    t.ok("modulo", "{{ 7 % 3 }} {{ -7 % 3 }} {{ 7 % -3 }} {{ -7 % -3 }} {{ 7.5 % 2 }} {{ -7.5 % 2 }}")
    t.ok("power", "{{ 2 ** 10 }} {{ 2 ** -1 }} {{ 2 ** 0.5 }} {{ 2.0 ** 2 }} {{ (-8) ** 2 }}")
    t.ok("power-left-associative", "{{ 2 ** 3 ** 2 }}")
    t.ok("unary-minus-before-power", "{{ -2 ** 2 }}")
    t.ok("big-integers", "{{ 2 ** 64 }} {{ 10 ** 20 + 1 }}")
    t.ok("int-float-mix", "{{ 1 + 1.5 }} {{ 2 * 1.0 }} {{ 3 - 3.0 }} {{ 0.1 + 0.2 }}")
    t.ok("float-repr", "{{ 1.1 * 3 }} {{ 100.0 }} {{ 2.675 }} {{ 1 / 7 }}")
    t.ok("bool-arithmetic", "{{ true + 1 }} {{ false * 3 }} {{ true + true }}")
    t.ok("unary-plus-minus", "{{ -(3) }} {{ +3 }} {{ - -3 }} {{ -x }}", {"x": 2.5})
    t.ok("precedence", "{{ 2 + 3 * 4 }} {{ (2 + 3) * 4 }} {{ 10 - 2 - 3 }} {{ 2 * 3 % 4 }} {{ 20 / 2 / 5 }}")
    t.ok("string-repetition", "{{ 'ab' * 3 }}|{{ 3 * 'ab' }}|{{ 'x' * 0 }}|{{ 'x' * -1 }}")
    t.ok("string-concatenation-plus", "{{ 'a' + 'b' }} {{ s + '!' }}", {"s": "hi"})
    t.ok("list-concatenation-and-repetition", "{{ [1] + [2, 3] }} {{ [0] * 3 }}")
    t.ok("tilde-concatenation", "{{ 1 ~ 2 }} {{ 'a' ~ none ~ true }} {{ 1.5 ~ [1] }}")
    t.ok("tilde-with-undefined", "[{{ 'a' ~ nope ~ 'b' }}]")
    # comparisons
    t.ok("comparisons", "{{ 1 < 2 }} {{ 2 <= 2 }} {{ 3 > 4 }} {{ 3 >= 4 }} {{ 1 == 1 }} {{ 1 != 1 }}")
    t.ok("chained-comparisons", "{{ 1 < 2 < 3 }} {{ 1 < 3 < 2 }} {{ 1 == 1 < 2 }} {{ 3 > 2 > 1 >= 1 }}")
    t.ok("numeric-equality-across-types", "{{ 1 == 1.0 }} {{ true == 1 }} {{ 0 == false }} {{ '1' == 1 }}")
    t.ok("string-comparison", "{{ 'a' < 'b' }} {{ 'B' < 'a' }} {{ 'abc' < 'abd' }} {{ 'ab' < 'abc' }}")
    t.ok("list-comparison", "{{ [1, 2] < [1, 3] }} {{ [1, 2] == [1, 2] }} {{ [1] < [1, 0] }} {{ (1, 2) == (1, 2) }}")
    t.ok("none-equality", "{{ none == none }} {{ none != 0 }} {{ x == none }}", {"x": None})
    t.ok("dict-equality", "{{ {'a': 1} == {'a': 1} }} {{ d == {'a': 1} }}", {"d": {"a": 1}})
    # membership
    t.ok("in-list", "{{ 1 in [1, 2] }} {{ 3 in [1, 2] }} {{ 3 not in [1, 2] }} {{ not 3 in [1, 2] }}")
    t.ok("in-string", "{{ 'b' in 'abc' }} {{ 'bc' in 'abc' }} {{ '' in 'abc' }} {{ 'd' not in 'abc' }}")
    t.ok("in-dict-checks-keys", "{{ 'a' in d }} {{ 1 in d }} {{ 'z' in d }}", {"d": {"a": 1}})
    t.ok("in-tuple", "{{ 2 in (1, 2) }}")
    # logic
    t.ok("or-returns-operand", "{{ 0 or 'x' }}|{{ 'a' or 'b' }}|{{ none or [] }}|{{ '' or 0 }}")
    t.ok("and-returns-operand", "{{ 1 and 'y' }}|{{ '' and 'y' }}|{{ [] and 1 }}|{{ 2 and 0 }}")
    t.ok("not", "{{ not 0 }} {{ not 'a' }} {{ not [] }} {{ not none }} {{ not not 1 }}")
    t.ok("and-or-precedence", "{{ 1 or 0 and 0 }} {{ (1 or 0) and 0 }} {{ not 1 or 1 }}")
    t.ok("truthiness-of-values", "{% for v in [0, 1, '', 'a', [], [0], {}, none, 0.0, 'False'] %}"
         "{{ 'T' if v else 'F' }}{% endfor %}")
    t.ok("truthiness-of-context-values", "{% for v in vs %}{{ 'T' if v else 'F' }}{% endfor %}",
         {"vs": [0, 1, "", "a", [], [0], {}, {"a": 1}, None, 0.0, 0.5, False, True]})
    # conditional expression
    t.ok("conditional", "{{ 'a' if x else 'b' }} {{ 'a' if y else 'b' }}", {"x": 1, "y": 0})
    t.ok("conditional-without-else", "[{{ 'a' if false }}][{{ 'a' if true }}]")
    t.ok("conditional-nested", "{{ 'a' if x == 1 else 'b' if x == 2 else 'c' }}", {"x": 2})
    t.ok("conditional-in-filter-argument", "{{ xs|join(', ' if sep else '-') }}", {"xs": [1, 2], "sep": True})
    # slicing and subscripts
    t.ok("string-slices", "{{ s[1:3] }}|{{ s[:2] }}|{{ s[3:] }}|{{ s[-2:] }}|{{ s[:-2] }}|{{ s[::-1] }}|{{ s[::2] }}|{{ s[1:-1:2] }}",
         {"s": "abcdef"})
    t.ok("list-slices", "{{ xs[1:3] }} {{ xs[::-1] }} {{ xs[-1] }} {{ xs[10:] }} {{ xs[::-2] }}",
         {"xs": [1, 2, 3, 4, 5]})
    t.ok("negative-index", "{{ s[-1] }}{{ xs[-2] }}", {"s": "abc", "xs": [1, 2, 3]})
    t.ok("slice-of-literal", "{{ [1, 2, 3][1:] }} {{ 'hello'[1:4] }}")
    # attribute vs subscript
    t.ok("dot-on-dict", "{{ d.a }} {{ d['a'] }} {{ d.b.c }} {{ d['b']['c'] }}", {"d": {"a": 1, "b": {"c": 2}}})
    t.ok("dot-with-number-on-list", "{{ xs.0 }} {{ xs[1] }} {{ rows.1.name }}",
         {"xs": ["a", "b"], "rows": [{"name": "x"}, {"name": "y"}]})
    t.ok("dot-prefers-attribute", "{{ d['items'] }} {{ d.items is callable }} {{ d['keys'] }}",
         {"d": {"items": 5, "keys": "k"}})
    t.ok("subscript-prefers-item", "{{ d['a'] }} {{ d.a }}", {"d": {"a": "item"}})
    t.ok("subscript-with-variable", "{{ d[k] }} {{ xs[i] }}", {"d": {"x": 1}, "k": "x", "xs": [5, 6], "i": 1})
    t.ok("missing-key-is-undefined", "[{{ d.nope }}][{{ d['nope'] }}][{{ xs[5] }}]", {"d": {}, "xs": []})
    t.ok("dict-key-with-dash", "{{ d['a-b'] }}", {"d": {"a-b": 1}})
    # calls
    t.ok("call-keyword-arguments", "{% macro f(a, b=2, c=3) %}{{ a }}-{{ b }}-{{ c }}{% endmacro %}"
         "{{ f(1) }} {{ f(1, c=9) }} {{ f(c=0, a=1) }}")
    t.ok("call-star-args", "{% macro f(a, b, c) %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ f(*xs) }} {{ f(1, *[2, 3]) }}",
         {"xs": [7, 8, 9]})
    t.ok("call-star-star-kwargs", "{% macro f(a, b=0) %}{{ a }}/{{ b }}{% endmacro %}{{ f(**d) }} {{ f(1, **{'b': 5}) }}",
         {"d": {"a": 3, "b": 4}})
    t.ok("call-global-with-star-args", "{{ range(*[1, 4])|list }} {{ dict(a=1, **{'b': 2}) }}")
    t.ok("method-call-on-literal", "{{ 'a,b'.split(',') }} {{ [3, 1].index(1) }}")
    t.ok("filter-precedence-over-unary", "{{ -1|abs }} {{ -(1|abs) }} {{ (-1)|abs }}")
    t.ok("filter-on-expression-in-parentheses", "{{ (1 + 2)|string }} {{ 1 + 2|abs }}")
    t.ok("filter-chain", "{{ '  Hello  '|trim|upper|replace('L', 'l') }}")
    t.ok("test-precedence", "{{ 1 + 1 is even }} {{ not 2 is odd }} {{ 3 is not even and true }}")
    t.ok("tilde-between-plus-and-times", "{{ 'a' ~ 2 * 3 }} {{ 1.0 ~ '' }} {{ (1 + 2) ~ 3 }} {{ '1' + 2 ~ 3 }}")
    t.ok("in-is-a-comparison-in-chains", "{{ 1 in [1] == true }} {{ 1 < 2 in [true] }}")
    t.ok("not-binds-looser-than-comparison", "{{ not 1 == 2 }} {{ not 1 in [1] }}")
    t.ok("float-special-values", "{{ 1e308 * 10 }} {{ -1e308 * 10 }} {{ (1e308 * 10) - (1e308 * 10) }}")
    t.ok("float-results", "{{ 3.0 * 2 }} {{ 7 // 2.0 }} {{ 5 % 2.5 }} {{ 1 / 3 * 3 }} {{ 0.1 * 3 }} {{ 10 / 4 * 2 }}")
    t.ok("negative-zero", "{{ -0.0 }} {{ 0.0 * -1 }} {{ -0 }}")
    t.ok("large-int-arithmetic", "{{ 2 ** 100 }} {{ 2 ** 100 // 3 }} {{ -(2 ** 70) % 7 }} {{ 99999999999 * 99999999999 }}")
    t.ok("int-float-comparison", "{{ 1 < 1.5 }} {{ 2 == 2.0 }} {{ 3 > 2.999 }}")
    t.ok("string-ordering-is-codepoint", "{{ 'a' < 'B' }} {{ 'é' > 'z' }} {{ 'Z' < 'a' }} {{ '10' < '9' }}")
    t.ok("tuple-comparison", "{{ (1, 2) < (1, 3) }} {{ (1, 2) == [1, 2] }}")
    t.ok("subscript-out-of-range-is-undefined", "[{{ 'abc'[5] }}][{{ [1][3] }}]")
    t.ok("dict-literal-duplicate-keys", "{{ {'a': 1, 'a': 2} }}")
    t.ok("subscript-chain-on-literals", "{{ [[1, 2], [3, 4]][1][0] }} {{ {'a': {'b': 'c'}}['a'].b }} {{ [1, 2, 3][1:][0] }}")
    t.ok("conditional-with-attribute", "{{ x.y if x else 'n' }}|{{ z.y if z else 'n' }}", {"x": {"y": 1}, "z": {}})
    t.ok("conditional-precedence-with-or", "{{ 'a' if 0 or 1 else 'b' }} {{ 1 if true else 2 + 10 }}")
    t.ok("string-literal-with-newline-inside", "{{ 'line1\nline2' }}")
    t.ok("string-literal-raw-tab", "{{ 'a\tb' }}")
    t.ok("attribute-on-call-result", "{{ 'a b'.split()[1].upper() }}")
    t.ok("call-with-trailing-comma", "{{ dict(a=1,) }} {{ range(3,)|list }}")
    t.ok("nested-calls-in-arguments", "{% macro add(a, b) %}{{ a + b }}{% endmacro %}{{ add(add(1, 2)|int, 3) }}")
    t.ok("call-positional-star-and-keyword-star", "{% macro f(a, b, c=0, d=0) %}{{ a }}{{ b }}{{ c }}{{ d }}{% endmacro %}{{ f(1, 2, *[3], **{'d': 4}) }} {{ f(1, *[2], c=3) }}")
    t.ok("parenthesised-tuple-in-expression", "{{ (1, 2)[0] }} {{ ((1, 2), 3)[0][1] }}")
    t.ok("unary-not-on-undefined", "{{ not nope }}")
    t.ok("number-followed-by-attribute", "{{ 1.5.is_integer() }}")
    t.ok("modulo-string-formatting", "{{ '%s-%d' % ('a', 2) }} {{ '%05.1f' % 3.14159 }} {{ '%s' % [1] }} {{ '%(k)s' % {'k': 'v'} }}")


# --------------------------------------------------------------------------
# statements: if, set, namespace, with, filter blocks, do
# --------------------------------------------------------------------------
def statements():
    t = Theme("statements")
    t.ok("if", "{% if x %}yes{% endif %}|{% if y %}yes{% endif %}", {"x": 1, "y": 0})
    t.ok("if-else", "{% if x %}yes{% else %}no{% endif %}", {"x": []})
    t.ok("if-elif-else", "{% for n in [1, 2, 3] %}{% if n == 1 %}one{% elif n == 2 %}two{% else %}many{% endif %} {% endfor %}")
    t.ok("if-multiple-elif", "{% if x < 0 %}neg{% elif x == 0 %}zero{% elif x < 10 %}small{% elif x < 100 %}medium{% else %}big{% endif %}",
         {"x": 42})
    t.ok("if-nested", "{% if a %}{% if b %}ab{% else %}a{% endif %}{% else %}none{% endif %}", {"a": 1, "b": 0})
    t.ok("if-undefined-is-false", "{% if nope %}yes{% else %}no{% endif %}")
    t.ok("if-complex-condition", "{% if x > 1 and (y or not z) and 'a' in s %}ok{% endif %}",
         {"x": 2, "y": 0, "z": 0, "s": "abc"})
    t.ok("set-simple", "{% set x = 1 %}{% set y = x + 1 %}{{ x }}{{ y }}")
    t.ok("set-overrides-context", "{% set name = 'local' %}{{ name }}", {"name": "ctx"})
    t.ok("set-multiple-targets", "{% set a, b = 1, 2 %}{{ a }}{{ b }}{% set c, d = [3, 4] %}{{ c }}{{ d }}")
    t.ok("set-swap", "{% set a, b = 1, 2 %}{% set a, b = b, a %}{{ a }}{{ b }}")
    t.ok("set-nested-unpack", "{% set (a, b), c = (1, 2), 3 %}{{ a }}{{ b }}{{ c }}")
    t.ok("set-tuple-value", "{% set t = 1, 2 %}{{ t }}")
    t.ok("set-block", "{% set body %}Hello {{ name }}{% endset %}[{{ body }}]", {"name": "you"})
    t.ok("set-block-with-filter", "{% set body | upper | trim %}  hello  {% endset %}[{{ body }}]")
    t.ok("set-block-autoescaped-is-markup", "{% set b %}<b>{{ x }}</b>{% endset %}{{ b }}|{{ b|length }}",
         {"x": "<i>"}, autoescape=True)
    t.ok("set-inside-loop-does-not-leak", "{% set x = 0 %}{% for i in [1, 2] %}{% set x = i %}{{ x }}{% endfor %}|{{ x }}")
    t.ok("set-inside-if-leaks", "{% if true %}{% set x = 5 %}{% endif %}{{ x }}")
    t.ok("set-inside-loop-visible-later-in-iteration", "{% for i in [1, 2] %}{% set y = i * 10 %}{{ y }},{% endfor %}")
    t.ok("namespace-counter", "{% set ns = namespace(count=0) %}{% for i in [1, 2, 3] %}{% set ns.count = ns.count + i %}{% endfor %}{{ ns.count }}")
    t.ok("namespace-found-flag", "{% set ns = namespace(found=false) %}{% for x in xs %}{% if x == 3 %}{% set ns.found = true %}{% endif %}{% endfor %}{{ ns.found }}",
         {"xs": [1, 3, 5]})
    t.ok("namespace-from-dict", "{% set ns = namespace({'a': 1}, b=2) %}{{ ns.a }}{{ ns.b }}")
    t.ok("namespace-new-attribute", "{% set ns = namespace() %}{% set ns.x = 'set' %}{{ ns.x }}")
    t.ok("namespace-block-set", "{% set ns = namespace() %}{% set ns.text %}hi {{ 1 }}{% endset %}{{ ns.text }}")
    t.ok("with", "{% with a = 1, b = 2 %}{{ a + b }}{% endwith %}[{{ a }}]")
    t.ok("with-refers-outer", "{% set x = 2 %}{% with y = x * 2 %}{{ y }}{% endwith %}")
    t.ok("with-shadowing", "{% set x = 'outer' %}{% with x = 'inner' %}{{ x }}{% endwith %}{{ x }}")
    t.ok("with-set-inside-is-local", "{% with %}{% set x = 1 %}{{ x }}{% endwith %}[{{ x }}]")
    t.ok("with-sequential-targets-see-outer", "{% set a = 'outer' %}{% with a = 'inner', b = a %}{{ a }} {{ b }}{% endwith %}")
    t.ok("filter-block", "{% filter upper %}hello {{ name }}{% endfilter %}", {"name": "x"})
    t.ok("filter-block-chain", "{% filter trim|upper|replace('A', '4') %}  banana  {% endfilter %}")
    t.ok("filter-block-with-arguments", "{% filter center(9) %}abc{% endfilter %}|")
    t.ok("filter-block-nested", "{% filter upper %}a{% filter lower %}B{% endfilter %}c{% endfilter %}")
    t.ok("do-append", "{% set xs = [] %}{% do xs.append(1) %}{% do xs.append(2) %}{{ xs }}")
    t.ok("do-dict-update", "{% set d = {} %}{% do d.update({'a': 1}) %}{{ d }}")
    t.ok("do-discards-value", "[{% do 1 + 2 %}]")
    t.ok("do-mutates-context-list", "{% do xs.append(3) %}{{ xs }}", {"xs": [1, 2]})
    t.ok("do-pop", "{% set xs = [1, 2, 3] %}{% do xs.pop() %}{{ xs }}")
    t.ok("set-referencing-outer-in-loop", "{% set total = 10 %}{% for i in [1, 2] %}{% set total = total + i %}{{ total }} {% endfor %}{{ total }}")
    t.ok("print-before-top-level-set", "{{ x }}{% set x = 'set' %}{{ x }}", {"x": "ctx"})
    t.ok("set-in-with-in-loop", "{% for i in [1, 2] %}{% with j = i * 2 %}{{ j }}{% endwith %}{% endfor %}")
    t.ok("set-in-macro-shadows-parameter", "{% macro m(x) %}{% set x = x ~ '!' %}{{ x }}{% endmacro %}{{ m('a') }}")
    t.ok("filter-block-indent", "{% filter indent(2, true) %}a\nb{% endfilter %}")
    t.ok("filter-block-in-loop", "{% for x in ['a', 'b'] %}{% filter upper %}{{ x }}{% endfilter %}{% endfor %}")
    t.ok("with-in-loop-sees-loop", "{% for x in 'ab' %}{% with y = loop.index %}{{ y }}{{ x }}{% endwith %}{% endfor %}")
    t.ok("namespace-in-include", {"main": "{% set ns = namespace(v='outer') %}{% include 'p' %}{{ ns.v }}",
                                  "p": "{% set ns.v = 'changed' %}"})
    t.ok("if-with-filter-and-test", "{% if xs|length > 2 and xs|first is odd %}yes{% else %}no{% endif %}", {"xs": [1, 2, 3]})
    t.ok("if-elif-without-else-none-match", "[{% if false %}a{% elif false %}b{% endif %}]")
    t.ok("set-block-empty", "{% set x %}{% endset %}[{{ x }}]{{ x|length }}")
    t.ok("set-block-multiline", "{% set x %}\nline1\nline2\n{% endset %}[{{ x }}]")
    t.ok("do-update-keyword", "{% set d = {} %}{% do d.update(k=2) %}{{ d.k }}")
    t.ok("set-from-filter-chain", "{% set names = users|map(attribute='n')|map('upper')|list %}{{ names }}",
         {"users": [{"n": "a"}, {"n": "b"}]})
    t.ok("set-then-loop-append", "{% set out = [] %}{% for i in range(3) %}{% do out.append(i * i) %}{% endfor %}{{ out|join(',') }}")
    t.ok("with-multiple-and-nested", "{% with a = 1 %}{% with b = a + 1 %}{{ a }}{{ b }}{% endwith %}{{ b is defined }}{% endwith %}")


# --------------------------------------------------------------------------
# loops: for, else, filters, unpacking, recursion, loop variable, break/continue
# --------------------------------------------------------------------------
def loops():
    t = Theme("loops")
    xs = {"xs": ["a", "b", "c"]}
    t.ok("for", "{% for x in xs %}{{ x }}{% endfor %}", xs)
    t.ok("for-range", "{% for i in range(3) %}{{ i }}{% endfor %}")
    t.ok("for-string", "{% for c in 'abc' %}[{{ c }}]{% endfor %}")
    t.ok("for-dict-keys", "{% for k in d %}{{ k }}{% endfor %}", {"d": {"a": 1}})
    t.ok("for-else-empty", "{% for x in [] %}{{ x }}{% else %}empty{% endfor %}")
    t.ok("for-else-not-empty", "{% for x in [1] %}{{ x }}{% else %}empty{% endfor %}")
    t.ok("for-else-undefined", "{% for x in nope %}{{ x }}{% else %}empty{% endfor %}")
    t.ok("for-else-all-filtered", "{% for x in [1, 3] if x is even %}{{ x }}{% else %}none even{% endfor %}")
    t.ok("for-if-filter", "{% for x in range(10) if x is odd %}{{ x }}{% endfor %}")
    t.ok("for-if-filter-loop-index", "{% for x in range(10) if x % 3 == 0 %}{{ loop.index }}:{{ x }}/{{ loop.length }} {% endfor %}")
    t.ok("for-unpacking-pairs", "{% for a, b in [[1, 2], [3, 4]] %}{{ a }}{{ b }};{% endfor %}")
    t.ok("for-unpacking-items", "{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", {"d": {"a": 1}})
    t.ok("for-unpacking-tuple-target", "{% for (a, b) in [(1, 2)] %}{{ a }}{{ b }}{% endfor %}")
    t.ok("for-nested", "{% for row in rows %}{% for c in row %}{{ c }}{% endfor %};{% endfor %}",
         {"rows": [[1, 2], [3]]})
    t.ok("for-variable-does-not-leak", "{% set x = 'before' %}{% for x in [1, 2] %}{% endfor %}{{ x }}")
    t.ok("loop-index", "{% for x in xs %}{{ loop.index }}{% endfor %}", xs)
    t.ok("loop-index0", "{% for x in xs %}{{ loop.index0 }}{% endfor %}", xs)
    t.ok("loop-revindex", "{% for x in xs %}{{ loop.revindex }}{% endfor %}", xs)
    t.ok("loop-revindex0", "{% for x in xs %}{{ loop.revindex0 }}{% endfor %}", xs)
    t.ok("loop-first-last", "{% for x in xs %}{{ loop.first }}/{{ loop.last }} {% endfor %}", xs)
    t.ok("loop-length", "{% for x in xs %}{{ loop.length }}{% endfor %}", xs)
    t.ok("loop-cycle", "{% for x in xs %}{{ loop.cycle('odd', 'even') }} {% endfor %}", xs)
    t.ok("loop-cycle-variables", "{% for x in range(4) %}{{ loop.cycle(a, b, c) }}{% endfor %}", {"a": 1, "b": 2, "c": 3})
    t.ok("loop-previtem-nextitem", "{% for x in xs %}({{ loop.previtem }}<{{ x }}>{{ loop.nextitem }}){% endfor %}", xs)
    t.ok("loop-previtem-undefined-at-start", "{% for x in xs %}{{ loop.previtem is defined }}{{ loop.nextitem is defined }} {% endfor %}", xs)
    t.ok("loop-changed", "{% for x in [1, 1, 2, 2, 1] %}{% if loop.changed(x) %}{{ x }}{% endif %}{% endfor %}")
    t.ok("loop-changed-multiple-args", "{% for p in ps %}{% if loop.changed(p.a, p.b) %}*{% endif %}{{ p.a }}{{ p.b }} {% endfor %}",
         {"ps": [{"a": 1, "b": 1}, {"a": 1, "b": 1}, {"a": 1, "b": 2}]})
    t.ok("loop-depth-flat", "{% for x in [1] %}{{ loop.depth }}{{ loop.depth0 }}{% endfor %}")
    t.ok("outer-loop-via-set", "{% for a in [1, 2] %}{% set outer = loop %}{% for b in [1, 2] %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}")
    t.ok("inner-loop-shadows-outer", "{% for a in [1, 2] %}{% for b in 'xy' %}{{ loop.index }}{% endfor %}{{ loop.index }}|{% endfor %}")
    tree = {"tree": [{"name": "a", "children": [{"name": "b", "children": [{"name": "c", "children": []}]},
                                                {"name": "d", "children": []}]},
                     {"name": "e", "children": []}]}
    t.ok("recursive", "{% for n in tree recursive %}{{ n.name }}{% if n.children %}({{ loop(n.children) }}){% endif %}{% endfor %}", tree)
    t.ok("recursive-depth", "{% for n in tree recursive %}{{ n.name }}{{ loop.depth }}{{ loop.depth0 }} {{ loop(n.children) }}{% endfor %}", tree)
    t.ok("recursive-index-per-level", "{% for n in tree recursive %}[{{ loop.index }}/{{ loop.length }}{{ loop(n.children) }}]{% endfor %}", tree)
    t.ok("recursive-with-else", "{% for n in tree recursive %}{{ n.name }}{{ loop(n.children) }}{% else %}-{% endfor %}", tree)
    t.ok("recursive-html-list", "<ul>{% for n in tree recursive %}<li>{{ n.name }}{% if n.children %}<ul>{{ loop(n.children) }}</ul>{% endif %}</li>{% endfor %}</ul>",
         tree, autoescape=True)
    t.ok("break", "{% for x in range(10) %}{% if x == 3 %}{% break %}{% endif %}{{ x }}{% endfor %}")
    t.ok("continue", "{% for x in range(6) %}{% if x is odd %}{% continue %}{% endif %}{{ x }}{% endfor %}")
    t.ok("break-skips-else", "{% for x in [1, 2] %}{% break %}{% else %}else{% endfor %}done")
    t.ok("break-inner-loop-only", "{% for a in [1, 2] %}{% for b in [1, 2, 3] %}{% if b == 2 %}{% break %}{% endif %}{{ a }}{{ b }} {% endfor %}{% endfor %}")
    t.ok("loop-last-separator", "{% for x in xs %}{{ x }}{% if not loop.last %},{% endif %}{% endfor %}", xs)
    t.ok("loop-over-dict-items-sorted", "{% for k, v in d|dictsort %}{{ k }}{{ v }}{% endfor %}", {"d": {"b": 2, "a": 1}})
    t.ok("loop-undefined-in-else", "{% for x in [] %}{% else %}{{ loop is defined }}{% endfor %}")
    t.ok("else-sees-outer-loop-name", "{% for x in [] %}{% else %}[{{ loop.index }}]{% endfor %}", {"loop": {"index": "outer"}})
    t.ok("loop-variables-in-filter-expression", "{% for x in xs %}{{ (loop.index * 10)|string ~ x }} {% endfor %}", xs)
    t.ok("loop-over-tuple-literal", "{% for x in 1, 2, 3 %}{{ x }}{% endfor %}")
    t.ok("for-over-dict-values", "{% for v in d.values() %}{{ v }}{% endfor %}", {"d": {"a": 1}})
    t.ok("for-over-sorted", "{% for x in xs|sort %}{{ x }}{% endfor %}", {"xs": [3, 1, 2]})
    t.ok("for-nested-range-dependent", "{% for i in range(4) %}{% for j in range(i) %}{{ j }}{% endfor %};{% endfor %}")
    t.ok("loop-changed-first-iteration", "{% for x in [5] %}{{ loop.changed(x) }}{{ loop.changed(x) }}{% endfor %}")
    t.ok("loop-previtem-with-if-filter", "{% for x in range(6) if x is even %}{{ loop.previtem }}>{{ x }}>{{ loop.nextitem }} {% endfor %}")
    t.ok("loop-revindex-with-if-filter", "{% for x in range(6) if x is odd %}{{ loop.revindex }}{{ loop.last }} {% endfor %}")
    t.ok("continue-first-still-runs-else", "{% for x in [1] %}{% continue %}{% else %}E{% endfor %}done")
    t.ok("range-negative-step", "{% for i in range(3, 0, -1) %}{{ i }}{% endfor %}")
    t.ok("loop-not-visible-in-macro", "{% macro m() %}{{ loop is defined }}{% endmacro %}{% for x in [1] %}{{ m() }}{% endfor %}")
    t.ok("loop-body-set-not-visible-in-else", "{% for x in [] %}{% set y = 1 %}{% else %}[{{ y }}]{% endfor %}")
    t.ok("loop-over-list-of-dicts", "{% for u in users %}{{ u.name }}({{ u['age'] }}) {% endfor %}",
         {"users": [{"name": "a", "age": 1}, {"name": "b", "age": 2}]})
    t.ok("loop-cycle-single", "{% for x in range(3) %}{{ loop.cycle('x') }}{% endfor %}")
    t.ok("loop-index-in-nested-else", "{% for a in [1, 2] %}{% for b in [] %}{% else %}{{ loop.index }}{% endfor %}{% endfor %}")
    t.ok("loop-length-of-string", "{% for c in 'héllo' %}{{ loop.length }}{% endfor %}")
    t.ok("recursive-previtem", "{% for n in tree recursive %}{{ loop.previtem.name if loop.previtem else '-' }}{{ n.name }}{{ loop(n.children) }}{% endfor %}", tree)
    t.ok("recursive-loop-last", "{% for n in tree recursive %}{{ n.name }}{% if not loop.last %},{% endif %}{% if n.children %}[{{ loop(n.children) }}]{% endif %}{% endfor %}", tree)
    t.ok("recursive-with-if-filter", "{% for n in tree if n.name != 'd' recursive %}{{ n.name }}{{ loop(n.children) }}{% endfor %}", tree)
    t.ok("recursive-break", "{% for n in tree recursive %}{{ n.name }}{% if n.name == 'b' %}{% break %}{% endif %}{{ loop(n.children) }}{% endfor %}", tree)
    t.ok("unpacking-three", "{% for a, b, c in [[1, 2, 3], 'xyz'] %}{{ a }}{{ b }}{{ c }} {% endfor %}")
    t.ok("loop-with-set-and-namespace", "{% set ns = namespace(items=[]) %}{% for x in 'abc' %}{% set ns.items = ns.items + [x|upper] %}{% endfor %}{{ ns.items }}")
    t.ok("loop-over-groupby", "{% for key, group in items|groupby('k') %}{{ key }}:{% for i in group %}{{ i.v }}{% endfor %} {% endfor %}",
         {"items": [{"k": "b", "v": 1}, {"k": "a", "v": 2}, {"k": "b", "v": 3}]})
    t.ok("loop-variable-named-like-context", "{{ x }}{% for x in [1, 2] %}{{ x }}{% endfor %}{{ x }}", {"x": "c"})
    t.ok("loop-over-batch-table", "{% for row in range(5)|batch(2, 0) %}<tr>{% for c in row %}<td>{{ c }}</td>{% endfor %}</tr>{% endfor %}")
    t.ok("break-on-loop-index", "{% for x in range(100) %}{% if loop.index > 3 %}{% break %}{% endif %}{{ loop.index }}{% endfor %}")


# --------------------------------------------------------------------------
# macros and call blocks
# --------------------------------------------------------------------------
def macros():
    t = Theme("macros")
    t.ok("simple", "{% macro hello(name) %}Hello {{ name }}!{% endmacro %}{{ hello('A') }} {{ hello('B') }}")
    t.ok("defaults", "{% macro input(name, value='', type='text') %}<input type=\"{{ type }}\" name=\"{{ name }}\" value=\"{{ value }}\">{% endmacro %}"
         "{{ input('u') }}{{ input('p', type='password') }}")
    t.ok("default-refers-to-earlier-argument", "{% macro m(a, b=a * 2) %}{{ a }},{{ b }}{% endmacro %}{{ m(2) }} {{ m(2, 5) }}")
    t.ok("missing-argument-is-undefined", "{% macro m(a, b) %}[{{ a }}][{{ b }}]{% endmacro %}{{ m(1) }}")
    t.ok("varargs", "{% macro m(a) %}{{ a }}{{ varargs }}{% endmacro %}{{ m(1, 2, 3) }}|{{ m(1) }}")
    t.ok("kwargs", "{% macro m(a) %}{{ a }}{{ kwargs }}{% endmacro %}{{ m(1, x=2) }}|{{ m(1) }}")
    t.ok("varargs-and-kwargs", "{% macro m() %}{{ varargs|join(',') }};{{ kwargs|dictsort }}{% endmacro %}{{ m(1, 2, b=2, a=1) }}")
    t.ok("returns-markup-when-autoescaping", "{% macro m(x) %}<b>{{ x }}</b>{% endmacro %}{{ m('<i>') }}", autoescape=True)
    t.ok("output-is-string", "{% macro m() %}ab{% endmacro %}{{ m()|length }} {{ m() ~ 'c' }} {{ m()|upper }}")
    t.ok("sees-template-globals-not-caller-locals", "{% set g = 'global' %}{% macro m() %}{{ g }}|{{ l }}{% endmacro %}"
         "{% for l in [1] %}{{ m() }}{% endfor %}")
    t.ok("sees-context", "{% macro m() %}{{ name }}{% endmacro %}{{ m() }}", {"name": "ctx"})
    t.ok("recursive-macro", "{% macro fact(n) %}{% if n <= 1 %}1{% else %}{{ n * fact(n - 1)|int }}{% endif %}{% endmacro %}{{ fact(5) }}")
    t.ok("macro-set-is-local", "{% set x = 1 %}{% macro m() %}{% set x = 2 %}{{ x }}{% endmacro %}{{ m() }}{{ x }}")
    t.ok("attribute-name", "{% macro my_macro(a) %}{% endmacro %}{{ my_macro.name }}")
    t.ok("attribute-arguments", "{% macro m(a, b=1, c='x') %}{% endmacro %}{{ m.arguments }}")
    t.ok("attribute-catch-kwargs", "{% macro a() %}{% endmacro %}{% macro b() %}{{ kwargs }}{% endmacro %}{{ a.catch_kwargs }} {{ b.catch_kwargs }}")
    t.ok("attribute-catch-varargs", "{% macro a() %}{% endmacro %}{% macro b() %}{{ varargs }}{% endmacro %}{{ a.catch_varargs }} {{ b.catch_varargs }}")
    t.ok("attribute-caller", "{% macro a() %}{% endmacro %}{% macro b() %}{{ caller() }}{% endmacro %}{{ a.caller }} {{ b.caller }}")
    t.ok("call-block", "{% macro box() %}<div>{{ caller() }}</div>{% endmacro %}{% call box() %}content {{ 1 + 1 }}{% endcall %}")
    t.ok("call-block-with-macro-arguments", "{% macro box(cls) %}<div class=\"{{ cls }}\">{{ caller() }}</div>{% endmacro %}{% call box('x') %}in{% endcall %}")
    t.ok("call-block-caller-arguments", "{% macro each(items) %}{% for i in items %}{{ caller(i, loop.index) }}{% endfor %}{% endmacro %}"
         "{% call(item, n) each(['a', 'b']) %}{{ n }}={{ item }};{% endcall %}")
    t.ok("call-block-caller-default-argument", "{% macro m() %}{{ caller() }}|{{ caller('y') }}{% endmacro %}{% call(x='dflt') m() %}{{ x }}{% endcall %}")
    t.ok("call-block-called-twice", "{% macro twice() %}{{ caller() }}{{ caller() }}{% endmacro %}{% call twice() %}ab{% endcall %}")
    t.ok("call-block-sees-outer-variables", "{% macro m() %}{{ caller() }}{% endmacro %}{% set v = 'outer' %}{% call m() %}{{ v }}{% endcall %}")
    t.ok("call-block-nested", "{% macro w(t) %}<{{ t }}>{{ caller() }}</{{ t }}>{% endmacro %}{% call w('a') %}{% call w('b') %}x{% endcall %}{% endcall %}")
    t.ok("caller-passed-as-argument", "{% macro inner(c) %}[{{ c() }}]{% endmacro %}{% macro outer() %}{{ inner(caller) }}{% endmacro %}{% call outer() %}body{% endcall %}")
    t.ok("macro-as-argument", "{% macro a(x) %}<{{ x }}>{% endmacro %}{% macro apply(f, v) %}{{ f(v) }}{% endmacro %}{{ apply(a, 1) }}")
    t.ok("macro-in-loop", "{% macro li(x) %}<li>{{ x }}</li>{% endmacro %}{% for x in [1, 2] %}{{ li(x) }}{% endfor %}")
    t.err("macro-defined-after-use-in-template", "{{ m() }}{% macro m() %}late{% endmacro %}")
    t.ok("macro-whitespace", "{% macro m() %}\n  body\n{% endmacro %}[{{ m() }}]")
    t.ok("macro-with-set-block", "{% macro m(x) %}{% set y %}<{{ x }}>{% endset %}{{ y }}{{ y }}{% endmacro %}{{ m(1) }}")
    t.ok("caller-undefined-outside-call", "{% macro m() %}{{ caller is defined }}{% endmacro %}{{ m() }}")
    t.ok("no-arguments-attribute", "{% macro m() %}{% endmacro %}{{ m.arguments }}|{{ m.name }}")
    t.ok("varargs-after-defaults", "{% macro m(a, b=2) %}{{ a }}{{ b }}{{ varargs }}{% endmacro %}{{ m(1) }} {{ m(1, 3, 4, 5) }}")
    t.ok("kwargs-and-defaults", "{% macro m(a=1) %}{{ a }}{{ kwargs|dictsort }}{% endmacro %}{{ m(z=9) }} {{ m(a=2, b=3) }}")
    t.ok("caller-keyword-arguments", "{% macro m() %}{{ caller(x=1, y=2) }}{% endmacro %}{% call(y, x) m() %}{{ x }}{{ y }}{% endcall %}")
    t.ok("caller-with-varargs-loop", "{% macro table(rows) %}<table>{% for r in rows %}<tr>{{ caller(r) }}</tr>{% endfor %}</table>{% endmacro %}"
         "{% call(r) table([[1, 2], [3]]) %}{% for c in r %}<td>{{ c }}</td>{% endfor %}{% endcall %}")
    t.ok("explicit-caller-parameter", "{% macro m(caller=none) %}[{{ caller() if caller else 'none' }}]{% endmacro %}{% call m() %}x{% endcall %}{{ m() }}{{ m.caller }}{{ m.arguments }}")
    t.ok("macro-calls-other-macro", "{% macro a(x) %}<{{ x }}>{% endmacro %}{% macro b(x) %}{{ a(x) }}{{ a(x * 2) }}{% endmacro %}{{ b(2) }}")
    t.ok("macro-uses-loop-inside", "{% macro m(xs) %}{% for x in xs %}{{ loop.index }}{{ x }}{% endfor %}{% endmacro %}{{ m('ab') }}")
    t.ok("macro-default-from-context", "{% macro m(a=name) %}{{ a }}{% endmacro %}{{ m() }}", {"name": "ctx"})
    t.ok("macro-default-list", "{% macro m(xs=[1, 2]) %}{{ xs|sum }}{% endmacro %}{{ m() }} {{ m([5]) }}")
    t.ok("macro-kwargs-only-keyword", "{% macro m() %}{{ kwargs.a }}{% endmacro %}{{ m(a='k') }}")
    t.ok("macro-result-in-variable", "{% macro m() %}val{% endmacro %}{% set v = m() %}{{ v }}{{ v|length }}")
    t.ok("macro-with-call-block-and-arguments", "{% macro dialog(title, cls='box') %}<div class=\"{{ cls }}\"><h2>{{ title }}</h2>{{ caller() }}</div>{% endmacro %}"
         "{% call dialog('Hi', cls='x') %}Body{% endcall %}")
    t.ok("macro-caller-sees-loop-of-call-site", "{% macro m() %}{{ caller() }}{% endmacro %}{% for x in 'ab' %}{% call m() %}{{ loop.index }}{{ x }}{% endcall %}{% endfor %}")
    t.ok("macro-escaping-of-arguments", "{% macro m(x) %}{{ x }}{% endmacro %}{{ m('<a>') }}{{ m('<a>'|safe) }}", autoescape=True)


# --------------------------------------------------------------------------
# inheritance: extends, block, super, self, scoped, required
# --------------------------------------------------------------------------
BASE = ("<title>{% block title %}Default{% endblock %}</title>\n"
        "<body>{% block body %}base body{% endblock %}</body>")


def inheritance():
    t = Theme("inheritance")
    t.ok("extends-override", {"base": BASE, "main": "{% extends 'base' %}{% block title %}Child{% endblock %}"})
    t.ok("extends-all-blocks", {"base": BASE, "main": "{% extends 'base' %}{% block body %}B{% endblock %}{% block title %}T{% endblock %}"})
    t.ok("extends-no-override", {"base": BASE, "main": "{% extends 'base' %}"})
    t.ok("child-text-outside-blocks-ignored", {"base": BASE, "main": "ignored {% extends 'base' %} also ignored {% block title %}T{% endblock %} tail"})
    t.ok("super", {"base": BASE, "main": "{% extends 'base' %}{% block title %}[{{ super() }}]{% endblock %}"})
    t.ok("super-twice", {"base": BASE, "main": "{% extends 'base' %}{% block title %}{{ super() }}+{{ super() }}{% endblock %}"})
    t.ok("multi-level", {
        "base": "A[{% block x %}base{% endblock %}]",
        "mid": "{% extends 'base' %}{% block x %}mid<{{ super() }}>{% endblock %}",
        "main": "{% extends 'mid' %}{% block x %}child<{{ super() }}>{% endblock %}",
    })
    t.ok("multi-level-skip-middle", {
        "base": "{% block a %}A{% endblock %}{% block b %}B{% endblock %}",
        "mid": "{% extends 'base' %}{% block a %}midA{% endblock %}",
        "main": "{% extends 'mid' %}{% block b %}childB{% endblock %}",
    })
    t.ok("super-super", {
        "base": "{% block x %}1{% endblock %}",
        "mid": "{% extends 'base' %}{% block x %}2{{ super() }}{% endblock %}",
        "main": "{% extends 'mid' %}{% block x %}3{{ super() }}{% endblock %}",
    })
    t.ok("nested-blocks", {
        "base": "{% block outer %}O[{% block inner %}i{% endblock %}]{% endblock %}",
        "main": "{% extends 'base' %}{% block inner %}I{% endblock %}",
    })
    t.ok("nested-blocks-override-outer", {
        "base": "{% block outer %}O[{% block inner %}i{% endblock %}]{% endblock %}",
        "main": "{% extends 'base' %}{% block outer %}new{{ super() }}{% endblock %}{% block inner %}I{% endblock %}",
    })
    t.ok("self-block", "{% block title %}T{% endblock %}|{{ self.title() }}")
    t.ok("self-block-from-child", {"base": "{% block a %}base-a{% endblock %}/{{ self.a() }}",
                                   "main": "{% extends 'base' %}{% block a %}child-a{% endblock %}"})
    t.ok("block-sees-context", {"base": "{% block a %}{% endblock %}", "main": "{% extends 'base' %}{% block a %}{{ name }}{% endblock %}"},
         {"name": "ctx"})
    t.ok("block-not-scoped-by-default", "{% for i in [1, 2] %}{% block b %}[{{ i }}]{% endblock %}{% endfor %}")
    t.ok("block-scoped", "{% for i in [1, 2] %}{% block b scoped %}[{{ i }}]{% endblock %}{% endfor %}")
    t.ok("block-scoped-in-child", {"base": "{% for i in [1, 2] %}{% block b scoped %}{% endblock %}{% endfor %}",
                                   "main": "{% extends 'base' %}{% block b %}<{{ i }}>{% endblock %}"})
    t.ok("required-block-overridden", {"base": "[{% block b required %}{% endblock %}]",
                                       "main": "{% extends 'base' %}{% block b %}filled{% endblock %}"})
    t.ok("endblock-with-name", {"base": BASE, "main": "{% extends 'base' %}{% block title %}N{% endblock title %}"})
    t.ok("extends-variable", {"a": "A{% block x %}{% endblock %}", "b": "B{% block x %}{% endblock %}",
                              "main": "{% extends layout %}{% block x %}!{% endblock %}"}, {"layout": "b"})
    t.ok("extends-conditional", {"a": "A{% block x %}{% endblock %}", "b": "B{% block x %}{% endblock %}",
                                 "main": "{% if x %}{% extends 'a' %}{% else %}{% extends 'b' %}{% endif %}{% block x %}!{% endblock %}"},
         {"x": 0})
    t.ok("set-in-child-top-level-visible-in-blocks", {"base": "{% block a %}{% endblock %}",
                                                       "main": "{% extends 'base' %}{% set v = 'top' %}{% block a %}{{ v }}{% endblock %}"})
    t.ok("base-set-visible-in-child-block", {"base": "{% set v = 'base' %}{% block a %}{% endblock %}",
                                             "main": "{% extends 'base' %}{% block a %}[{{ v }}]{% endblock %}"})
    t.ok("macro-in-child-top-level", {"base": "{% block a %}{% endblock %}",
                                      "main": "{% extends 'base' %}{% macro m() %}M{% endmacro %}{% block a %}{{ m() }}{% endblock %}"})
    t.ok("block-in-loop-in-base", {"base": "{% for x in xs %}{% block item scoped %}{{ x }}{% endblock %}{% endfor %}",
                                   "main": "{% extends 'base' %}{% block item %}<{{ x }}>{% endblock %}"}, {"xs": [1, 2]})
    t.ok("whitespace-around-blocks", {"base": "a\n{% block b %}\nbase\n{% endblock %}\nz\n",
                                      "main": "{% extends 'base' %}\n{% block b %}\nchild\n{% endblock %}\n"}, trim_blocks=True)
    t.ok("extends-with-autoescape", {"base": "{% block a %}{% endblock %}", "main": "{% extends 'base' %}{% block a %}{{ x }}{% endblock %}"},
         {"x": "<&>"}, autoescape=True)
    t.ok("super-in-nested-block", {
        "base": "{% block outer %}<{% block inner %}base-inner{% endblock %}>{% endblock %}",
        "main": "{% extends 'base' %}{% block inner %}child+{{ super() }}{% endblock %}",
    })
    t.ok("child-imports-macros-at-top-level", {"base": "{% block a %}{% endblock %}", "m": "{% macro x() %}X{% endmacro %}",
                                               "main": "{% extends 'base' %}{% import 'm' as m %}{% block a %}{{ m.x() }}{% endblock %}"})
    t.ok("block-inside-if-in-base", {"base": "{% if show %}{% block a %}base{% endblock %}{% endif %}|",
                                     "main": "{% extends 'base' %}{% block a %}child{% endblock %}"}, {"show": True})
    t.ok("super-in-scoped-block", {"base": "{% for i in [1, 2] %}{% block b scoped %}({{ i }}){% endblock %}{% endfor %}",
                                   "main": "{% extends 'base' %}{% block b %}{{ super() }}{{ i }}{% endblock %}"})
    t.ok("required-in-middle-level", {"base": "{% block b required %}{% endblock %}",
                                      "mid": "{% extends 'base' %}",
                                      "main": "{% extends 'mid' %}{% block b %}ok{% endblock %}"})
    t.ok("required-overridden-in-middle", {"base": "[{% block b required %}{% endblock %}]",
                                           "mid": "{% extends 'base' %}{% block b %}mid{% endblock %}",
                                           "main": "{% extends 'mid' %}"})
    t.ok("block-called-twice-via-self", "{% block t %}T{% endblock %}-{{ self.t() }}-{{ self.t() }}")
    t.ok("four-levels", {
        "l1": "<{% block x %}1{% endblock %}>",
        "l2": "{% extends 'l1' %}{% block x %}2{{ super() }}{% endblock %}",
        "l3": "{% extends 'l2' %}{% block x %}3{{ super() }}{% endblock %}",
        "main": "{% extends 'l3' %}{% block x %}4{{ super() }}{% endblock %}",
    })
    t.ok("child-block-only-in-nested-parent-block", {
        "base": "{% block page %}[{% block content %}{% endblock %}]{% endblock %}",
        "mid": "{% extends 'base' %}{% block page %}<{% block content %}mid{% endblock %}>{% endblock %}",
        "main": "{% extends 'mid' %}{% block content %}child{% endblock %}",
    })
    t.ok("blocks-see-base-context-variables", {"base": "{% block a %}{{ title }}{% endblock %}",
                                              "main": "{% extends 'base' %}{% block a %}[{{ super() }}|{{ title }}]{% endblock %}"},
         {"title": "T"})
    t.ok("extends-after-set-at-top", {"base": "{% block a %}{% endblock %}",
                                      "main": "{% set x = 'v' %}{% extends 'base' %}{% block a %}{{ x }}{% endblock %}"})
    t.ok("block-with-loop-variable-not-scoped", {"base": "{% for i in [1, 2] %}{% block b %}{% endblock %}{% endfor %}",
                                                 "main": "{% extends 'base' %}{% block b %}[{{ i }}]{% endblock %}"})
    t.ok("inheritance-with-trim-and-lstrip", {
        "base": "<html>\n  {% block body %}\n  {% endblock %}\n</html>\n",
        "main": "{% extends 'base' %}\n{% block body %}\n  <p>hi</p>\n{% endblock %}\n",
    }, trim_blocks=True, lstrip_blocks=True)
    t.ok("self-in-child-calls-child-block", {"base": "{% block a %}A{% endblock %}{% block b %}B{% endblock %}",
                                             "main": "{% extends 'base' %}{% block b %}[{{ self.a() }}]{% endblock %}{% block a %}childA{% endblock %}"})


# --------------------------------------------------------------------------
# includes and imports
# --------------------------------------------------------------------------
FORMS = ("{% macro field(name, value='') %}<input name=\"{{ name }}\" value=\"{{ value }}\">{% endmacro %}"
         "{% macro label(text) %}<label>{{ text }}</label>{% endmacro %}"
         "{% set version = '1.0' %}"
         "{% macro who() %}{{ user }}{% endmacro %}")


def includes_imports():
    t = Theme("includes_imports")
    t.ok("include", {"main": "a{% include 'part' %}b", "part": "[part]"})
    t.ok("include-sees-context", {"main": "{% include 'part' %}", "part": "{{ name }}"}, {"name": "ctx"})
    t.ok("include-sees-locals", {"main": "{% set x = 1 %}{% for i in [1, 2] %}{% include 'part' %}{% endfor %}", "part": "{{ x }}{{ i }};"})
    t.ok("include-does-not-see-loop", {"main": "{% for i in 'ab' %}{% include 'part' %}{% endfor %}", "part": "{{ loop is defined }}{{ i }}"})
    t.ok("include-without-context", {"main": "{% set x = 1 %}{% include 'part' without context %}", "part": "[{{ x }}][{{ name }}]"},
         {"name": "ctx"})
    t.ok("include-with-context-explicit", {"main": "{% set x = 1 %}{% include 'part' with context %}", "part": "[{{ x }}]"})
    t.ok("include-ignore-missing", {"main": "a{% include 'missing' ignore missing %}b"})
    t.ok("include-ignore-missing-present", {"main": "a{% include 'part' ignore missing %}b", "part": "P"})
    t.ok("include-list-first-found", {"main": "{% include ['missing', 'b', 'a'] %}", "a": "A", "b": "B"})
    t.ok("include-list-variable", {"main": "{% include names %}", "a": "A"}, {"names": ["x", "a"]})
    t.ok("include-list-ignore-missing", {"main": "[{% include ['x', 'y'] ignore missing %}]"})
    t.ok("include-variable-name", {"main": "{% include which %}", "a": "A"}, {"which": "a"})
    t.ok("include-nested", {"main": "1{% include 'b' %}", "b": "2{% include 'c' %}", "c": "3"})
    t.ok("include-set-does-not-leak", {"main": "{% include 'part' %}[{{ y }}]", "part": "{% set y = 5 %}{{ y }}"})
    t.ok("include-in-block", {"base": "{% block a %}{% endblock %}", "main": "{% extends 'base' %}{% block a %}{% include 'p' %}{% endblock %}",
                              "p": "P"})
    t.ok("include-extending-template", {"main": "<{% include 'child' %}>", "base": "B{% block x %}{% endblock %}",
                                        "child": "{% extends 'base' %}{% block x %}C{% endblock %}"})
    t.ok("include-autoescape", {"main": "{% include 'p' %}", "p": "{{ x }}"}, {"x": "<b>"}, autoescape=True)
    t.ok("import-as", {"main": "{% import 'forms' as forms %}{{ forms.field('u') }}{{ forms.label('L') }}", "forms": FORMS})
    t.ok("import-variable", {"main": "{% import 'forms' as forms %}{{ forms.version }}", "forms": FORMS})
    t.ok("from-import", {"main": "{% from 'forms' import field, label %}{{ field('a', 1) }}{{ label('b') }}", "forms": FORMS})
    t.ok("from-import-as", {"main": "{% from 'forms' import field as f, version as v %}{{ f('x') }}{{ v }}", "forms": FORMS})
    t.ok("import-without-context-default", {"main": "{% import 'forms' as forms %}[{{ forms.who() }}]", "forms": FORMS}, {"user": "bob"})
    t.ok("import-with-context", {"main": "{% import 'forms' as forms with context %}[{{ forms.who() }}]", "forms": FORMS}, {"user": "bob"})
    t.ok("from-import-with-context", {"main": "{% set user = 'local' %}{% from 'forms' import who with context %}[{{ who() }}]",
                                      "forms": FORMS})
    t.ok("import-output-discarded", {"main": "[{% import 'm' as m %}]{{ m.x }}", "m": "TEXT{% set x = 1 %}"})
    t.ok("import-in-loop", {"main": "{% for i in [1, 2] %}{% import 'forms' as f %}{{ f.label(i) }}{% endfor %}", "forms": FORMS})
    t.ok("import-name-from-variable", {"main": "{% import name as f %}{{ f.label('x') }}", "forms": FORMS}, {"name": "forms"})
    t.ok("import-macro-call-block", {"main": "{% from 'm' import box %}{% call box() %}in{% endcall %}",
                                     "m": "{% macro box() %}[{{ caller() }}]{% endmacro %}"})
    t.ok("import-self-module-attributes", {"main": "{% import 'm' as m %}{{ m.a }}-{{ m.b }}",
                                           "m": "{% set a = 1 %}{% set b = a + 1 %}"})
    t.ok("from-import-missing-name-undefined", {"main": "{% from 'm' import nope %}[{{ nope is defined }}]", "m": ""})
    t.ok("imported-macro-uses-its-module-globals", {"main": "{% set v = 'main' %}{% from 'm' import show %}{{ show() }}",
                                                    "m": "{% set v = 'module' %}{% macro show() %}{{ v }}{% endmacro %}"})
    t.ok("include-ignore-missing-with-context", {"main": "{% set v = 1 %}{% include 'p' ignore missing with context %}{% include 'x' ignore missing without context %}",
                                                 "p": "[{{ v }}]"})
    t.ok("include-in-loop-sees-loop-variable", {"main": "{% for item in ['a', 'b'] %}{% include 'row' %}{% endfor %}", "row": "<{{ item }}>"})
    t.ok("include-in-macro-sees-arguments", {"main": "{% macro m(v) %}{% include 'p' %}{% endmacro %}{{ m(7) }}", "p": "[{{ v }}]"})
    t.ok("include-with-variable-list-and-missing", {"main": "{% include [name, 'fallback'] %}", "fallback": "F"}, {"name": "nope"})
    t.ok("include-same-template-twice", {"main": "{% include 'p' %}{% include 'p' %}", "p": "{{ x }}"}, {"x": 1})
    t.ok("include-template-with-macros-and-blocks", {"main": "{% include 'p' %}", "p": "{% macro m() %}M{% endmacro %}{% block b %}B{{ m() }}{% endblock %}"})
    t.ok("include-with-trim-blocks", {"main": "a\n{% include 'p' %}\nb", "p": "{% if true %}\nP\n{% endif %}\n"}, trim_blocks=True)
    t.ok("include-namespace-modifications-visible", {"main": "{% set ns = namespace(n=1) %}{% include 'p' %}{% include 'p' %}{{ ns.n }}", "p": "{% set ns.n = ns.n * 10 %}"})
    t.ok("import-twice-different-names", {"main": "{% import 'forms' as a %}{% import 'forms' as b %}{{ a.label(1) }}{{ b.label(2) }}", "forms": FORMS})
    t.err("from-import-trailing-comma-is-error", {"main": "{% from 'forms' import label, field, %}{{ label('l') }}", "forms": FORMS})
    t.ok("import-with-context-sees-set", {"main": "{% set user = 'set' %}{% import 'forms' as f with context %}{{ f.who() }}", "forms": FORMS})
    t.ok("import-without-context-explicit", {"main": "{% from 'forms' import who without context %}[{{ who() }}]", "forms": FORMS}, {"user": "x"})
    t.ok("imported-module-macro-list", {"main": "{% import 'm' as m %}{{ m.a() }}{{ m.b() }}",
                                        "m": "{% macro a() %}A{% endmacro %}{% macro b() %}{{ a() }}B{% endmacro %}"})
    t.ok("import-in-child-template", {"base": "{% block c %}{% endblock %}", "forms": FORMS,
                                      "main": "{% extends 'base' %}{% from 'forms' import label %}{% block c %}{{ label('in child') }}{% endblock %}"})
    t.ok("import-inside-block", {"base": "{% block c %}{% endblock %}", "forms": FORMS,
                                 "main": "{% extends 'base' %}{% block c %}{% import 'forms' as f %}{{ f.label('x') }}{% endblock %}"})
    t.ok("import-inside-macro", {"forms": FORMS, "main": "{% macro m() %}{% from 'forms' import label %}{{ label('m') }}{% endmacro %}{{ m() }}"})
    t.ok("imported-macro-autoescape", {"m": "{% macro b(x) %}<b>{{ x }}</b>{% endmacro %}", "main": "{% from 'm' import b %}{{ b('<&>') }}"},
         autoescape=True)
    t.ok("include-child-of-block-rendering", {"main": "{% extends 'base' %}{% block a %}[{% include 'inc' %}]{% endblock %}",
                                              "base": "<{% block a %}{% endblock %}>", "inc": "{% set q = 1 %}inc{{ q }}"})


# --------------------------------------------------------------------------
# escaping: autoescape, Markup, safe, e, forceescape, tojson, autoescape blocks
# --------------------------------------------------------------------------
def escaping():
    t = Theme("escaping")
    html = {"x": "<a href=\"x\">Tom & 'Jerry'</a>"}
    t.ok("autoescape-on", "{{ x }}", html, autoescape=True)
    t.ok("autoescape-off", "{{ x }}", html)
    t.ok("escape-filter-off", "{{ x|e }}|{{ x|escape }}", html)
    t.ok("escape-filter-on-no-double", "{{ x|e }}|{{ x|e|e }}", html, autoescape=True)
    t.ok("safe-filter", "{{ x|safe }}", html, autoescape=True)
    t.ok("safe-then-escape-no-op", "{{ x|safe|e }}", html, autoescape=True)
    t.ok("forceescape", "{{ x|safe|forceescape }}", html, autoescape=True)
    t.ok("forceescape-off", "{{ '<b>'|forceescape }}")
    t.ok("literal-strings-escaped", "{{ '<b>' }}", autoescape=True)
    t.ok("template-text-not-escaped", "<p>&amp;{{ '&' }}</p>", autoescape=True)
    t.ok("numbers-and-none-escaped-as-text", "{{ 1 }} {{ none }} {{ [1, '<'] }}", autoescape=True)
    t.ok("concat-with-markup", "{{ '<b>'|safe ~ '<i>' }}", autoescape=True)
    t.ok("concat-plus-with-markup", "{{ '<b>'|safe + '<i>' }}", autoescape=True)
    t.ok("markup-format-operator", "{{ '<p>%s</p>'|safe % '<x>' }}", autoescape=True)
    t.ok("join-escapes", "{{ ['<a>', '<b>'|safe]|join('<br>') }}", autoescape=True)
    t.ok("join-safe-separator", "{{ ['<a>', 'b']|join('<br>'|safe) }}", autoescape=True)
    t.ok("replace-on-markup", "{{ '<b>x</b>'|safe|replace('x', '<i>') }}", autoescape=True)
    t.ok("escape-quotes", "{{ s|e }}", {"s": "\"double\" 'single'"})
    t.ok("tojson-escapes-html", "{{ d|tojson }}", {"d": {"a": "<script>&'</script>"}})
    t.ok("tojson-autoescape", "<script>var d = {{ d|tojson }};</script>", {"d": {"b": [1, 2.5, None, True], "a": "x"}}, autoescape=True)
    t.ok("tojson-indent", "{{ d|tojson(indent=2) }}", {"d": {"b": [1, 2], "a": {"c": "'"}}})
    t.ok("tojson-unicode", "{{ s|tojson }}", {"s": "é ✓"})
    t.ok("tojson-scalars", "{{ 1|tojson }} {{ 1.5|tojson }} {{ none|tojson }} {{ true|tojson }} {{ 'x'|tojson }}")
    t.ok("autoescape-block-on", "{% autoescape true %}{{ x }}{% endautoescape %}|{{ x }}", {"x": "<b>"})
    t.ok("autoescape-block-off", "{% autoescape false %}{{ x }}{% endautoescape %}|{{ x }}", {"x": "<b>"}, autoescape=True)
    t.ok("autoescape-block-nested", "{% autoescape true %}{{ x }}{% autoescape false %}{{ x }}{% endautoescape %}{{ x }}{% endautoescape %}",
         {"x": "<>"})
    t.ok("set-inside-autoescape-block-is-scoped", "{% autoescape true %}{% set s %}<{{ x }}>{% endset %}{{ s }}{% endautoescape %}[{{ s }}]", {"x": "&"})
    t.ok("macro-output-not-double-escaped", "{% macro m(v) %}<i>{{ v }}</i>{% endmacro %}{{ m('&') }}|{{ m('&')|e }}", autoescape=True)
    t.ok("caller-output-not-double-escaped", "{% macro m() %}<div>{{ caller() }}</div>{% endmacro %}{% call m() %}<p>{{ '&' }}</p>{% endcall %}",
         autoescape=True)
    t.ok("filter-block-escapes", "{% filter upper %}<b>{{ x }}</b>{% endfilter %}", {"x": "<i>"}, autoescape=True)
    t.ok("include-output-not-double-escaped", {"main": "{% include 'p' %}", "p": "<p>{{ x }}</p>"}, {"x": "&"}, autoescape=True)
    t.ok("escape-unicode-untouched", "{{ s }}", {"s": "é<ü>✓"}, autoescape=True)
    t.ok("format-filter-with-markup", "{{ '%s<br>'|safe|format('<b>') }}", autoescape=True)
    t.ok("string-filter-keeps-markup", "{{ x|safe|string }}{{ x|string }}", {"x": "<b>"}, autoescape=True)
    t.ok("escaped-test", "{{ x is escaped }} {{ x|safe is escaped }} {{ x|e is escaped }}", {"x": "<b>"})
    t.ok("length-of-escaped", "{{ x|e|length }}", {"x": "<b>"})
    t.ok("striptags-markup", "{{ '<b>a &amp; b</b>'|safe|striptags }}", autoescape=True)
    t.ok("xmlattr-escapes", "<p{{ d|xmlattr }}>", {"d": {"title": "a\"b<c>"}}, autoescape=True)
    t.ok("escape-none-and-numbers", "{{ none|e }} {{ 1.5|e }} {{ true|e }}")
    t.ok("safe-on-number", "{{ 5|safe }}", autoescape=True)
    t.ok("escape-without-autoescape-on-markup-noop", "{{ '&lt;'|safe|e }}")
    t.ok("indent-markup-autoescape", "{{ '<b>\n<i>'|indent(2) }}|{{ '<b>\n<i>'|safe|indent(2) }}", autoescape=True)
    t.ok("urlize-autoescape", "{{ 'a <b> http://x.com'|urlize }}", autoescape=True)
    t.ok("format-plain-string-autoescaped", "{{ '%s'|format('<b>') }}", autoescape=True)
    t.ok("truncate-markup", "{{ '<b>bold text here</b>'|safe|truncate(12, true, '') }}", autoescape=True)
    t.ok("upper-markup-stays-safe", "{{ '<b>x</b>'|safe|upper }}|{{ '<b>x</b>'|upper }}", autoescape=True)
    t.ok("tilde-plain-strings-autoescape", "{{ '<' ~ '>' }}", autoescape=True)
    t.ok("set-safe-then-concat", "{% set x = '<b>'|safe %}{{ x ~ '<' }}|{{ x + '<' }}", autoescape=True)
    t.ok("attribute-value-escaping", "<a title=\"{{ t }}\" data-x='{{ t }}'>", {"t": "\"it's\" <&>"}, autoescape=True)
    t.ok("tojson-in-single-quoted-attribute", "<div data-x='{{ d|tojson }}'>", {"d": {"q": "it's"}}, autoescape=True)
    t.ok("replace-plain-string-double-escapes", "{{ x|replace('<', '&lt;') }}|{{ x|replace('<', '&lt;'|safe) }}", {"x": "a<b"}, autoescape=True)
    t.ok("autoescape-block-with-variable", "{% autoescape flag %}{{ x }}{% endautoescape %}", {"flag": True, "x": "<b>"})
    t.ok("autoescape-block-with-variable-false", "{% autoescape flag %}{{ x }}{% endautoescape %}", {"flag": False, "x": "<b>"}, autoescape=True)
    t.ok("autoescape-block-set-markup-used-outside", "{% autoescape true %}{% set s %}<{{ x }}>{% endset %}{{ s ~ x }}{% endautoescape %}", {"x": "&"})
    t.ok("striptags-plain-string-autoescape", "{{ '<b>a & b</b>'|striptags }}", autoescape=True)
    t.ok("macro-in-autoescape-false-block", "{% macro m(x) %}{{ x }}{% endmacro %}{% autoescape false %}{{ m('<b>') }}{% endautoescape %}|{{ m('<b>') }}",
         autoescape=True)
    t.ok("list-printed-autoescaped", "{{ ['<b>', \"'\"] }}", autoescape=True)
    t.ok("dict-printed-autoescaped", "{{ {'k': '<&>'} }}", autoescape=True)
    t.ok("escape-all-special-characters", "{{ s }}", {"s": "<>&\"'`=/"}, autoescape=True)
    t.ok("forceescape-on-escaped-markup", "{{ '&amp;'|safe|forceescape }}")
    t.ok("center-markup", "{{ '<b>'|safe|center(7) }}|{{ '<b>'|center(7) }}", autoescape=True)
    t.ok("wordwrap-autoescape", "{{ '<a> <b> <c>'|wordwrap(4) }}", autoescape=True)
    t.ok("default-with-markup", "{{ nope|default('<b>'|safe) }}{{ nope|default('<b>') }}", autoescape=True)
    t.ok("join-markup-items", "{{ items|map('e')|join(', ') }}", {"items": ["<a>", "b&"]})
    t.ok("xmlattr-without-autoescape", "<p{{ {'title': '<x>'}|xmlattr }}>")
    t.ok("include-with-autoescape-false-block", {"main": "{% autoescape false %}{% include 'p' %}{% endautoescape %}", "p": "{{ x }}"},
         {"x": "<b>"}, autoescape=True)


# --------------------------------------------------------------------------
# undefined: default, strict and chainable policies
# --------------------------------------------------------------------------
def undefined():
    t = Theme("undefined")
    t.ok("default-prints-empty", "[{{ nope }}]")
    t.ok("default-attribute-of-defined-missing", "[{{ d.nope }}]", {"d": {}})
    t.ok("default-in-if", "{% if nope %}y{% else %}n{% endif %}")
    t.ok("default-iterates-empty", "{% for x in nope %}{{ x }}{% endfor %}[]")
    t.ok("default-length", "{{ nope|length }}")
    t.ok("default-filter", "{{ nope|default('fallback') }}")
    t.ok("default-is-defined", "{{ nope is defined }} {{ nope is undefined }}")
    t.ok("default-equality", "{{ nope == nope }} {{ nope == none }}")
    t.ok("default-concat-tilde", "[{{ nope ~ 'x' }}]")
    t.ok("default-in-list-printed", "{{ [nope] }}")
    t.err("default-attribute-of-undefined-fails", "{{ nope.attr }}")
    t.err("default-subscript-of-undefined-fails", "{{ nope['x'] }}")
    t.err("default-call-undefined-fails", "{{ nope() }}")
    t.err("default-arithmetic-fails", "{{ nope + 1 }}")
    t.err("default-attribute-chain-fails", "{{ d.a.b }}", {"d": {}})
    t.err("default-undefined-message-for-missing-key", "{{ d['k'].x }}", {"d": {}})
    t.err("default-undefined-message-for-list-index", "{{ xs[3].x }}", {"xs": [1]})
    t.ok("strict-defined-test-ok", "{{ nope is defined }}", undefined="strict")
    t.ok("strict-default-filter-ok", "{{ nope|default('d') }}", undefined="strict")
    t.ok("strict-defined-values-ok", "{{ x }}", {"x": 1}, undefined="strict")
    t.err("strict-print-fails", "{{ nope }}", undefined="strict")
    t.err("strict-if-fails", "{% if nope %}{% endif %}", undefined="strict")
    t.err("strict-iterate-fails", "{% for x in nope %}{% endfor %}", undefined="strict")
    t.err("strict-length-fails", "{{ nope|length }}", undefined="strict")
    t.err("strict-equality-fails", "{{ nope == 1 }}", undefined="strict")
    t.err("strict-missing-attribute", "{{ d.nope }}", {"d": {"a": 1}}, undefined="strict")
    t.err("strict-concat-fails", "{{ 'a' ~ nope }}", undefined="strict")
    t.ok("chainable-prints-empty", "[{{ nope.a.b.c }}]", undefined="chainable")
    t.ok("chainable-subscript", "[{{ nope['a'][0] }}]", undefined="chainable")
    t.ok("chainable-default-filter", "{{ nope.a.b|default('fb') }}", undefined="chainable")
    t.ok("chainable-is-defined", "{{ nope.a is defined }}", undefined="chainable")
    t.ok("chainable-on-defined-dict", "[{{ d.x.y }}]", {"d": {}}, undefined="chainable")
    t.err("chainable-arithmetic-fails", "{{ nope.a + 1 }}", undefined="chainable")
    t.ok("undefined-in-macro-argument", "{% macro m(a) %}[{{ a }}]{{ a is defined }}{% endmacro %}{{ m(nope) }}")
    t.ok("undefined-in-default-boolean", "{{ ''|default('x') }}|{{ ''|default('x', true) }}|{{ none|default('x') }}")
    t.ok("default-undefined-filters", "[{{ nope|list }}][{{ nope|join(',') }}][{{ nope|upper }}][{{ nope|string }}][{{ nope|first }}][{{ nope|last }}]"
         "[{{ nope|sum }}][{{ nope|sort }}][{{ nope|trim }}][{{ nope|wordcount }}][{{ nope|max }}][{{ nope|urlencode }}][{{ nope|e }}]")
    t.err("default-undefined-int-filter-fails", "{{ nope|int }}")
    t.err("default-undefined-float-filter-fails", "{{ nope|float }}")
    t.err("default-undefined-abs-fails", "{{ nope|abs }}")
    t.err("default-undefined-tojson-fails", "{{ nope|tojson }}")
    t.ok("default-attribute-of-none-prints-empty", "[{{ n.x }}]", {"n": None})
    t.err("default-attribute-of-none-chain-fails", "{{ n.x.y }}", {"n": None})
    t.err("default-attribute-test-on-undefined-parent", "{{ nope.x is defined }}")
    t.ok("default-in-operator", "{{ 1 in nope }}")
    t.err("default-comparison-fails", "{{ nope < 1 }}")
    t.ok("default-iteration-with-else", "{% for x in nope.attr if false %}{% else %}none{% endfor %}", {"nope": {}})
    t.ok("default-undefined-truthiness-in-and-or", "{{ nope or 'x' }}|{{ nope and 'x' }}|{{ not nope }}")
    t.ok("default-undefined-in-conditional", "{{ 'y' if nope else 'n' }}")
    t.ok("default-undefined-length-of-string", "{{ nope|string|length }}")
    t.ok("strict-is-none-ok", "{{ nope is none }} {{ nope is undefined }}", undefined="strict")
    t.ok("strict-defined-test-on-missing-attribute", "{{ d.nope is defined }}", {"d": {}}, undefined="strict")
    t.err("strict-attribute-then-default-fails", "{{ nope.x|default('y') }}", undefined="strict")
    t.err("strict-in-fails", "{{ 1 in nope }}", undefined="strict")
    t.err("strict-not-fails", "{{ not nope }}", undefined="strict")
    t.err("strict-in-macro-argument", "{% macro m(a) %}{{ a }}{% endmacro %}{{ m() }}", undefined="strict")
    t.ok("strict-loop-previtem-guarded", "{% for x in [1, 2] %}{{ loop.previtem if loop.previtem is defined else '-' }}{% endfor %}", undefined="strict")
    t.err("strict-loop-previtem-unguarded", "{% for x in [1, 2] %}{{ loop.previtem }}{% endfor %}", undefined="strict")
    t.ok("strict-missing-list-index-is-defined-test", "{{ xs[5] is defined }}", {"xs": [1]}, undefined="strict")
    t.err("strict-missing-list-index", "{{ xs[5] }}", {"xs": [1]}, undefined="strict")
    t.ok("chainable-undefined-filters", "[{{ nope.a|upper }}][{{ nope.a|length }}]", undefined="chainable")
    t.ok("chainable-in-if", "{% if nope.a.b %}y{% else %}n{% endif %}", undefined="chainable")
    t.ok("chainable-iterate", "{% for x in nope.items %}{{ x }}{% else %}empty{% endfor %}", undefined="chainable")
    t.ok("chainable-attribute-of-none", "[{{ n.x.y }}]", {"n": None}, undefined="chainable")
    t.err("chainable-call-fails", "{{ nope.a() }}", undefined="chainable")
    t.ok("chainable-concat", "[{{ nope.a ~ 'x' }}]", undefined="chainable")


# --------------------------------------------------------------------------
# errors: syntax errors, compile-time unknown filter/test, runtime errors
# --------------------------------------------------------------------------
def errors():
    t = Theme("errors")
    t.err("unclosed-if", "{% if x %}\nyes\n")
    t.err("unclosed-for", "line1\n{% for x in xs %}")
    t.err("unexpected-endfor", "{% if x %}{% endfor %}")
    t.err("unknown-tag", "a\nb\n{% frobnicate %}")
    t.err("unexpected-end-of-template-in-expression", "{{ 1 + }}")
    t.err("unclosed-variable", "{{ x ")
    t.err("unclosed-comment", "a {# never closed")
    t.err("unclosed-string", "{{ 'abc }}")
    t.err("unclosed-paren", "{{ (1 + 2 }}")
    t.err("unexpected-char", "{{ 1 ? 2 }}")
    t.err("else-after-else", "{% if x %}{% else %}{% else %}{% endif %}")
    t.err("elif-after-else", "{% if x %}{% else %}{% elif y %}{% endif %}")
    t.err("empty-expression", "{{ }}")
    t.err("unknown-filter", "line one\n{{ x|nosuchfilter }}")
    t.ok("unknown-filter-in-untaken-branch-is-lazy", "{% if false %}{{ x|nosuchfilter }}{% endif %}")
    t.err("unknown-test", "\n\n{{ x is nosuchtest }}")
    t.err("block-defined-twice", "{% block a %}{% endblock %}{% block a %}{% endblock %}")
    t.err("endblock-wrong-name", "{% block a %}{% endblock b %}")
    t.err("missing-template", "{% include 'missing.html' %}")
    t.err("missing-templates-list", "{% include ['a.html', 'b.html'] %}")
    t.err("missing-extends", "{% extends 'nope.html' %}")
    t.err("missing-import", "{% import 'nope.html' as n %}")
    t.err("missing-entry", {"other": ""}, entry="main")
    t.err("division-by-zero", "{{ 1 / 0 }}")
    t.err("floor-division-by-zero", "{{ 1 // 0 }}")
    t.err("modulo-by-zero", "{{ 1 % 0 }}")
    t.err("float-division-by-zero", "{{ 1.0 / 0 }}")
    t.err("division-by-zero-variable", "{{ a / b }}", {"a": 1, "b": 0})
    t.err("required-block-not-overridden", {"base": "[{% block b required %}{% endblock %}]", "main": "{% extends 'base' %}"})
    t.err("required-block-rendered-directly", "{% block b required %}{% endblock %}")
    t.err("required-block-with-content", {"base": "{% block b required %}content{% endblock %}", "main": "{% extends 'base' %}"})
    t.err("add-string-and-int", "{{ 'a' + 1 }}")
    t.err("add-int-and-string", "{{ 1 + 'a' }}")
    t.err("compare-int-and-string", "{{ 1 < 'a' }}")
    t.err("call-non-callable-int", "{{ x() }}", {"x": 1})
    t.err("macro-too-many-arguments", "{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}")
    t.err("macro-unknown-keyword", "{% macro m(a) %}{% endmacro %}{{ m(b=1) }}")
    t.err("macro-duplicate-argument", "{% macro m(a) %}{% endmacro %}{{ m(1, a=1) }}")
    t.err("extends-twice", {"a": "", "main": "{% extends 'a' %}{% extends 'a' %}"})
    t.err("iterate-int", "{% for x in 5 %}{% endfor %}")
    t.err("not-iterable-unpack", "{% set a, b = 1 %}")
    t.err("unpack-wrong-count", "{% for a, b in [[1, 2, 3]] %}{% endfor %}")
    t.err("assign-to-literal", "{% set 1 = 2 %}")
    t.err("set-to-loop-variable-attribute", "{% for x in [1] %}{% set loop.x = 1 %}{% endfor %}")
    t.err("namespace-attribute-on-non-namespace", "{% set d = {} %}{% set d.a = 1 %}")
    t.err("macro-caller-missing", "{% macro m() %}{{ caller() }}{% endmacro %}{{ m() }}")
    t.err("error-line-number-multiline", "line 1\nline 2\n{% if %}\nline 4")
    t.err("error-line-in-included-template", {"main": "a\n{% include 'bad' %}", "bad": "\n\n{% endif %}"})
    t.err("undefined-error-message-dict", "{{ d.a.b.c }}", {"d": {"a": {}}})
    t.err("undefined-error-message-list", "{{ xs.first.x }}", {"xs": []})
    t.err("undefined-error-message-string", "{{ s.nope.x }}", {"s": "str"})
    t.err("undefined-error-message-int", "{{ n.nope.x }}", {"n": 3})
    t.err("unpack-too-few-values", "{% set a, b, c = [1, 2] %}")
    t.err("call-non-callable-string", "{{ 'abc'() }}")
    t.err("positional-after-keyword", "{{ range(stop=3, 1) }}")
    t.err("invalid-block-name", "{% block 1 %}{% endblock %}")
    t.err("filter-with-bad-arguments", "{{ 'a'|replace }}")
    t.err("sort-mixed-types", "{{ [1, 'a']|sort }}")
    t.err("cycler-without-items", "{{ cycler() }}")
    t.err("tilde-binds-tighter-than-plus", "{{ 1 + 2 ~ 3 }}")
    t.err("loop-as-for-target", "{% for loop in [1] %}{% endfor %}")
    t.err("import-underscore-name", {"main": "{% from 'm' import _private %}", "m": "{% set _private = 1 %}"})
    t.err("explicit-caller-without-default", "{% macro m(caller) %}{{ caller() }}{% endmacro %}{% call m() %}x{% endcall %}")
    t.err("truncate-length-shorter-than-end", "{{ 'hello world'|truncate(2) }}")
    t.err("length-of-generator", "{{ [1, 2, 3]|select('odd')|length }}")
    t.err("divisibleby-zero", "{{ 4 is divisibleby 0 }}")
    t.err("xmlattr-invalid-key", "{{ {'a b': 1}|xmlattr }}")
    t.err("str-join-with-ints", "{{ ', '.join([1, 2]) }}")
    t.err("endif-without-if", "text\n{% endif %}")
    t.err("endraw-without-raw", "{% endraw %}")
    t.err("unclosed-raw", "a\n{% raw %}\n{{ x }}")
    t.err("unclosed-block-tag", "{% if x ")
    t.err("macro-without-name", "{% macro %}{% endmacro %}")
    t.err("call-without-call-expression", "{% call m %}{% endcall %}")
    t.err("set-block-unclosed", "{% set x %}\nabc\n")
    t.err("super-outside-block", "{{ super() }}")
    t.err("unknown-filter-at-runtime-in-map", "{{ ['a']|map('nosuchfilter')|list }}")
    t.err("unknown-test-at-runtime-in-select", "{{ [1]|select('nosuchtest')|list }}")
    t.err("non-recursive-loop-called", "{% for x in [1] %}{{ loop([]) }}{% endfor %}")
    t.err("multiply-string-by-string", "{{ 'a' * 'b' }}")
    t.err("unary-minus-string", "{{ -'a' }}")
    t.err("add-int-and-none", "{{ 1 + none }}")
    t.err("add-list-and-tuple", "{{ [1] + (2,) }}")
    t.err("dangling-tilde", "{{ 'x' ~ }}")
    t.err("lineno-after-multiline-comment-and-raw", "{# a\nb\nc #}\n{% raw %}\n\n{% endraw %}\n{{ x | }}")
    t.err("lineno-after-multiline-string", "{{ 'a\nb\nc' }}\n{% for %}")
    t.err("lineno-in-middle-of-multiline-tag", "{% if\n  x\n  and\n%}{% endif %}")
    t.err("lineno-custom-delimiters", "a\n<% if %>", block_start_string="<%", block_end_string="%>")
    t.err("lineno-in-base-template", {"main": "{% extends 'base' %}", "base": "line1\nline2\n{{ 1 +* 2 }}"})
    t.err("lineno-in-imported-template", {"main": "{% import 'm' as m %}", "m": "\n{% macro x( %}{% endmacro %}"})
    t.err("runtime-error-in-include", {"main": "{% include 'p' %}", "p": "{{ 1 // 0 }}"})
    t.err("undefined-in-include-strict", {"main": "{% include 'p' %}", "p": "{{ missing }}"}, undefined="strict")
    t.err("set-namespace-attribute-undefined-namespace", "{% set ns.x = 1 %}")
    t.err("dict-literal-unhashable-key", "{{ {[1]: 2} }}")
    t.err("slice-step-zero", "{{ [1, 2][::0] }}")
    t.err("groupby-mixed-types", "{{ items|groupby('k')|list }}", {"items": [{"k": 1}, {"k": "a"}]})
    t.err("unknown-filter-in-block-set", "{% set x | nosuch %}a{% endset %}")
    t.err("unknown-filter-in-filter-block", "\n{% filter nosuch %}x{% endfilter %}")
    t.err("items-on-list", "{{ [1, 2]|items|list }}")
    t.err("string-format-missing-argument", "{{ '{} {}'.format(1) }}")
    t.err("percent-format-wrong-type", "{{ '%d' % 'x' }}")
    t.err("round-unknown-method", "{{ 1.5|round(0, 'up') }}")


# --------------------------------------------------------------------------
# filters: every builtin filter of Jinja 3.1 and its arguments
# --------------------------------------------------------------------------
USERS = [
    {"name": "alice", "age": 30, "city": "Paris", "admin": True},
    {"name": "Bob", "age": 25, "city": "berlin", "admin": False},
    {"name": "carol", "age": 35, "city": "Paris", "admin": False},
    {"name": "dave", "age": 25, "city": "Berlin", "admin": True},
]


def filters():
    t = Theme("filters")
    users = {"users": USERS}
    # abs
    t.ok("abs", "{{ -5|abs }} {{ 5|abs }} {{ -2.5|abs }} {{ x|abs }}", {"x": -0.0})
    # attr
    t.ok("attr", "{{ d|attr('a') }}|{{ d|attr('nope') }}|{{ 'abc'|attr('upper') is callable }}", {"d": {"a": 1}})
    # batch
    t.ok("batch", "{% for row in xs|batch(3) %}{{ row }}{% endfor %}", {"xs": [1, 2, 3, 4, 5, 6, 7]})
    t.ok("batch-fill-with", "{% for row in xs|batch(3, '-') %}{{ row|join }};{% endfor %}", {"xs": [1, 2, 3, 4]})
    t.ok("batch-exact", "{{ [1, 2, 3, 4]|batch(2)|list }}")
    # capitalize
    t.ok("capitalize", "{{ 'hello WORLD'|capitalize }}|{{ ''|capitalize }}|{{ 'élan'|capitalize }}")
    # center
    t.ok("center", "[{{ 'ab'|center(6) }}][{{ 'abc'|center(6) }}][{{ 'abc'|center }}]")
    t.ok("center-width-keyword", "[{{ 'x'|center(width=4) }}]")
    # count and length
    t.ok("count", "{{ [1, 2, 3]|count }} {{ 'abcd'|count }} {{ {'a': 1}|count }}")
    t.ok("length", "{{ xs|length }} {{ 'héllo'|length }} {{ d|length }} {{ ''|length }}", {"xs": [1, 2], "d": {"a": 1, "b": 2}})
    # default
    t.ok("default", "{{ nope|default('x') }} {{ v|default('x') }} {{ none|default('x') }}", {"v": 0})
    t.ok("default-boolean", "{{ ''|default('x', true) }} {{ 0|default('x', boolean=true) }} {{ 'v'|default('x', true) }}")
    t.ok("d-alias", "{{ nope|d('alias') }} {{ ''|d('empty', true) }}")
    t.ok("default-no-argument", "[{{ nope|default }}]")
    # dictsort
    d = {"d": {"b": 1, "A": 3, "c": 2}}
    t.ok("dictsort", "{{ d|dictsort }}", d)
    t.ok("dictsort-case-sensitive", "{{ d|dictsort(true) }}", d)
    t.ok("dictsort-by-value", "{{ d|dictsort(false, 'value') }}", d)
    t.ok("dictsort-reverse", "{{ d|dictsort(reverse=true) }}", d)
    t.ok("dictsort-loop", "{% for k, v in d|dictsort(by='value', reverse=true) %}{{ k }}={{ v }} {% endfor %}", d)
    # escape
    t.ok("escape", "{{ '<a href=\"x\">&\\'</a>'|escape }}")
    t.ok("e-alias-on-number", "{{ 5|e }} {{ none|e }}")
    # filesizeformat
    t.ok("filesizeformat", "{{ 0|filesizeformat }}|{{ 1|filesizeformat }}|{{ 999|filesizeformat }}|{{ 1000|filesizeformat }}|"
         "{{ 1500|filesizeformat }}|{{ 1000000|filesizeformat }}|{{ 1234567890|filesizeformat }}|{{ (10 ** 30)|filesizeformat }}")
    t.ok("filesizeformat-binary", "{{ 1023|filesizeformat(true) }}|{{ 1024|filesizeformat(true) }}|{{ 1536|filesizeformat(binary=true) }}|"
         "{{ 1048576|filesizeformat(true) }}|{{ 5000000000|filesizeformat(true) }}")
    t.ok("filesizeformat-float-and-string", "{{ 1500.7|filesizeformat }}|{{ '2048'|filesizeformat }}")
    # first / last
    t.ok("first", "{{ [3, 2, 1]|first }} {{ 'abc'|first }} [{{ []|first }}]")
    t.ok("last", "{{ [3, 2, 1]|last }} {{ 'abc'|last }} [{{ []|last }}]")
    # float
    t.ok("float", "{{ '1.5'|float }} {{ 3|float }} {{ 'x'|float }} {{ 'x'|float(2.5) }} {{ ' 2 '|float }} {{ none|float }}")
    t.ok("float-default-keyword", "{{ 'nan?'|float(default=-1.0) }} {{ '1e3'|float }} {{ true|float }}")
    # forceescape
    t.ok("forceescape", "{{ '<b>&</b>'|forceescape }}")
    # format
    t.ok("format", "{{ '%s - %s'|format('a', 'b') }}|{{ '%d items'|format(3) }}|{{ '%.2f'|format(3.14159) }}|{{ '%5s|%-5s'|format('r', 'l') }}")
    t.ok("format-mapping", "{{ '%(a)s and %(b)s'|format(a=1, b='two') }}")
    t.ok("format-repr-and-percent", "{{ '%r %%'|format('x') }}|{{ '%x %o %e'|format(255, 8, 12345.678) }}")
    # groupby
    t.ok("groupby", "{% for g in users|groupby('city') %}{{ g.grouper }}: {{ g.list|map(attribute='name')|join(', ') }}; {% endfor %}", users)
    t.ok("groupby-unpack", "{% for city, items in users|groupby('age') %}{{ city }}={{ items|length }} {% endfor %}", users)
    t.ok("groupby-case-insensitive", "{% for g in users|groupby('city', case_sensitive=false) %}{{ g.grouper }}={{ g.list|length }} {% endfor %}", users)
    t.ok("groupby-default", "{% for g in items|groupby('k', default='none') %}{{ g.grouper }}:{{ g.list|length }} {% endfor %}",
         {"items": [{"k": "a"}, {}, {"k": "a"}]})
    t.ok("groupby-dotted-attribute", "{% for g in items|groupby('p.c') %}{{ g.grouper }}{% endfor %}",
         {"items": [{"p": {"c": 2}}, {"p": {"c": 1}}]})
    t.ok("groupby-index-attribute", "{% for g in rows|groupby(0) %}{{ g.grouper }}{{ g.list }} {% endfor %}",
         {"rows": [[1, "a"], [2, "b"], [1, "c"]]})
    t.ok("groupby-grouper-printed", "{{ users|groupby('admin')|map(attribute='grouper')|list }}", users)
    # indent
    text = {"s": "first\nsecond\n\nfourth"}
    t.ok("indent", "{{ s|indent }}", text)
    t.ok("indent-width", "{{ s|indent(2) }}", text)
    t.ok("indent-first", "{{ s|indent(2, true) }}", text)
    t.ok("indent-blank", "{{ s|indent(2, blank=true) }}", text)
    t.ok("indent-first-and-blank", "{{ s|indent(width=3, first=true, blank=true) }}", text)
    t.ok("indent-string-width", "{{ s|indent('> ', first=true) }}", text)
    t.ok("indent-trailing-newline", "{{ 'a\nb\n'|indent(2) }}|")
    # int
    t.ok("int", "{{ '42'|int }} {{ 3.9|int }} {{ -3.9|int }} {{ 'x'|int }} {{ 'x'|int(7) }} {{ '3.5'|int }} {{ none|int }}")
    t.ok("int-base", "{{ 'ff'|int(base=16) }} {{ '0x1A'|int(0, 16) }} {{ '0b101'|int(base=2) }} {{ '077'|int(base=8) }} {{ '0o17'|int(0, 0) }}")
    t.ok("int-strings", "{{ ' 12 '|int }} {{ '1_000'|int }} {{ '-5'|int }} {{ '+5'|int }} {{ true|int }}")
    # items
    t.ok("items", "{% for k, v in d|items %}{{ k }}={{ v }};{% endfor %}", {"d": {"a": 1}})
    t.ok("items-undefined", "[{% for k, v in nope|items %}{{ k }}{% endfor %}]")
    t.ok("items-list", "{{ d|items|list }}", {"d": {"x": [1]}})
    # join
    t.ok("join", "{{ [1, 2, 3]|join }}|{{ [1, 2, 3]|join(', ') }}|{{ 'abc'|join('.') }}")
    t.ok("join-attribute", "{{ users|join(', ', attribute='name') }}", users)
    t.ok("join-d-keyword", "{{ ['a', 'b']|join(d='-') }}")
    # list
    t.ok("list", "{{ 'abc'|list }} {{ (1, 2)|list }} {{ d|list }} {{ range(3)|list }}", {"d": {"k": 1}})
    # lower / upper
    t.ok("lower-upper", "{{ 'HeLLo'|lower }} {{ 'HeLLo'|upper }} {{ 'straße'|upper }} {{ 'ÉCOLE'|lower }}")
    # map
    t.ok("map-attribute", "{{ users|map(attribute='name')|join(',') }}", users)
    t.ok("map-filter", "{{ ['a', 'b']|map('upper')|list }} {{ ['1', '2']|map('int')|sum }}")
    t.ok("map-filter-with-arguments", "{{ ['x', 'y']|map('replace', 'x', 'z')|list }} {{ [1.234, 2.345]|map('round', 1)|list }}")
    t.ok("map-attribute-default", "{{ items|map(attribute='k', default='-')|list }}", {"items": [{"k": 1}, {}]})
    t.ok("map-dotted-attribute", "{{ items|map(attribute='a.b')|list }} {{ rows|map(attribute='0')|list }}",
         {"items": [{"a": {"b": 1}}, {"a": {"b": 2}}], "rows": [[1, 2], [3, 4]]})
    # max / min
    t.ok("max-min", "{{ [3, 1, 2]|max }} {{ [3, 1, 2]|min }} {{ 'bca'|max }} {{ [2.5, 1]|min }}")
    t.ok("max-min-case", "{{ ['a', 'B', 'c']|max }} {{ ['a', 'B', 'c']|max(case_sensitive=true) }} {{ ['a', 'B']|min }} {{ ['a', 'B']|min(true) }}")
    t.ok("max-min-attribute", "{{ (users|max(attribute='age')).name }} {{ (users|min(attribute='age')).name }}", users)
    t.ok("max-empty", "[{{ []|max }}][{{ []|min }}]")
    # pprint
    t.ok("pprint", "{{ d|pprint }}|{{ 'str'|pprint }}|{{ [1, 'a', none]|pprint }}", {"d": {"b": 1, "a": [1, 2]}})
    t.ok("pprint-long", "{{ xs|pprint }}", {"xs": [f"item-number-{i}" for i in range(8)]})
    # reject / select
    t.ok("select", "{{ range(10)|select('odd')|list }} {{ [0, 1, '', 'a', none]|select|list }}")
    t.ok("select-test-argument", "{{ range(10)|select('divisibleby', 3)|list }} {{ [1, 5, 9]|select('>', 4)|list }}")
    t.ok("reject", "{{ range(10)|reject('odd')|list }} {{ [0, 1, '', 'a', none]|reject|list }}")
    t.ok("reject-test-argument", "{{ ['a', 'b', 'c']|reject('in', ['b'])|list }} {{ [1, 2, 3]|reject('equalto', 2)|list }}")
    t.ok("select-string-test", "{{ [1, 'a', 2.5, none]|select('string')|list }} {{ [1, 'a', 2.5, none]|select('number')|list }}")
    # rejectattr / selectattr
    t.ok("selectattr", "{{ users|selectattr('admin')|map(attribute='name')|join(',') }}", users)
    t.ok("selectattr-test", "{{ users|selectattr('age', 'gt', 28)|map(attribute='name')|join(',') }}|"
         "{{ users|selectattr('city', 'equalto', 'Paris')|map(attribute='name')|join(',') }}", users)
    t.ok("rejectattr", "{{ users|rejectattr('admin')|map(attribute='name')|join(',') }}", users)
    t.ok("rejectattr-test", "{{ users|rejectattr('age', '==', 25)|map(attribute='name')|join(',') }}", users)
    t.ok("selectattr-missing-attribute", "{{ items|selectattr('x')|list }} {{ items|selectattr('x', 'undefined')|list }}",
         {"items": [{"x": 1}, {"y": 2}]})
    # replace
    t.ok("replace", "{{ 'aaa'|replace('a', 'b') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ 'abc'|replace('', '-') }} {{ 'x'|replace('y', 'z') }}")
    t.ok("replace-count-keyword", "{{ 'a.b.c'|replace('.', '/', count=1) }}")
    # reverse
    t.ok("reverse", "{{ 'abc'|reverse }} {{ [1, 2, 3]|reverse|list }} {{ (1, 2)|reverse|list }}")
    # round
    t.ok("round", "{{ 2.5|round }} {{ 3.5|round }} {{ 2.4|round }} {{ -2.5|round }} {{ 3|round }} {{ 2.675|round(2) }}")
    t.ok("round-methods", "{{ 42.55|round(1) }} {{ 42.55|round(1, 'floor') }} {{ 42.51|round(1, 'ceil') }} {{ 42.12|round(method='ceil') }} {{ -1.5|round(method='floor') }}")
    t.ok("round-precision-and-int", "{{ 1234.5678|round(-2) }} {{ 2.7|round|int }} {{ 1.0|round(3) }}")
    # safe
    t.ok("safe", "{{ '<b>'|safe }}{{ '<i>' }}", autoescape=True)
    # slice
    t.ok("slice", "{% for col in range(7)|slice(3) %}{{ col }}{% endfor %}")
    t.ok("slice-fill-with", "{% for col in range(7)|slice(3, 'x') %}{{ col }}{% endfor %}")
    t.ok("slice-even", "{{ range(6)|slice(2)|list }}")
    # sort
    t.ok("sort", "{{ [3, 1, 2]|sort }} {{ ['b', 'A', 'c']|sort }} {{ ['b', 'A', 'c']|sort(case_sensitive=true) }} {{ [3, 1, 2]|sort(true) }}")
    t.ok("sort-attribute", "{{ users|sort(attribute='age')|map(attribute='name')|join(',') }}", users)
    t.ok("sort-multiple-attributes", "{{ users|sort(attribute='admin,age')|map(attribute='name')|join(',') }}", users)
    t.ok("sort-attribute-reverse", "{{ users|sort(attribute='city', reverse=true)|map(attribute='name')|join(',') }}", users)
    t.ok("sort-stable", "{{ users|sort(attribute='age')|map(attribute='name')|join(',') }}|{{ [[2, 'b'], [1, 'z'], [2, 'a']]|sort(attribute='0') }}", users)
    t.ok("sort-floats-and-ints", "{{ [2.5, 1, 3, -1.5]|sort }}")
    # string
    t.ok("string", "{{ 1|string }}{{ none|string }}{{ [1, 'a']|string }}{{ 1.0|string }}{{ true|string }}")
    t.ok("string-then-length", "{{ 123|string|length }} {{ [1, 2]|string|length }}")
    # striptags
    t.ok("striptags", "{{ '<p>Hello <b>World</b>!</p>'|striptags }}|{{ 'a  \n b'|striptags }}|{{ 'x <!-- c --> y'|striptags }}")
    t.ok("striptags-entities", "{{ 'a &amp; b &lt; c &#39;q&#39;'|striptags }}|{{ '<br/>line<br>two'|striptags }}")
    # sum
    t.ok("sum", "{{ [1, 2, 3]|sum }} {{ [1.5, 2]|sum }} {{ []|sum }} {{ [1, 2]|sum(start=10) }}")
    t.ok("sum-attribute", "{{ users|sum(attribute='age') }} {{ items|sum(attribute='p.q') }}", {**users, "items": [{"p": {"q": 1}}, {"p": {"q": 2}}]})
    # title
    t.ok("title", "{{ 'hello world'|title }}|{{ \"it's a dog's-life\"|title }}|{{ 'HELLO wORLD'|title }}|{{ 'a_b c1d'|title }}")
    # tojson
    t.ok("tojson", "{{ d|tojson }}", {"d": {"z": 1, "a": [True, None, 1.5, "x"], "m": {"b": 2, "a": 1}}})
    t.ok("tojson-string-escapes", "{{ s|tojson }}", {"s": "quote\" back\\ nl\n tab\t <>&'"})
    # trim
    t.ok("trim", "[{{ '  x  '|trim }}][{{ 'xxaxx'|trim('x') }}][{{ '\t\nx\n'|trim }}][{{ '--a--'|trim(chars='-') }}]")
    # truncate
    long = {"s": "The quick brown fox jumps over the lazy dog"}
    t.ok("truncate", "{{ s|truncate(20) }}", long)
    t.ok("truncate-killwords", "{{ s|truncate(20, true) }}", long)
    t.ok("truncate-end", "{{ s|truncate(20, end='…') }}|{{ s|truncate(20, true, '') }}", long)
    t.ok("truncate-leeway", "{{ s|truncate(40) }}|{{ s|truncate(40, leeway=0) }}|{{ s|truncate(38, leeway=0) }}", long)
    t.ok("truncate-short-string", "{{ 'short'|truncate(10) }}|{{ s|truncate }}", long)
    t.ok("truncate-default-length", "{{ ('word ' * 60)|truncate|length }}")
    # unique
    t.ok("unique", "{{ [1, 2, 1, 3, 2]|unique|list }} {{ ['a', 'A', 'b']|unique|list }} {{ ['a', 'A']|unique(case_sensitive=true)|list }}")
    t.ok("unique-attribute", "{{ users|unique(attribute='city')|map(attribute='name')|list }}", users)
    # urlencode
    t.ok("urlencode", "{{ 'a b&c=d/é'|urlencode }}|{{ d|urlencode }}|{{ pairs|urlencode }}",
         {"d": {"q": "a b", "n": 1}, "pairs": [["x", "1"], ["y", "a&b"]]})
    t.ok("urlencode-safe-chars", "{{ '/path?x=1#frag~_.-'|urlencode }}")
    # urlize
    t.ok("urlize", "{{ 'see http://example.com/x?a=1 now'|urlize }}")
    t.ok("urlize-trim-and-nofollow", "{{ 'go to https://example.com/a/very/long/path'|urlize(20, true) }}")
    t.ok("urlize-target-rel", "{{ 'www.example.org'|urlize(target='_blank', rel='noreferrer') }}")
    t.ok("urlize-email-and-punctuation", "{{ 'mail me@example.com or (http://x.org).'|urlize }}")
    t.ok("urlize-escapes-text", "{{ '<b> http://a.com'|urlize }}")
    t.ok("urlize-extra-schemes", "{{ 'ftp://f.org and tel:123'|urlize(extra_schemes=['tel:']) }}")
    # wordcount
    t.ok("wordcount", "{{ 'one two  three'|wordcount }} {{ ''|wordcount }} {{ 'hello, world!'|wordcount }} {{ \"it's-ok\"|wordcount }}")
    # wordwrap
    para = {"s": "The quick brown fox jumps over the lazy dog and keeps running"}
    t.ok("wordwrap", "{{ s|wordwrap(20) }}", para)
    t.ok("wordwrap-long-word", "{{ 'abcdefghijklmnop qr'|wordwrap(5) }}|{{ 'abcdefghijklmnop qr'|wordwrap(5, false) }}")
    t.ok("wordwrap-wrapstring", "{{ s|wordwrap(25, wrapstring='<br>') }}", para)
    t.ok("wordwrap-break-on-hyphens", "{{ 'well-known long-standing'|wordwrap(6) }}|{{ 'well-known long-standing'|wordwrap(6, break_on_hyphens=false) }}")
    t.ok("wordwrap-keeps-paragraphs", "{{ 'aaa bbb ccc\n\nddd eee'|wordwrap(7) }}")
    # xmlattr
    t.ok("xmlattr", "<div{{ d|xmlattr }}>", {"d": {"class": "a b", "id": "x", "hidden": None}})
    t.ok("xmlattr-no-autospace", "<div {{ d|xmlattr(false) }}>", {"d": {"id": 1}})
    t.ok("xmlattr-undefined-skipped", "<p{{ {'a': nope, 'b': 2}|xmlattr }}>")
    t.ok("random-single-element", "{{ [7]|random }}{{ 'x'|random }}")
    t.ok("default-false-value-kept", "{{ false|default('x') }} {{ false|default('x', true) }}")
    t.ok("join-mixed-types", "{{ [1, none, true, 1.5, 'a']|join('|') }}")
    t.ok("join-dict-keys", "{{ {'a': 1, 'b': 2}|join(',') }}")
    t.ok("int-from-float-string-and-exponent", "{{ '1e3'|int }} {{ '3.99'|int }} {{ '-0.5'|int }} {{ '12abc'|int }}")
    t.ok("float-special-strings", "{{ 'inf'|float }} {{ '-inf'|float }} {{ 'nan'|float }} {{ '1_000.5'|float }}")
    t.ok("filesizeformat-negative-and-boundaries", "{{ -1000|filesizeformat }}|{{ (1000 ** 2 - 1)|filesizeformat }}|{{ (1024 ** 3)|filesizeformat(true) }}|{{ (1000 ** 8)|filesizeformat }}")
    t.ok("round-int-precision", "{{ 15|round(-1) }} {{ 25|round(-1) }} {{ 1.25|round(1) }} {{ 1.35|round(1) }} {{ -0.5|round }}")
    t.ok("round-float-output", "{{ 3.14159|round(2) }} {{ 3.0|round }} {{ 0.1|round(5) }}")
    t.ok("capitalize-mixed", "{{ 'hELLO wORLD'|capitalize }} {{ '1abc'|capitalize }}")
    t.ok("title-unicode-and-digits", "{{ 'élan vital 2nd'|title }} {{ 'o\\'neil mc-donald'|title }} {{ '  spaced   out '|title }}")
    t.ok("center-narrower-than-string", "[{{ 'abcdef'|center(3) }}][{{ 'ab'|center(5) }}][{{ 'abc'|center(4) }}]")
    t.ok("list-of-unicode-string", "{{ 'héé'|list }}")
    t.ok("select-builtin-operator-tests", "{{ [1, 2, 3, 4]|select('==', 2)|list }} {{ [1, 2, 3, 4]|select('!=', 2)|list }} {{ [1, 2, 3, 4]|select('<', 3)|list }} "
         "{{ [1, 2, 3, 4]|select('<=', 3)|list }} {{ [1, 2, 3, 4]|select('>=', 3)|list }}")
    t.ok("select-named-comparison-tests", "{{ [1, 2, 3, 4]|select('lessthan', 3)|list }} {{ [1, 2, 3, 4]|select('greaterthan', 3)|list }} "
         "{{ [1, 2, 3, 4]|select('ge', 3)|list }} {{ [1, 2, 3, 4]|select('le', 1)|list }} {{ [1, 2, 3]|select('ne', 1)|list }} "
         "{{ [1, 2, 3]|select('gt', 2)|list }} {{ [1, 2, 3]|select('lt', 2)|list }} {{ [1, 2, 3]|select('eq', 3)|list }}")
    t.ok("select-sameas-none", "{{ [none, 0, false, ''] |select('sameas', none)|list }} {{ [none, 0, false]|reject('none')|list }}")
    t.ok("select-in", "{{ ['a', 'b', 'c']|select('in', 'ab')|list }}")
    t.ok("select-then-first", "{{ range(10)|select('odd')|first }} {{ range(10)|reject('odd')|list|last }}")
    t.ok("slice-more-slices-than-items", "{{ [1, 2]|slice(4)|list }}")
    t.ok("batch-one", "{{ [1, 2]|batch(1)|list }}")
    t.ok("sort-dict-gives-keys", "{{ {'b': 1, 'a': 2}|sort }}")
    t.ok("sort-reverse-case-sensitive", "{{ ['b', 'B', 'a', 'A']|sort(reverse=true) }} {{ ['b', 'B', 'a', 'A']|sort(true, true) }}")
    t.ok("max-min-attribute-case", "{{ (users|max(attribute='city')).name }} {{ (users|max(attribute='city', case_sensitive=true)).name }}", users)
    t.ok("unique-attribute-case-sensitive", "{{ users|unique(attribute='city', case_sensitive=true)|map(attribute='name')|list }}", users)
    t.ok("dictsort-numbers", "{{ {3: 'c', 1: 'a', 2: 'b'}|dictsort }}")
    t.ok("tojson-nested-lists-and-markup", "{{ [[1, [2]], '<b>'|safe, {'k': none}]|tojson }}")
    t.ok("tojson-float-values", "{{ [1.0, 0.5, 100.0, 1e20, 3.14]|tojson }}")
    t.ok("urlencode-number-and-unicode-dict", "{{ 42|urlencode }}|{{ {'ключ': 'знач ение', 'b': 'x/y'}|urlencode }}")
    t.ok("urlencode-reserved", "{{ \"!*'();:@&=+$,/?#[]\"|urlencode }}")
    t.ok("pprint-nested-sorted", "{{ d|pprint }}", {"d": {"z": {"b": [1, 2], "a": None}, "a": "x'y", "m": [True, 1.5]}})
    t.ok("pprint-markup-and-tuple", "{{ (1, 'a')|pprint }} {{ ['it\\'s']|pprint }}")
    t.ok("indent-markup-not-escaped-without-autoescape", "{{ 'a\nb'|indent(1, true) }}")
    t.ok("indent-zero-and-crlf", "{{ 'a\nb'|indent(0) }}|{{ s|indent(2) }}", {"s": "a\r\nb"})
    t.ok("format-with-list-argument", "{{ '%s and %s'|format(*['x', 'y']) }} {{ '%s'|format([1, 2]) }}")
    t.ok("replace-unicode-and-empty", "{{ 'ééé'|replace('é', 'e', 2) }} {{ ''|replace('', 'x') }}")
    t.ok("reverse-unicode-string", "{{ 'héllo'|reverse }}")
    t.ok("length-of-dict-and-markup", "{{ {'a': 1}|length }} {{ '<b>'|safe|length }} {{ '<b>'|e|length }}")
    t.ok("sum-start-and-floats", "{{ [0.1, 0.2]|sum }} {{ [[1], [2]]|sum(start=[]) }}")
    t.ok("trim-unicode-whitespace", "[{{ '\u00a0 x \u3000'|trim }}]")
    t.ok("truncate-exact-length", "{{ 'abcdefghij'|truncate(10) }}|{{ 'abcdefghijk'|truncate(10) }}|{{ 'abcdefghijklmnopq'|truncate(10) }}|{{ 'abc defghijklmnopq'|truncate(10) }}")
    t.ok("truncate-leeway-boundary", "{{ 'a b c d e f g h'|truncate(10) }}|{{ 'a b c d e f g h'|truncate(9) }}|{{ 'a b c d e f g h'|truncate(10, leeway=10) }}")
    t.ok("wordcount-unicode-and-punctuation", "{{ 'héllo wörld, foo_bar baz-qux 3.14'|wordcount }}")
    t.ok("wordwrap-exact-width-and-newlines", "{{ 'aaaa bbbb cccc'|wordwrap(9) }}|{{ 'line one\nline two is long'|wordwrap(8) }}")
    t.ok("striptags-comments-and-whitespace", "{{ '  <p>  a\n\n  b  </p>  <br/> c '|striptags }}|{{ '<script>x</script>y'|striptags }}")
    t.ok("xmlattr-boolean-and-numbers", "<input{{ {'value': 0, 'checked': true, 'disabled': false, 'x': none}|xmlattr }}>")
    t.ok("groupby-sorts-groups", "{{ [3, 1, 2, 1]|map('string')|list|groupby('0')|map(attribute='grouper')|list }}")
    t.ok("map-lower-on-list", "{{ ['A', 'B']|map('lower')|join }}")
    t.ok("map-default-filter-argument", "{{ [none, 'x']|map('default', 'd')|list }} {{ [0, 1]|map('default', 'd', true)|list }}")
    t.ok("attr-on-dict-method", "{{ (d|attr('get'))('a') }}", {"d": {"a": 1}})
    t.ok("abs-of-bool-and-big", "{{ true|abs }} {{ (-(2 ** 70))|abs }}")
    t.ok("count-and-length-of-string-unicode", "{{ '😀é'|length }} {{ '😀é'|count }}")
    t.ok("escape-filter-chain-with-string", "{{ '<'|e|string|e }}")
    t.ok("string-of-markup-autoescape", "{{ '<b>'|safe|string|e }}", autoescape=True)
    t.ok("first-last-of-dict", "{{ {'a': 1, 'b': 2}|first }} {{ {'a': 1, 'b': 2}|list|last }}")
    t.ok("items-keeps-insertion-order", "{{ {'b': 1, 'a': 2}|items|list }}")
    # every keyword argument spelled out
    t.ok("keywords-batch-slice", "{{ range(5)|batch(linecount=2, fill_with=0)|list }} {{ range(5)|slice(slices=2, fill_with='x')|list }}")
    t.ok("keywords-default-dictsort", "{{ ''|default(default_value='dv', boolean=true) }} {{ d|dictsort(case_sensitive=true, by='key', reverse=false) }}",
         {"d": {"b": 1, "B": 2, "a": 3}})
    t.ok("keywords-int-float-round", "{{ 'x'|int(default=5) }} {{ '11'|int(base=2) }} {{ 'y'|float(default=0.5) }} {{ 2.567|round(precision=1, method='common') }}")
    t.ok("keywords-indent-center", "{{ 'a\nb'|indent(width=1, first=false, blank=false) }}|{{ 'c'|center(width=3) }}")
    t.ok("keywords-truncate", "{{ 'hello big world'|truncate(length=9, killwords=false, end='~', leeway=0) }}|{{ 'hello big world'|truncate(length=9, killwords=true, end='~', leeway=0) }}")
    t.ok("keywords-wordwrap", "{{ 'abcdefgh ij-kl'|wordwrap(width=4, break_long_words=false, wrapstring='/', break_on_hyphens=false) }}|{{ 'abcdefgh ij-kl'|wordwrap(width=4, break_long_words=true, wrapstring='/', break_on_hyphens=true) }}")
    t.ok("keywords-urlize", "{{ 'visit https://example.com/some/long/path today'|urlize(trim_url_limit=15, nofollow=true, target='_top', rel='external') }}")
    t.ok("keywords-xmlattr-tojson-attr", "<a{{ {'id': 'x'}|xmlattr(autospace=true) }}>{{ [1]|tojson(indent=none) }}{{ d|attr(name='k') }}", {"d": {"k": 1}})
    t.ok("keywords-groupby-sum-join", "{{ users|groupby(attribute='city', case_sensitive=true)|map(attribute='grouper')|join(d='/') }} {{ users|sum(attribute='age', start=1) }} {{ users|join(d=';', attribute='age') }}", users)
    t.ok("keywords-max-min-unique", "{{ (users|max(case_sensitive=false, attribute='name')).name }} {{ (users|min(case_sensitive=true, attribute='name')).name }} {{ ['a', 'A']|unique(case_sensitive=false, attribute=none)|list }}", users)
    t.ok("keywords-sort-map-replace", "{{ users|sort(reverse=true, case_sensitive=false, attribute='name')|map(attribute='name', default='?')|join(',') }} {{ 'aaa'|replace(old='a', new='b', count=2) }}", users)
    t.ok("keywords-filesizeformat-trim-format", "{{ 2048|filesizeformat(binary=true) }} [{{ '**x**'|trim(chars='*') }}] {{ '%(a)s'|format(a='kw') }}")


# --------------------------------------------------------------------------
# tests: every builtin test
# --------------------------------------------------------------------------
def tests():
    t = Theme("tests")
    t.ok("boolean", "{{ true is boolean }} {{ 1 is boolean }} {{ none is boolean }}")
    t.ok("callable", "{% macro m() %}{% endmacro %}{{ m is callable }} {{ range is callable }} {{ 1 is callable }} {{ 'a'.upper is callable }}")
    t.ok("defined-undefined", "{{ x is defined }} {{ y is defined }} {{ y is undefined }} {{ none is defined }}", {"x": 1})
    t.ok("divisibleby", "{{ 9 is divisibleby 3 }} {{ 10 is divisibleby(3) }} {{ 0 is divisibleby 5 }}")
    t.ok("eq-aliases", "{{ 1 is eq 1 }} {{ 1 is eq 2 }} {{ 'a' is equalto 'a' }} {{ 1 is eq(1.0) }}")
    t.ok("ne", "{{ 1 is ne 2 }} {{ 1 is ne 1 }}")
    t.ok("escaped", "{{ 'x' is escaped }} {{ 'x'|e is escaped }}")
    t.ok("even-odd", "{{ 2 is even }} {{ 3 is even }} {{ 3 is odd }} {{ 0 is odd }} {{ -3 is odd }}")
    t.ok("false-true", "{{ false is false }} {{ 0 is false }} {{ true is true }} {{ 1 is true }}")
    t.ok("filter-test", "{{ 'upper' is filter }} {{ 'nope' is filter }} {{ 'd' is filter }}")
    t.ok("float-integer", "{{ 1.0 is float }} {{ 1 is float }} {{ 1 is integer }} {{ 1.0 is integer }} {{ true is integer }} {{ x is float }}", {"x": 2.0})
    t.ok("ge-gt-le-lt", "{{ 2 is ge 2 }} {{ 2 is gt 2 }} {{ 2 is le 1 }} {{ 2 is lt 3 }} {{ 2 is ge 3 }} {{ 2 is lt 1 }}")
    t.ok("greaterthan-lessthan", "{{ 3 is greaterthan 2 }} {{ 3 is lessthan 2 }}")
    t.ok("in", "{{ 1 is in [1, 2] }} {{ 'a' is in 'bc' }} {{ 'k' is in {'k': 1} }}")
    t.ok("iterable", "{{ [] is iterable }} {{ 'a' is iterable }} {{ {} is iterable }} {{ 1 is iterable }} {{ none is iterable }}")
    t.ok("lower-upper", "{{ 'abc' is lower }} {{ 'aBc' is lower }} {{ 'ABC' is upper }} {{ 'A1' is upper }} {{ '1' is upper }}")
    t.ok("mapping", "{{ {} is mapping }} {{ d is mapping }} {{ [] is mapping }} {{ 'a' is mapping }}", {"d": {"a": 1}})
    t.ok("none", "{{ none is none }} {{ 0 is none }} {{ x is none }}", {"x": None})
    t.ok("number", "{{ 1 is number }} {{ 1.5 is number }} {{ '1' is number }} {{ true is number }}")
    t.ok("sameas", "{{ none is sameas none }} {{ true is sameas true }} {{ x is sameas x }} {{ [] is sameas [] }}", {"x": [1]})
    t.ok("sequence", "{{ [] is sequence }} {{ 'a' is sequence }} {{ {} is sequence }} {{ 1 is sequence }}")
    t.ok("string", "{{ 'a' is string }} {{ 1 is string }} {{ 'a'|safe is string }} {{ none is string }}")
    t.ok("test-test", "{{ 'odd' is test }} {{ 'nope' is test }} {{ '==' is test }}")
    t.ok("is-not", "{{ 1 is not even }} {{ x is not defined }} {{ 1 is not divisibleby 2 }}")
    t.ok("test-without-parentheses-arguments", "{{ 10 is divisibleby 5 and true }}")
    t.ok("test-in-if", "{% if x is defined and x is number %}num{% endif %}", {"x": 1})
    t.ok("test-in-loop-filter", "{% for x in [1, 'a', 2] if x is number %}{{ x }}{% endfor %}")
    t.ok("test-on-undefined", "{{ nope is none }} {{ nope is string }} {{ nope is iterable }} {{ nope is false }}")
    t.ok("test-on-context-values", "{{ i is integer }} {{ f is float }} {{ s is string }} {{ l is sequence }} {{ d is mapping }} {{ b is boolean }} {{ n is none }}",
         {"i": 1, "f": 1.0, "s": "x", "l": [], "d": {}, "b": False, "n": None})
    t.ok("sameas-false-zero", "{{ 0 is sameas false }} {{ 1 is sameas true }} {{ false is sameas false }}")
    t.ok("test-binds-tighter-than-power", "{{ 2 ** 100 is number }} {{ (2 ** 100) is number }} {{ (2 ** 100) is integer }}")
    t.ok("lower-upper-on-non-strings", "{{ 1 is lower }} {{ 'abc1' is lower }} {{ '' is upper }}")
    t.ok("iterable-on-generator-and-range", "{{ range(3) is iterable }} {{ [1]|select is iterable }} {{ range(3) is sequence }}")
    t.ok("defined-on-attribute-chain", "{{ d.a is defined }} {{ d.b is defined }} {{ d.a.x is defined }}", {"d": {"a": {"x": 1}}})
    t.ok("callable-on-globals", "{{ cycler is callable }} {{ joiner() is callable }} {{ namespace is callable }} {{ dict is callable }}")
    t.ok("in-with-variables", "{{ x is in xs }} {{ y is in xs }}", {"x": 1, "y": 9, "xs": [1, 2]})
    t.ok("divisibleby-float", "{{ 9.0 is divisibleby 3 }} {{ 10 is divisibleby 2.5 }}")
    t.ok("even-odd-on-float", "{{ 4.0 is even }} {{ 3.0 is odd }}")
    t.ok("true-false-identity", "{{ 'True' is true }} {{ [] is false }} {{ none is false }}")
    t.ok("escaped-on-macro-output", "{% macro m() %}x{% endmacro %}{{ m() is escaped }}", autoescape=True)
    t.ok("escaped-on-macro-output-no-autoescape", "{% macro m() %}x{% endmacro %}{{ m() is escaped }}")
    t.ok("mapping-on-namespace", "{{ namespace() is mapping }} {{ dict() is mapping }}")
    t.ok("string-on-undefined-and-number", "{{ nope is string }} {{ 1 is string }} {{ '1' is number }}")
    t.ok("test-filter-and-test-names", "{{ 'random' is filter }} {{ 'sameas' is test }} {{ 'odd' is filter }} {{ 'upper' is test }}")
    t.ok("test-parenthesised-arguments", "{{ 3 is gt(2) }} {{ 'a' is in(['a']) }} {{ 6 is divisibleby(3) }}")
    t.ok("test-not-with-arguments", "{{ 3 is not gt 2 }} {{ 3 is not in [1] }}")
    t.ok("tests-in-selectattr", "{{ users|selectattr('city', 'in', ['Paris'])|map(attribute='name')|join }} {{ users|selectattr('name', 'lower')|map(attribute='name')|join }}",
         {"users": USERS})


# --------------------------------------------------------------------------
# globals: range, dict, cycler, joiner, namespace
# --------------------------------------------------------------------------
def globals_():
    t = Theme("globals")
    t.ok("range-stop", "{{ range(5)|list }}")
    t.ok("range-start-stop-step", "{{ range(2, 5)|list }} {{ range(0, 10, 3)|list }} {{ range(5, 0, -2)|list }} {{ range(0)|list }} {{ range(3, 1)|list }}")
    t.ok("range-length-and-index", "{{ range(10)|length }} {{ range(10)[3] }} {{ range(10)|last }}")
    t.ok("range-in-for", "{% for i in range(1, 4) %}{{ i }}{% endfor %}")
    t.err("range-step-zero", "{{ range(1, 5, 0)|list }}")
    t.ok("dict", "{{ dict(a=1, b='x') }} {{ dict() }} {{ dict(a=1).a }}")
    t.ok("cycler", "{% set c = cycler('odd', 'even') %}{{ c.next() }} {{ c.next() }} {{ c.next() }}")
    t.ok("cycler-current-reset", "{% set c = cycler(1, 2, 3) %}{{ c.current }}{{ c.next() }}{{ c.current }}{% do c.reset() %}{{ c.current }}")
    t.ok("cycler-in-loop", "{% set c = cycler('a', 'b') %}{% for i in range(5) %}{{ c.next() }}{% endfor %}")
    t.ok("cycler-across-loops", "{% set row = cycler('odd', 'even') %}{% for a in [1, 2] %}{{ row.next() }} {% endfor %}{% for b in [1] %}{{ row.next() }}{% endfor %}")
    t.ok("joiner", "{% set pipe = joiner('|') %}{% for x in ['a', 'b', 'c'] %}{{ pipe() }}{{ x }}{% endfor %}")
    t.ok("joiner-default-separator", "{% set j = joiner() %}{{ j() }}x{{ j() }}y{{ j() }}z")
    t.ok("joiner-conditional", "{% set j = joiner(' / ') %}{% if true %}{{ j() }}A{% endif %}{% if false %}{{ j() }}B{% endif %}{% if true %}{{ j() }}C{% endif %}")
    t.ok("namespace", "{% set ns = namespace(a=1, b='x') %}{{ ns.a }}{{ ns.b }}")
    t.ok("namespace-in-macro-call", "{% set ns = namespace(total=0) %}{% macro add(n) %}{% set ns.total = ns.total + n %}{% endmacro %}{{ add(2) }}{{ add(3) }}{{ ns.total }}")
    t.ok("namespace-mutated-in-nested-loops", "{% set ns = namespace(n=0) %}{% for a in range(3) %}{% for b in range(2) %}{% set ns.n = ns.n + 1 %}{% endfor %}{% endfor %}{{ ns.n }}")
    t.ok("context-shadows-global", "{{ range }}", {"range": "mine"})
    t.ok("set-shadows-global", "{% set dict = 'x' %}{{ dict }}")
    t.ok("dict-from-pairs-and-kwargs", "{{ dict([('a', 1)], b=2) }} {{ dict({'x': 1}) }}")
    t.ok("range-slicing-as-list", "{{ range(10)[2:5]|list }} {{ range(10)[::3]|list }} {{ range(10)[-1] }}")
    t.ok("range-membership-and-reverse", "{{ 3 in range(5) }} {{ 7 in range(5) }} {{ range(4)|reverse|list }}")
    t.ok("range-sum-and-join", "{{ range(1, 101)|sum }} {{ range(5)|join('-') }}")
    t.ok("cycler-in-macro", "{% set c = cycler('a', 'b') %}{% macro m() %}{{ c.next() }}{% endmacro %}{{ m() }}{{ m() }}{{ m() }}")
    t.ok("cycler-items-of-any-type", "{% set c = cycler(1, none, [2]) %}{{ c.next() }}|{{ c.next() }}|{{ c.next() }}|{{ c.next() }}")
    t.ok("joiner-in-nested-loops", "{% set j = joiner(', ') %}{% for a in [1, 2] %}{% for b in 'xy' %}{{ j() }}{{ a }}{{ b }}{% endfor %}{% endfor %}")
    t.ok("two-joiners-independent", "{% set a = joiner('+') %}{% set b = joiner('-') %}{{ a() }}{{ b() }}{{ a() }}{{ b() }}x")
    t.ok("namespace-attribute-defaults-undefined", "{% set ns = namespace() %}[{{ ns.missing }}]{{ ns.missing is defined }}")
    t.ok("namespace-holds-list", "{% set ns = namespace(xs=[]) %}{% do ns.xs.append(1) %}{% for i in [2] %}{% do ns.xs.append(i) %}{% endfor %}{{ ns.xs }}")
    t.ok("globals-inside-included-template", {"main": "{% include 'p' %}", "p": "{{ range(2)|list }}{{ dict(a=1) }}"})
    t.ok("globals-inside-imported-macro", {"main": "{% from 'm' import r %}{{ r() }}", "m": "{% macro r() %}{{ range(3)|join }}{% endmacro %}"})


# --------------------------------------------------------------------------
# python_values: how Python prints values, and the methods templates call
# --------------------------------------------------------------------------
def python_values():
    t = Theme("python_values")
    t.ok("print-scalars", "{{ true }} {{ false }} {{ none }} {{ 1 }} {{ 1.0 }} {{ -0.0 }} {{ 'x' }}")
    t.ok("print-context-scalars", "{{ b }} {{ n }} {{ i }} {{ f }} {{ g }}", {"b": True, "n": None, "i": 7, "f": 1.0, "g": 0.1})
    t.ok("print-list", "{{ xs }}", {"xs": [1, "a", None, True, 2.5, [3], {"k": "v"}]})
    t.ok("print-dict", "{{ d }}", {"d": {"a": 1, "b": "two", "c": None, "d": [1.5]}})
    t.ok("print-empty-containers", "{{ xs }} {{ d }}", {"xs": [], "d": {}})
    t.ok("print-nested-quotes", "{{ xs }}", {"xs": ["it's", 'say "hi"', "both ' and \"", "plain"]})
    t.ok("print-string-escapes-in-repr", "{{ xs }}", {"xs": ["a\nb", "tab\t", "back\\slash", "\x00", "\x7f", "bell\x07"]})
    t.ok("print-unicode-in-repr", "{{ xs }} {{ d }}", {"xs": ["é", "日本", "✓", "\u00a0", "\u200b", "😀"], "d": {"ключ": "значение"}})
    t.ok("print-unicode-direct", "{{ s }}", {"s": "日本語 😀 ünï"})
    t.ok("print-tuple", "{{ (1, 'a') }} {{ (none,) }}")
    t.ok("print-markup-in-list", "{{ ['<b>'|safe] }}")
    t.ok("print-float-forms", "{% for f in fs %}{{ f }} {% endfor %}", {"fs": [0.0, 1.5, -2.0, 100.0, 0.1, 123456789.123, 3.141592653589793, 0.001]})
    t.ok("print-int-vs-float-from-context", "{{ a }} {{ b }} {{ a + b }} {{ a * 2 }} {{ b * 2 }}", {"a": 2, "b": 2.0})
    t.ok("print-large-int", "{{ n }} {{ n + 1 }}", {"n": 9007199254740993})
    t.ok("print-loop-over-dict-values", "{{ d.values()|list }} {{ d.keys()|list }} {{ d.items()|list }}", {"d": {"a": 1}})
    t.ok("string-upper-lower", "{{ s.upper() }} {{ s.lower() }}", {"s": "MiXeD"})
    t.ok("string-split", "{{ 'a,b,,c'.split(',') }} {{ ' a  b '.split() }} {{ 'a-b-c'.split('-', 1) }}")
    t.ok("string-strip", "[{{ '  x '.strip() }}][{{ 'xxyxx'.strip('x') }}][{{ '  x '.lstrip() }}][{{ '  x '.rstrip() }}]")
    t.ok("string-replace", "{{ 'hello'.replace('l', 'L') }} {{ 'aaa'.replace('a', 'b', 1) }}")
    t.ok("string-startswith-endswith", "{{ s.startswith('ab') }} {{ s.endswith('z') }} {{ s.startswith(('x', 'a')) }}", {"s": "abc"})
    t.ok("string-format", "{{ '{} and {}'.format(1, 'b') }} {{ '{0}{0}'.format('x') }} {{ '{name}!'.format(name='hi') }} {{ '{:>5}|{:.2f}'.format('r', 1.234) }}")
    t.ok("string-join", "{{ ', '.join(['a', 'b']) }} {{ '-'.join('abc') }}")
    t.ok("string-title-capitalize", "{{ 'hello world'.title() }} {{ 'hello world'.capitalize() }}")
    t.ok("string-count-find", "{{ 'banana'.count('a') }} {{ 'banana'.find('n') }} {{ 'banana'.find('z') }} {{ 'banana'.rfind('a') }}")
    t.ok("string-misc-methods", "{{ 'abc'.isalpha() }} {{ '123'.isdigit() }} {{ 'ab'.zfill(4) }} {{ 'a'.center(3, '*') }} {{ 'ab'.ljust(4, '.') }}")
    t.ok("string-methods-on-context-value", "{{ name.split(' ')[0] }} {{ name.title() }}", {"name": "ada lovelace"})
    t.ok("list-methods", "{% set xs = [3, 1, 2] %}{{ xs.index(1) }} {{ xs.count(3) }} {% do xs.append(4) %}{{ xs }} {{ xs.pop() }} {{ xs.pop(0) }} {{ xs }}")
    t.ok("list-insert-extend-remove", "{% set xs = [1] %}{% do xs.insert(0, 0) %}{% do xs.extend([2, 3]) %}{% do xs.remove(2) %}{{ xs }}")
    t.ok("dict-methods", "{{ d.get('a') }} {{ d.get('z') }} {{ d.get('z', 'dflt') }} {{ d.keys()|list }} {{ d.values()|list }} {{ d.items()|list }}", {"d": {"a": 1}})
    t.ok("dict-pop-and-setdefault", "{% set d = {'a': 1, 'b': 2} %}{{ d.pop('a') }} {{ d.pop('z', 'none') }} {{ d.setdefault('c', 3) }} {{ d }}")
    t.ok("dict-items-loop", "{% for k, v in d.items() %}{{ k }}:{{ v }} {% endfor %}", {"d": {"only": "one"}})
    t.ok("dict-update-via-do", "{% set d = {'a': 1} %}{% do d.update(b=2) %}{{ d }}")
    t.ok("string-index-and-len", "{{ 'hello'[0] }}{{ 'hello'|length }}{{ 'hello'[-1] }}")
    t.ok("membership-and-comparison-on-lists", "{{ [1, [2]] == [1, [2]] }} {{ [2] in [[1], [2]] }}")
    t.ok("string-multiplication-of-context", "{{ s * n }}", {"s": "ab", "n": 3})
    t.ok("nested-dict-print", "{{ d }}", {"d": {"outer": {"inner": [1, {"deep": "x'y"}]}}})
    t.ok("print-namespace", "{{ namespace(a=1) }}")
    t.ok("print-dict-int-keys-and-quote-keys", "{{ {1: 'a', \"it's\": 2} }}")
    t.ok("print-float-repr-edge-cases", "{{ [1e-07, 1.5e-05, 1e16, 123456789012345.6, 0.1 + 0.7, 2 / 3] }}")
    t.ok("print-nested-tuples-in-list", "{{ [(1, 2), ('a',), ()] }}")
    t.ok("tuple-string-filter", "{{ (1, 2)|string }} {{ [true, none]|join(',') }}")
    t.ok("tilde-with-float-and-int", "{{ 'a' ~ 1.0 ~ 2 ~ 0.5 }}")
    t.ok("float-sum-print", "{{ [1.5, 2.0]|sum }} {{ [1, 2.0]|sum }} {{ 1.0|int }}")
    t.ok("string-format-specs", "{{ '{:,}'.format(1234567) }} {{ '{:x}'.format(255) }} {{ '{:08.3f}'.format(3.14159) }} {{ '{!r}'.format('q') }} {{ '{:^7}'.format('c') }}")
    t.ok("string-split-variants", "{{ 'a b c'.rsplit(' ', 1) }} {{ 'l1\nl2'.splitlines() }} {{ 'k=v=w'.partition('=') }}")
    t.ok("string-endswith-tuple-and-replace-nomatch", "{{ 'file.txt'.endswith(('.md', '.txt')) }} {{ 'abc'.replace('x', 'y') }}")
    t.ok("string-casefold-swapcase", "{{ 'Straße'.lower() }} {{ 'aBc'.swapcase() }} {{ 'hello'.islower() }}")
    t.ok("list-reverse-sort-via-do", "{% set xs = [3, 1, 2] %}{% do xs.sort() %}{{ xs }}{% do xs.reverse() %}{{ xs }}")
    t.ok("list-copy-and-clear", "{% set xs = [1, 2] %}{% set ys = xs.copy() %}{% do xs.clear() %}{{ xs }}{{ ys }}")
    t.ok("dict-copy-and-keys-membership", "{% set d = {'a': 1} %}{% set e = d.copy() %}{% do e.update(b=2) %}{{ d }} {{ e }} {{ 'a' in d.keys() }} {{ 1 in d.values() }}")
    t.ok("dict-get-nested", "{{ d.get('a', {}).get('b', 'none') }} {{ d.get('x', {}).get('b', 'none') }}", {"d": {"a": {"b": "found"}}})
    t.ok("dict-items-length", "{{ d.items()|list|length }} {{ d.keys()|join(',') }}", {"d": {"a": 1, "b": 2}})
    t.ok("context-float-preserved", "{{ f }} {{ f * 2 }} {{ f|int }} {{ i / 2 }}", {"f": 3.0, "i": 3})
    t.ok("context-nested-structures", "{{ data.users[0].tags[-1] }} {{ data['meta']['count'] + 1 }}",
         {"data": {"users": [{"tags": ["a", "b"]}], "meta": {"count": 41}}})
    t.ok("context-unicode-keys-and-values", "{{ d['ключ'] }} {{ d }}", {"d": {"ключ": "значение"}})
    t.ok("print-string-with-both-quotes-in-dict", "{{ {'k': 'a\\'b\"c'} }}")
    t.ok("print-backslash-in-list", "{{ ['C:\\\\path'] }} {{ 'C:\\\\path' }}")
    t.ok("print-bool-and-none-in-nested", "{{ {'a': [true, false, none]} }}")


def run(case):
    """Renders one case from its JSON form, so the recorded output matches what the JSON says."""
    data = json.loads(json.dumps(case))
    options = dict(data["options"])
    policy = UNDEFINED_POLICIES[options.pop("undefined", "default")]
    env = Environment(loader=DictLoader(data["templates"]), extensions=EXTENSIONS, undefined=policy, **options)
    try:
        return {"output": env.get_template(data["entry"]).render(**data["context"])}
    except Exception as exc:  # every exception Jinja raises is a recorded outcome
        error = {"type": type(exc).__name__, "message": str(exc)}
        lineno = getattr(exc, "lineno", None)
        if lineno is not None:
            error["lineno"] = lineno
        return {"error": error}


def check_floats(name, value):
    """Refuses floats that JSON would write without a dot (1e+20, nan)."""
    if isinstance(value, float):
        if not FLOAT_TEXT.fullmatch(json.dumps(value)):
            raise ValueError(f"{name}: float {value!r} would not be written with a dot")
    elif isinstance(value, dict):
        for item in value.values():
            check_floats(name, item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            check_floats(name, item)


def uncovered_builtins(records):
    """Names of builtin filters and tests that no template uses, so none is dropped by accident."""
    text = "\n".join(source for r in records for source in r["templates"].values())
    missing = []
    for name in sorted(jinja2.filters.FILTERS):
        n = re.escape(name)
        if not re.search(rf"\|\s*{n}\b|(map|select|reject)\(\s*'{n}'|{{% filter {n}\b", text):
            missing.append(f"filter {name}")
    for name in sorted(jinja2.tests.TESTS):
        n = re.escape(name)
        if not re.search(rf"\bis\s+(not\s+)?{n}(\b|\(| )|(select|reject|selectattr|rejectattr)\([^)]*'{n}'", text):
            missing.append(f"test {name}")
    return missing


def fuzz_seeds(records):
    """About 100 valid templates: the single-template, default-option cases, sampled evenly."""
    candidates = sorted({r["templates"]["main"] for r in records
                         if "output" in r and not r["options"] and list(r["templates"]) == ["main"]
                         and r["templates"]["main"]})
    step = max(1, len(candidates) // 100)
    return candidates[::step][:100]


def main():
    for define in (syntax, whitespace, line_statements, expressions, statements, loops, macros,
                   inheritance, includes_imports, escaping, undefined, errors, filters, tests,
                   globals_, python_values):
        define()
    problems = []
    names = set()
    everything = []
    for theme in THEMES.values():
        records = []
        for case in theme.cases:
            if case["name"] in names:
                problems.append(f"{case['name']}: duplicate name")
            names.add(case["name"])
            check_floats(case["name"], case["context"])
            expect_error = case.pop("expect_error")
            outcome = run(case)
            if expect_error and "output" in outcome:
                problems.append(f"{case['name']}: expected an error, rendered {outcome['output']!r}")
            if not expect_error and "error" in outcome:
                problems.append(f"{case['name']}: raised {outcome['error']}")
            records.append({**case, **outcome})
        everything.extend(records)
        text = json.dumps(records, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        (HERE / f"{theme.name}.json").write_text(text, encoding="utf-8")
    problems.extend(f"no case uses builtin {name}" for name in uncovered_builtins(everything))
    seeds = fuzz_seeds(everything)
    (HERE / "fuzz_seeds.txt").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in seeds), encoding="utf-8")
    for theme in THEMES.values():
        print(f"{theme.name}.json: {len(theme.cases)} cases")
    print(f"total: {len(everything)} cases, {len(seeds)} fuzz seeds, Jinja2 {jinja2.__version__}")
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
