/* Winset utility plane: outcomes, Pareto frontier, solution markers, win-set shading and negotiation paths, drawn on a
   canvas by hand (no library). Hover finds the nearest drawn point and asks the page to describe it. */
(function () {
  'use strict';

  const PARTY_COLORS = ['#2f75b5', '#e07b00', '#7b3fa0', '#00897b', '#c2185b', '#6d4c41'];
  const PAD = { left: 52, right: 16, top: 14, bottom: 42 };

  class Plane {
    /**
     * @param {HTMLCanvasElement} canvas
     * @param {{parties: string[], describe?: (hit: object) => string, tooltip?: HTMLElement}} options
     */
    constructor(canvas, options) {
      this.canvas = canvas;
      this.parties = options.parties;
      this.describe = options.describe || (() => '');
      this.tooltip = options.tooltip || document.getElementById('tooltip');
      this.xParty = 0;
      this.yParty = 1;
      this.points = null;       // {outcomes: int[], utilities: number[][] (party-major)}
      this.frontier = null;
      this.pointMasks = null;   // int[] per point (bit p: in p's win-set; bit parties: agreement space)
      this.frontierMasks = null;
      this.reservation = null;  // number[] per party
      this.markers = [];        // {utilities, label, symbol, color, outcome}
      this.path = [];           // {utilities, party, outcome, action, index}
      this.pathUpto = -1;
      this.hits = [];
      this.bounds = { lo: 0, hi: 1 };
      canvas.addEventListener('mousemove', (e) => this.onMove(e));
      canvas.addEventListener('mouseleave', () => this.hideTooltip());
      if (window.ResizeObserver) {
        new ResizeObserver(() => this.draw()).observe(canvas);
      }
    }

    setAxes(x, y) { this.xParty = x; this.yParty = y; this.draw(); }
    setPoints(points, frontier) { this.points = points; this.frontier = frontier; this.computeBounds(); }
    setMasks(pointMasks, frontierMasks) { this.pointMasks = pointMasks; this.frontierMasks = frontierMasks; }
    setReservation(values) { this.reservation = values; }
    setMarkers(markers) { this.markers = markers || []; }
    setPath(path, upto) { this.path = path || []; this.pathUpto = upto === undefined ? this.path.length - 1 : upto; }

    computeBounds() {
      let lo = 0, hi = 1;
      for (const set of [this.points, this.frontier]) {
        if (!set) continue;
        for (const row of set.utilities) {
          for (const u of row) { if (u < lo) lo = u; if (u > hi) hi = u; }
        }
      }
      this.bounds = { lo, hi };
    }

    sx(u, w) { return PAD.left + (u - this.bounds.lo) / (this.bounds.hi - this.bounds.lo) * (w - PAD.left - PAD.right); }
    sy(u, h) { return h - PAD.bottom - (u - this.bounds.lo) / (this.bounds.hi - this.bounds.lo) * (h - PAD.top - PAD.bottom); }

    draw() {
      const canvas = this.canvas;
      const dpr = window.devicePixelRatio || 1;
      const w = canvas.clientWidth, h = canvas.clientHeight;
      if (w === 0 || h === 0) return;
      if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
        canvas.width = Math.round(w * dpr);
        canvas.height = Math.round(h * dpr);
      }
      const ctx = canvas.getContext('2d');
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      this.hits = [];
      this.drawAxes(ctx, w, h);
      const X = this.xParty, Y = this.yParty, n = this.parties.length;

      // Outcomes (sample or all), shaded by win-set membership when known.
      if (this.points) {
        const ux = this.points.utilities[X], uy = this.points.utilities[Y];
        // With win-sets, draw in layers so that the agreement space (the interesting part) is on top.
        const layers = this.pointMasks ? [0, 1, 2, 3] : [0];
        for (const layer of layers) {
          for (let i = 0; i < ux.length; i++) {
            const mask = this.pointMasks ? this.pointMasks[i] : -1;
            if (this.pointMasks && this.layerOf(mask, n) !== layer) continue;
            const px = this.sx(ux[i], w), py = this.sy(uy[i], h);
            ctx.fillStyle = this.pointColor(mask, n);
            ctx.fillRect(px - 1.5, py - 1.5, 3, 3);
            this.hits.push({ x: px, y: py, kind: 'outcome', outcome: this.points.outcomes[i], utilities: this.column(this.points, i), mask: this.pointMasks ? mask : null });
          }
        }
      }

      // Reservation values.
      if (this.reservation) {
        ctx.save();
        ctx.strokeStyle = '#b3261e';
        ctx.setLineDash([4, 4]);
        ctx.lineWidth = 1;
        const rx = this.sx(this.reservation[X], w), ry = this.sy(this.reservation[Y], h);
        ctx.beginPath(); ctx.moveTo(rx, PAD.top); ctx.lineTo(rx, h - PAD.bottom); ctx.stroke();
        ctx.beginPath(); ctx.moveTo(PAD.left, ry); ctx.lineTo(w - PAD.right, ry); ctx.stroke();
        ctx.restore();
      }

      // Pareto frontier: the outcomes, joined in order of the x party's utility.
      if (this.frontier && this.frontier.outcomes.length > 0) {
        const ux = this.frontier.utilities[X], uy = this.frontier.utilities[Y];
        const order = [...ux.keys()].sort((a, b) => ux[a] - ux[b] || uy[b] - uy[a]);
        ctx.save();
        ctx.strokeStyle = '#1d2733';
        ctx.lineWidth = 1.5;
        if (n === 2) {
          ctx.beginPath();
          order.forEach((i, k) => { const px = this.sx(ux[i], w), py = this.sy(uy[i], h); if (k === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py); });
          ctx.stroke();
        }
        for (const i of order) {
          const px = this.sx(ux[i], w), py = this.sy(uy[i], h);
          const mask = this.frontierMasks ? this.frontierMasks[i] : -1;
          ctx.fillStyle = mask >= 0 ? this.pointColor(mask, n, true) : '#1d2733';
          ctx.beginPath(); ctx.arc(px, py, 3, 0, Math.PI * 2); ctx.fill();
          this.hits.push({ x: px, y: py, kind: 'pareto', outcome: this.frontier.outcomes[i], utilities: this.column(this.frontier, i), mask: mask >= 0 ? mask : null });
        }
        ctx.restore();
      }

      // Negotiation path: each party's offers joined, up to the current move.
      if (this.path.length > 0) {
        const upto = Math.min(this.pathUpto, this.path.length - 1);
        for (let p = 0; p < n; p++) {
          ctx.save();
          ctx.strokeStyle = PARTY_COLORS[p % PARTY_COLORS.length];
          ctx.globalAlpha = 0.75;
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          let started = false;
          for (let k = 0; k <= upto; k++) {
            const m = this.path[k];
            if (m.party !== p || !m.utilities || m.action !== 'offer') continue;
            const px = this.sx(m.utilities[X], w), py = this.sy(m.utilities[Y], h);
            if (!started) { ctx.moveTo(px, py); started = true; } else ctx.lineTo(px, py);
          }
          ctx.stroke();
          ctx.restore();
        }
        for (let k = 0; k <= upto; k++) {
          const m = this.path[k];
          if (!m.utilities) continue;
          const px = this.sx(m.utilities[X], w), py = this.sy(m.utilities[Y], h);
          const current = k === upto;
          ctx.fillStyle = PARTY_COLORS[m.party % PARTY_COLORS.length];
          ctx.strokeStyle = current ? '#000' : '#fff';
          ctx.lineWidth = current ? 2 : 1;
          ctx.beginPath(); ctx.arc(px, py, current ? 6 : 4, 0, Math.PI * 2); ctx.fill(); ctx.stroke();
          this.hits.push({ x: px, y: py, kind: 'move', move: m, outcome: m.outcome, utilities: m.utilities, mask: null, priority: 1 });
        }
      }

      // Solution markers on top.
      const labels = [];
      for (const mk of this.markers) {
        if (!mk.utilities) continue;
        const px = this.sx(mk.utilities[X], w), py = this.sy(mk.utilities[Y], h);
        this.drawSymbol(ctx, mk.symbol || 'star', px, py, mk.color || '#000');
        ctx.fillStyle = '#1d2733';
        ctx.font = '11px system-ui, sans-serif';
        let ly = py - 7;
        while (labels.some((l) => Math.abs(l.x - px) < 90 && Math.abs(l.y - ly) < 12)) ly += 12;
        labels.push({ x: px, y: ly });
        ctx.fillText(mk.label, px + 8, ly);
        this.hits.push({ x: px, y: py, kind: 'marker', label: mk.label, outcome: mk.outcome, utilities: mk.utilities, mask: null, priority: 2 });
      }
      canvas.dataset.drawn = String(this.hits.length);
    }

    column(set, i) { return set.utilities.map((row) => row[i]); }

    layerOf(mask, n) {
      if ((mask >> n) & 1) return 3;
      const inX = (mask >> this.xParty) & 1, inY = (mask >> this.yParty) & 1;
      return inX && inY ? 2 : inX || inY ? 1 : 0;
    }

    pointColor(mask, n, strong) {
      if (mask < 0) return strong ? '#1d2733' : 'rgba(95,107,122,0.45)';
      const agree = (mask >> n) & 1;
      if (agree) return strong ? '#1b5e20' : 'rgba(46,125,50,0.85)';
      const inX = (mask >> this.xParty) & 1, inY = (mask >> this.yParty) & 1;
      if (inX && inY) return 'rgba(120,144,156,0.8)';
      if (inX) return strong ? PARTY_COLORS[this.xParty] : 'rgba(47,117,181,0.55)';
      if (inY) return strong ? PARTY_COLORS[this.yParty] : 'rgba(224,123,0,0.55)';
      return 'rgba(190,196,204,0.5)';
    }

    drawSymbol(ctx, symbol, x, y, color) {
      ctx.save();
      ctx.fillStyle = color;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      if (symbol === 'diamond') {
        ctx.moveTo(x, y - 7); ctx.lineTo(x + 6, y); ctx.lineTo(x, y + 7); ctx.lineTo(x - 6, y); ctx.closePath();
      } else if (symbol === 'square') {
        ctx.rect(x - 5, y - 5, 10, 10);
      } else if (symbol === 'triangle') {
        ctx.moveTo(x, y - 7); ctx.lineTo(x + 6, y + 5); ctx.lineTo(x - 6, y + 5); ctx.closePath();
      } else {
        for (let k = 0; k < 10; k++) {
          const r = k % 2 === 0 ? 8 : 3.5, a = -Math.PI / 2 + k * Math.PI / 5;
          const px = x + r * Math.cos(a), py = y + r * Math.sin(a);
          if (k === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py);
        }
        ctx.closePath();
      }
      ctx.fill(); ctx.stroke();
      ctx.restore();
    }

    drawAxes(ctx, w, h) {
      ctx.save();
      ctx.strokeStyle = '#e3e8ee';
      ctx.fillStyle = '#5f6b7a';
      ctx.font = '11px system-ui, sans-serif';
      ctx.lineWidth = 1;
      const { lo, hi } = this.bounds;
      const step = (hi - lo) > 1.5 ? 0.5 : 0.1;
      for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
        const x = this.sx(v, w), y = this.sy(v, h);
        ctx.beginPath(); ctx.moveTo(x, PAD.top); ctx.lineTo(x, h - PAD.bottom); ctx.stroke();
        ctx.beginPath(); ctx.moveTo(PAD.left, y); ctx.lineTo(w - PAD.right, y); ctx.stroke();
        ctx.fillText(v.toFixed(1), x - 8, h - PAD.bottom + 14);
        ctx.fillText(v.toFixed(1), PAD.left - 26, y + 4);
      }
      ctx.fillStyle = '#1d2733';
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText('utility of ' + this.parties[this.xParty] + ' →', PAD.left, h - 8);
      ctx.save();
      ctx.translate(14, h - PAD.bottom);
      ctx.rotate(-Math.PI / 2);
      ctx.fillText('utility of ' + this.parties[this.yParty] + ' →', 0, 0);
      ctx.restore();
      ctx.restore();
    }

    onMove(e) {
      const rect = this.canvas.getBoundingClientRect();
      const x = e.clientX - rect.left, y = e.clientY - rect.top;
      let best = null, bestD = 144;
      for (const hit of this.hits) {
        const d = (hit.x - x) ** 2 + (hit.y - y) ** 2 - (hit.priority || 0) * 20;
        if (d < bestD) { bestD = d; best = hit; }
      }
      if (!best) { this.hideTooltip(); return; }
      const html = this.describe(best);
      if (!html) { this.hideTooltip(); return; }
      const tip = this.tooltip;
      tip.innerHTML = html;
      tip.hidden = false;
      tip.style.left = Math.min(window.innerWidth - 330, e.clientX + 14) + 'px';
      tip.style.top = (e.clientY + 14) + 'px';
    }

    hideTooltip() { if (this.tooltip) this.tooltip.hidden = true; }
  }

  Plane.PARTY_COLORS = PARTY_COLORS;
  window.WinsetPlane = Plane;
})();
