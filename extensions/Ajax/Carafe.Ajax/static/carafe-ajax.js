/*
 * Carafe.Ajax: the browser side of Carafe's Sijax-style bridge, on fetch, with no dependency.
 * Load it with {{ ajax_js() }}: the script element carries the request URI and the CSRF token.
 * Speaks Sijax's wire protocol: sijax_rq and sijax_args posted as a form, a JSON list of
 * commands back, or for comet and upload callbacks one list per line as they are sent.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var requestUri = (script && script.dataset.requestUri) || window.location.pathname + window.location.search;
  var csrfToken = (script && script.dataset.csrfToken) || null;
  var ndjson = 'application/x-ndjson';

  var ajax = {
    PARAM_REQUEST: 'sijax_rq',
    PARAM_ARGS: 'sijax_args'
  };

  ajax.setRequestUri = function (uri) { requestUri = uri; };
  ajax.getRequestUri = function () { return requestUri; };
  ajax.setCsrfToken = function (token) { csrfToken = token; };

  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  // Scripts inserted through innerHTML never run; fresh copies of them do, as with jQuery's html().
  function runScripts(nodes) {
    nodes.forEach(function (node) {
      if (node.nodeType !== Node.ELEMENT_NODE) {
        return;
      }
      var scripts = node.tagName === 'SCRIPT' ? [node] : Array.prototype.slice.call(node.querySelectorAll('script'));
      scripts.forEach(function (old) {
        var copy = document.createElement('script');
        Array.prototype.forEach.call(old.attributes, function (attribute) { copy.setAttribute(attribute.name, attribute.value); });
        copy.text = old.text;
        old.parentNode.replaceChild(copy, old);
      });
    });
  }

  function fragment(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  var processors = {
    alert: function (command) {
      window.alert(command.alert);
    },
    html: function (command) {
      each(command.selector, function (element) {
        var content = fragment(command.html);
        var nodes = Array.prototype.slice.call(content.childNodes);
        if (command.setType === 'replace') {
          element.replaceChildren(content);
        } else if (command.setType === 'append') {
          element.append(content);
        } else {
          element.prepend(content);
        }
        runScripts(nodes);
      });
    },
    css: function (command) {
      each(command.selector, function (element) {
        if (command.key.indexOf('-') >= 0) {
          element.style.setProperty(command.key, command.value);
        } else {
          element.style[command.key] = command.value;
        }
      });
    },
    // A DOM property when the element has one (value, checked, disabled), else the attribute, as jQuery's prop/attr.
    attr: function (command) {
      each(command.selector, function (element) {
        var key = command.key;
        var isProperty = key in element;
        var current = isProperty ? element[key] : element.getAttribute(key);
        var value = command.value;
        if (command.setType === 'append') {
          value = (current === null || current === undefined ? '' : current) + value;
        } else if (command.setType === 'prepend') {
          value = value + (current === null || current === undefined ? '' : current);
        }
        if (isProperty) {
          element[key] = value;
        } else if (value === false || value === null) {
          element.removeAttribute(key);
        } else {
          element.setAttribute(key, value === true ? key : value);
        }
      });
    },
    remove: function (command) {
      each(command.remove, function (element) { element.remove(); });
    },
    script: function (command) {
      (new Function(command.script))();
    },
    // The function is looked up by its dotted path from window, never evaluated.
    call: function (command) {
      var owner = window;
      var target = window;
      command.call.split('.').forEach(function (part) {
        owner = target;
        target = target === undefined || target === null ? undefined : target[part];
      });
      if (typeof target !== 'function') {
        throw new Error('Carafe.Ajax: the call command names "' + command.call + '", which is not a function of this page.');
      }
      target.apply(owner, command.params || []);
    }
  };

  ajax.processCommands = function (commands) {
    commands.forEach(function (command) {
      var processor = processors[command.type];
      if (!processor) {
        throw new Error('Carafe.Ajax: unknown command type "' + command.type + '".');
      }
      processor(command);
    });
  };

  function AjaxError(message, status, commands) {
    var error = new Error(message);
    error.name = 'AjaxError';
    error.status = status;
    error.commands = commands;
    return error;
  }

  // Runs each line's commands as soon as the line has arrived.
  async function readStream(response) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var pending = '';
    var all = [];
    function take(line) {
      if (line.trim() === '') {
        return;
      }
      var commands = JSON.parse(line);
      ajax.processCommands(commands);
      all = all.concat(commands);
    }
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) {
        break;
      }
      pending += decoder.decode(chunk.value, { stream: true });
      var lines = pending.split('\n');
      pending = lines.pop();
      lines.forEach(take);
    }
    take(pending + decoder.decode());
    return all;
  }

  async function send(name, uri, body) {
    var headers = { 'Accept': 'application/json, ' + ndjson, 'X-Requested-With': 'XMLHttpRequest' };
    if (csrfToken) {
      headers['X-CSRFToken'] = csrfToken;
    }
    var response = await fetch(uri, { method: 'POST', body: body, headers: headers, credentials: 'same-origin', cache: 'no-store' });
    var type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
    if (type === ndjson && response.ok) {
      return readStream(response);
    }
    if (type !== 'application/json') {
      throw AjaxError('Carafe.Ajax: the call to "' + name + '" failed with ' + response.status + ' ' + response.statusText + '.', response.status, []);
    }
    var commands = await response.json();
    ajax.processCommands(commands);
    if (!response.ok) {
      throw AjaxError('Carafe.Ajax: the call to "' + name + '" was refused with ' + response.status + '.', response.status, commands);
    }
    return commands;
  }

  /*
   * Calls the server's callback `name` with `args` (a list of JSON values), runs the commands it
   * answers with, and resolves with them once all have arrived. options.uri sends this call elsewhere.
   */
  ajax.request = function (name, args, options) {
    var body = new URLSearchParams();
    body.append(ajax.PARAM_REQUEST, name);
    body.append(ajax.PARAM_ARGS, JSON.stringify(args || []));
    return send(name, (options && options.uri) || requestUri, body);
  };

  /*
   * The values of every named, enabled field in the element matching `selector`, as Sijax's
   * getFormValues: unchecked boxes and radios are left out, a multiple select gives a list, and
   * names such as tags[] or address[city] build lists and nested objects.
   */
  ajax.getFormValues = function (selector) {
    var values = {};
    var container = typeof selector === 'string' ? document.querySelector(selector) : selector;
    if (!container) {
      return values;
    }
    Array.prototype.forEach.call(container.querySelectorAll('input, textarea, select'), function (field) {
      if (!field.name || field.disabled) {
        return;
      }
      if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) {
        return;
      }
      var value = field.tagName === 'SELECT' && field.multiple
        ? Array.prototype.filter.call(field.options, function (option) { return option.selected; }).map(function (option) { return option.value; })
        : field.value;
      var parts;
      if (field.name.indexOf('[') === -1) {
        parts = [field.name];
      } else {
        var nested = /^(\w+)\[(.*?)\]$/.exec(field.name);
        if (nested === null) {
          return;
        }
        parts = [nested[1]].concat(nested[2].split(']['));
      }
      var last = parts.pop();
      var isList = last === '';
      var target = values;
      parts.forEach(function (part, i) {
        if (target[part] === undefined) {
          target[part] = i === parts.length - 1 && isList ? [] : {};
        }
        target = target[part];
      });
      if (isList) {
        target.push(value);
      } else {
        target[last] = value;
      }
    });
    return values;
  };

  /*
   * Posts the form with its files to its upload callback without leaving the page; the
   * server's RegisterUploadCallback writes this call. Resolves with the commands received.
   */
  ajax.upload = function (formId, callback) {
    var form = document.getElementById(formId);
    var body = new FormData(form);
    body.append(ajax.PARAM_REQUEST, callback);
    body.append(ajax.PARAM_ARGS, JSON.stringify([formId]));
    return send(callback, form.getAttribute('action') || requestUri, body);
  };

  ajax.registerUploadForm = function (params) {
    function register() {
      var form = document.getElementById(params.formId);
      if (!form) {
        throw new Error('Carafe.Ajax: there is no form with id "' + params.formId + '" to register for uploads.');
      }
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        ajax.upload(params.formId, params.callback).catch(function (error) { console.error(error); });
      });
    }
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', register);
    } else {
      register();
    }
  };

  ajax.resetForm = function (formId) {
    document.getElementById(formId).reset();
  };

  window.Carafe = window.Carafe || {};
  window.Carafe.Ajax = ajax;
  // The upload response's ResetForm sends Sijax's own call, sjxUpload.resetForm.
  window.sjxUpload = window.sjxUpload || { resetForm: ajax.resetForm };
}());
