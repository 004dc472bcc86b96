// Apache ECharts, loaded when a chart is first shown (1.1 MB: not on the sign-in page). From the gateway's own
// org.mvnpm:echarts jar; a script element from 'self' is what the CSP allows.
const ECHARTS_URL = '/_static/echarts/6.0.0/dist/echarts.min.js';
let loading = null;

export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS_URL;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => { loading = null; reject(new Error('echarts')); };
      document.head.appendChild(script);
    });
  }
  return loading;
}

const { h, ref, onMounted, onBeforeUnmount, watch } = Vue;

/** A chart: `option` is a function returning the ECharts option (re-run when its reactive inputs change). */
export const Chart = {
  props: ['option', 'label', 'testid'],
  setup(props) {
    const el = ref(null);
    let chart = null;
    let observer = null;
    const draw = () => { if (chart) chart.setOption(props.option(), { notMerge: true }); };
    onMounted(async () => {
      const echarts = await loadECharts();
      if (!el.value) return;
      chart = echarts.init(el.value, null, { renderer: 'canvas' });
      draw();
      el.value.dataset.rendered = 'true';
      observer = new ResizeObserver(() => chart && chart.resize());
      observer.observe(el.value);
    });
    watch(() => props.option(), draw, { deep: true });
    onBeforeUnmount(() => { observer?.disconnect(); chart?.dispose(); chart = null; });
    return () => h('div', { class: 'chart', ref: el, role: 'img', 'aria-label': props.label, 'data-testid': props.testid });
  },
};
