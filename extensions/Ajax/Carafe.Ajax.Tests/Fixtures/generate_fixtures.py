#!/usr/bin/python3
"""Generates sijax_protocol.json: what the real Sijax answers to each request the tests replay.

Sijax is not packaged by Debian, so point this at a checkout of its source
(github.com/spantaleev/sijax-python, 0.3.2):
    /usr/bin/python3 extensions/Ajax/Carafe.Ajax.Tests/Fixtures/generate_fixtures.py /path/to/sijax-python
Each scenario registers callbacks on a sijax.Sijax, posts the form data a browser would, and
records the exact body (a JSON list, or the streamed iframe HTML of comet and upload calls).
ProtocolFixtureTests registers the same callbacks on Carafe's Ajax and expects the same bytes.
"""
import json
import os
import sys

sys.path.insert(0, sys.argv[1])
import sijax  # noqa: E402
from sijax.plugin import comet, upload  # noqa: E402
from sijax.response.streaming import StreamingIframeResponse  # noqa: E402
from types import GeneratorType  # noqa: E402


def _process_callback(self, callback, args):
    """Sijax 0.3.2's own loop, minus its `while True: next(...)`, which PEP 479 (Python 3.7+)
    turns into a RuntimeError when the callback ends: the bytes it yields are unchanged."""
    response = self._perform_handler_call(callback, args)
    if isinstance(response, GeneratorType):
        for _ in response:
            if len(self._commands) != 0:
                yield self._flush()
    if len(self._commands) != 0:
        yield self._flush()


StreamingIframeResponse._process_callback = _process_callback

HERE = os.path.dirname(os.path.abspath(__file__))


def say_hi(obj_response, name):
    obj_response.alert('Hi, %s!' % name)


def every_command(obj_response):
    obj_response.alert('<b>"Ça va"</b> & \'ok\' — ünïcödé')
    obj_response.html('#greeting', '<strong>Hey!</strong>')
    obj_response.html_append('ul.entries', '<li>new</li>')
    obj_response.html_prepend('ul.entries', '<li>first</li>')
    obj_response.css('#greeting', 'backgroundColor', 'red')
    obj_response.attr('#name', 'disabled', True)
    obj_response.attr_append('#link', 'href', '?page=2')
    obj_response.attr_prepend('#title', 'title', 'New: ')
    obj_response.remove('.flash')
    obj_response.script("document.title = 'done';")
    obj_response.redirect('/next?a=1&b=é')
    obj_response.call('setProgress', [40, 'half', {'k': [1, None, True]}])


def cleared(obj_response):
    obj_response.alert('dropped')
    obj_response.clear_commands()
    obj_response.html('#kept', 'kept')


def add(obj_response, a, b):
    obj_response.html('#sum', str(a + b))


def progress(obj_response):
    for percent in (25, 50, 100):
        obj_response.css('#bar', 'width', '%d%%' % percent)
        yield obj_response
    obj_response.html('#status', 'done')


def upload_handler(obj_response, files, form_values):
    obj_response.html('#result', 'Got %s for %s' % (', '.join(sorted(files)), form_values['title']))
    obj_response.reset_form()


class Greetings(object):
    def say_hi(self, obj_response):
        obj_response.alert('hi from an object')

    def _hidden(self, obj_response):
        obj_response.alert('never')


def scenario(name, data, register, files=None):
    instance = sijax.Sijax()
    instance.set_data(data)
    instance.set_request_uri('/')
    register(instance)
    body = instance.process_request()
    if not isinstance(body, str):
        body = b''.join(body).decode('utf-8')
    return name, {'form': data, 'files': files or [], 'body': body}


def call(name, *args):
    return {'sijax_rq': name, 'sijax_args': json.dumps(list(args))}


def events(instance):
    instance.register_callback('say_hi', say_hi)
    instance.register_event(sijax.Sijax.EVENT_BEFORE_PROCESSING, lambda r: r.html('#log', 'before'))
    instance.register_event(sijax.Sijax.EVENT_AFTER_PROCESSING, lambda r: r.html_append('#log', ' after'))


scenarios = dict([
    scenario('alert', call('say_hi', 'Ann'), lambda s: s.register_callback('say_hi', say_hi)),
    scenario('every_command', call('every_command'), lambda s: s.register_callback('every_command', every_command)),
    scenario('clear_commands', call('cleared'), lambda s: s.register_callback('cleared', cleared)),
    scenario('typed_arguments', call('add', 2, 40), lambda s: s.register_callback('add', add)),
    scenario('unknown_callback', call('nope'), lambda s: s.register_callback('say_hi', say_hi)),
    scenario('wrong_argument_count', call('say_hi', 'Ann', 'Bob'), lambda s: s.register_callback('say_hi', say_hi)),
    scenario('missing_argument', call('say_hi'), lambda s: s.register_callback('say_hi', say_hi)),
    scenario('events', call('say_hi', 'Ann'), events),
    scenario('object', call('say_hi'), lambda s: s.register_object(Greetings())),
    scenario('comet', call('progress'), lambda s: comet.register_comet_callback(s, 'progress', progress)),
    scenario('upload', dict(call('photo_form_upload', 'photo_form'), title='Holidays'),
             lambda s: upload.register_upload_callback(s, 'photo_form', upload_handler, args_extra=[{'photo': None}]),
             files=['photo']),
])

with open(os.path.join(HERE, 'sijax_protocol.json'), 'w', encoding='utf-8') as out:
    json.dump(scenarios, out, ensure_ascii=False, indent=2, sort_keys=True)
    out.write('\n')
print('wrote %d scenarios' % len(scenarios))
