// The knowledge base: search (GET /api/knowledge/articles?q=) with the API's snippet — plain text and highlight
// offsets in UTF-16 code units — rendered as text nodes and <mark> elements, never as HTML.
import { get } from '../api.js';
import { t, te, formatMoment } from '../i18n.js';
import { Field, useLoad, loaded, empty, badge } from '../ui.js';

const { h, ref, watch } = Vue;

/** The snippet as children: text, <mark>text</mark>, text… (offsets clamped, overlaps skipped). */
export function highlighted(snippet) {
  if (!snippet || !snippet.text) return [];
  const text = snippet.text;
  const parts = [];
  let at = 0;
  const marks = [...(snippet.highlights || [])].sort((a, b) => a.start - b.start);
  for (const { start, length } of marks) {
    if (start < at || start >= text.length || length <= 0) continue;
    if (start > at) parts.push(text.substring(at, start));
    parts.push(h('mark', text.substring(start, Math.min(text.length, start + length))));
    at = Math.min(text.length, start + length);
  }
  if (at < text.length) parts.push(text.substring(at));
  return parts;
}

const KINDS = ['', 'SUCCESS_CASE', 'FAILURE_LESSON', 'PLAYBOOK', 'SALES_SCRIPT', 'PRODUCT_FAQ', 'PRESENTATION'];

export const Knowledge = {
  setup() {
    const query = ref(sessionStorage.getItem('sales-console.kb-query') || '');
    const kind = ref('');
    const state = useLoad(() => get('/api/knowledge/articles', {
      q: query.value.trim().length >= 2 ? query.value.trim() : undefined, kind: kind.value || undefined, size: 30,
    }));
    let timer;
    watch([query, kind], () => {
      sessionStorage.setItem('sales-console.kb-query', query.value);
      clearTimeout(timer);
      timer = setTimeout(state.reload, 250);
    });

    return () => h('div', [
      h('div', { class: 'toolbar' }, [h('h1', t('knowledge.title'))]),
      h('section', { class: 'panel' }, [
        h('form', { class: 'form-row', role: 'search', onSubmit: e => { e.preventDefault(); state.reload(); } }, [
          h(Field, { label: t('knowledge.search'), field: 'q', type: 'search', modelValue: query.value, error: state.error.value,
            hint: t('knowledge.searchHint'), testid: 'kb-query', 'onUpdate:modelValue': v => { query.value = v; } }),
          h(Field, { label: t('knowledge.kind'), field: 'kind', modelValue: kind.value, error: state.error.value,
            options: KINDS.map(k => ({ value: k, label: k ? te('articleKind', k) : t('knowledge.allKinds') })),
            'onUpdate:modelValue': v => { kind.value = v; } }),
        ]),
        loaded(state, page => page.items.length === 0 ? empty(t('knowledge.none')) : h('ul', { class: 'list', 'data-testid': 'kb-results' },
          page.items.map(a => h('li', { 'data-testid': 'article' }, [h('div', { class: 'grow' }, [
            h('div', [h('a', { href: '#/knowledge/' + a.id }, a.title), ' ', badge(te('articleKind', a.kind)),
              a.status === 'DRAFT' ? [' ', badge(t('knowledge.draft'), 'warn')] : null]),
            a.snippet ? h('p', { class: 'meta', 'data-testid': 'snippet' }, highlighted(a.snippet)) : null,
            h('div', { class: 'meta' }, [(a.tags || []).map(tag => '#' + tag).join(' '), formatMoment(a.updatedAt)].filter(Boolean).join(' · ')),
          ])])))),
      ]),
    ]);
  },
};

export const Article = {
  props: ['id'],
  setup(props) {
    const state = useLoad(() => get(`/api/knowledge/articles/${props.id}`));
    return () => h('div', [
      h('p', h('a', { href: '#/knowledge' }, '← ' + t('knowledge.back'))),
      loaded(state, a => h('article', { class: 'panel' }, [
        h('h1', a.title),
        h('p', { class: 'meta' }, [te('articleKind', a.kind), t('knowledge.version', { version: a.version }), formatMoment(a.updatedAt)].join(' · ')),
        h('div', { class: 'article-body' }, a.body),
      ])),
    ]);
  },
};
