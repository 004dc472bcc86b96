// Small render-function components shared by the screens (no templates: see docs/console.md, CSP).
import { t } from './i18n.js';

const { h, ref, reactive } = Vue;

let nextId = 0;
export const uid = prefix => `${prefix}-${++nextId}`;

/**
 * A labelled input with the server's message for its field right below it (aria-describedby), taken from the
 * problem+json errors[] of the last submission. No client-side rule: the hint is only a hint.
 */
export const Field = {
  props: ['label', 'modelValue', 'type', 'field', 'error', 'options', 'hint', 'placeholder', 'autocomplete', 'min',
    'step', 'inputmode', 'testid'],
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const id = uid('f');
    return () => {
      const message = props.error?.fieldError?.(props.field);
      const described = [message ? `${id}-error` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(' ');
      const common = {
        id, name: props.field,
        'aria-invalid': message ? 'true' : 'false',
        'aria-describedby': described || undefined,
        'data-field': props.field,
        'data-testid': props.testid,
        onInput: e => emit('update:modelValue', e.target.value),
      };
      let control;
      if (props.options) {
        control = h('select', { ...common, value: props.modelValue ?? '', onChange: common.onInput },
          props.options.map(o => h('option', { value: o.value }, o.label)));
      } else if (props.type === 'textarea') {
        control = h('textarea', { ...common, value: props.modelValue ?? '', placeholder: props.placeholder });
      } else {
        control = h('input', {
          ...common, type: props.type || 'text', value: props.modelValue ?? '', placeholder: props.placeholder,
          autocomplete: props.autocomplete, min: props.min, step: props.step, inputmode: props.inputmode,
        });
      }
      return h('div', { class: 'field' }, [
        h('label', { for: id }, props.label),
        control,
        props.hint ? h('span', { class: 'hint', id: `${id}-hint` }, props.hint) : null,
        message ? h('span', { class: 'field-error', id: `${id}-error`, role: 'alert', 'data-error-for': props.field },
          message) : null,
      ]);
    };
  },
};

/** The problem's detail above a form (or a list); with errors[], the fields show their own messages too. */
export function problemBox(error) {
  if (!error) return null;
  const retry = error.retryAfter ? ' ' + t('error.retryAfter', { seconds: error.retryAfter }) : '';
  let text = error.problem?.detail || error.problem?.title || error.message;
  if (!error.status) text = t('error.network');
  return h('div', { class: 'form-error', role: 'alert', 'data-testid': 'problem' }, text + retry);
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

export function loading() {
  return h('p', { class: 'empty', role: 'status' }, t('common.loading'));
}

export function badge(text, tone) {
  return h('span', { class: ['badge', tone] }, text);
}

/**
 * Sends something a person submitted: {error, busy, run}. run(action) clears the last problem, keeps the buttons
 * disabled while it runs, keeps the server's problem for the form, and answers whether the action went through.
 */
export function useSubmit() {
  const error = ref(null);
  const busy = ref(false);
  async function run(action) {
    busy.value = true;
    error.value = null;
    try {
      await action();
      return true;
    } catch (e) {
      error.value = e;
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { error, busy, run };
}

/** Loads something for a screen: {data, error, busy, reload}. */
export function useLoad(loader) {
  const state = { data: ref(null), error: ref(null), busy: ref(true) };
  const reload = async () => {
    state.busy.value = true;
    try {
      state.data.value = await loader();
      state.error.value = null;
    } catch (e) {
      state.error.value = e;
    } finally {
      state.busy.value = false;
    }
  };
  reload();
  return { ...state, reload };
}

/** Renders a loaded value: loading, its problem, or the content. */
export function loaded(state, render) {
  if (state.error.value) {
    return h('div', [problemBox(state.error.value),
      state.error.value.status >= 500 || !state.error.value.status
        ? h('button', { type: 'button', 'data-testid': 'retry', onClick: state.reload }, t('common.retry')) : null]);
  }
  if (state.data.value === null) return loading();
  return render(state.data.value);
}

/** Percent → progress-bar tone: on track, at risk, off track. */
export function tone(percent) {
  if (percent === undefined || percent === null) return '';
  return percent >= 100 ? 'ok' : percent >= 90 ? 'warn' : 'bad';
}

export function progressBar(percent, label) {
  const width = Math.max(0, Math.min(100, Number(percent) || 0));
  return h('div', {
    class: ['progress', tone(percent)], role: 'progressbar', 'aria-label': label,
    'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(width),
  }, [h('span', { style: { width: `${width}%` } })]);
}

/** A table of label → value rows (rows that are null are left out). */
export function facts(rows) {
  return h('table', h('tbody', rows.filter(Boolean).map(([k, v, testid]) =>
    h('tr', [h('th', { scope: 'row' }, k), h('td', { 'data-testid': testid }, v)]))));
}

/** A number typed by a person ("1,200.50", " 300 ") as the API's JSON number; anything else goes as typed. */
export function amount(text) {
  const clean = String(text ?? '').replace(/[,\s¥]/g, '');
  if (clean === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : clean;
}

/**
 * A step that may need a few inputs (a reason, a carrier, an amount): a button, then the inputs with the server's
 * message under each, then confirm. Without inputs one tap sends it.
 */
export const Step = {
  props: ['label', 'testid', 'fields', 'send', 'primary'],
  emits: ['done'],
  setup(props, { emit }) {
    const open = ref(false);
    const values = reactive(Object.fromEntries((props.fields || []).map(f => [f.field, f.initial ?? ''])));
    const { error, busy, run } = useSubmit();
    async function submit() {
      if (await run(() => props.send({ ...values }))) {
        open.value = false;
        emit('done');
      }
    }
    return () => {
      const needsInput = (props.fields || []).length > 0;
      if (!open.value) {
        return h('div', { class: 'step' }, [
          h('button', { type: 'button', class: props.primary ? 'primary' : undefined, disabled: busy.value,
            'data-testid': props.testid, onClick: () => (needsInput ? (open.value = true) : submit()) }, props.label),
          problemBox(error.value),
        ]);
      }
      return h('form', { class: 'step panel', novalidate: true, 'data-testid': props.testid + '-form',
        onSubmit: e => { e.preventDefault(); submit(); } }, [
        problemBox(error.value),
        h('div', { class: 'form-row' }, props.fields.map(f => h(Field, {
          label: f.label, field: f.field, type: f.type, inputmode: f.inputmode, hint: f.hint, step: f.step, options: f.options,
          modelValue: values[f.field], error: error.value, testid: props.testid + '-' + f.field,
          'onUpdate:modelValue': v => { values[f.field] = v; },
        }))),
        h('div', { class: 'actions' }, [
          h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-testid': props.testid + '-submit' }, props.label),
          h('button', { type: 'button', onClick: () => { open.value = false; error.value = null; } }, t('common.cancel')),
        ]),
      ]);
    };
  },
};
