// Live target check: posts the table as typed to the lint endpoint (the scoring core's TargetLinter) and shows its findings.
(function () {
  const form = document.getElementById('targets');
  if (!form || form.dataset.editable !== 'true') { total(); return; }
  const list = document.getElementById('findings');
  const severity = { Info: '提示', Warning: '警告', Error: '错误' };
  let timer;
  function rows() {
    return Array.from(form.querySelectorAll('tbody tr')).map(tr => {
      const v = k => (tr.querySelector(`[name$=".${k}"]`) || {}).value || '';
      const points = parseFloat(v('Points'));
      return { level1: v('Level1'), level2: v('Level2'), name: v('Name'), unit: v('Unit'), points: isNaN(points) ? null : points, targetText: v('TargetText'), direction: v('Direction') || null };
    });
  }
  function total() {
    const cells = document.querySelectorAll('#targets [name$=".Points"]');
    const sum = Array.from(cells).reduce((s, c) => s + (parseFloat(c.value) || 0), 0);
    const out = document.getElementById('points-total');
    if (out) out.textContent = sum.toFixed(2);
  }
  async function lint() {
    total();
    const body = { overallGoal: '', indicators: rows() };
    const response = await fetch(`/api/v1/projects/${form.dataset.project}/targets/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return;
    const findings = await response.json();
    list.replaceChildren(...(findings.length ? findings.map(f => {
      const li = document.createElement('li');
      li.className = 'sev-' + f.severity;
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = severity[f.severity] || f.severity;
      li.append(tag, f.message);
      return li;
    }) : [Object.assign(document.createElement('li'), { className: 'ok', textContent: '未发现问题。' })]));
  }
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lint, 400); });
  form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(lint, 100); });
  total();
})();
