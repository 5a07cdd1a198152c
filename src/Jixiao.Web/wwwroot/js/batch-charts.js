// Batch page charts: score distribution and first-level 得分率, from the JSON the page embeds.
(function () {
  const data = JSON.parse(document.getElementById('batch-stats-data').textContent);
  const font = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };
  const dist = echarts.init(document.getElementById('chart-distribution'), null, { renderer: 'svg' });
  dist.setOption({
    textStyle: font, animation: false,
    title: { text: '得分分布（项目数）', left: 'center', textStyle: { fontSize: 14 } },
    xAxis: { type: 'category', data: data.distribution.map(d => d.label), name: '得分' },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: data.distribution.map(d => d.count), label: { show: true, position: 'top' }, itemStyle: { color: '#2f6fb3' } }],
  });
  const levels = echarts.init(document.getElementById('chart-levels'), null, { renderer: 'svg' });
  levels.setOption({
    textStyle: font, animation: false,
    title: { text: '一级指标得分率（%）', left: 'center', textStyle: { fontSize: 14 } },
    xAxis: { type: 'category', data: data.levels.map(l => l.level) },
    yAxis: { type: 'value', max: 100 },
    series: [{ type: 'bar', data: data.levels.map(l => l.rate), label: { show: true, position: 'top', formatter: p => p.value.toFixed(2) + '%' }, itemStyle: { color: '#c0392b' } }],
  });
  window.addEventListener('resize', () => { dist.resize(); levels.resize(); });
  document.body.dataset.chartsReady = 'true';
})();
