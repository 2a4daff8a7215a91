// The inbox page's script: served as written (no build step), so it is plain ES5 for any browser.
// The table follows the simulator's state, pushed over server-sent events from /inbox/events.
'use strict';
(function () {
  var body = document.querySelector('#messages tbody');
  var filter = document.getElementById('provider-filter');
  var empty = document.getElementById('empty');
  var connection = document.getElementById('connection');
  var limited = document.getElementById('limited');
  var rows = new Map();

  function cell(row, className) {
    var td = document.createElement('td');
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function formatTime(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  function act(key, action, payload) {
    return fetch('/inbox/api/messages/' + encodeURIComponent(key) + '/' + action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload || {}),
    });
  }

  function button(label, action, entry) {
    var element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.dataset.action = action;
    element.addEventListener('click', function () {
      act(entry.key, action);
    });
    return element;
  }

  function createRow(entry) {
    var row = document.createElement('tr');
    row.dataset.key = entry.key;
    row.dataset.provider = entry.provider;
    row.className = entry.direction;
    cell(row, 'time').textContent = formatTime(entry.at);
    var provider = cell(row, 'provider');
    provider.textContent = (entry.direction === 'in' ? '\u2190 ' : '\u2192 ') + entry.provider;
    // Ghasedak serves two APIs for one account: the label says which one a message came through.
    if (entry.api) {
      row.dataset.api = entry.api;
      var api = document.createElement('span');
      api.className = 'api api-' + entry.api;
      api.textContent = entry.api;
      provider.appendChild(document.createTextNode(' '));
      provider.appendChild(api);
    }
    cell(row, 'sender').textContent = entry.sender;
    cell(row, 'recipient').textContent = entry.recipient;
    var text = cell(row, 'text');
    text.setAttribute('dir', 'auto');
    text.textContent = entry.text;
    cell(row, 'encoding').textContent =
      entry.encoding + ' \u00b7 ' + entry.segments + (entry.segments === 1 ? ' part' : ' parts');
    cell(row, 'schedule').textContent = entry.sendAt ? formatTime(entry.sendAt) : '';
    var status = document.createElement('span');
    cell(row, 'status-cell').appendChild(status);
    var actions = document.createElement('div');
    actions.className = 'actions';
    cell(row).appendChild(actions);
    if (entry.direction === 'out') {
      actions.appendChild(button('Deliver', 'deliver', entry));
      actions.appendChild(button('Fail', 'fail', entry));
      var reply = document.createElement('input');
      reply.placeholder = 'Answer text';
      reply.setAttribute('dir', 'auto');
      reply.setAttribute('aria-label', 'Answer text');
      var answer = document.createElement('button');
      answer.type = 'button';
      answer.textContent = 'Answer';
      answer.dataset.action = 'answer';
      answer.addEventListener('click', function () {
        if (!reply.value) {
          reply.focus();
          return;
        }
        act(entry.key, 'answer', { text: reply.value }).then(function () {
          reply.value = '';
        });
      });
      actions.appendChild(reply);
      actions.appendChild(answer);
    }
    return row;
  }

  function update(row, entry) {
    var status = row.querySelector('.status-cell span');
    status.textContent = entry.status;
    status.className = 'status status-' + entry.status;
    row.dataset.status = entry.status;
    var waiting = entry.status === 'sent' || entry.status === 'queued';
    row.querySelectorAll('button[data-action="deliver"], button[data-action="fail"]').forEach(function (element) {
      element.disabled = !waiting;
    });
    row.hidden = Boolean(filter.value) && filter.value !== entry.provider;
  }

  function render(entries) {
    var seen = new Set();
    entries.forEach(function (entry) {
      var row = rows.get(entry.key);
      if (!row) {
        row = createRow(entry);
        rows.set(entry.key, row);
      }
      update(row, entry);
      seen.add(entry.key);
      body.appendChild(row);
    });
    rows.forEach(function (row, key) {
      if (!seen.has(key)) {
        row.remove();
        rows.delete(key);
      }
    });
    empty.hidden = entries.length > 0;
  }

  var latest = [];
  // The simulator sends the whole state when the stream opens and again after every change; EventSource
  // reconnects by itself when the simulator restarts.
  var events = new EventSource('/inbox/events');
  events.addEventListener('open', function () {
    connection.textContent = 'live';
  });
  events.addEventListener('error', function () {
    connection.textContent = 'simulator not reachable';
  });
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    latest = state.entries;
    // The simulator sends the newest messages only (a campaign can hold 100,000): say so when some are left out.
    limited.hidden = !(state.total > latest.length);
    limited.textContent =
      'Showing the latest ' + latest.length + ' of ' + Number(state.total).toLocaleString() + ' messages.';
    render(latest);
  });
  filter.addEventListener('change', function () {
    render(latest);
  });
})();
