// Live scores: posts the values as typed to the score endpoint, which returns the scoring core's result; nothing is computed here.
(function () {
  const form = document.getElementById('evaluation');
  if (!form) return;
  const data = JSON.parse(document.getElementById('evaluation-data').textContent);
  let score = data.score;
  const fmt = v => v === null || v === undefined ? '未评分' : Number(v).toFixed(2);
  const pct = v => v === null || v === undefined ? '—' : (Number(v) * 100).toFixed(2) + '%';
  const texts = {
    total: () => `自评总分为${fmt(score.total)}分，等级为“${score.grade}”。`,
    execution: () => `全年预算数${data.budget}万元，全年执行数${data.spent}万元，预算执行率${data.rate}，得分${fmt(score.executionScore)}分。`,
    levels: () => score.levels.map(l => `${l.name}${Number(l.points)}分，得分${fmt(l.score)}分（得分率${pct(l.rate)}）`).join('；') + '。',
  };
  document.querySelectorAll('.insert button').forEach(b => b.addEventListener('click', () => {
    const area = document.getElementById(b.parentElement.dataset.target);
    const text = texts[b.dataset.insert]();
    const at = area.selectionStart ?? area.value.length;
    area.value = area.value.slice(0, at) + text + area.value.slice(area.selectionEnd ?? at);
    area.focus();
  }));
  if (form.dataset.editable !== 'true') return;
  function entries() {
    return Array.from(form.querySelectorAll('tr[data-indicator]')).map(tr => {
      const v = k => (tr.querySelector(`[name$=".${k}"]`) || {}).value || null;
      const s = v('Score');
      return { indicatorId: tr.dataset.indicator, actual: v('Actual'), score: s === null || isNaN(parseFloat(s)) ? null : parseFloat(s), explanation: v('Explanation'), evidence: v('Evidence') };
    });
  }
  function show(result) {
    score = result;
    for (const e of result.entries) {
      document.getElementById('score-' + e.indicatorId).textContent = fmt(e.score);
      document.getElementById('trace-' + e.indicatorId).textContent = e.trace;
    }
    document.getElementById('exec-score').textContent = fmt(result.executionScore);
    document.getElementById('total').textContent = fmt(result.total);
    document.getElementById('grade').textContent = result.grade;
    document.getElementById('grade-note').textContent = result.notScored > 0 ? '（暂定：尚有指标未评分）' : '';
    document.getElementById('not-scored').textContent = result.notScored > 0 ? `${result.notScored} 项未评分（不计为0分）` : '全部指标已评分';
    document.getElementById('levels').replaceChildren(...result.levels.map(l => {
      const tr = document.createElement('tr');
      [l.name, String(Number(l.points)), fmt(l.score), pct(l.rate)].forEach((t, i) => {
        const td = document.createElement('td');
        td.textContent = t;
        if (i > 0) td.className = 'num';
        tr.append(td);
      });
      return tr;
    }));
    form.querySelectorAll('tr[data-indicator]').forEach(tr => {
      const problems = result.problems.filter(p => p.indicatorId === tr.dataset.indicator && (p.field === 'Actual' || p.field === 'Score'));
      tr.querySelectorAll('.live-error').forEach(n => n.remove());
      for (const p of problems) {
        const input = tr.querySelector(`[name$=".${p.field}"]`);
        if (!input) continue;
        const div = Object.assign(document.createElement('div'), { className: 'field-error live-error', textContent: p.message });
        input.after(div);
      }
    });
  }
  let timer;
  async function rescore() {
    const response = await fetch(`/api/v1/projects/${form.dataset.project}/self-evaluation/score`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ entries: entries(), narrative: null }),
    });
    if (response.ok) show(await response.json());
  }
  form.addEventListener('input', ev => {
    if (ev.target.closest('.narrative')) return;
    clearTimeout(timer);
    timer = setTimeout(rescore, 300);
  });
})();
