// Message bundles and locale formats (docs/console.md). All text comes from i18n/<locale>.json; zh-CN is the
// default. Money is CNY: in Chinese, amounts from 10 000 on read in 万 (and 亿), e.g. ¥12.35万.
const { reactive } = Vue;

export const LOCALES = ['zh-CN', 'en'];
const STORAGE_KEY = 'sales-console.locale';

export const i18n = reactive({ locale: 'zh-CN', messages: {} });
const bundles = {};

async function load(locale) {
  if (!bundles[locale]) {
    const response = await fetch(`/console/i18n/${locale}.json`);
    bundles[locale] = await response.json();
  }
  return bundles[locale];
}

export async function setLocale(locale) {
  if (!LOCALES.includes(locale)) locale = 'zh-CN';
  const messages = await load(locale);
  i18n.messages = messages;
  i18n.locale = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  document.title = messages['app.title'];
}

export function initialLocale() {
  return localStorage.getItem(STORAGE_KEY) || 'zh-CN';
}

/** The message for a key, {placeholders} filled in; a missing key shows itself (the tests look for that). */
export function t(key, params) {
  let text = i18n.messages[key];
  if (text === undefined) return `⟦${key}⟧`;
  if (params) text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
  return text;
}

/** t() for an enum value: enum.<group>.<VALUE>, the value itself if the bundle has no entry. */
export function te(group, value) {
  if (value === undefined || value === null) return '';
  const text = i18n.messages[`enum.${group}.${value}`];
  return text === undefined ? String(value) : text;
}

const number = (v, options) => new Intl.NumberFormat(i18n.locale, options).format(Number(v));

export function formatNumber(v, digits = 0) {
  if (v === undefined || v === null || v === '') return '—';
  return number(v, { maximumFractionDigits: digits });
}

/** ¥ and two decimals below 10 000; above, compact: ¥12.35万 in Chinese, ¥123.46K in English. */
export function formatMoney(v) {
  if (v === undefined || v === null || v === '') return '—';
  const n = Number(v);
  if (Math.abs(n) >= 10_000) {
    return number(n, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', notation: 'compact',
      maximumFractionDigits: 2 });
  }
  return number(n, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2,
    maximumFractionDigits: 2 });
}

/** The exact amount (for titles and tables that must add up). */
export function formatMoneyExact(v) {
  if (v === undefined || v === null || v === '') return '—';
  return number(v, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2 });
}

export function formatPercent(v) {
  if (v === undefined || v === null || v === '') return '—';
  return number(Number(v) / 100, { style: 'percent', maximumFractionDigits: 1 });
}

/** A day of the company's calendar (an ISO date): shown as that day, whatever the browser's zone. */
export function formatDay(isoDate) {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment, in the browser's own zone. */
export function formatMoment(instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function formatTime(instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(i18n.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** A bucket start of the sales trend by granularity (DAY, WEEK, MONTH). */
export function formatBucket(isoDate, granularity) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const options = granularity === 'MONTH' ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
    : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(i18n.locale, options).format(date);
}
