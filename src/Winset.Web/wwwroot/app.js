/* Winset web app: scenario library, analysis, run and replay, rehearsal, tournaments. Plain JavaScript, no framework;
   every page reads the JSON API of the same server (documented at /openapi.json). */
(function () {
  'use strict';

  const app = document.getElementById('app');
  const tooltip = document.getElementById('tooltip');
  const COLORS = window.WinsetPlane.PARTY_COLORS;
  const analysisCache = new Map();
  let agentsCache = null;
  let routeStart = 0;
  let stopPage = () => {};

  // ---------- helpers ----------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function fmt(x, d) {
    if (x === null || x === undefined || !isFinite(x)) return '–';
    return Number(x).toFixed(d === undefined ? 3 : d);
  }

  function pct(x) { return x === null || x === undefined || !isFinite(x) ? '–' : (100 * x).toFixed(1) + '%'; }

  async function api(path, options) {
    const response = await fetch(path, options);
    const type = response.headers.get('content-type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      const error = new Error((body && (body.detail || body.title)) || response.statusText);
      error.status = response.status;
      error.problem = body;
      throw error;
    }
    return body;
  }

  function postJson(path, data) {
    return api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  }

  function errorBox(e, id) {
    return h('div', { class: 'error', id: id || null, role: 'alert' }, e.message || String(e));
  }

  function ready(page) {
    document.body.dataset.readyMs = String(Math.round(performance.now() - routeStart));
    document.body.dataset.ready = page;
  }

  async function analysisOf(id) {
    if (!analysisCache.has(id)) {
      analysisCache.set(id, api('/api/scenarios/' + encodeURIComponent(id) + '/analysis').catch((e) => { analysisCache.delete(id); throw e; }));
    }
    return analysisCache.get(id);
  }

  async function agents() {
    if (!agentsCache) agentsCache = await api('/api/agents');
    return agentsCache;
  }

  /** The values of an outcome index (mixed radix, first issue slowest), as [issue, value] pairs. */
  function decode(analysis, outcome) {
    const domains = analysis.issueDomains;
    const values = new Array(domains.length);
    let rest = outcome;
    for (let i = domains.length - 1; i >= 0; i--) {
      const r = domains[i].values.length;
      values[i] = [domains[i].name, domains[i].values[rest % r]];
      rest = Math.floor(rest / r);
    }
    return values;
  }

  function encode(analysis, choices) {
    let index = 0;
    analysis.issueDomains.forEach((d, i) => { index = index * d.values.length + choices[i]; });
    return index;
  }

  function describeHit(analysis, hit, extra) {
    const rows = [];
    if (hit.label) rows.push('<b>' + esc(hit.label) + '</b>');
    if (hit.move) rows.push('<b>move ' + (hit.move.index + 1) + '</b>: ' + esc(hit.move.name) + ' ' + esc(hit.move.action));
    if (hit.kind === 'pareto') rows.push('<i>Pareto-optimal</i>');
    if (hit.outcome !== null && hit.outcome !== undefined) rows.push('outcome #' + hit.outcome);
    const table = ['<table>'];
    analysis.parties.forEach((p, i) => table.push('<tr><td>' + esc(p) + '</td><td>' + fmt(hit.utilities[i]) + '</td></tr>'));
    table.push('</table>');
    rows.push(table.join(''));
    if (hit.outcome !== null && hit.outcome !== undefined) {
      rows.push('<table>' + decode(analysis, hit.outcome).map(([k, v]) => '<tr><td>' + esc(k) + '</td><td>' + esc(v) + '</td></tr>').join('') + '</table>');
    }
    if (hit.mask !== null && hit.mask !== undefined) {
      const n = analysis.parties.length;
      const inSets = analysis.parties.filter((_, p) => (hit.mask >> p) & 1);
      rows.push('win-set of: ' + (inSets.length ? inSets.map(esc).join(', ') : 'nobody') + ((hit.mask >> n) & 1 ? '<br><b>in the agreement space</b>' : ''));
    }
    if (extra) rows.push(extra);
    return rows.join('<br>');
  }

  function solutionMarkers(a) {
    const list = [
      [a.nash, 'Nash', 'star', '#b3261e'],
      [a.kalaiSmorodinsky, 'Kalai–Smorodinsky', 'diamond', '#6a1b9a'],
      [a.egalitarian, 'Egalitarian', 'triangle', '#00695c'],
      [a.maxWelfare, 'Max welfare', 'square', '#37474f'],
    ];
    return list.filter(([s]) => s).map(([s, label, symbol, color]) => ({ utilities: s.utilities, label, symbol, color, outcome: s.outcome }));
  }

  function makePlane(container, analysis, options) {
    const canvas = h('canvas', { class: 'plane', id: (options && options.id) || 'plane', 'aria-label': 'utility plane' });
    container.append(h('div', { class: 'plane-wrap' }, canvas));
    const plane = new window.WinsetPlane(canvas, {
      parties: analysis.parties,
      tooltip,
      describe: (hit) => describeHit(analysis, hit, options && options.extra ? options.extra(hit) : null),
    });
    plane.setPoints(analysis.plane.points, analysis.plane.frontier);
    plane.setReservation(analysis.reservationValues);
    return plane;
  }

  function axisPicker(analysis, plane, onChange) {
    if (analysis.parties.length <= 2) return null;
    const sel = (value, id) => h('select', { id, onchange: () => { plane.setAxes(+xs.value, +ys.value); if (onChange) onChange(); } },
      analysis.parties.map((p, i) => h('option', { value: String(i), selected: i === value }, p)));
    const xs = sel(0, 'axis-x'), ys = sel(1, 'axis-y');
    return h('div', { class: 'actions' }, h('label', {}, 'x axis', xs), h('label', {}, 'y axis', ys));
  }

  function sortableTable(columns, rows, options) {
    const table = h('table', { id: (options && options.id) || null, class: 'sortable-table' });
    const tbody = h('tbody');
    let sortKey = options && options.sortKey, dir = (options && options.dir) || 1;
    const ths = columns.map((c) => h('th', {
      class: 'sortable' + (c.num ? ' num' : ''), dataset: { key: c.key },
      onclick: () => { if (sortKey === c.key) dir = -dir; else { sortKey = c.key; dir = c.num ? -1 : 1; } render(); },
    }, c.label));
    table.append(h('thead', {}, h('tr', {}, ths)), tbody);
    function render() {
      const sorted = rows.slice();
      if (sortKey) {
        sorted.sort((a, b) => {
          const x = a[sortKey], y = b[sortKey];
          if (x === y) return 0;
          if (x === null || x === undefined) return 1;
          if (y === null || y === undefined) return -1;
          return (x < y ? -1 : 1) * dir;
        });
      }
      ths.forEach((th) => { th.classList.toggle('sorted-asc', th.dataset.key === sortKey && dir > 0); th.classList.toggle('sorted-desc', th.dataset.key === sortKey && dir < 0); });
      tbody.replaceChildren(...sorted.map((r) => h('tr', {}, columns.map((c) => h('td', { class: c.num ? 'num' : null }, c.render ? c.render(r) : (c.fmt ? c.fmt(r[c.key]) : r[c.key]))))));
    }
    render();
    return table;
  }

  // ---------- library ----------
  async function libraryPage() {
    app.append(h('h1', {}, 'Scenarios'),
      h('p', { class: 'lead' }, 'The shipped scenarios and your uploads. Analyse the utility plane, run agents against each other, or rehearse a side yourself.'));
    const listCard = h('div', { class: 'card' });
    app.append(listCard);
    const uploadResult = h('div', { id: 'upload-result' });
    const input = h('input', { type: 'file', id: 'upload-files', multiple: true, accept: '.yaml,.yml,.json,.xml' });
    const folder = h('input', { type: 'file', id: 'upload-folder', webkitdirectory: true, multiple: true });
    const button = h('button', { id: 'upload-button', type: 'button' }, 'Upload');
    app.append(h('div', { class: 'card' },
      h('h2', {}, 'Upload a scenario'),
      h('div', { class: 'dropzone' },
        h('p', {}, 'One Winset scenario (.yaml or .json); or a GENIUS domain .xml together with its profile .xml files; or a GeniusWeb folder (its domain and profile .json files). Select several files at once, or choose the folder.'),
        h('div', { class: 'actions' }, h('label', {}, 'files', input), h('label', {}, 'or a folder', folder), button),
        h('p', { class: 'hint' }, 'Limits: 16 MiB and 64 files per upload (the server\'s --max-upload-mb), 5,000,000 outcomes. A file with a mistake is refused with the line and column of the mistake.')),
      uploadResult));

    async function refresh(highlight) {
      const scenarios = await api('/api/scenarios');
      const rows = scenarios.map((s) => h('tr', { dataset: { id: s.id }, class: s.id === highlight ? 'current' : null },
        h('td', {}, h('b', {}, s.name), s.description ? h('div', { class: 'muted' }, s.description) : null),
        h('td', {}, s.parties.join(', ')),
        h('td', { class: 'num' }, s.outcomeCount.toLocaleString('en')),
        h('td', {}, h('span', { class: 'badge' + (s.source === 'upload' ? ' up' : '') }, s.source), s.twoLevel ? h('span', { class: 'badge two' }, 'two-level') : null),
        h('td', {}, h('div', { class: 'actions' },
          h('a', { class: 'button', href: '#/analysis/' + s.id, dataset: { action: 'analyse' } }, 'Analyse'),
          h('a', { class: 'button secondary', href: '#/run/' + s.id, dataset: { action: 'run' } }, 'Run'),
          h('a', { class: 'button secondary', href: '#/rehearse/' + s.id, dataset: { action: 'rehearse' } }, 'Rehearse')))));
      listCard.replaceChildren(h('table', { id: 'scenario-table' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Scenario'), h('th', {}, 'Parties'), h('th', { class: 'num' }, 'Outcomes'), h('th', {}, 'Source'), h('th', {}, ''))),
        h('tbody', {}, rows)));
    }

    button.addEventListener('click', async () => {
      uploadResult.replaceChildren();
      // Files chosen one by one, or the scenario files of a chosen folder (other files in it are left out).
      const chosen = [...input.files, ...[...folder.files].filter((f) => /\.(ya?ml|json|xml)$/i.test(f.name))];
      if (!chosen.length) { uploadResult.append(errorBox(new Error('Choose one or more files, or a folder, first.'), 'upload-error')); return; }
      const form = new FormData();
      for (const f of chosen) form.append('files', f, f.name);
      button.disabled = true;
      try {
        const s = await api('/api/scenarios', { method: 'POST', body: form });
        uploadResult.append(h('div', { class: 'ok', id: 'upload-ok' }, 'Uploaded “' + s.name + '” (' + s.parties.join(', ') + '; ' + s.outcomeCount.toLocaleString('en') + ' outcomes). ',
          h('a', { href: '#/analysis/' + s.id }, 'Analyse it')));
        await refresh(s.id);
      } catch (e) {
        uploadResult.append(errorBox(e, 'upload-error'));
      } finally {
        button.disabled = false;
        input.value = '';
        folder.value = '';
      }
    });
    await refresh();
    ready('library');
  }

  // ---------- analysis ----------
  async function analysisPage(id) {
    const [a, detail] = await Promise.all([analysisOf(id), api('/api/scenarios/' + encodeURIComponent(id))]);
    app.append(h('h1', {}, a.scenario),
      detail.description ? h('p', { class: 'lead' }, detail.description) : null,
      h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: '#/run/' + id }, 'Run agents'), h('a', { class: 'button secondary', href: '#/rehearse/' + id }, 'Rehearse')),
      h('div', { class: 'stats', id: 'stats' },
        stat(a.outcomeCount.toLocaleString('en'), 'outcomes'),
        stat(a.individuallyRationalCount.toLocaleString('en'), 'individually rational'),
        stat(a.paretoOutcomeCount.toLocaleString('en'), 'Pareto-optimal'),
        stat(a.plane.sampled ? a.plane.points.outcomes.length.toLocaleString('en') + ' sampled' : 'all', 'outcomes drawn'),
        stat(fmt(a.computeMilliseconds, 1) + ' ms', 'server analysis, computed once')));

    const grid = h('div', { class: 'grid2' });
    const leftColumn = h('div'), left = h('div', { class: 'card' }), right = h('div');
    leftColumn.append(left);
    grid.append(leftColumn, right);
    app.append(grid);

    left.append(h('h2', {}, 'Utility plane'));
    const plane = makePlane(left, a);
    plane.setMarkers(solutionMarkers(a));
    if (a.winSets) plane.setMasks(a.winSets.pointMasks, a.winSets.frontierMasks);
    const picker = axisPicker(a, plane);
    if (picker) left.append(picker);
    left.append(legend(a));
    left.append(h('p', { class: 'hint' }, a.plane.sampled
      ? 'The space has ' + a.outcomeCount.toLocaleString('en') + ' outcomes: the plane shows a uniform sample of ' + a.plane.points.outcomes.length.toLocaleString('en') + ' (fixed seed) and the Pareto frontier' + (a.plane.frontierThinned ? ' (thinned to ' + a.plane.maxFrontierPoints + ' points)' : '') + '. Hover a point for its values.'
      : 'Every outcome is drawn. Hover a point for its values. Dashed lines: reservation values.'));

    right.append(h('div', { class: 'card' }, h('h2', {}, 'Solutions'), solutionsTable(a)));
    right.append(h('div', { class: 'card' }, h('h2', {}, 'Issue weights'), weightsTable(a)));

    if (a.winSets && a.dealWindow) {
      leftColumn.append(twoLevelCard(id, a, plane, detail));
    }
    plane.draw();
    ready('analysis');
  }

  function stat(value, label) { return h('div', {}, h('b', {}, value), h('span', {}, label)); }

  function legend(a) {
    const items = [h('span', {}, h('i', { class: 'dot' }), 'outcome'), h('span', {}, '● Pareto frontier'), h('span', {}, '★ Nash'), h('span', {}, '◆ Kalai–Smorodinsky'), h('span', {}, '▲ egalitarian'), h('span', {}, '■ max welfare')];
    const dots = items[0].querySelector('i');
    dots.style.background = 'rgba(95,107,122,.6)';
    if (a.winSets) {
      const sw = (color, text) => { const i = h('i'); i.style.background = color; return h('span', {}, i, text); };
      items.splice(0, 1, sw('rgba(47,117,181,.7)', 'in the x party\'s win-set only'), sw('rgba(224,123,0,.7)', 'in the y party\'s win-set only'),
        sw('rgba(120,144,156,.8)', 'in both, not rational'), sw('rgba(46,125,50,.9)', 'agreement space'), sw('rgba(190,196,204,.8)', 'in neither'));
    }
    return h('div', { class: 'legend', id: 'legend' }, items);
  }

  function solutionsTable(a) {
    const rows = [['Nash', a.nash], ['Kalai–Smorodinsky', a.kalaiSmorodinsky], ['Egalitarian', a.egalitarian], ['Max welfare', a.maxWelfare], ['Nash (GENIUS)', a.nashGenius], ['Kalai–Smorodinsky (GENIUS)', a.kalaiSmorodinskyGenius]];
    return h('table', { id: 'solutions' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Concept'), a.parties.map((p) => h('th', { class: 'num' }, p)), h('th', {}, 'Outcome'))),
      h('tbody', {}, rows.map(([name, s]) => h('tr', {},
        h('td', {}, name),
        s ? a.parties.map((_, i) => h('td', { class: 'num' }, fmt(s.utilities[i]))) : a.parties.map(() => h('td', { class: 'num' }, '–')),
        h('td', { class: 'muted' }, s ? Object.entries(s.values).map(([k, v]) => k + ': ' + v).join('; ') + (s.ties > 1 ? ' (' + s.ties + ' tie)' : '') : 'none')))));
  }

  function weightsTable(a) {
    if (a.weights.every((w) => !w)) return h('p', { class: 'muted' }, 'The profiles are not linear-additive: they have no issue weights.');
    return h('table', { id: 'weights' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Issue'), a.parties.map((p) => h('th', {}, p)))),
      h('tbody', {}, a.issues.map((issue, i) => h('tr', {},
        h('td', {}, issue),
        a.weights.map((w, p) => {
          if (!w) return h('td', { class: 'muted' }, '–');
          const bar = h('div', { class: 'bar' + (p % 3 ? ' p' + (p % 3) : '') });
          const total = w.reduce((x, y) => x + y, 0) || 1;
          bar.style.width = Math.max(2, 100 * w[i] / total) + '%';
          bar.style.background = COLORS[p % COLORS.length];
          return h('td', { class: 'bar-cell' }, bar, h('span', { class: 'hint' }, fmt(w[i], 2)));
        })))));
  }

  function twoLevelCard(id, a, plane, detail) {
    const card = h('div', { class: 'card', id: 'two-level' });
    const dw = a.dealWindow;
    const counts = h('div', { id: 'winset-counts' });
    const label = h('span', { id: 'round-label', class: 'muted' });
    const slider = h('input', { type: 'range', id: 'round', min: '0', max: String(dw.rounds), value: '0', step: '1' });
    const chart = h('div', { class: 'window-chart', id: 'deal-window' });
    card.append(h('h2', {}, 'Win-sets and the deal window'),
      h('p', { class: 'hint' }, 'Each party\'s win-set is what its home would ratify. Points are shaded by win-set at the chosen round; green points are in the agreement space (inside every win-set and individually rational). Move the slider through the timeline.'),
      h('div', { class: 'actions' }, h('label', {}, 'round', slider), label), counts, chart);

    function showCounts(ws) {
      const step = ws.round > 0 ? dw.steps[ws.round - 1] : null;
      label.textContent = ws.round === 0 ? 'before any event' : 'round ' + ws.round + (ws.date ? ' (' + ws.date + ')' : '') + (ws.label ? ': ' + ws.label : '');
      counts.replaceChildren(h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Party'), h('th', { class: 'num' }, 'win-set'), h('th', { class: 'num' }, 'individually rational'))),
        h('tbody', {}, ws.parties.map((p) => h('tr', {}, h('td', {}, p.name + (p.hasConstituencies ? '' : ' (no home front)')), h('td', { class: 'num' }, p.count.toLocaleString('en')), h('td', { class: 'num' }, p.individuallyRationalCount.toLocaleString('en')))),
          h('tr', {}, h('td', {}, h('b', {}, 'Agreement space')), h('td', { class: 'num', id: 'agreement-size' }, ws.agreementSpaceSize.toLocaleString('en')), h('td', {}, step && step.bestDeal ? 'best deal: ' + Object.values(step.bestDeal.values).join('; ') : '')))));
      drawWindow(chart, dw, ws.round);
    }

    let pending = 0;
    slider.addEventListener('input', async () => {
      const round = +slider.value, token = ++pending;
      const ws = await api('/api/scenarios/' + encodeURIComponent(id) + '/winsets?round=' + round);
      if (token !== pending) return;
      plane.setMasks(ws.pointMasks, ws.frontierMasks);
      const step = round > 0 ? dw.steps[round - 1] : null;
      plane.setMarkers(solutionMarkers(a).concat(step && step.bestDeal ? [{ utilities: step.bestDeal.utilities, label: 'best deal, round ' + round, symbol: 'star', color: '#2e7d32', outcome: step.bestDeal.outcome }] : []));
      plane.draw();
      showCounts(ws);
    });
    showCounts(a.winSets);
    if (detail.timeline && detail.timeline.events.length) {
      card.append(h('h3', {}, 'Timeline'), h('table', { id: 'events' }, h('tbody', {}, detail.timeline.events.map((e) =>
        h('tr', {}, h('td', { class: 'num' }, 'round ' + e.round), h('td', {}, e.date || ''), h('td', {}, e.label), h('td', { class: 'num muted' }, e.probability < 1 ? 'p = ' + e.probability : ''))))));
    }
    return card;
  }

  function drawWindow(container, dw, current) {
    const W = 800, H = 170, L = 44, B = 26, T = 10, R = 10;
    const steps = dw.steps;
    const max = Math.max(1, ...steps.map((s) => s.agreementSpaceSize));
    const x = (r) => L + (r - 0.5) / steps.length * (W - L - R);
    const y = (v) => H - B - v / max * (H - B - T);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
        const add = (tag, attrs, text) => { const e = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text) e.textContent = text; svg.append(e); return e; };
    for (const iv of dw.openIntervals) add('rect', { class: 'open', x: x(iv.firstRound) - 0.5 * (W - L - R) / steps.length, y: T, width: (iv.lastRound - iv.firstRound + 1) * (W - L - R) / steps.length, height: H - B - T });
    add('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999' });
    add('text', { x: 2, y: T + 10, 'font-size': 11, fill: '#5f6b7a' }, String(max));
    add('text', { x: 2, y: H - B, 'font-size': 11, fill: '#5f6b7a' }, '0');
    let d = '';
    steps.forEach((s, i) => { d += (i ? 'L' : 'M') + x(s.round).toFixed(1) + ' ' + y(s.agreementSpaceSize).toFixed(1); });
    add('path', { d, fill: 'none', stroke: '#2e7d32', 'stroke-width': 2 });
    steps.forEach((s) => {
      const c = add('circle', { cx: x(s.round), cy: y(s.agreementSpaceSize), r: s.label ? 4 : 2, fill: s.label ? '#b3261e' : '#2e7d32' });
      const t = document.createElementNS(ns, 'title');
      t.textContent = 'round ' + s.round + (s.date ? ' (' + s.date + ')' : '') + ': ' + s.agreementSpaceSize + ' outcomes in the agreement space' + (s.label ? ' — ' + s.label : '');
      c.append(t);
      if (s.round % Math.max(1, Math.ceil(steps.length / 12)) === 0 || s.round === 1) add('text', { x: x(s.round) - 4, y: H - 8, 'font-size': 10, fill: '#5f6b7a' }, String(s.round));
    });
    if (current > 0) add('line', { class: 'marker', x1: x(current), y1: T, x2: x(current), y2: H - B });
    container.replaceChildren(h('div', { class: 'hint' }, 'Agreement-space size per round (green band: the window is open' + (dw.openIntervals.length ? ', rounds ' + dw.openIntervals.map((i) => i.firstRound === i.lastRound ? i.firstRound : i.firstRound + '–' + i.lastRound).join(', ') : ': never') + '; red dots: events).'), svg);
  }

  // ---------- run and replay ----------
  async function runPage(id) {
    const [a, presets, detail] = await Promise.all([analysisOf(id), agents(), api('/api/scenarios/' + encodeURIComponent(id))]);
    app.append(h('h1', {}, 'Run: ' + a.scenario),
      h('p', { class: 'lead' }, 'Choose an agent for each party and run a session of the stacked alternating offers protocol; then replay it move by move with what each side hears.'));
    const names = presets.filter((p) => !p.modifier).map((p) => p.name);
    const selects = a.parties.map((p, i) => h('select', { id: 'agent-' + i, 'aria-label': 'agent for ' + p },
      names.map((n) => h('option', { value: n, selected: n === (i === 0 ? 'boulware' : 'conceder') }, n)),
      detail.twoLevel ? names.map((n) => h('option', { value: 'aware:' + n }, 'aware:' + n)) : null));
    const rounds = h('input', { type: 'number', id: 'rounds', min: '1', max: '10000', value: '100', disabled: detail.timeline ? true : null });
    const seed = h('input', { type: 'number', id: 'seed', value: '1' });
    const go = h('button', { id: 'run-button', type: 'button' }, 'Run');
    const out = h('div', { id: 'run-output' });
    app.append(h('div', { class: 'card' },
      h('div', { class: 'actions' }, a.parties.map((p, i) => h('label', {}, p, selects[i])),
        h('label', {}, 'rounds', rounds), h('label', {}, 'seed', seed), go),
      detail.timeline ? h('p', { class: 'hint' }, 'This scenario has a timeline: the deadline is its ' + detail.timeline.rounds + ' rounds.') : null,
      h('p', { class: 'hint' }, presets.filter((p) => !p.modifier).map((p) => p.name + ': ' + p.description).join(' · '))),
      out);

    go.addEventListener('click', async () => {
      out.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
      go.disabled = true;
      try {
        const run = await postJson('/api/runs', { scenario: id, agents: selects.map((s) => s.value), rounds: +rounds.value, seed: +seed.value });
        out.replaceChildren();
        showRun(out, a, run);
        ready('run-result');
      } catch (e) {
        out.replaceChildren(errorBox(e, 'run-error'));
      } finally {
        go.disabled = false;
      }
    });
    ready('run');
  }

  function endedText(run) {
    switch (run.ended) {
      case 'agreement': return 'Agreement in round ' + run.round + (run.ratified === false ? ', but ratification failed at home' : run.ratified ? ', ratified' : '');
      case 'deadline': return 'No agreement before the deadline';
      case 'walkaway': return 'A party walked away in round ' + run.round;
      default: return 'Error: ' + (run.error ? run.error.agent + ' failed: ' + run.error.message : '');
    }
  }

  function showRun(out, a, run) {
    const summary = h('div', { class: 'card', id: 'run-summary' },
      h('h2', {}, endedText(run)),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, ''), run.parties.map((p, i) => h('th', { class: 'num' }, p + ' (' + run.agents[i] + ')')))),
        h('tbody', {},
          h('tr', {}, h('td', {}, 'utility (discounted)'), run.utilities.map((u) => h('td', { class: 'num' }, fmt(u)))),
          run.undiscountedUtilities ? h('tr', {}, h('td', {}, 'utility (undiscounted)'), run.undiscountedUtilities.map((u) => h('td', { class: 'num' }, fmt(u)))) : null,
          run.nashUtilities ? h('tr', {}, h('td', {}, 'Nash point'), run.nashUtilities.map((u) => h('td', { class: 'num' }, fmt(u)))) : null)),
      run.agreement ? h('p', {}, 'Agreement: ' + Object.entries(run.agreement).map(([k, v]) => k + ' = ' + v).join('; ')) : null,
      run.agreement ? h('p', { class: 'muted' }, 'Distance to the Pareto frontier ' + fmt(run.distanceToPareto) + ', to the Nash point ' + fmt(run.distanceToNash) + '. ' + run.moves + ' moves.') : h('p', { class: 'muted' }, run.moves + ' moves.'));
    out.append(summary);
    if (run.trace.length === 0) return;
    const grid = h('div', { class: 'grid2' });
    const left = h('div', { class: 'card' }), right = h('div', { class: 'card' });
    grid.append(left, right);
    out.append(grid);
    left.append(h('h2', {}, 'Replay'));
    const plane = makePlane(left, a, { id: 'replay-plane' });
    const markers = solutionMarkers(a).filter((m) => m.label === 'Nash');
    if (run.agreementOutcome !== null && run.undiscountedUtilities) markers.push({ utilities: run.undiscountedUtilities, label: 'agreement', symbol: 'star', color: '#2e7d32', outcome: run.agreementOutcome });
    const picker = axisPicker(a, plane);
    if (picker) left.append(picker);
    const slider = h('input', { type: 'range', id: 'step', min: '0', max: String(run.trace.length - 1), value: '0' });
    const label = h('span', { id: 'step-label', class: 'muted' });
    const btn = (id, text, title, f) => h('button', { id, type: 'button', class: 'secondary', title, onclick: f }, text);
    let step = 0, timer = null;
    const play = btn('play', '▶ play', 'play', () => { if (timer) stop(); else start(); });
    left.append(h('div', { class: 'replay' },
      btn('first', '« first', 'first move', () => go(0)), btn('prev', '‹ prev', 'previous move', () => go(step - 1)), play,
      btn('next', 'next ›', 'next move', () => go(step + 1)), btn('last', 'last »', 'last move', () => go(run.trace.length - 1)), slider, label));
    const perspective = h('div', { class: 'perspective', id: 'perspective' });
    const list = h('tbody');
    right.append(h('h2', {}, 'What each side hears'), perspective, h('h3', {}, 'Moves'),
      h('div', { class: 'move-list' }, h('table', { id: 'moves' }, h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'round'), h('th', {}, 'party'), h('th', {}, 'action'), run.parties.map((p) => h('th', { class: 'num' }, p)))), list)));
    list.append(...run.trace.map((m) => h('tr', { dataset: { index: String(m.index) }, onclick: () => go(m.index) },
      h('td', {}, String(m.index + 1)), h('td', {}, String(m.round)), h('td', {}, m.name), h('td', {}, m.action), m.utilities.map((u) => h('td', { class: 'num' }, fmt(u))))));
    slider.addEventListener('input', () => go(+slider.value));

    function go(k) {
      step = Math.max(0, Math.min(run.trace.length - 1, k));
      slider.value = String(step);
      const m = run.trace[step];
      label.textContent = 'move ' + (step + 1) + ' of ' + run.trace.length + ' — round ' + m.round + ', t = ' + fmt(m.time, 2);
      plane.setPath(run.trace.map((x) => ({ utilities: x.utilities && x.utilities[0] !== null ? x.utilities : null, party: x.party, outcome: x.outcome, action: x.action, index: x.index, name: x.name })), step);
      plane.setMarkers(step === run.trace.length - 1 ? markers : markers.filter((x) => x.label !== 'agreement'));
      plane.draw();
      showPerspective(perspective, run, m);
      for (const tr of list.children) tr.classList.toggle('current', +tr.dataset.index === step);
      const current = list.children[step];
      if (current && current.scrollIntoView) current.scrollIntoView({ block: 'nearest' });
      perspective.dataset.step = String(step);
    }
    function start() { play.textContent = '⏸ pause'; if (step >= run.trace.length - 1) go(0); timer = setInterval(() => { if (step >= run.trace.length - 1) stop(); else go(step + 1); }, 350); }
    function stop() { play.textContent = '▶ play'; clearInterval(timer); timer = null; }
    stopPage = stop;
    go(0);
  }

  function showPerspective(container, run, m) {
    const p = m.perspective;
    container.replaceChildren(
      h('div', { class: 'text', id: 'perspective-text' }, p.text),
      m.values ? h('p', { class: 'muted' }, Object.entries(m.values).map(([k, v]) => k + ' = ' + v).join('; ')) : null,
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Hears'), h('th', { class: 'num' }, 'worth'), h('th', { class: 'num' }, 'change'), h('th', {}, 'at home'))),
        h('tbody', {}, p.receivers.map((r) => h('tr', {},
          h('td', {}, r.name), h('td', { class: 'num' }, fmt(r.utility)), h('td', { class: 'num' }, r.change === null ? '–' : (r.change >= 0 ? '+' : '') + fmt(r.change)),
          h('td', {}, r.constituencies.length ? h('ul', { class: 'plain' }, r.constituencies.map((c) => h('li', {}, c.name + ': ' + fmt(c.utility, 2) + (c.approves ? ' ≥ ' : ' < ') + fmt(c.threshold, 2) + (c.approves ? ' ✓' : ' ✗')))) : h('span', { class: 'muted' }, '–')))))));
  }

  // ---------- rehearsal ----------
  async function rehearsePage(id) {
    const [a, presets, detail] = await Promise.all([analysisOf(id), agents(), api('/api/scenarios/' + encodeURIComponent(id))]);
    app.append(h('h1', {}, 'Rehearse: ' + a.scenario),
      h('p', { class: 'lead' }, 'Take one side against an agent. Compose offers issue by issue and watch your own utility; accept the agent\'s offer or walk away. At the end, the debrief shows the path on the utility plane.'));
    const side = h('select', { id: 'side' }, a.parties.map((p, i) => h('option', { value: String(i) }, p)));
    const agent = h('select', { id: 'agent' }, presets.filter((p) => !p.modifier).map((p) => h('option', { value: p.name, selected: p.name === 'conceder' }, p.name)));
    const rounds = h('input', { type: 'number', id: 'rounds', min: '1', max: '200', value: '20', disabled: detail.timeline ? true : null });
    const seed = h('input', { type: 'number', id: 'seed', value: '0' });
    const start = h('button', { id: 'start-button', type: 'button' }, 'Start');
    const play = h('div', { id: 'rehearsal' });
    app.append(h('div', { class: 'card' }, h('div', { class: 'actions' },
      h('label', {}, 'You play', side), h('label', {}, 'against', agent), h('label', {}, 'rounds', rounds), h('label', {}, 'seed', seed), start)), play);
    start.addEventListener('click', async () => {
      play.replaceChildren();
      try {
        const state = await postJson('/api/rehearsals', { scenario: id, side: +side.value, agent: agent.value, rounds: +rounds.value, seed: +seed.value });
        rehearsal(play, a, state);
      } catch (e) {
        play.append(errorBox(e, 'rehearsal-error'));
      }
    });
    ready('rehearse');
  }

  function rehearsal(container, a, initial) {
    const domains = a.issueDomains;
    const choices = domains.map(() => 0);
    let state = initial;
    const status = h('div', { id: 'status' });
    const standing = h('div', { id: 'standing' });
    const own = h('div', { class: 'big', id: 'own-utility' }, '–');
    const meterFill = h('div'), meterRv = h('span', { class: 'rv' });
    const meter = h('div', { class: 'meter' }, meterFill, meterRv);
    const contributions = [];
    const selects = domains.map((d, i) => {
      const s = h('select', { id: 'issue-' + i, 'aria-label': d.name, dataset: { issue: d.name } }, d.values.map((v, k) => h('option', { value: String(k) }, String(v))));
      s.addEventListener('change', () => { choices[i] = +s.value; update(); });
      return s;
    });
    const composer = h('table', { class: 'composer', id: 'composer' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Issue'), h('th', {}, 'Your offer'), h('th', { class: 'num' }, 'adds to your utility'))),
      h('tbody', {}, domains.map((d, i) => { const c = h('td', { class: 'num' }); contributions.push(c); return h('tr', {}, h('td', {}, d.name), h('td', {}, selects[i]), c); })));
    const offer = h('button', { id: 'offer-button', type: 'button' }, 'Make this offer');
    const accept = h('button', { id: 'accept-button', type: 'button' }, 'Accept their offer');
    const walk = h('button', { id: 'walkaway-button', type: 'button', class: 'danger' }, 'Walk away');
    const best = h('button', { id: 'best-button', type: 'button', class: 'secondary' }, 'Start from my best');
    const message = h('div', { id: 'move-error' });
    const history = h('tbody');
    const playCard = h('div', { class: 'card', id: 'play' },
      status,
      h('div', { class: 'grid2' },
        h('div', {}, h('h2', {}, 'Your offer'), composer,
          h('div', { class: 'actions' }, h('span', {}, 'Your utility: '), own), meter,
          h('p', { class: 'hint', id: 'rv-hint' }),
          h('div', { class: 'actions' }, offer, accept, walk, best), message),
        h('div', {}, h('h2', {}, 'On the table'), standing, h('h3', {}, 'History'),
          h('div', { class: 'move-list' }, h('table', { id: 'history' }, h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'round'), h('th', {}, 'who'), h('th', {}, 'action'), h('th', { class: 'num' }, 'your utility'))), history)))));
    const debrief = h('div', { id: 'debrief' });
    container.append(playCard, debrief);

    let utilitySeq = 0;
    async function update() {
      let u;
      if (state.issueUtilities) {
        u = 0;
        domains.forEach((_, i) => { const c = state.issueUtilities[i][choices[i]]; u += c; contributions[i].textContent = fmt(c); });
        if (state.capAtOne && u > 1) u = 1;
      } else {
        const seq = ++utilitySeq;
        const r = await api('/api/rehearsals/' + state.id + '/utility?outcome=' + encode(a, choices));
        if (seq !== utilitySeq) return;
        u = r.utility;
        contributions.forEach((c) => { c.textContent = ''; });
      }
      own.textContent = fmt(u);
      own.dataset.value = String(u);
      own.style.color = u < state.reservationValue ? '#b3261e' : '#1d2733';
      const lo = Math.min(0, a.plane.points.utilities[state.side].reduce((x, y) => Math.min(x, y), 0));
      meterFill.style.width = Math.max(0, Math.min(100, 100 * (u - lo) / (1 - lo))) + '%';
      meterRv.style.left = Math.max(0, Math.min(100, 100 * (state.reservationValue - lo) / (1 - lo))) + '%';
    }

    function render() {
      const yourTurn = state.status === 'yourTurn';
      status.replaceChildren(h('p', {}, h('b', {}, 'You are ' + state.sideName), ' against ', h('b', {}, state.agent),
        yourTurn ? ' — your move, round ' + state.round + ' of ' + state.rounds + ' (t = ' + fmt(state.time, 2) + ').' : ' — finished.'));
      document.getElementById('rv-hint').textContent = 'Your reservation value (no deal) is ' + fmt(state.reservationValue) + (state.discountFactor < 1 ? '; utilities are discounted by ' + state.discountFactor + '^t.' : '.');
      if (state.standingOffer) {
        const s = state.standingOffer;
        standing.replaceChildren(h('p', {}, s.proposerName + ' offers:'),
          h('table', { id: 'standing-table' }, h('tbody', {}, Object.entries(s.values).map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, String(v)))))),
          h('p', {}, 'Worth ', h('b', { id: 'standing-utility' }, fmt(s.yourUtility)), ' to you.'),
          h('button', { type: 'button', class: 'secondary', id: 'copy-button', onclick: () => { s.choices.forEach((c, i) => { choices[i] = c; selects[i].value = String(c); }); update(); } }, 'Copy into my offer'));
      } else {
        standing.replaceChildren(h('p', { class: 'muted' }, 'No offer on the table: make the first one.'));
      }
      history.replaceChildren(...state.history.map((m) => h('tr', {}, h('td', {}, String(m.index + 1)), h('td', {}, String(m.round)), h('td', {}, m.party === state.side ? 'you' : m.name), h('td', {}, m.action), h('td', { class: 'num' }, fmt(m.yourUtility)))));
      offer.disabled = !yourTurn; walk.disabled = !yourTurn; best.disabled = !yourTurn;
      accept.disabled = !state.canAccept;
      selects.forEach((s) => { s.disabled = !yourTurn; });
      if (state.debrief) showDebrief(debrief, a, state);
    }

    async function move(body) {
      message.replaceChildren();
      try {
        state = await postJson('/api/rehearsals/' + state.id + '/moves', body);
        render();
        update();
        if (state.status === 'finished') ready('debrief');
      } catch (e) {
        message.append(errorBox(e));
      }
    }
    offer.addEventListener('click', () => move({ action: 'offer', choices }));
    accept.addEventListener('click', () => move({ action: 'accept' }));
    walk.addEventListener('click', () => move({ action: 'walkaway' }));
    best.addEventListener('click', () => {
      if (!state.issueUtilities) return;
      state.issueUtilities.forEach((t, i) => { let k = 0; t.forEach((v, j) => { if (v > t[k]) k = j; }); choices[i] = k; selects[i].value = String(k); });
      update();
    });
    render();
    update();
    if (state.status === 'finished') ready('debrief'); else ready('rehearsal');
  }

  function showDebrief(container, a, state) {
    const d = state.debrief;
    const card = h('div', { class: 'card' }, h('h2', {}, 'Debrief'), h('p', { id: 'debrief-summary' }, d.summary));
    const grid = h('div', { class: 'grid2' });
    const left = h('div'), right = h('div');
    grid.append(left, right);
    card.append(grid);
    const plane = makePlane(left, a, { id: 'debrief-plane' });
    plane.setPath(d.path.map((m) => ({ utilities: m.utilities && m.utilities[0] !== null ? m.utilities : null, party: m.party, outcome: m.outcome, action: m.action, index: m.index, name: m.name })));
    const markers = solutionMarkers(a).filter((m) => m.label === 'Nash' || m.label === 'Max welfare');
    markers.push({ utilities: d.point, label: d.agreementOutcome !== null ? 'agreement' : 'no deal', symbol: 'star', color: '#2e7d32', outcome: d.agreementOutcome });
    if (d.leftOnTable.dominatingUtilities) markers.push({ utilities: d.leftOnTable.dominatingUtilities, label: 'better for both', symbol: 'diamond', color: '#00897b', outcome: d.leftOnTable.dominatingOutcome });
    plane.setMarkers(markers);
    left.append(h('p', { class: 'hint' }, 'Your offers in ' + a.parties[state.side] + '\'s colour, the agent\'s in the other; the black line is the Pareto frontier.'));
    const row = (label, values, id) => h('tr', { id: id || null }, h('td', {}, label), a.parties.map((_, i) => h('td', { class: 'num' }, values ? fmt(values[i]) : '–')));
    right.append(h('table', { id: 'debrief-table' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), a.parties.map((p, i) => h('th', { class: 'num' }, p + (i === state.side ? ' (you)' : ''))))),
      h('tbody', {}, row(d.agreementOutcome !== null ? 'Agreement' : 'No deal (reservation values)', d.point, 'row-agreement'), row('Nash point', d.nash && d.nash.utilities), row('Better for both (frontier)', d.leftOnTable.dominatingUtilities))),
      h('div', { class: 'stats' },
        stat(fmt(d.leftOnTable.joint), 'money left on the table'),
        stat(fmt(d.welfareGap), 'welfare gap'),
        stat(fmt(d.distanceToPareto), 'distance to the frontier'),
        stat(fmt(d.distanceToNash), 'distance to Nash')),
      d.agreement ? h('p', {}, 'Agreement: ' + Object.entries(d.agreement).map(([k, v]) => k + ' = ' + v).join('; ')) : null,
      d.leftOnTable.dominatingValues ? h('p', { class: 'muted' }, 'Better for both: ' + Object.entries(d.leftOnTable.dominatingValues).map(([k, v]) => k + ' = ' + v).join('; ')) : null,
      h('p', { class: 'hint', id: 'left-on-table-definition' }, d.definition));
    container.replaceChildren(card);
    plane.draw();
  }

  // ---------- tournaments ----------
  async function tournamentsPage() {
    const list = await api('/api/tournaments');
    app.append(h('h1', {}, 'Tournaments'), h('p', { class: 'lead' }, 'Results from the run store ' + list.store + '. Click a column to sort.'));
    if (!list.available) {
      app.append(h('div', { class: 'card', id: 'no-store' }, list.message || 'No run store.'));
      ready('tournaments');
      return;
    }
    if (list.tournaments.length === 0) {
      app.append(h('div', { class: 'card', id: 'no-tournaments' }, 'The store holds no tournament yet.'));
    } else {
      app.append(h('div', { class: 'card' }, sortableTable([
        { key: 'name', label: 'Tournament', render: (r) => h('a', { href: '#/tournaments/' + encodeURIComponent(r.name) }, r.name) },
        { key: 'createdAt', label: 'Created' },
        { key: 'finishedAt', label: 'Finished', fmt: (v) => v || 'unfinished' },
        { key: 'negotiations', label: 'Sessions', num: true },
        { key: 'recorded', label: 'Recorded', num: true },
        { key: 'errors', label: 'Errors', num: true },
        { key: 'agents', label: 'Agents', num: true },
        { key: 'scenarios', label: 'Scenarios', num: true },
      ], list.tournaments, { id: 'tournament-list' })));
    }
    ready('tournaments');
  }

  const standingColumns = [
    { key: 'rank', label: 'Rank', num: true },
    { key: 'agent', label: 'Agent' },
    { key: 'meanUtility', label: 'Mean utility', num: true, fmt: (v) => fmt(v) },
    { key: 'meanAdvantage', label: 'Advantage', num: true, fmt: (v) => fmt(v) },
    { key: 'agreementRate', label: 'Agreements', num: true, fmt: pct },
    { key: 'meanWelfare', label: 'Welfare', num: true, fmt: (v) => fmt(v) },
    { key: 'meanDistanceToPareto', label: 'To Pareto', num: true, fmt: (v) => fmt(v) },
    { key: 'meanDistanceToNash', label: 'To Nash', num: true, fmt: (v) => fmt(v) },
    { key: 'meanRounds', label: 'Rounds', num: true, fmt: (v) => fmt(v, 1) },
    { key: 'sessions', label: 'Sessions', num: true },
    { key: 'errors', label: 'Errors', num: true },
  ];

  async function tournamentPage(name) {
    const t = await api('/api/tournaments/' + encodeURIComponent(name));
    app.append(h('p', {}, h('a', { href: '#/tournaments' }, '← all tournaments')), h('h1', {}, t.name),
      h('div', { class: 'stats' }, stat(t.negotiations, 'sessions planned'), stat(t.recorded, 'recorded'), stat(t.agreements, 'agreements'), stat(t.errors, 'errors')),
      h('div', { class: 'card' }, h('h2', {}, 'Standings'), sortableTable(standingColumns, t.ranking, { id: 'standings', sortKey: 'rank', dir: 1 })));
    for (const s of t.scenarios) {
      app.append(h('div', { class: 'card' }, h('h2', {}, s.scenario), sortableTable(standingColumns, s.ranking, { sortKey: 'rank', dir: 1 })));
    }
    if (t.errorSamples.length) app.append(h('div', { class: 'card' }, h('h2', {}, 'Errors'), h('ul', {}, t.errorSamples.map((e) => h('li', {}, e)))));
    ready('tournament');
  }

  // ---------- router ----------
  const routes = [
    [/^#?\/?$/, libraryPage, 'library'],
    [/^#\/analysis\/([a-z0-9-]+)$/, analysisPage, 'library'],
    [/^#\/run\/([a-z0-9-]+)$/, runPage, 'library'],
    [/^#\/rehearse\/([a-z0-9-]+)$/, rehearsePage, 'library'],
    [/^#\/tournaments\/?$/, tournamentsPage, 'tournaments'],
    [/^#\/tournaments\/(.+)$/, (n) => tournamentPage(decodeURIComponent(n)), 'tournaments'],
  ];

  async function route() {
    stopPage();
    stopPage = () => {};
    routeStart = performance.now();
    delete document.body.dataset.ready;
    tooltip.hidden = true;
    app.replaceChildren();
    const hash = location.hash || '#/';
    for (const [pattern, page, nav] of routes) {
      const m = hash.match(pattern);
      if (!m) continue;
      document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === nav));
      try {
        await page(...m.slice(1));
      } catch (e) {
        app.append(errorBox(e, 'page-error'));
        ready('error');
      }
      return;
    }
    app.append(errorBox(new Error('No such page: ' + hash), 'page-error'));
    ready('error');
  }

  window.addEventListener('hashchange', route);
  route();
})();
