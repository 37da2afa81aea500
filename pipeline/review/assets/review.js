// newsfacts review site: the one client script, loaded as an external file so the pages' CSP can
// forbid inline script. It sorts and filters the index, links the article's side panel to the
// highlighted spans, and keeps reviewer verdicts in localStorage with a JSON Lines export.
'use strict';
(function () {
  var PREFIX = 'newsfacts.verdicts.v1:';
  var memory = {};

  /** localStorage when the browser allows it on this origin, otherwise an in-memory stand-in. */
  function store() {
    try {
      var s = window.localStorage;
      s.getItem('x');
      return s;
    } catch {
      return {
        getItem: function (k) {
          return Object.prototype.hasOwnProperty.call(memory, k) ? memory[k] : null;
        },
        setItem: function (k, v) {
          memory[k] = String(v);
        },
        removeItem: function (k) {
          delete memory[k];
        },
        key: function (i) {
          return Object.keys(memory)[i] || null;
        },
        get length() {
          return Object.keys(memory).length;
        },
      };
    }
  }

  function loadVerdicts(recordId) {
    try {
      var v = JSON.parse(store().getItem(PREFIX + recordId) || '{}');
      return v && typeof v === 'object' ? v : {};
    } catch {
      return {};
    }
  }

  function saveVerdicts(recordId, verdicts) {
    if (Object.keys(verdicts).length) store().setItem(PREFIX + recordId, JSON.stringify(verdicts));
    else store().removeItem(PREFIX + recordId);
  }

  function allVerdicts() {
    var s = store();
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var k = s.key(i);
      if (!k || k.indexOf(PREFIX) !== 0) continue;
      var v = loadVerdicts(k.slice(PREFIX.length));
      Object.keys(v)
        .sort()
        .forEach(function (item) {
          out.push(v[item]);
        });
    }
    return out;
  }

  /** Offers verdicts as a JSON Lines download built in the page. */
  function download(verdicts, name) {
    var body =
      verdicts
        .map(function (v) {
          return JSON.stringify(v);
        })
        .join('\n') + (verdicts.length ? '\n' : '');
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: 'application/x-ndjson' }));
    a.download = name;
    a.className = 'download-link';
    a.textContent = 'download ' + name + ' (' + verdicts.length + ')';
    var old = document.querySelector('.download-link');
    if (old) old.remove();
    var anchor = document.getElementById('verdict-count');
    if (anchor && anchor.parentNode) anchor.parentNode.insertBefore(a, anchor.nextSibling);
    a.click();
  }

  function showCount(n) {
    var el = document.getElementById('verdict-count');
    if (el) el.textContent = n ? n + ' verdict' + (n === 1 ? '' : 's') + ' saved' : '';
  }

  function byItem(root, item) {
    return Array.prototype.filter.call(root.querySelectorAll('[data-item]'), function (el) {
      return el.getAttribute('data-item') === item;
    });
  }

  // ---- article page ----
  function article() {
    var recordId = document.body.getAttribute('data-record-id') || '';
    var text = document.getElementById('article-text');
    var panel = document.getElementById('panel');
    var record = null;
    try {
      record = JSON.parse(document.getElementById('record-json').textContent);
    } catch {
      record = null;
    }
    var verdicts = loadVerdicts(recordId);

    function flash(item) {
      var marks = byItem(text, item).filter(function (el) {
        return el.tagName === 'MARK';
      });
      if (!marks.length) return false;
      marks[0].scrollIntoView({ block: 'center', behavior: 'auto' });
      marks.forEach(function (m) {
        m.classList.remove('flash');
        void m.offsetWidth; // restart the animation when clicked twice
        m.classList.add('flash');
      });
      setTimeout(function () {
        marks.forEach(function (m) {
          m.classList.remove('flash');
        });
      }, 1600);
      return true;
    }

    function paint() {
      panel.querySelectorAll('li.item').forEach(function (li) {
        var v = verdicts[li.getAttribute('data-item')];
        li.classList.toggle('verdict-right', !!v && v.verdict === 'right');
        li.classList.toggle('verdict-wrong', !!v && v.verdict === 'wrong');
      });
      showCount(Object.keys(verdicts).length);
    }

    panel.addEventListener('click', function (ev) {
      var t = ev.target;
      var go = t.closest && t.closest('a.goto');
      if (go) {
        if (flash(go.closest('li.item').getAttribute('data-item'))) ev.preventDefault();
        return;
      }
      var btn = t.closest && t.closest('button.verdict');
      if (!btn) return;
      var li = btn.closest('li.item');
      var item = li.getAttribute('data-item');
      var verdict = btn.getAttribute('data-verdict');
      if (verdicts[item] && verdicts[item].verdict === verdict) delete verdicts[item];
      else {
        var start = Number(li.getAttribute('data-start'));
        var end = Number(li.getAttribute('data-end'));
        verdicts[item] = {
          recordId: recordId,
          item: item,
          verdict: verdict,
          type: li.getAttribute('data-type'),
          start: start,
          end: end,
          text: record && typeof record.text === 'string' ? record.text.slice(start, end) : null,
          at: new Date().toISOString(),
        };
      }
      saveVerdicts(recordId, verdicts);
      paint();
    });

    text.addEventListener('click', function (ev) {
      var mark = ev.target.closest && ev.target.closest('mark[data-item]');
      if (!mark) return;
      var item = mark.getAttribute('data-item').replace(/\/countsSpan$/, '');
      var li = byItem(panel, item).filter(function (el) {
        return el.tagName === 'LI';
      })[0];
      if (!li) return;
      panel.querySelectorAll('li.selected').forEach(function (x) {
        x.classList.remove('selected');
      });
      li.classList.add('selected');
      li.scrollIntoView({ block: 'nearest' });
    });

    var exp = document.getElementById('export-record');
    if (exp)
      exp.addEventListener('click', function () {
        download(
          Object.keys(verdicts)
            .sort()
            .map(function (k) {
              return verdicts[k];
            }),
          'verdicts-' + recordId + '.jsonl',
        );
      });

    paint();
    if (location.hash.indexOf('#hl-') === 0) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) flash(target.getAttribute('data-item'));
    }
    document.body.setAttribute('data-ready', 'true');
  }

  // ---- index page ----
  function index() {
    var table = document.getElementById('records');
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var total = rows.length;
    var f = {
      outlet: document.getElementById('f-outlet'),
      from: document.getElementById('f-from'),
      to: document.getElementById('f-to'),
      text: document.getElementById('f-text'),
      speaker: document.getElementById('f-speaker'),
    };

    var pageRows = Number(table.getAttribute('data-page-rows')) || 100;
    var limit = pageRows;
    var matching = rows.slice();

    /** Shows the first `limit` matching rows in table order; the rest stay display:none, unlaid-out. */
    function paint() {
      var shown = 0;
      var want = new Set(matching);
      Array.prototype.forEach.call(tbody.rows, function (tr) {
        var show = want.has(tr) && shown < limit;
        if (tr.hidden === show) tr.hidden = !show;
        if (show) shown++;
      });
      document.getElementById('shown-count').textContent = matching.length + ' of ' + total;
      document.getElementById('more').hidden = shown >= matching.length;
      document.getElementById('page-note').textContent = 'showing ' + shown + ' of ' + matching.length;
    }

    var keys = null;

    /** What each row is filtered and sorted by, read from its cells once, when first needed. */
    function rowKeys() {
      if (keys) return keys;
      keys = new Map();
      rows.forEach(function (tr) {
        var c = tr.cells;
        var link = c[0].querySelector('a');
        var sp = c[0].querySelector('.speakers');
        var time = c[2].querySelector('time');
        var outlet = c[1].textContent;
        var title = link ? link.textContent : c[0].textContent;
        keys.set(tr, {
          outlet: outlet,
          day: ((time && time.getAttribute('datetime')) || '').slice(0, 10),
          text: (title + ' ' + outlet + ' ' + (link ? link.getAttribute('href') : '')).toLowerCase(),
          speakers: sp ? sp.textContent.toLowerCase() : '',
          sort: [
            title.toLowerCase(),
            outlet.toLowerCase(),
            (time && time.getAttribute('datetime')) || '',
          ].concat(
            Array.prototype.slice.call(c, 3).map(function (td) {
              return Number(td.textContent);
            }),
          ),
        });
      });
      return keys;
    }

    function filter() {
      var outlet = f.outlet.value;
      var from = f.from.value;
      var to = f.to.value;
      var text = f.text.value.trim().toLowerCase();
      var speaker = f.speaker.value.trim().toLowerCase();
      var k = rowKeys();
      matching = rows.filter(function (tr) {
        var r = k.get(tr);
        return (
          (outlet === '*' || r.outlet === outlet) &&
          (!from || (r.day && r.day >= from)) &&
          (!to || (r.day && r.day <= to)) &&
          (!text || r.text.indexOf(text) >= 0) &&
          (!speaker || r.speakers.indexOf(speaker) >= 0)
        );
      });
      limit = pageRows;
      paint();
    }

    var sortKey = null;
    var sortDir = 1;
    table.tHead.addEventListener('click', function (ev) {
      var th = ev.target.closest && ev.target.closest('th');
      if (!th) return;
      var col = th.cellIndex;
      var numeric = th.getAttribute('data-kind') === 'num';
      sortDir = sortKey === col ? -sortDir : numeric ? -1 : 1;
      sortKey = col;
      table.tHead.querySelectorAll('th').forEach(function (h) {
        h.removeAttribute('aria-sort');
      });
      th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      var k = rowKeys();
      var keyed = rows.map(function (tr, i) {
        return { tr: tr, i: i, v: k.get(tr).sort[col] };
      });
      keyed.sort(function (a, b) {
        var c = numeric ? a.v - b.v : a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
        return c * sortDir || a.i - b.i;
      });
      var frag = document.createDocumentFragment();
      keyed.forEach(function (k) {
        frag.appendChild(k.tr);
      });
      tbody.appendChild(frag);
      paint();
    });
    document.getElementById('show-more').addEventListener('click', function () {
      limit += pageRows;
      paint();
    });
    document.getElementById('show-all').addEventListener('click', function () {
      limit = Infinity;
      paint();
    });

    ['outlet', 'from', 'to'].forEach(function (k) {
      f[k].addEventListener('change', filter);
    });
    ['text', 'speaker'].forEach(function (k) {
      f[k].addEventListener('input', filter);
    });
    document.getElementById('export-all').addEventListener('click', function () {
      download(allVerdicts(), 'verdicts.jsonl');
    });
    showCount(allVerdicts().length);
    // a reload may keep earlier filter values in the inputs; apply them, skip the pass when empty
    if (f.outlet.value !== '*' || f.from.value || f.to.value || f.text.value || f.speaker.value) filter();
    document.body.setAttribute('data-ready', 'true');
  }

  function start() {
    var kind = document.body.getAttribute('data-page');
    if (kind === 'article') article();
    else if (kind === 'index') index();
    else document.body.setAttribute('data-ready', 'true');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
