// Sign-in with the platform's token endpoint: wrong password (401), locked username (429 + Retry-After), missing
// fields (400 errors[]) all show the server's own words.
import { signIn } from '../api.js';
import { t } from '../i18n.js';
import { Field, problemBox } from '../ui.js';

const { h, ref } = Vue;

// the demo users exist in the local profile only, which runs on a developer's own machine
const isLocalHost = () => ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

export const SignIn = {
  props: ['expired'],
  emits: ['signedIn'],
  setup(props, { emit }) {
    const username = ref('');
    const password = ref('');
    const error = ref(null);
    const busy = ref(false);

    async function submit(event) {
      event.preventDefault();
      busy.value = true;
      error.value = null;
      try {
        await signIn(username.value.trim(), password.value);
        emit('signedIn');
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }

    return () => h('div', { class: 'signin' }, [
      h('form', { class: 'panel', onSubmit: submit, novalidate: true, 'data-testid': 'signin-form' }, [
        h('h1', t('signin.title')),
        h('p', { class: 'meta' }, t('signin.lead')),
        props.expired && !error.value ? h('div', { class: 'form-error', role: 'status' }, t('signin.expired')) : null,
        error.value ? problemBox(error.value) : null,
        h(Field, { label: t('signin.username'), field: 'username', modelValue: username.value, error: error.value,
          autocomplete: 'username', testid: 'username', 'onUpdate:modelValue': v => { username.value = v; } }),
        h(Field, { label: t('signin.password'), field: 'password', type: 'password', modelValue: password.value,
          error: error.value, autocomplete: 'current-password', testid: 'password',
          'onUpdate:modelValue': v => { password.value = v; } }),
        h('button', { class: 'primary', type: 'submit', disabled: busy.value, 'data-testid': 'signin-submit' },
          busy.value ? t('signin.signingIn') : t('signin.submit')),
        isLocalHost() ? h('div', { class: 'demo' }, [
          h('span', t('signin.demoUsers')),
          h('ul', ['rep1', 'rep2', 'manager', 'admin'].map(name => h('li', h('button', {
            type: 'button', class: 'link', 'data-testid': 'demo-' + name,
            onClick: () => { username.value = name; password.value = name; },
          }, name)))),
        ]) : null,
      ]),
    ]);
  },
};
